import type { Rule } from '../_lib/types.js';
import { rule as rUnitYuanWan } from '../unit-yuan-wan.js';
import { rule as rSameQuantityAgreement } from '../same-quantity-agreement.js';
import { rule as rComponentSum } from '../component-sum.js';
import { rule as rPctShare } from '../pct-share.js';
import { rule as rPctSharesSum } from '../pct-shares-sum.js';
import { rule as rYoyPct } from '../yoy-pct.js';
import { rule as rYoyDirection } from '../yoy-direction.js';
import { rule as rYoyPriorAgreement } from '../yoy-prior-agreement.js';
import { rule as rPriorBaseConsistency } from '../prior-base-consistency.js';
import { rule as rBudgetAdjustSum } from '../budget-adjust-sum.js';
import { rule as rCompletionRate } from '../completion-rate.js';
import { rule as rZeroBaseRate } from '../zero-base-rate.js';
import { rule as rBudgetFinalWording } from '../budget-final-wording.js';
import { rule as rFixedAssetNet } from '../fixed-asset-net.js';
import { rule as rEconClassSum } from '../econ-class-sum.js';
import { rule as rBasicSplit } from '../basic-split.js';
import { rule as rIncomeSourceSum } from '../income-source-sum.js';
import { rule as rNonfiscalFlow } from '../nonfiscal-flow.js';
import { rule as rFundExpenseSum } from '../fund-expense-sum.js';
import { rule as rHeadcountSum } from '../headcount-sum.js';
import { rule as rNarrativeReasonConsistency } from '../narrative-reason-consistency.js';
import { rule as rLabelNormalization } from '../label-normalization.js';
import { rule as rSangongTextTable } from '../sangong-text-table.js';
import { rule as rSangongYoy } from '../sangong-yoy.js';
import { rule as rSangongLePublic } from '../sangong-le-public.js';
import { rule as rFanTotal } from '../fan-total.js';
import { rule as rFanShare } from '../fan-share.js';
import { rule as rFanItemDetail } from '../fan-item-detail.js';
import { rule as rFanFuncLabelPath } from '../fan-func-label-path.js';
import { rule as rFanBasicSplit } from '../fan-basic-split.js';
import { rule as rFanSangong } from '../fan-sangong.js';
import { rule as rFanOrgRunning } from '../fan-org-running.js';
import { rule as rFanProcurement } from '../fan-procurement.js';
import { rule as rFanMeeting } from '../fan-meeting.js';
import { rule as rFanVehicle } from '../fan-vehicle.js';
import { rule as rFanProjectCount } from '../fan-project-count.js';
import { rule as rFanSelfevalAmounts } from '../fan-selfeval-amounts.js';
import { rule as rBoilerplateForeignEntity } from '../boilerplate-foreign-entity.js';
import { rule as rYearReference } from '../year-reference.js';
import { rule as rFanEconItems } from '../fan-econ-items.js';
import { rule as rSurveyGranularity } from '../survey-granularity.js';
import { rule as rPercentUnitMissing } from '../percent-unit-missing.js';

/** Narrative rules (A1 general arithmetic, A2 三公 text, A5 决算 情况说明 vs tables, A8 lint), in catalogue order. Every rule file in src/rules/ is listed in exactly one registry. */
export const RULES: readonly Rule[] = [
  rUnitYuanWan,
  rSameQuantityAgreement,
  rComponentSum,
  rPctShare,
  rPctSharesSum,
  rYoyPct,
  rYoyDirection,
  rYoyPriorAgreement,
  rPriorBaseConsistency,
  rBudgetAdjustSum,
  rCompletionRate,
  rZeroBaseRate,
  rBudgetFinalWording,
  rFixedAssetNet,
  rEconClassSum,
  rBasicSplit,
  rIncomeSourceSum,
  rNonfiscalFlow,
  rFundExpenseSum,
  rHeadcountSum,
  rNarrativeReasonConsistency,
  rLabelNormalization,
  rSangongTextTable,
  rSangongYoy,
  rSangongLePublic,
  rFanTotal,
  rFanShare,
  rFanItemDetail,
  rFanFuncLabelPath,
  rFanBasicSplit,
  rFanEconItems,
  rFanSangong,
  rFanOrgRunning,
  rFanProcurement,
  rFanMeeting,
  rFanVehicle,
  rFanProjectCount,
  rFanSelfevalAmounts,
  rBoilerplateForeignEntity,
  rYearReference,
  rSurveyGranularity,
  rPercentUnitMissing,
];

import type { Rule } from '../_lib/types.js';
import { rule as subsetLeTotal } from '../subset-le-total.js';
import { rule as sangongSum } from '../sangong-sum.js';
import { rule as sangongCarSubtotal } from '../sangong-car-subtotal.js';
import { rule as sangongControlRate } from '../sangong-control-rate.js';
import { rule as stScoreLeWeight } from '../st-score-le-weight.js';
import { rule as stScoreTotal } from '../st-score-total.js';
import { rule as stWeightTotal } from '../st-weight-total.js';
import { rule as stLevel1Weights } from '../st-level1-weights.js';
import { rule as stLevel1ScoreText } from '../st-level1-score-text.js';
import { rule as stIndicatorStructure } from '../st-indicator-structure.js';
import { rule as stQualitativeBand } from '../st-qualitative-band.js';
import { rule as stGradeBand } from '../st-grade-band.js';
import { rule as stExecRateRecompute } from '../st-exec-rate-recompute.js';
import { rule as stExecScore } from '../st-exec-score.js';
import { rule as stFullScoreDespiteMiss } from '../st-full-score-despite-miss.js';
import { rule as stProportionalScore } from '../st-proportional-score.js';
import { rule as stDeductionDespiteMet } from '../st-deduction-despite-met.js';
import { rule as stRangeTarget } from '../st-range-target.js';
import { rule as stActualIsThreshold } from '../st-actual-is-threshold.js';
import { rule as stFundingSplit } from '../st-funding-split.js';
import { rule as stBudgetRowSum } from '../st-budget-row-sum.js';
import { rule as execRateRange } from '../exec-rate-range.js';
import { rule as staffControlRate } from '../staff-control-rate.js';
import { rule as projectExecVsFinal } from '../project-exec-vs-final.js';
import { rule as budgetAdjustRate } from '../budget-adjust-rate.js';
import { rule as bdProjectSum } from '../bd-project-sum.js';
import { rule as fwWeightHierarchy } from '../fw-weight-hierarchy.js';
import { rule as fwSelfScoreTotal } from '../fw-self-score-total.js';
import { rule as fwSelfScoreLeWeight } from '../fw-self-score-le-weight.js';
import { rule as fwRuleMaxWeight } from '../fw-rule-max-weight.js';
import { rule as fwScoreAttainable } from '../fw-score-attainable.js';
import { rule as fwScoreRecompute } from '../fw-score-recompute.js';
import { rule as fwRuleDirection } from '../fw-rule-direction.js';

/** Rules of this family group (绩效: 自评表, 基础数据表, 共性指标框架), in catalogue order. Every rule file in src/rules/ is listed in exactly one registry. */
export const RULES: readonly Rule[] = [
  subsetLeTotal,
  sangongSum,
  sangongCarSubtotal,
  sangongControlRate,
  stScoreLeWeight,
  stScoreTotal,
  stWeightTotal,
  stLevel1Weights,
  stLevel1ScoreText,
  stGradeBand,
  stExecRateRecompute,
  stExecScore,
  stFullScoreDespiteMiss,
  stProportionalScore,
  stDeductionDespiteMet,
  stRangeTarget,
  stActualIsThreshold,
  stFundingSplit,
  stBudgetRowSum,
  stIndicatorStructure,
  stQualitativeBand,
  execRateRange,
  staffControlRate,
  projectExecVsFinal,
  budgetAdjustRate,
  bdProjectSum,
  fwWeightHierarchy,
  fwSelfScoreTotal,
  fwSelfScoreLeWeight,
  fwRuleMaxWeight,
  fwScoreAttainable,
  fwScoreRecompute,
  fwRuleDirection,
];

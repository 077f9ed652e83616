import { Decimal } from 'decimal.js';

/**
 * The 共性指标框架 scoring functions of spec A10 (部门整体, 002 附件1) and A11 (项目支出, 002 附件4-1)
 * as data. `fw-score-recompute` applies the `rate` ones to data from the 基础数据表 and the 自评表;
 * the others are listed so that every framework leaf has a known kind.
 */

/** The three readings of "每低于/超过 X 扣 Y 分" (spec A10): linear, step-floor, step-ceil, each clamped to [0, weight]. */
export interface ScoreSet {
  lin: Decimal;
  floor: Decimal;
  ceil: Decimal;
}

export type FunctionKind = 'rate' | 'checklist' | 'qualitative' | 'external' | 'time';

export interface ScoringFunction {
  id: string;
  scope: 'dept' | 'project';
  /** Matched against the leaf's compacted name. */
  indicator: RegExp;
  weight: Decimal;
  kind: FunctionKind;
  /** The score for a rate in percent (rate kind only), as the rule text is written. */
  score?: (r: Decimal, w: Decimal) => ScoreSet;
  /** A defect of the rule text the catalogue names (fires another rule). */
  defect?: string;
}

const ZERO = new Decimal(0);
const d = (v: number | string): Decimal => new Decimal(v);
const clamp = (v: Decimal, w: Decimal): Decimal => Decimal.max(ZERO, Decimal.min(w, v));
const full = (w: Decimal): ScoreSet => ({ lin: w, floor: w, ceil: w });

/** w − Y per X of shortfall/excess s (pp), in its three readings. */
export function deduct(w: Decimal, s: Decimal, x: Decimal.Value, y: Decimal.Value): ScoreSet {
  if (s.lte(0)) return full(w);
  const steps = s.div(x);
  return { lin: clamp(w.minus(steps.times(y)), w), floor: clamp(w.minus(steps.floor().times(y)), w), ceil: clamp(w.minus(steps.ceil().times(y)), w) };
}

const HUNDRED = d(100);
const atLeast100 = (x: number, y: number) => (r: Decimal, w: Decimal) => deduct(w, HUNDRED.minus(r), x, y);
const atMost100 = (x: number, y: number) => (r: Decimal, w: Decimal) => deduct(w, r.minus(HUNDRED), x, y);

const rate = (id: string, scope: 'dept' | 'project', indicator: RegExp, weight: number, score: ScoringFunction['score'], defect?: string): ScoringFunction => ({
  id,
  scope,
  indicator,
  weight: d(weight),
  kind: 'rate',
  score: score!,
  ...(defect ? { defect } : {}),
});
const other = (id: string, scope: 'dept' | 'project', indicator: RegExp, weight: number, kind: FunctionKind, defect?: string): ScoringFunction => ({
  id,
  scope,
  indicator,
  weight: d(weight),
  kind,
  ...(defect ? { defect } : {}),
});

export const SCORING_FUNCTIONS: readonly ScoringFunction[] = [
  // A10, 部门整体 (002 附件1)
  other('fwd-goal-reasonable', 'dept', /^绩效目标合理性$/, 6, 'checklist'),
  other('fwd-indicator-clarity', 'dept', /^绩效指标明确性$/, 8, 'checklist'),
  rate('fwd-staff-control', 'dept', /在职人员控制率/, 2, (r, w) => deduct(w, r.minus(HUNDRED), 1, '0.5')),
  // "变动率为0，计5分" is capped at the weight; a fall (c < 0) is not written: full marks.
  rate('fwd-sangong-change', 'dept', /三公经费[”"]?变动率/, 2, (c, w) => deduct(w, c, 1, 1), 'fw-rule-max-weight'),
  rate('fwd-key-spend', 'dept', /重点支出安排率/, 2, (k, w) => (k.gt(50) ? full(w) : deduct(w, d(50).minus(k), 1, '0.5'))),
  rate('fwd-exec-rate', 'dept', /^预算执行率$/, 5, atLeast100(1, 1)),
  // As written ("100%计满分，每下降5%扣1分"); by its definition the ideal is 0%.
  rate('fwd-adjust-rate', 'dept', /预算调整率/, 3, atLeast100(5, 1), 'fw-rule-direction'),
  rate('fwd-pay-progress', 'dept', /支付进度率/, 3, atLeast100(5, 1)),
  rate('fwd-carryover-rate', 'dept', /^结转结余率$/, 3, (c, w) => deduct(w, c, 5, 1)),
  rate('fwd-carryover-change', 'dept', /结转结余变动率/, 3, (v, w) => deduct(w, v, 5, 1)),
  rate('fwd-public-cost-control', 'dept', /公用经费控制率/, 3, atMost100(1, 1)),
  rate('fwd-sangong-control', 'dept', /三公经费[”"]?控制率/, 3, atMost100(1, 1)),
  rate('fwd-procurement-exec', 'dept', /政府采购执行率/, 3, (g, w) => deduct(w, g.minus(HUNDRED).abs(), 5, 1)),
  other('fwd-budget-mgmt-system', 'dept', /^管理制度健全性$/, 2, 'checklist'),
  other('fwd-fund-compliance', 'dept', /资金使用合规性/, 2, 'checklist'),
  other('fwd-disclosure', 'dept', /预决算信息公开性/, 2, 'checklist'),
  other('fwd-basic-info', 'dept', /基础信息完善性/, 2, 'checklist'),
  other('fwd-asset-system', 'dept', /^管理制度健全性$/, 2, 'checklist'),
  other('fwd-asset-safety', 'dept', /资产管理安全性/, 2, 'checklist'),
  rate('fwd-fixed-asset-use', 'dept', /固定资产利用率/, 2, atLeast100(5, 1)),
  // As written: "每超过1%扣1分" (intended: below).
  rate('fwd-completion-rate', 'dept', /^实际完成率$/, 5, atMost100(1, 1), 'fw-rule-direction'),
  rate('fwd-timeliness-rate', 'dept', /完成及时率/, 5, atMost100(1, 1), 'fw-rule-direction'),
  rate('fwd-quality-rate', 'dept', /质量达标率/, 5, atMost100(1, 1), 'fw-rule-direction'),
  other('fwd-key-work', 'dept', /重点工作办结率/, 5, 'external'),
  other('fwd-benefit-economic', 'dept', /^经济效益$/, 5, 'qualitative'),
  other('fwd-benefit-social', 'dept', /^社会效益$/, 5, 'qualitative'),
  other('fwd-benefit-eco', 'dept', /^生态效益$/, 5, 'qualitative'),
  other('fwd-satisfaction', 'dept', /满意度/, 5, 'qualitative'),
  // A11, 项目支出 (002 附件4-1)
  other('fwp-basis', 'project', /依据充分性/, 2, 'checklist'),
  other('fwp-procedure', 'project', /程序规范性/, 2, 'checklist'),
  other('fwp-goal', 'project', /绩效目标合理性/, 2, 'checklist'),
  other('fwp-indicator', 'project', /绩效指标明确性/, 1, 'checklist'),
  other('fwp-budgeting', 'project', /预算编制科学性/, 2, 'checklist'),
  other('fwp-allocation', 'project', /资金分配合理性/, 1, 'checklist'),
  rate('fwp-fund-arrival', 'project', /资金到位率/, 3, atLeast100(5, 1)),
  rate('fwp-exec-rate', 'project', /^预算执行率$/, 3, atLeast100(5, 1)),
  other('fwp-compliance', 'project', /资金使用合规性/, 1, 'checklist'),
  other('fwp-mgmt-system', 'project', /管理制度健全性/, 5, 'checklist'),
  other('fwp-exec-effective', 'project', /制度执行有效性/, 5, 'checklist'),
  rate('fwp-completion', 'project', /^实际完成率$/, 10, atLeast100(1, 1)),
  rate('fwp-quality', 'project', /质量达标率/, 10, atLeast100(1, 1)),
  other('fwp-timeliness', 'project', /完成及时性/, 10, 'time', 'fw-rule-max-weight'),
  rate('fwp-cost-saving', 'project', /成本节约率/, 10, atLeast100(5, 2), 'fw-rule-direction'),
  other('fwp-benefit', 'project', /实施效益/, 20, 'qualitative', 'fw-rule-max-weight'),
  rate('fwp-satisfaction', 'project', /满意度/, 10, atLeast100(5, 2)),
];

/** The scoring function of a framework leaf, by scope and name. */
export function functionFor(scope: 'dept' | 'project', name: string): ScoringFunction | null {
  return SCORING_FUNCTIONS.find((f) => f.scope === scope && f.indicator.test(name)) ?? null;
}

/** Whether a stated score is one of the three readings (to 0.01). */
export const acceptsScore = (set: ScoreSet, score: Decimal): boolean => [set.lin, set.floor, set.ceil].some((v) => v.minus(score).abs().lte('0.01'));

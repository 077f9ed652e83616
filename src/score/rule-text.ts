import { Decimal } from 'decimal.js';

/**
 * Reading a framework leaf's 评分及标准 text (spec A9): the most it can award, the scores it can
 * reach, and whether its deduction direction fits the indicator. Each returns null when the text is
 * qualitative and says nothing checkable.
 */

const compact = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');
const ZERO = new Decimal(0);

export interface Award {
  max: Decimal;
  /** How the maximum was read, for the finding. */
  basis: string;
}

/** The 要点 a definition lists (①②③④ or "1 …"): the count a "每项…加2分" rule multiplies. */
function pointCount(definition: string): number {
  const circled = definition.match(/[①②③④⑤⑥⑦⑧⑨⑩]/g)?.length ?? 0;
  const numbered = definition.match(/(?:^|⏎|\n)\s*\d+\s/g)?.length ?? 0;
  return circled + numbered;
}

/** The highest score the rule text can award (spec A9 `fw-rule-max-weight`). */
export function maxAward(ruleText: string, definitionText: string | null, weight: Decimal): Award | null {
  const t = compact(ruleText);
  // "100%计满分", "…计满分，每一项不达标扣0.5分": full marks are the weight by definition.
  if (/计满分|得满分/.test(t)) return { max: weight, basis: '计满分' };
  const awards = [...t.matchAll(/计(\d+(?:\.\d+)?)分/g)].map((m) => new Decimal(m[1]!));
  // Several "计N分" clauses are additive conditions (附件1 资产管理制度: 制度 计1分; 执行 计1分).
  if (awards.length)
    return { max: awards.length > 1 ? awards.reduce((a, b) => a.plus(b), ZERO) : awards[0]!, basis: awards.map((a) => `计${a.toFixed()}分`).join(' + ') };
  const per = /每项[^。；]*?加(\d+(?:\.\d+)?)分/.exec(t);
  if (per && definitionText) {
    const n = pointCount(definitionText);
    if (n) return { max: new Decimal(per[1]!).times(n), basis: `${n} 个要点 × ${per[1]}分` };
  }
  // A numbered checklist "1.…，0.5分；2.…，0.5分" (附件1 管理制度健全性).
  const items = [...t.matchAll(/\d\.[^；;。]*?[，,](\d+(?:\.\d+)?)分/g)].map((m) => new Decimal(m[1]!));
  if (items.length >= 2) return { max: items.reduce((a, b) => a.plus(b), ZERO), basis: items.map((a) => `${a.toFixed()}分`).join(' + ') };
  // Deduction-only rules start from the weight.
  if (/扣(\d+(?:\.\d+)?)分/.test(t)) return { max: weight, basis: '扣分制' };
  return null;
}

/**
 * The scores a count-based step rule can reach ("每缺一项扣3分" on 5: {5, 2, 0}), or null when the
 * rule is continuous (per percentage point) or not a step rule.
 */
export function reachableScores(ruleText: string, weight: Decimal): { scores: Decimal[]; step: Decimal; basis: string } | null {
  const t = compact(ruleText);
  if (/%|百分点/.test(t)) return null;
  const m = /(?:每缺一项|缺一项|每一项[^扣]*|每出现一例[^扣]*)扣(\d+(?:\.\d+)?)分/.exec(t);
  if (!m) return null;
  const step = new Decimal(m[1]!);
  if (step.lte(0)) return null;
  const scores: Decimal[] = [];
  for (let v = weight; v.gt(0); v = v.minus(step)) scores.push(v);
  scores.push(ZERO);
  return { scores, step, basis: m[0] };
}

/**
 * A deduction direction that does not fit the indicator (spec A9 `fw-rule-direction`): a
 * completion-type rate deducting only when above 100; an adjustment rate (ideal 0%) or a cost-saving
 * rate (100% = zero cost) given full marks at 100%.
 */
export function directionDefect(name: string, ruleText: string): { zh: string; en: string } | null {
  const n = compact(name);
  const t = compact(ruleText);
  if (/调整率/.test(n) && /100%计满分/.test(t))
    return { zh: '调整率按定义以 0% 为最优，却以 100% 计满分', en: 'an adjustment rate is ideal at 0% by its definition, yet 100% gets full marks' };
  if (/节约率/.test(n) && /100%计满分/.test(t))
    return { zh: '成本节约率 100% 意味着零成本，不能作为满分标准', en: 'a cost-saving rate of 100% means zero cost; it cannot be the full-marks level' };
  const completion = /完成率|达标率|及时率|到位率|利用率|执行率|办结率/.test(n) && !/控制率/.test(n);
  if (completion && /超过|超出/.test(t) && !/低于|下降|降低/.test(t))
    return { zh: '完成类比率应在低于 100% 时扣分，规则却在超过时扣分', en: 'a completion-type rate must deduct below 100, but the rule deducts above it' };
  return null;
}

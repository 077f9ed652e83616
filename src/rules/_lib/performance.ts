import { Decimal } from 'decimal.js';
import { type Figure, figureOf, type Measure, type SelfEvalTable, type Slot, slotEvidence, type StItem } from '../../extract/records.js';

/** Read-side helpers the 绩效 rules share: which rows are scored, and slots as figures. */

/** The figure a measure holds. */
export const mfig = (m: Measure | null | undefined): Figure | null => figureOf(m?.slot);

/** A blank slot read as 0 for an identity (spec §0.5: a parent and a child given, the siblings blank), keeping its evidence. */
export function zeroOf(s: Slot): Figure {
  return { value: new Decimal(0), halfUnit: new Decimal(0), decimals: 0, printed: '', unit: null, evidence: slotEvidence(s) };
}

/** Items that print their own 分值/得分 (a group's first row included). */
export const scoredItems = (t: SelfEvalTable): StItem[] => t.items.filter((it, i) => it.scoredBy === i);

/** The item whose 分值/得分 cover `it` (itself, or its group's first row), or null. */
export const scorerOf = (t: SelfEvalTable, it: StItem): StItem | null => (it.scoredBy === null ? null : (t.items[it.scoredBy] ?? null));

/** A readable name of an item: 一级 › 二级 › 三级. */
export const itemName = (it: StItem): string => [it.l1, it.l2, it.l3].filter(Boolean).join(' › ');

/** A readable name of a 自评表. */
export const stName = (t: SelfEvalTable): string => (t.project ? `${t.table} ${t.project}` : t.table);

export type Met = 'met' | 'missed' | 'unknown';

/**
 * Whether an actual meets a numeric target (spec A6 `st-full-score-despite-miss`): a plain or `=`
 * target is a level to reach (≥); a range must contain the actual. Units must agree, except that a
 * bare number in a percent column (001 "94.9") counts as a percent.
 */
export function meets(target: Measure, actual: Measure): Met {
  const t = mfig(target);
  const a = mfig(actual);
  if (!t || !a || !target.comparator) return 'unknown';
  if (t.unit !== a.unit && t.unit !== null && a.unit !== null) return 'unknown';
  const v = a.value;
  switch (target.comparator) {
    case '>=':
    case '=':
    case 'value':
      return v.gte(t.value) ? 'met' : 'missed';
    case '>':
      return v.gt(t.value) || (actual.comparator === '>' && v.gte(t.value)) ? 'met' : 'missed';
    case '<=':
      return v.lte(t.value) ? 'met' : 'missed';
    case '<':
      return v.lt(t.value) ? 'met' : 'missed';
    case 'range':
      return target.high && v.gte(t.value) && v.lte(target.high.value) ? 'met' : 'missed';
  }
}

/**
 * The parts of an identity `parent = Σ children` as figures, or null when it cannot be checked: the
 * parent is not a number, no child is, or a child is unreadable. Blank and dash children of a given
 * parent are 0 (spec §0.5: 000 BD 出国 and 公车购置 blank).
 */
export function identityParts(
  parent: Slot | null | undefined,
  children: { label: string; slot: Slot | null | undefined }[],
): { parent: Figure; parts: { label: string; figure: Figure }[] } | null {
  const p = figureOf(parent);
  if (!p) return null;
  const given = children.filter((c) => c.slot);
  if (!given.some((c) => c.slot!.state === 'number')) return null;
  if (given.some((c) => c.slot!.state === 'unreadable')) return null;
  return { parent: p, parts: given.map((c) => ({ label: c.label, figure: figureOf(c.slot) ?? zeroOf(c.slot!) })) };
}

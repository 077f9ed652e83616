import { Decimal } from 'decimal.js';
import type { DocumentRecords, FactOf, Figure, Labelled, NarrativeFact } from '../../extract/records.js';

/**
 * Reading narrative facts for the rules: selection by kind, operand labels and where a fact was
 * stated, and the prior-year value a YoY statement implies.
 */

export const factsOf = <K extends NarrativeFact['kind']>(r: DocumentRecords, kind: K): FactOf<K>[] =>
  r.narrative.filter((f): f is FactOf<K> => f.kind === kind);

/** A label for messages: the metric (or the printed label) and the column. */
export function nameOf(l: Pick<Labelled, 'metric' | 'label' | 'column'>): string {
  const col = l.column ? { init: '年初预算', full: '全年预算', budget: '预算', final: '决算' }[l.column] : '';
  return `${l.metric ?? l.label}${col && !(l.metric ?? l.label).includes(col) ? `（${col}）` : ''}`;
}

export const operand = (l: Labelled) => ({ label: nameOf(l), figure: l.figure });

/** Where a fact was stated, for messages: block id and the first characters of the sentence. */
export const whereOf = (f: { ref: { block: string; quote: string } }): string =>
  `${f.ref.block}「${f.ref.quote.slice(0, 40)}${f.ref.quote.length > 40 ? '…' : ''}」`;

/** The table key under which narrative residuals are folded (one per section). */
export const textTable = (f: { section: string | null; ref: { block: string } }): string => `情况说明/正文 ${f.section ?? f.ref.block}`;

/** A derived figure: a value computed from printed ones, its half-unit the sum of theirs. */
export function derived(value: Decimal, parts: Figure[], printed: string): Figure {
  const half = parts.reduce((a, p) => a.plus(p.halfUnit), new Decimal(0));
  const decimals = Math.max(...parts.map((p) => p.decimals));
  return { value, halfUnit: half, decimals, printed, unit: parts[0]?.unit ?? null, evidence: parts[0]!.evidence };
}

/** The sign a YoY statement's words give: +1 (增加 …), −1 (减少 …), 0 when they disagree or say nothing. */
export function directionOf(y: FactOf<'yoy'>): 1 | -1 | 0 {
  const dirs = new Set(y.words.map((w) => w.dir));
  if (dirs.size !== 1) return 0;
  return dirs.has('up') ? 1 : -1;
}

/** The prior value a YoY statement implies: C − Δ for an increase, C + Δ for a decrease (half-units add). */
export function impliedPrior(y: FactOf<'yoy'>, dir: 1 | -1): Figure | null {
  if (!y.current) return null;
  const v = dir === 1 ? y.current.figure.value.minus(y.delta.value) : y.current.figure.value.plus(y.delta.value);
  return derived(v, [y.current.figure, y.delta], `${y.current.figure.printed}${dir === 1 ? '−' : '+'}${y.delta.printed}`);
}

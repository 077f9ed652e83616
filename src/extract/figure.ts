import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { OriginCell, Table } from '../model/index.js';
import { Provenance } from '../model/index.js';
import { type Amount, IN_WAN } from '../normalise/amount.js';
import type { Quantity } from '../normalise/target.js';

export const DecimalSchema = z.custom<Decimal>((v) => Decimal.isDecimal(v), 'a Decimal');

/** Where a number was printed in a table: enough for a person to find the cell in seconds. */
export const CellRef = z.object({
  kind: z.literal('cell'),
  /** Table id (`t3`) and its kind (`fa02`, `st-dept`, …). */
  table: z.string(),
  tableKind: z.string(),
  /** 0-based grid row and column. */
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  /** The cell's text exactly as printed. */
  raw: z.string(),
  provenance: Provenance,
});
export type CellRef = z.infer<typeof CellRef>;

/** Where a number was printed in running text: the block, the character span in its text, and the quote. */
export const TextRef = z.object({
  kind: z.literal('text'),
  block: z.string(),
  /** Character offsets into the block's printed text, [start, end). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The sentence the number stands in, as printed. */
  quote: z.string(),
  provenance: Provenance,
});
export type TextRef = z.infer<typeof TextRef>;

export const EvidenceRef = z.discriminatedUnion('kind', [CellRef, TextRef]);
export type EvidenceRef = z.infer<typeof EvidenceRef>;

/**
 * A number as the checks use it: the exact value in its canonical unit (money in 万元; percents in
 * percent; scores, weights and counts as printed), the half-unit of its printed precision in that
 * same unit (a printed `1,387.53` 万元 has 0.005; `836万元` has 0.5; `4533869.52元` has 0.0000005
 * 万元), and where it was printed.
 */
export const Figure = z.object({
  value: DecimalSchema,
  /** Half of the last printed digit's unit, in the canonical unit: the rounding the printed value may hide. */
  halfUnit: DecimalSchema,
  /** Digits printed after the decimal point. */
  decimals: z.number().int().min(0),
  /** The text as printed (`1,387.53`, `2.47万元`, `≥95%`). */
  printed: z.string(),
  /** The unit the value is in after normalising: `万元`, `%`, `分`, `人`, … or null when none applies. */
  unit: z.string().nullable(),
  evidence: EvidenceRef,
});
export type Figure = z.infer<typeof Figure>;

/**
 * A slot a table prints a number in. The four states stay apart: `blank` (nothing printed: 0 to a
 * 决算 identity, "not reported" in a 自评表), `dash` (— printed on purpose), `number`, and
 * `unreadable` (text that is not a number; never a value).
 */
export const Slot = z.discriminatedUnion('state', [
  z.object({ state: z.literal('blank'), evidence: EvidenceRef }),
  z.object({ state: z.literal('dash'), evidence: EvidenceRef }),
  z.object({ state: z.literal('number'), figure: Figure }),
  z.object({ state: z.literal('unreadable'), evidence: EvidenceRef, reason: z.string() }),
]);
export type Slot = z.infer<typeof Slot>;

const HALF = new Decimal('0.5');
/** Half of one unit of the last of `decimals` digits, times `scale`. */
export const halfUnitOf = (decimals: number, scale: Decimal.Value = 1): Decimal => HALF.times(new Decimal(10).pow(-decimals)).times(scale);

export function cellRef(t: Table, tableKind: string, cell: OriginCell): CellRef {
  return { kind: 'cell', table: t.id, tableKind, row: cell.row, col: cell.col, raw: cell.raw, provenance: cell.provenance };
}

/** A printed amount as a slot; money is carried in 万元 (an amount whose unit is unknown is taken as printed). */
export function amountSlot(amount: Amount, evidence: EvidenceRef): Slot {
  switch (amount.state) {
    case 'blank':
      return { state: 'blank', evidence };
    case 'dash':
      return { state: 'dash', evidence };
    case 'unreadable':
      return { state: 'unreadable', evidence, reason: amount.reason };
    case 'number': {
      const scale = amount.unit ? IN_WAN[amount.unit] : new Decimal(1);
      return {
        state: 'number',
        figure: {
          value: amount.wan ?? amount.value,
          halfUnit: halfUnitOf(amount.decimals, scale),
          decimals: amount.decimals,
          printed: amount.printed,
          unit: amount.wan ? '万元' : amount.unit,
          evidence,
        },
      };
    }
  }
}

/** A target/actual/rate cell as a slot holding its value (the low end of a range); text states are `unreadable`. */
export function quantitySlot(q: Quantity, evidence: EvidenceRef): Slot {
  if (q.state === 'blank') return { state: 'blank', evidence };
  if (q.state === 'text') return { state: 'unreadable', evidence, reason: `text, not a quantity: "${q.text}"` };
  return { state: 'number', figure: { value: q.value, halfUnit: halfUnitOf(q.decimals), decimals: q.decimals, printed: q.printed, unit: q.unit, evidence } };
}

/** The figure of a slot that holds a number; null otherwise. */
export const figureOf = (s: Slot | null | undefined): Figure | null => (s?.state === 'number' ? s.figure : null);

/** The evidence of any slot. */
export const slotEvidence = (s: Slot): EvidenceRef => (s.state === 'number' ? s.figure.evidence : s.evidence);

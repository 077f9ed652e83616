import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { Block, DocModel, OriginCell, Table } from '../../model/index.js';
import { cellAt } from '../../model/index.js';
import { parseAmount, type MoneyUnit } from '../../normalise/amount.js';
import { Comparator, parseQuantity } from '../../normalise/target.js';
import { compactText } from '../../normalise/text.js';
import { amountSlot, cellRef, type EvidenceRef, Figure, halfUnitOf, quantitySlot, Slot } from '../figure.js';

/** Helpers shared by the three 绩效 table extractors (自评表, 基础数据表, 共性指标框架). */

/** One grid row's distinct cells, left to right; `own` when the cell's origin is in this row (not a span from above). */
export interface RowCell {
  col: number;
  cell: OriginCell;
  own: boolean;
  /** NFKC, whitespace removed. */
  text: string;
}

export function rowCells(t: Table, r: number): RowCell[] {
  const out: RowCell[] = [];
  const seen = new Set<OriginCell>();
  for (let c = 0; c < t.nCols; c++) {
    const cell = cellAt(t, r, c);
    if (!cell || seen.has(cell)) continue;
    seen.add(cell);
    out.push({ col: c, cell, own: cell.row === r, text: compactText(cell.raw) });
  }
  return out;
}

/** The cell whose origin is exactly (r, c); a span from the left or above is not "this" cell. */
export function ownAt(t: Table, r: number, c: number): OriginCell | undefined {
  const cell = cellAt(t, r, c);
  return cell && cell.row === r && cell.col === c ? cell : undefined;
}

/** A printed pure number (a score or a weight: `12.5`, `99.50`, `7`): no unit, no comparator. */
export const isPureNumber = (text: string): boolean => /^\d+(?:\.\d+)?$/.test(compactText(text));

/** A score/weight cell as a slot in 分. */
export function scoreSlot(t: Table, kind: string, cell: OriginCell): Slot {
  const ev = cellRef(t, kind, cell);
  const a = parseAmount(cell.raw);
  if (a.state !== 'number') return amountSlot(a, ev);
  return { state: 'number', figure: { value: a.value, halfUnit: halfUnitOf(a.decimals), decimals: a.decimals, printed: a.printed, unit: '分', evidence: ev } };
}

/** A money cell as a slot in 万元 (a cell's own unit wins, then `unit`). */
export function moneySlot(t: Table, kind: string, cell: OriginCell, unit: MoneyUnit | null = '万元'): Slot {
  return amountSlot(parseAmount(cell.raw, { table: unit }), cellRef(t, kind, cell));
}

/** A target, an actual or a rate: the slot (value, or a range's low end), with its comparator and a range's high end. */
export const Measure = z.object({
  printed: z.string(),
  slot: Slot,
  /** null when the cell is blank or text. */
  comparator: Comparator.nullable(),
  /** A range's high end, same unit and evidence as `slot`. */
  high: Figure.nullable(),
});
export type Measure = z.infer<typeof Measure>;

export function measureOf(t: Table, kind: string, cell: OriginCell, opts: { percentColumn?: boolean } = {}): Measure {
  const ev = cellRef(t, kind, cell);
  const q = parseQuantity(cell.raw, opts);
  const slot = quantitySlot(q, ev);
  if (q.state !== 'quantity') return { printed: cell.raw, slot, comparator: null, high: null };
  const high = q.high
    ? { value: q.high, halfUnit: halfUnitOf(decimalsOf(q.high)), decimals: decimalsOf(q.high), printed: q.printed, unit: q.unit, evidence: ev }
    : null;
  return { printed: cell.raw, slot, comparator: q.comparator, high };
}

const decimalsOf = (d: Decimal): number => Math.max(0, d.decimalPlaces());

/** A blank measure for a row that prints no cell in that column. */
export const blankMeasure = (ev: EvidenceRef): Measure => ({ printed: '', slot: { state: 'blank', evidence: ev }, comparator: null, high: null });

/** The weight a label prints in brackets: `产出指标（50分）`, `目标设定 （14分）`, `决策 （10）`, `资金管理（10）`. */
export function bracketWeight(text: string): { value: Decimal; printed: string } | null {
  const m = /[(（](\d+(?:\.\d+)?)分?[)）]/.exec(compactText(text));
  return m ? { value: new Decimal(m[1]!), printed: m[0] } : null;
}

/** The label without its bracketed weight and whitespace. */
export const labelOf = (text: string): string =>
  compactText(text)
    .replace(/[(（]\d+(?:\.\d+)?分?[)）]/g, '')
    .replace(/[□⍽]/g, '');

/** A weight printed inside a label as a figure in 分, evidenced by the label's cell. */
export function bracketFigure(t: Table, kind: string, cell: OriginCell): Figure | null {
  const w = bracketWeight(cell.raw);
  if (!w) return null;
  return {
    value: w.value,
    halfUnit: halfUnitOf(decimalsOf(w.value)),
    decimals: decimalsOf(w.value),
    printed: w.printed,
    unit: '分',
    evidence: cellRef(t, kind, cell),
  };
}

/** The running-text blocks printed after a table, up to the next table (its 注 / 说明 / 备注 and 填表人 lines). */
export function blocksAfter(doc: DocModel, t: Table, max = 8): Block[] {
  const next = Math.min(...doc.tables.filter((x) => x.order > t.order && !x.parent).map((x) => x.order), Infinity);
  const out: Block[] = [];
  for (const b of doc.blocks) {
    if (b.order <= t.order || b.order >= next) continue;
    if (b.role === 'caption' || b.role === 'heading') break;
    out.push(b);
    if (out.length >= max) break;
  }
  return out;
}

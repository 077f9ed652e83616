import { z } from 'zod';
import type { OriginCell, Table } from '../../model/index.js';
import { canonicalGrade } from '../../normalise/grade.js';
import { cellRef, type EvidenceRef, Figure, Slot } from '../figure.js';
import { blankMeasure, bracketFigure, isPureNumber, labelOf, Measure, measureOf, type RowCell, rowCells, scoreSlot } from './cells.js';

/** One indicator row of a 自评表 (spec §0.2 ST.items[i]). */
export const StItem = z.object({
  /** 0-based grid row. */
  row: z.number().int(),
  /** 一级 label without its bracketed weight (产出指标), inherited down a merged cell and across a lost cell. */
  l1: z.string().nullable(),
  /** The weight the 一级 label prints, "(50分)", in 分; null when none is printed. */
  l1Weight: Figure.nullable(),
  l2: z.string().nullable(),
  l3: z.string().nullable(),
  target: Measure,
  actual: Measure,
  weight: Slot,
  score: Slot,
  note: z.string().nullable(),
  /**
   * Index (into items) of the row whose 分值/得分 covers this one: itself when it prints them, the
   * group's first row when its weight is blank but it shares that row's merged 二级 cell (002 附件4-2
   * 数量指标 10 covers three rows); null when the row is not scored.
   */
  scoredBy: z.number().int().nullable(),
  /** The row's cells were re-aligned (spec §0.5 column shifts: 001 重点工作管理, 004 效益 rows). */
  realigned: z.boolean(),
});
export type StItem = z.infer<typeof StItem>;

export interface ItemHeader {
  row: number;
  l1: number;
  l2: number;
  l3: number;
  target: number;
  actual: number;
  weight: number;
  score: number;
  note: number | null;
}

const FIELDS = ['l1', 'l2', 'l3', 'target', 'actual'] as const;

/** The indicator header row (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分). */
export function findItemHeader(t: Table): ItemHeader | null {
  for (let r = 0; r < t.nRows; r++) {
    const cells = rowCells(t, r).filter((c) => c.own);
    const col = (re: RegExp) => cells.find((c) => re.test(c.text))?.col;
    const l1 = col(/^一级指标/);
    const l3 = col(/^三级指标/);
    if (l1 === undefined || l3 === undefined) continue;
    const l2 = col(/^二级指标/) ?? l1 + 1;
    const target = col(/指标值/) ?? l3 + 1;
    const actual = col(/实际完成/) ?? target + 1;
    const weight = col(/^分值/) ?? actual + 1;
    const score = col(/^得分/) ?? weight + 1;
    return { row: r, l1, l2, l3, target, actual, weight, score, note: col(/偏差|说明|备注/) ?? null };
  }
  return null;
}

const isTotal = (text: string): boolean => /^(?:总分|合计|总计)$/.test(text);
const isTrailer = (text: string): boolean => /^(?:说明|注[:：]|备注|其他需要说明|偏差及原因)/.test(text);
const PLACEHOLDER = /^(?:…+|\.{3,}|—+)$/;

/**
 * A 一级 label as tables print it. A cell in the 一级 column that is no 一级 name (001 "重点工作管理",
 * 004 "经济效益指标") is a row shifted one column left: spec §0.5.
 */
const L1_WORDS = /产出|效益|满意度|部门管理|履职效果|能力建设|决策|过程|预算执行/;
const isL1Label = (text: string): boolean => /[(（]\d+(?:\.\d+)?分?[)）]/.test(text) || (L1_WORDS.test(text) && !/^(?:经济|社会|生态|可持续)/.test(text));

/** The row that ends the indicators: its own cell prints 总分/合计. */
function totalRowIndex(t: Table, h: ItemHeader): number {
  for (let r = h.row + 1; r < t.nRows; r++) if (rowCells(t, r).some((c) => c.own && isTotal(c.text))) return r;
  return t.nRows;
}

/** The last two pure numbers of a row are 分值 and 得分 (spec §0.5); one number is placed by its column. */
function weightAndScore(cells: RowCell[], h: ItemHeader): { weight: RowCell | null; score: RowCell | null } {
  const nums = cells.filter((c) => c.own && isPureNumber(c.text) && c.col > h.l3);
  if (nums.length >= 2) return { weight: nums[nums.length - 2]!, score: nums[nums.length - 1]! };
  const one = nums[0];
  if (!one || one.col < h.weight) return { weight: null, score: null };
  return one.col >= h.score ? { weight: null, score: one } : { weight: one, score: null };
}

export function itemRows(t: Table, kind: string, h: ItemHeader): StItem[] {
  const items: StItem[] = [];
  const end = totalRowIndex(t, h);
  let prevL1: { label: string | null; weight: Figure | null; cell: OriginCell | null; items: number[] } = { label: null, weight: null, cell: null, items: [] };
  const l2Origin: (OriginCell | null)[] = [];
  for (let r = h.row + 1; r < end; r++) {
    const cells = rowCells(t, r).filter((c) => c.col >= h.l1);
    if (cells.some((c) => c.own && isTrailer(c.text))) break;
    const { weight: wCell, score: sCell } = weightAndScore(cells, h);
    const limit = wCell?.col ?? sCell?.col ?? h.weight;
    const covering = (col: number) => cells.find((c) => c.col <= col && col < c.col + c.cell.colSpan) ?? null;
    const l1Cell = covering(h.l1);
    const shifted = (wCell !== null && wCell.col !== h.weight) || (l1Cell !== null && l1Cell.own && l1Cell.text !== '' && !isL1Label(l1Cell.text));
    const field: Record<(typeof FIELDS)[number], RowCell | null> = { l1: null, l2: null, l3: null, target: null, actual: null };
    if (shifted) {
      // Right-align the printed cells left of 分值 into 一级 … 实际完成值; what is missing on the left is inherited.
      const texts = cells.filter((c) => c.own && c.text !== '' && c.col < limit);
      const names = FIELDS.slice(Math.max(0, FIELDS.length - texts.length));
      texts.slice(-FIELDS.length).forEach((c, i) => (field[names[i]!] = c));
      if (!field.l1) field.l1 = null;
    } else {
      for (const f of FIELDS) field[f] = covering(h[f]);
    }
    const text = (c: RowCell | null) => (c && c.text !== '' ? labelOf(c.cell.raw) || null : null);
    const l3 = text(field.l3);
    const target = field.target?.own ? measureOf(t, kind, field.target.cell) : null;
    const actual = field.actual?.own ? measureOf(t, kind, field.actual.cell) : null;
    const empty = (m: Measure | null) => !m || m.slot.state === 'blank' || PLACEHOLDER.test(m.printed.trim());
    if ((!l3 || PLACEHOLDER.test(l3)) && empty(target) && empty(actual) && !wCell && !sCell) continue;
    // 一级: a real 一级 label of this row, else the one above (merged cell, blank cell or lost cell).
    if (field.l1 && field.l1.text !== '' && isL1Label(field.l1.text) && field.l1.cell !== prevL1.cell) {
      const cell = field.l1.cell;
      const label = labelOf(cell.raw);
      const weight = bracketFigure(t, kind, cell);
      // A merged 一级 cell split in two by the PDF table builder (002 附件4-2 PDF: "效益" | "指标（30分）"): one label.
      const continues =
        prevL1.cell && !prevL1.weight && prevL1.cell.col === cell.col && prevL1.cell.row + prevL1.cell.rowSpan === cell.row && !L1_WORDS.test(label);
      if (continues) {
        prevL1 = { ...prevL1, label: `${prevL1.label ?? ''}${label}`, weight, cell };
        for (const i of prevL1.items) items[i] = { ...items[i]!, l1: prevL1.label, l1Weight: weight };
      } else prevL1 = { label, weight, cell, items: [] };
    }
    const l2Cell = field.l2 && field.l2.text !== '' ? field.l2 : null;
    const anchor = cellRef(t, kind, cells.find((c) => c.own)?.cell ?? cells[0]!.cell);
    const index = items.length;
    prevL1.items.push(index);
    let scoredBy: number | null = wCell || sCell ? index : null;
    if (scoredBy === null && l2Cell && !l2Cell.own) {
      const first = l2Origin.findIndex((o) => o === l2Cell.cell);
      if (first >= 0 && items[first]!.scoredBy === first) scoredBy = first;
    }
    l2Origin.push(l2Cell?.cell ?? null);
    const noteCell = h.note !== null ? covering(h.note) : null;
    items.push({
      row: r,
      l1: prevL1.label,
      l1Weight: prevL1.weight,
      l2: l2Cell ? labelOf(l2Cell.cell.raw) : null,
      l3,
      target: target ?? blankMeasure(anchor),
      actual: actual ?? blankMeasure(anchor),
      weight: wCell ? scoreSlot(t, kind, wCell.cell) : { state: 'blank', evidence: anchor },
      score: sCell ? scoreSlot(t, kind, sCell.cell) : { state: 'blank', evidence: anchor },
      note: noteCell?.own && noteCell.text && noteCell !== sCell && noteCell !== wCell ? noteCell.cell.raw : null,
      scoredBy,
      realigned: shifted,
    });
  }
  return items;
}

/** The 总分/合计 row: its weight and score (the last two numbers), and the grade printed on it or beside it. */
export function totalRow(
  t: Table,
  kind: string,
  h: ItemHeader,
): {
  total: { row: number; weight: Slot | null; score: Slot | null } | null;
  grade: { printed: string; canonical: string | null; evidence: EvidenceRef } | null;
} {
  const r = totalRowIndex(t, h);
  if (r >= t.nRows) return { total: null, grade: gradeIn(t, kind, h.row + 1, t.nRows) };
  const cells = rowCells(t, r);
  const { weight, score } = weightAndScore(cells, { ...h, l3: -1 });
  return {
    total: { row: r, weight: weight ? scoreSlot(t, kind, weight.cell) : null, score: score ? scoreSlot(t, kind, score.cell) : null },
    grade: gradeIn(t, kind, r, t.nRows),
  };
}

/** "综合评定等级 | 优秀" (000) or "等级: 优" (004). */
function gradeIn(t: Table, kind: string, from: number, to: number): { printed: string; canonical: string | null; evidence: EvidenceRef } | null {
  for (let r = from; r < to; r++) {
    const cells = rowCells(t, r).filter((c) => c.own);
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      const inline = /等级[:：](.+)$/.exec(c.text);
      if (inline) return { printed: inline[1]!, canonical: canonicalGrade(inline[1]!), evidence: cellRef(t, kind, c.cell) };
      if (/等级$/.test(c.text)) {
        const next = cells[i + 1];
        if (next && next.text !== '') return { printed: next.text, canonical: canonicalGrade(next.text), evidence: cellRef(t, kind, next.cell) };
      }
    }
  }
  return null;
}

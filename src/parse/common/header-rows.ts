import type { GridCell } from '../../model/index.js';
import type { BuiltGrid } from './grid-builder.js';
import { detectNumbering } from './numbering.js';

/** An amount as tables print it: 1,387.53 / 1387.53 / (12.00) / -3.5 / 127,886,849. */
const AMOUNT = /^[-−(（]?\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\s*[)）]?$/;
const MAX_HEADER_ROWS = 6;

/** The part of a built grid that header inference reads. */
export type GridLike = Pick<BuiltGrid, 'nRows' | 'nCols' | 'cells'>;

const rowTexts = (grid: GridLike, r: number): string[] =>
  grid.cells
    .slice(r * grid.nCols, (r + 1) * grid.nCols)
    .filter((g): g is Extract<GridCell, { kind: 'cell' }> => g.kind === 'cell')
    .map((g) => g.raw.replace(/[\s\u3000]+/g, ''));

/** A 栏次 row: labelled 栏次, or its numbers are the column numbers 1, 2, 3, … in order. */
function isColumnNumberRow(texts: string[]): boolean {
  if (texts.some((t) => t === '栏次')) return true;
  const nums = texts.filter((t) => t !== '');
  return nums.length >= 3 && nums.every((t, i) => t === String(i + 1));
}

/**
 * True when a cell in the first `n` rows spans below them: such a band is not a column header
 * (seed 004's 自评表: 资金情况 (万元) spans from the 年度资金总额 label row down into the amounts).
 */
export function spansOutOfBand(grid: GridLike, n: number): boolean {
  return grid.cells.some((g) => g.kind === 'cell' && g.row < n && g.row + g.rowSpan > n);
}

/**
 * Header rows of a table without header markup: the leading rows before the first row that
 * prints an amount; a 栏次 row closes the header. 0 when no amount row is found early enough.
 */
export function inferHeaderRows(grid: GridLike): number {
  const limit = Math.min(MAX_HEADER_ROWS, grid.nRows - 1);
  for (let r = 0; r <= limit; r++) {
    const texts = rowTexts(grid, r);
    if (r > 0 && isColumnNumberRow(texts)) return spansOutOfBand(grid, r + 1) ? 0 : r + 1;
    if (texts.some((t) => AMOUNT.test(t))) return spansOutOfBand(grid, r) ? 0 : r;
  }
  const indicators = indicatorHeaderRows(grid, limit);
  if (indicators > 0) return indicators;
  if (grid.cells.some((g) => g.kind === 'cell' && AMOUNT.test(g.raw.replace(/[\s\u3000]+/g, '')))) return 0;
  return labelRows(grid, limit);
}

/** The column labels of an indicator table (绩效指标表, 绩效目标表, 自评表): 一级指标 | 二级指标 | 三级指标 | 指标值 …. */
const INDICATOR_LABEL =
  /^(?:[一二三四]级指标(?:名称)?|指标(?:名称|内容|值|方向|性质|说明)?|(?:年度|实施周期|全年|预期)?(?:指标值|目标值)|(?:实际)?完成值|实际完成情况|分值|权重|得分|自评得分|偏差原因分析及改进措施|绩效指标|产出指标|效益指标)$/;

/**
 * Header rows of an indicator table, which prints targets (≥330 台套, 成效明显) and no amount to stop
 * at: the leading rows each of whose labels is an indicator table's column label, two at least
 * (国家信访局 2024's 项目年度绩效指标表: 一级指标 | 二级指标 | 三级指标 | 指标值 over rows spanning
 * down). 0 when the first row is not such a row.
 */
function indicatorHeaderRows(grid: GridLike, limit: number): number {
  let r = 0;
  while (r < limit) {
    const texts = rowTexts(grid, r).filter((t) => t !== '');
    if (texts.length < 2 || !texts.every((t) => INDICATOR_LABEL.test(t))) break;
    r++;
  }
  return r > 0 && !spansOutOfBand(grid, r) ? r : 0;
}

/** Longest text a column label has (收入决算表's 附属单位上缴收入 is 8). */
const LABEL_CHARS = 12;

/**
 * Header rows of a table that prints no amount at all (the 决算 template, an empty 政府性基金 table):
 * the leading rows of short labels, up to a row that is empty or starts like a body row (numbered,
 * a code, 合计/总计).
 */
function labelRows(grid: GridLike, limit: number): number {
  let r = 0;
  while (r < limit) {
    const texts = rowTexts(grid, r).filter((t) => t !== '');
    const first = texts[0];
    if (first === undefined || texts.some((t) => [...t].length > LABEL_CHARS)) break;
    // 合计 alone starts a body row; beside other labels it is a column label (the 三公 table's 合计 | 因公出国（境）费 | …).
    if (detectNumbering(first) !== null || /^\d/.test(first) || (/^(?:合计|总计)/.test(first) && texts.length === 1)) break;
    r++;
  }
  return r > 0 && !spansOutOfBand(grid, r) ? r : 0;
}

import type { OriginCell } from '../../model/index.js';
import { FURNITURE } from '../common/roles.js';
import { unionBox } from './box.js';
import type { LatticeTable } from './lattice.js';
import type { PdfParagraph } from './paragraphs.js';

/** Text this close below a ruled table's frame (points) runs on from a cell of its last row. */
const TOUCH = 4;

/**
 * Text that runs out of the bottom of a ruled table, inside one column: the end of a long cell that
 * a spreadsheet printed past the page's last ruling (长沙's 项目支出绩效目标表, page 33: the last two
 * lines of a 绩效目标 cell sit under the frame). It is the cell's: the lines join its text, and its box
 * grows over them. Only a column right of the first: a note under a table starts at its left edge;
 * never a page number.
 * Returns the paragraphs left.
 */
export function absorbOverflow(tables: readonly LatticeTable[], paragraphs: PdfParagraph[]): PdfParagraph[] {
  let rest = paragraphs;
  for (const t of tables) {
    if (t.method !== 'lattice') continue;
    let bottom = t.box.y1;
    let col = -1;
    for (const p of [...rest].sort((a, b) => a.box.y0 - b.box.y0)) {
      if (p.box.y0 < bottom - 1 || p.box.y0 - bottom > TOUCH || FURNITURE.test(p.text)) continue;
      const c = t.xs.findIndex((x, i) => i + 1 < t.xs.length && p.box.x0 >= x - 1 && p.box.x1 <= t.xs[i + 1]! + 1);
      if (c < 1 || (col !== -1 && c !== col)) break;
      const g = t.cells[(t.nRows - 1) * t.nCols + c];
      const cell = g?.kind === 'cell' ? g : g?.kind === 'spanned' ? t.cells[g.origin[0] * t.nCols + g.origin[1]] : undefined;
      if (cell?.kind !== 'cell' || cell.raw === '') break;
      (cell as OriginCell).raw += `\n${p.text}`;
      if (cell.provenance.kind === 'pdf') cell.provenance = { ...cell.provenance, bbox: unionBox(cell.provenance.bbox, p.box) };
      rest = rest.filter((q) => q !== p);
      bottom = p.box.y1;
      col = c;
    }
  }
  return rest;
}

/** The start of a note printed under a table (注：, 说明：, 填报人：…): never bled text. */
const NOTE = /^[\s\u3000]*(?:注|说明|备注|附注|填报|填表|制表|审核|复核|负责人|单位负责人|财务负责人|联系)/;
/** A line of nothing but amounts and codes (327.340000 327.340000). */
const FIGURES = /^[\s\d.,%％\-−]+$/;
/** How close to the paper's edge (points) bled text runs: where no body text or note is printed. */
const EDGE = 24;

/**
 * Marks text bled out of a table past its frame: a spreadsheet whose tall merged cells run over a
 * page break prints their text past the last ruling, down to and off the paper's edge, and again
 * from the top of the next page (the 北京市司法局 预算12表, pages 26 and 45–46). It is the text above
 * the page's first table or below its last that lies inside the table's width, each line in one of
 * its columns or made only of figures, no part of a title strip or a note, and that runs to within
 * EDGE of the paper's edge; all the text on that side of the table is such, or none of it is. A
 * reader skips it: the cells on the next page print it again.
 */
export function markBleed(tables: readonly LatticeTable[], paragraphs: readonly PdfParagraph[], pageHeight: number, isStrip: (text: string) => boolean): void {
  const ruled = tables.filter((t) => t.method === 'lattice');
  if (ruled.length === 0) return;
  const first = ruled.reduce((a, b) => (b.box.y0 < a.box.y0 ? b : a));
  const last = ruled.reduce((a, b) => (b.box.y1 > a.box.y1 ? b : a));
  const inColumn = (t: LatticeTable, p: PdfParagraph): boolean => t.xs.some((x, i) => i + 1 < t.xs.length && p.box.x0 >= x - 1 && p.box.x1 <= t.xs[i + 1]! + 1);
  const bled = (t: LatticeTable, p: PdfParagraph): boolean =>
    p.box.x0 >= t.box.x0 - 1 && p.box.x1 <= t.box.x1 + 1 && (inColumn(t, p) || FIGURES.test(p.text)) && !isStrip(p.text) && !NOTE.test(p.text);
  const body = paragraphs.filter((p) => !FURNITURE.test(p.text));
  const below = body.filter((p) => p.box.y0 >= last.box.y1 - 1);
  const above = body.filter((p) => p.box.y1 <= first.box.y0 + 1);
  if (below.length && Math.max(...below.map((p) => p.box.y1)) >= pageHeight - EDGE && below.every((p) => bled(last, p))) for (const p of below) p.bleed = true;
  if (above.length && Math.min(...above.map((p) => p.box.y0)) <= EDGE && above.every((p) => bled(first, p))) for (const p of above) p.bleed = true;
}

import { detectNumbering } from '../common/numbering.js';
import { percentile } from './box.js';
import { FURNITURE } from '../common/roles.js';
import type { TextLine } from './lines.js';
import { joinLines, type PdfParagraph } from './paragraphs.js';

/** What the joiner needs of a page: its paragraphs, and whether a table comes first or last. */
export interface PageFlow {
  paragraphs: PdfParagraph[];
  /** y0 of the page's first table and y1 of its last (null: no table). */
  firstTableTop: number | null;
  lastTableBottom: number | null;
}

/** A colon does not end a paragraph: `其中：` goes on with the list on the next page (the 2024 决算 copy). */
const SENTENCE_END = /[。；;！!？?]$/;
/** Fewest lines of running text on a page for its margins to be known. */
const MIN_LINES = 4;

/**
 * Joins a paragraph cut by a page break: the last paragraph of a page (below any table, page numbers
 * aside) runs to the text column's right edge without ending its sentence, and the first paragraph
 * of the next page (above any table) starts at the left margin without numbering, in the same size.
 * The joined paragraph keeps the first part's page and box as its provenance. Returns each page's
 * paragraphs after joining (new arrays, a joined paragraph a new object); the pages given are not changed.
 */
export function joinAcrossPages(pages: readonly PageFlow[]): PdfParagraph[][] {
  const out = pages.map((p) => [...p.paragraphs]);
  for (let i = 0; i + 1 < pages.length; i++) {
    const a = { ...pages[i]!, paragraphs: out[i]! };
    const b = { ...pages[i + 1]!, paragraphs: out[i + 1]! };
    const bodyA = a.paragraphs.filter((p) => !FURNITURE.test(p.text));
    const bodyB = b.paragraphs.filter((p) => !FURNITURE.test(p.text));
    const last = bodyA.at(-1);
    const first = bodyB[0];
    if (!last || !first) continue;
    if (a.lastTableBottom !== null && a.lastTableBottom > last.box.y0) continue;
    if (b.firstTableTop !== null && b.firstTableTop < first.box.y1) continue;
    const linesA = bodyA.flatMap((p) => p.lines);
    const linesB = bodyB.flatMap((p) => p.lines);
    // Margins need text to be measured from: a page of a table and a 填表人 line has none (seed 002).
    if (linesA.length < MIN_LINES || linesB.length < MIN_LINES) continue;
    const right = percentile(
      linesA.map((l) => l.box.x1),
      0.9,
    );
    const left = percentile(
      linesB.map((l) => l.box.x0),
      0.1,
    );
    const tail: TextLine = last.lines.at(-1)!;
    const head: TextLine = first.lines[0]!;
    const em = Math.max(last.size, first.size);
    const joins =
      Math.abs(last.size - first.size) < 0.1 * em &&
      tail.box.x1 >= right - 1.5 * em &&
      !SENTENCE_END.test(tail.text.trim()) &&
      head.box.x0 <= left + 0.5 * em &&
      detectNumbering(head.text) === null;
    if (!joins) continue;
    const lines = [...last.lines, ...first.lines];
    out[i]![out[i]!.indexOf(last)] = { ...last, lines, text: joinLines(lines) };
    out[i + 1]!.splice(out[i + 1]!.indexOf(first), 1);
  }
  return out;
}

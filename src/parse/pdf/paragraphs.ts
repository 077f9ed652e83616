import type { BBox } from '../../model/index.js';
import { detectNumbering } from '../common/numbering.js';
import { HAN, lastChar } from './cjk.js';
import type { TextLine } from './lines.js';
import { percentile, unionBox } from './box.js';

/** A paragraph of a PDF page, before it becomes a model block. */
export interface PdfParagraph {
  text: string;
  box: BBox;
  page: number;
  size: number;
  lines: TextLine[];
  /** Text bled out of a table's cells past its frame (cell-overflow.ts): page furniture, not body text. */
  bleed?: boolean;
}

/** Joins wrapped lines: Chinese wraps anywhere and takes no space at the break; Latin text does. */
export function joinLines(lines: readonly TextLine[]): string {
  let out = '';
  for (const l of lines) {
    if (out && !(HAN.test(lastChar(out)) || /^[\p{Script=Han}，。、；：？！）》」』”]/u.test(l.text))) out += ' ';
    out += l.text;
  }
  return out;
}

/** The font that sets most of a line's Han characters (digits are often in another face). */
function dominantFont(l: TextLine): string {
  const count = new Map<string, number>();
  for (const r of l.runs) {
    const n = [...r.text].filter((c) => HAN.test(c)).length;
    count.set(r.font, (count.get(r.font) ?? 0) + n);
  }
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** A line set with equal space on both sides of the text column (a centred title, or a full line). */
const centred = (l: TextLine, left: number, right: number, em: number): boolean => Math.abs(l.box.x0 - left - (right - l.box.x1)) < 1.5 * em;

/** The usual distance between consecutive baselines of body lines on a page (median), or null. */
function linePitch(lines: readonly TextLine[]): number | null {
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const d = b.baseline - a.baseline;
    if (Math.abs(a.size - b.size) < 0.1 * a.size && d > 0.5 * a.size && d < 3 * a.size) pitches.push(d);
  }
  pitches.sort((p, q) => p - q);
  return pitches.length >= 3 ? pitches[Math.floor(pitches.length / 2)]! : null;
}

/**
 * Groups a page's lines (top to bottom) into paragraphs. A new paragraph starts where the baseline
 * distance exceeds the page's usual line pitch by a third (double-spaced WPS text has 2-em pitches,
 * the 财政局 决算's error-injected copy), or the gap is taller than 0.8 of a line when the page has no
 * usual pitch, at a change of font size, at a first-line indent, after a line that stopped
 * short of the text column's right edge, and at a numbered line (一、 （一） 1.). The paragraph text
 * keeps no line breaks: PDF line wraps are layout, not the author's.
 */
export function paragraphs(lines: readonly TextLine[], page: number): PdfParagraph[] {
  const sorted = [...lines].sort((a, b) => a.baseline - b.baseline || a.box.x0 - b.box.x0);
  // The text column's right edge: the 90th percentile of line ends, so a wide header does not move it.
  const right = percentile(
    sorted.map((l) => l.box.x1),
    0.9,
  );
  const pitch = linePitch(sorted);
  const sizes = sorted.map((l) => l.size).sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 1;
  // The text column's left margin: the 10th percentile of line starts.
  const left = percentile(
    sorted.map((l) => l.box.x0),
    0.1,
  );
  const out: PdfParagraph[] = [];
  let cur: TextLine[] = [];
  const flush = (): void => {
    if (!cur.length) return;
    const sizes = cur.map((l) => l.size).sort((a, b) => a - b);
    out.push({ text: joinLines(cur), box: cur.map((l) => l.box).reduce(unionBox), page, size: sizes[Math.floor(sizes.length / 2)]!, lines: cur });
    cur = [];
  };
  for (const line of sorted) {
    const prev = cur.at(-1);
    if (prev) {
      const em = Math.max(line.size, prev.size);
      const gap = line.box.y0 - prev.box.y1;
      const breaks =
        // The pitch scales with the type: a title set larger than the body wraps at a larger pitch.
        (pitch !== null ? line.baseline - prev.baseline > 1.35 * pitch * Math.max(1, em / bodySize) : gap > 0.8 * em) ||
        Math.abs(line.size - prev.size) > 0.1 * em ||
        // A line indented from the column's margin starts a paragraph (first-line indent), unless it
        // continues a centred title (the 2024 决算's 第三部分 heading wraps over two centred lines).
        (line.box.x0 > left + 1.2 * em && !(centred(line, left, right, em) && (centred(prev, left, right, em) || prev.size > 1.1 * bodySize))) ||
        // Wrapped lines go back to the margin, at most a first-line indent (2 em) to the left; a line
        // far left of a centred title is a new paragraph.
        line.box.x0 < prev.box.x0 - 2.5 * em ||
        // A line that stops well short of the right edge ends its paragraph; Word's line breaking
        // leaves up to ~3.3 em before a 、 or （项） that may not start a line (2024 决算).
        prev.box.x1 < right - 4 * em ||
        // Two lines side by side (a short line next to a longer one) are not one paragraph.
        line.box.y0 < prev.box.y1 - 0.3 * em ||
        detectNumbering(line.text) !== null ||
        // Headings are set in another face (黑体 over 仿宋): the 决算 template's 九、… fills its line
        // and is followed by its text at the same indent and pitch.
        (HAN.test(line.text) && HAN.test(prev.text) && dominantFont(line) !== dominantFont(prev));
      if (breaks) flush();
    }
    cur.push(line);
  }
  flush();
  return out;
}

import type { BBox } from '../../model/index.js';
import { fixRadicals } from './cjk.js';

/** A run of text as pdfjs reports it, placed on the page. */
export interface TextRun {
  text: string;
  /** PDF points, origin top-left: x0/x1 the advance extent, y0 the top (baseline − ascent), y1 the bottom (baseline + descent). */
  box: BBox;
  /** Baseline y, PDF points from the top. */
  baseline: number;
  /** Font size in points (the scale of the text matrix). */
  size: number;
  font: string;
}

/** Where a text item lands on the page: pdfjs's item `transform` is in PDF user space. */
interface ItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

export interface ViewportLike {
  convertToViewportPoint(x: number, y: number): number[];
}

// Ascent and descent as shares of the font size: CJK fonts fill about 0.88 above and 0.12 below the baseline.
const ASCENT = 0.88;
const DESCENT = 0.12;

/**
 * The text runs of a page, in PDF points with a top-left origin. Whitespace-only items (pdfjs emits
 * them for gaps) are dropped: positions say where the gaps are. Rotated text keeps its anchor point
 * and advance; the lattice and line builders treat it as horizontal.
 */
export function textRuns(items: readonly unknown[], viewport: ViewportLike): TextRun[] {
  const runs: TextRun[] = [];
  for (const raw of items) {
    const it = raw as Partial<ItemLike>;
    if (typeof it.str !== 'string' || !Array.isArray(it.transform) || it.str.trim() === '') continue;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height || 1;
    const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
    const width = Math.abs(it.width ?? 0);
    runs.push({
      text: fixRadicals(it.str),
      box: { x0: x, y0: y - ASCENT * size, x1: x + width, y1: y + DESCENT * size },
      baseline: y,
      size,
      font: it.fontName ?? '',
    });
  }
  return runs;
}

/** Estimated advance of a character in ems: CJK and full-width forms are square, Latin about half. */
function advance(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (ch === ' ' || ch === '\u00a0') return 0.3;
  if ((cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || cp >= 0x20000) return 1;
  return 0.55;
}

/**
 * Estimated x of each character boundary of a run (n + 1 values, from box.x0 to box.x1): pdfjs gives
 * only the run's width, so it is shared out by the characters' advances. Null for a run with no width to share.
 */
function charEdges(run: TextRun, chars: readonly string[]): number[] | null {
  const weights = chars.map(advance);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const scale = (run.box.x1 - run.box.x0) / total;
  const edges = [run.box.x0];
  for (const w of weights) edges.push(edges.at(-1)! + w * scale);
  return edges;
}

/**
 * Splits a run at the given x positions (column borders it crosses): pdfjs sometimes returns the
 * text of two cells as one item (seed 000's PDF: `998.82 基本支出`). Character positions are
 * estimated from their advances, and a cut moves to the nearest space when the run has one.
 */
export function splitRunAt(run: TextRun, cuts: readonly number[]): TextRun[] {
  const chars = [...run.text];
  const inside = cuts.filter((x) => x > run.box.x0 + 0.5 && x < run.box.x1 - 0.5).sort((p, q) => p - q);
  const edges = inside.length > 0 && chars.length >= 2 ? charEdges(run, chars) : null;
  if (!edges) return [run];
  const spaces = chars.flatMap((c, i) => (/\s/.test(c) ? [i] : []));
  const out: TextRun[] = [];
  let start = 0;
  for (const cut of [...inside, Infinity]) {
    let end = chars.length;
    if (cut !== Infinity) {
      end = edges.findIndex((x) => x >= cut);
      if (end < 0) end = chars.length;
      const near = spaces.filter((i) => i >= start && Math.abs(i - end) <= 3).sort((a, b) => Math.abs(a - end) - Math.abs(b - end))[0];
      if (near !== undefined) end = near;
    }
    end = Math.max(start, Math.min(chars.length, end));
    const text = chars.slice(start, end).join('').trim();
    if (text) out.push({ ...run, text, box: { ...run.box, x0: edges[start]!, x1: edges[end]! } });
    start = end;
  }
  return out;
}

/**
 * Splits a run at the spaces where `boundary(left, right)` holds for the words on either side: one
 * pdfjs item may hold a code and a name of two unruled columns (`208 社会保障和就业支出`).
 */
export function splitRunAtSpaces(run: TextRun, boundary: (left: string, right: string) => boolean): TextRun[] {
  const chars = [...run.text];
  const edges = charEdges(run, chars);
  if (!edges) return [run];
  const words: { start: number; end: number }[] = [];
  chars.forEach((ch, i) => {
    if (/\s/.test(ch)) return;
    const last = words.at(-1);
    if (last && last.end === i) last.end = i + 1;
    else words.push({ start: i, end: i + 1 });
  });
  const text = (w: { start: number; end: number }): string => chars.slice(w.start, w.end).join('');
  const out: TextRun[] = [];
  let from = words[0];
  for (let i = 1; i <= words.length; i++) {
    const w = words[i];
    const prev = words[i - 1]!;
    if (w && !boundary(text(prev), text(w))) continue;
    if (from) out.push({ ...run, text: chars.slice(from.start, prev.end).join(''), box: { ...run.box, x0: edges[from.start]!, x1: edges[prev.end]! } });
    from = w;
  }
  return out.length > 1 ? out : [run];
}

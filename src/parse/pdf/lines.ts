import type { BBox } from '../../model/index.js';
import type { TextRun } from './text-runs.js';
import { unionBox } from './box.js';
import { firstChar, lastChar } from './cjk.js';

/** One printed line: runs on a shared baseline, left to right. */
export interface TextLine {
  text: string;
  box: BBox;
  baseline: number;
  /** The dominant font size of the line. */
  size: number;
  runs: TextRun[];
}

/** Han characters and CJK punctuation (、，。：；（）“” …): letter-spacing between them prints no space. */
const CJK = /[\p{Script=Han}\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018\u2019\u201C\u201D]/u;
const CJK_SPACED = new RegExp(`(?<=${CJK.source})[ \\u00a0]+(?=${CJK.source})`, 'gu');

/**
 * Joins runs of one line. Runs that touch are one word; a gap between two Han characters is
 * letter-spacing (收 入 决 算 表, 分散对齐) and prints no space; any other gap of a quarter em or more is
 * a space.
 */
export function joinRuns(runs: readonly TextRun[]): string {
  let out = '';
  let prev: TextRun | undefined;
  for (const r of runs) {
    const text = r.text.replace(CJK_SPACED, '');
    if (prev) {
      const gap = r.box.x0 - prev.box.x1;
      const hanJoin = CJK.test(lastChar(out)) && CJK.test(firstChar(text));
      if (gap > 0.25 * Math.min(r.size, prev.size) && !hanJoin && !out.endsWith(' ') && !text.startsWith(' ')) out += ' ';
    }
    out += text;
    prev = r;
  }
  return out.replace(/^[ ]+|[ ]+$/g, '');
}

/** Runs that share a baseline (within a third of their size), top to bottom, each band left to right. */
export function baselineBands(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.box.x0 - b.box.x0);
  const bands: TextRun[][] = [];
  for (const r of sorted) {
    const band = bands.at(-1);
    const ref = band?.[0];
    if (band && ref && Math.abs(r.baseline - ref.baseline) <= Math.max(1, 0.33 * Math.min(r.size, ref.size))) band.push(r);
    else bands.push([r]);
  }
  for (const band of bands) band.sort((a, b) => a.box.x0 - b.box.x0);
  return bands;
}

/**
 * Groups runs into lines: runs whose baselines lie within a third of their size of each other, and
 * that overlap vertically, are one line. Within a line, a horizontal gap wider than `splitGap` ems
 * starts a separate line (two columns of text on one baseline are not one sentence).
 */
export function groupLines(runs: readonly TextRun[], splitGap = 4): TextLine[] {
  const lines: TextLine[] = [];
  for (const band of baselineBands(runs)) {
    let current: TextRun[] = [];
    const flush = (): void => {
      if (current.length === 0) return;
      const box = current.map((r) => r.box).reduce(unionBox);
      const sizes = current.map((r) => r.size).sort((a, b) => a - b);
      lines.push({ text: joinRuns(current), box, baseline: current[0]!.baseline, size: sizes[Math.floor(sizes.length / 2)]!, runs: current });
      current = [];
    };
    for (const r of band) {
      const prev = current.at(-1);
      if (prev && r.box.x0 - prev.box.x1 > splitGap * Math.max(r.size, prev.size)) flush();
      current.push(r);
    }
    flush();
  }
  return lines;
}

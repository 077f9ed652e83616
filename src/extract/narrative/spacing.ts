/**
 * Letter-spaced digits. Some PDFs print a paragraph's figures one character per text run, and the
 * parser joins the runs with spaces (广州 2026 部门预算 说明 一: "2 0 2 6 年本部门收入预算 1 6 , 4 1 0 . 7 1
 * 万元"). Read as they stand, "1 万元" is the amount and the rest is label. They are rejoined here before
 * any figure is read, in place: the run's characters move to its front and the spaces to its end, so
 * the text keeps its length, every offset outside the run stays a block offset, and a sentence that
 * opens with a run still starts where it is printed.
 */

/** A letter-spaced run, in offsets of the text it was found in, and whether it rejoins to a well-formed number. */
export interface SpacedRun {
  start: number;
  end: number;
  /** False when the rejoined digits are not one well-formed number (commas out of place, two points): its figure is uncertain. */
  clean: boolean;
}

/** Single digits, commas and points separated by one space each: at least "d d". */
const RUN = /(?<![\d.,])\d(?: [\d.,])+(?![\d.,])/g;

/** A number as printed with thousands separators: 16,410.71 / 2026 / 0.5. */
const WELL_FORMED = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * The text with its letter-spaced runs rejoined, and the runs. Only a text that has a run of at least
 * four characters ("2 0 2 6") is taken as letter-spaced; then its shorter runs ("4 0 . 6") are too.
 * Elsewhere "1 2" may be two numbers, and is left alone.
 */
export function rejoinSpaced(text: string): { text: string; runs: SpacedRun[] } {
  const found = [...text.matchAll(RUN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, chars: m[0].replace(/ /g, '') }));
  if (!found.some((f) => f.chars.length >= 4)) return { text, runs: [] };
  let out = text;
  const runs: SpacedRun[] = [];
  for (const f of found) {
    const pad = ' '.repeat(f.end - f.start - f.chars.length);
    out = out.slice(0, f.start) + f.chars + pad + out.slice(f.end);
    runs.push({ start: f.start, end: f.end, clean: WELL_FORMED.test(f.chars) });
  }
  return { text: out, runs };
}

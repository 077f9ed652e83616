/**
 * Finds a truth statement's sentence in the parsed blocks. The truth quotes the sentence as
 * pdftotext prints it with spaces left out; a block may break the line, space the characters, or
 * print full-width forms: both are compared in NFKC without whitespace, and the match is mapped back
 * to the block's own offsets.
 */
import type { Block } from '../../src/model/index.js';

interface Folded {
  text: string;
  /** For each character of `text`, its offset in the block's text. */
  at: number[];
}

function fold(s: string): Folded {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const n = s[i]!.normalize('NFKC').replace(/[\s\u3000]/g, '');
    for (const ch of n) {
      text += ch;
      at.push(i);
    }
  }
  return { text, at };
}

export interface Located {
  block: string;
  /** Offsets of the quote in the block's text, [start, end). */
  start: number;
  end: number;
}

/** The block span that prints `quote`; null when no single running-text block prints it. */
export function locateQuote(blocks: readonly Block[], quote: string): Located | null {
  const q = fold(quote).text;
  if (!q) return null;
  for (const b of blocks) {
    if (b.role === 'toc' || b.role === 'furniture') continue;
    const f = fold(b.text);
    const i = f.text.indexOf(q);
    if (i < 0) continue;
    return { block: b.id, start: f.at[i]!, end: f.at[i + q.length - 1]! + 1 };
  }
  return null;
}

/**
 * Where `printed` (a number as printed) stands in the span: the occurrence not run into other
 * digits; `nth` picks among several (0 first, -1 last). Null when it is not printed there as a
 * whole (spaced out digit by digit, for one).
 */
export function locateNumber(text: string, from: number, to: number, printed: string, nth = 0): { start: number; end: number } | null {
  const hits: { start: number; end: number }[] = [];
  const esc = printed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\d.,，])${esc}(?![\\d]|[.,，]\\d)`, 'g');
  const span = text.slice(from, to);
  for (const m of span.matchAll(re)) hits.push({ start: from + m.index, end: from + m.index + m[0].length });
  if (!hits.length) return null;
  return nth < 0 ? hits.at(nth)! : (hits[nth] ?? null);
}

/**
 * PDFs printed through Chromium/Skia (and some WPS exports) map common characters to radical code
 * points in their ToUnicode tables: 入 as U+2F0A (KANGXI RADICAL ENTER), 门 as U+2ED4 (CJK RADICAL C-
 * SIMPLIFIED GATE). The printed glyph is the ideograph, so that is what the text must say.
 * Kangxi radicals (U+2F00–2FD5) all have NFKC decompositions; the CJK Radicals Supplement mostly does
 * not, so its simplified forms are listed (from Unicode's EquivalentUnifiedIdeograph.txt).
 */
const SUPPLEMENT: Record<string, string> = {
  '\u2E8C': '小',
  '\u2E8D': '小',
  '\u2EC5': '见',
  '\u2ECB': '车',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EE2': '马',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF3': '龟',
};

const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/g;

/** Replaces radical code points by the ideographs they print as. */
export function fixRadicals(s: string): string {
  return s.replace(RADICAL, (ch) => SUPPLEMENT[ch] ?? (ch >= '\u2F00' ? ch.normalize('NFKC') : ch));
}

/** A Han ideograph (including the CJK extensions and compatibility ideographs). */
export const HAN = /\p{Script=Han}/u;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The last code point of s (`[...s].at(-1)` without walking all of s: a paragraph grows line by line). */
export function lastChar(s: string): string {
  const n = s.length;
  if (n === 0) return '';
  return n >= 2 && isLow(s.charCodeAt(n - 1)) && isHigh(s.charCodeAt(n - 2)) ? s.slice(n - 2) : s.slice(n - 1);
}

/** The first code point of s (`[...s][0]`). */
export function firstChar(s: string): string {
  if (s.length === 0) return '';
  return s.length >= 2 && isHigh(s.charCodeAt(0)) && isLow(s.charCodeAt(1)) ? s.slice(0, 2) : s.slice(0, 1);
}

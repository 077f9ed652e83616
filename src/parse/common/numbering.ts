import type { Numbering, NumberingStyle } from '../../model/index.js';

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral up to 999 (十一 = 11, 二十 = 20, 一百零五 = 105); null if it is not one. */
export function cnNumber(s: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = CN_DIGITS[ch] ?? 0;
    }
  }
  return total + digit;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Outline level of each numbering style: 第一部分 is the outermost. */
export const OUTLINE_LEVEL: Record<NumberingStyle, number> = {
  part: 1,
  'cn-comma': 2,
  'cn-paren': 3,
  'arabic-dot': 4,
  'arabic-paren': 5,
  circled: 6,
};

interface Pattern {
  style: NumberingStyle;
  re: RegExp;
  value: (m: RegExpExecArray) => number | null;
}

const PATTERNS: Pattern[] = [
  { style: 'part', re: /^第([零〇一二两三四五六七八九十百]+)部分/, value: (m) => cnNumber(m[1]!) },
  { style: 'cn-paren', re: /^[（(]\s*([零〇一二两三四五六七八九十百]+)\s*[)）]/, value: (m) => cnNumber(m[1]!) },
  { style: 'cn-comma', re: /^([零〇一二两三四五六七八九十百]+)\s*[、，,．.]/, value: (m) => cnNumber(m[1]!) },
  { style: 'arabic-paren', re: /^[（(]\s*(\d{1,3})\s*[)）]/, value: (m) => Number(m[1]) },
  // `1.` / `1、` / `1．`, but not a decimal such as `1.5万元` or a date such as `2022.1`.
  { style: 'arabic-dot', re: /^(\d{1,2})\s*(?:[、．]|\.(?!\d))/, value: (m) => Number(m[1]) },
  { style: 'circled', re: /^([①-⑳])/, value: (m) => CIRCLED.indexOf(m[1]!) + 1 },
];

/** The Chinese numbering at the start of a text (第一部分 / 一、/（一）/ 1. / （1）/ ①), or null. */
export function detectNumbering(text: string): Numbering | null {
  const t = text.replace(/^[\s\u3000]+/, '');
  for (const p of PATTERNS) {
    const m = p.re.exec(t);
    if (!m) continue;
    const ordinal = p.value(m);
    if (ordinal === null || ordinal < 0) continue;
    return { style: p.style, marker: m[0], ordinal };
  }
  return null;
}

/**
 * Text as the later stages compare it: NFKC (full-width digits, letters and punctuation to their
 * ordinary forms, U+3000 to a space), no line breaks or spaces between Chinese characters (a cell
 * printed `一级\n指标`, a letter-spaced `收 入 支 出` title), other whitespace runs as one space.
 * The printed text stays in the model; this is a pure function of it.
 */
const CJK = '[\\p{Script=Han}\\u3001-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\u2018\\u2019\\u201C\\u201D（）《》【】、，。：；！？]';
const BETWEEN_CJK = new RegExp(`(?<=${CJK})\\s+(?=${CJK})`, 'gu');

export function normaliseText(s: string): string {
  // Spaces between Chinese characters go before NFKC turns full-width （）： into ASCII ones.
  return s.replace(BETWEEN_CJK, '').normalize('NFKC').replace(BETWEEN_CJK, '').replace(/\s+/g, ' ').trim();
}

/** Text with every whitespace removed, for matching labels (`本年收入合\n计` → 本年收入合计). */
export const compactText = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

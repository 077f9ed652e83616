import { Decimal } from 'decimal.js';
import { type Figure, halfUnitOf } from '../figure.js';
import type { CommonOf, Reading } from './reading.js';
import type { FactOf, NarrativeFact } from './schema.js';
import { refOf, type Sentence } from './sentences.js';

const NUM = '(\\d+(?:\\.\\d+)?)';
/** "综合评价得分为96.3分" (000 六): the stated total self-score. */
const TOTAL = new RegExp(`(?:综合|自评|评价|总)[^，,。；;]{0,8}得分(?:为|是)?\\s*${NUM}\\s*分`, 'dg');
/** "权重10分，得7分", "满分20分，得19.8分" (000 六 1–4): a weight and its score. */
const ITEM = new RegExp(`(?:权重|满分|分值)(?:为)?\\s*${NUM}\\s*分[，,、\\s]*(?:实际)?得(?:分)?(?:为)?\\s*${NUM}\\s*分`, 'dg');
/** "预算执行7分" in the 其中 sentence after a total: one 一级 part. */
const PART = new RegExp(`([\\p{Script=Han}]{2,12}?)(?:得分|得)?(?:为)?\\s*${NUM}\\s*分`, 'dgu');
/** "分别设置数量指标、质量指标、时效指标和成本指标4个二级指标" (000 六 2): the indicators a report says it set. */
// One flat class, not (name sep?)+: nested quantifiers backtrack exponentially on a long run of Han
// characters after 设置 that never reaches 个X级指标 (厦门 notice: "设置内设加油点的企业须取得营业执照").
const LIST = /设置(?:了)?([\p{Script=Han}、，,]{2,80}?)(?:共)?(\d+|[一二三四五六七八九十])个(一|二|三)级指标/gu;
const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The figure of a match's group (the regexps carry the `d` flag: group offsets; `shift` moves them into the sentence). */
function figure(s: Sentence, m: RegExpExecArray, group: number, shift = 0): Figure {
  const digits = m[group]!;
  const at = m.indices![group]![0] + shift;
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  return {
    value: new Decimal(digits),
    halfUnit: halfUnitOf(decimals),
    decimals,
    printed: `${digits}分`,
    unit: '分',
    evidence: refOf(s, at, at + digits.length + 1),
  };
}

/** What a score sentence is about: the short heading sentence before it in its block ("2、产出指标。"), numbering and 。 removed. */
function subjectOf(readings: Reading[], ri: number, matchStart: number): string | null {
  const s = readings[ri]!.s;
  const before = s.text.slice(0, matchStart).replace(/[。，,：:\s]+$/, '');
  const clean = (t: string): string =>
    t
      .replace(/^\s*(?:[(（]?\d+[)）.、]|[一二三四五六七八九十]+、)\s*/, '')
      .replace(/[。，,：:\s]+$/g, '')
      .trim();
  if (clean(before)) return clean(before);
  const prev = readings[ri - 1]?.s;
  if (prev && prev.block.id === s.block.id && prev.text.length <= 24) return clean(prev.text) || null;
  return null;
}

/**
 * The self-scores a report states in its text: the total (综合评价得分96.3分) with the parts its
 * 其中 sentence lists, each 一级/二级 indicator's weight and score (权重10分，得7分), and the list of
 * indicators it says it set (4个二级指标). Checked against the 自评表 by st-level1-score-text and
 * st-indicator-structure.
 */
export function scoresOf(readings: Reading[], common: CommonOf): NarrativeFact[] {
  const out: NarrativeFact[] = [];
  readings.forEach((r, ri) => {
    const s = r.s;
    for (const m of s.text.matchAll(TOTAL)) {
      out.push({ kind: 'score', ...common(r), role: 'total', subject: '综合', weight: null, score: figure(s, m, 1) } satisfies FactOf<'score'>);
      const next = readings[ri + 1];
      if (next && /^其中/.test(next.s.text)) {
        for (const p of next.s.text.slice(2).matchAll(PART)) {
          out.push({ kind: 'score', ...common(next), role: 'part', subject: p[1]!, weight: null, score: figure(next.s, p, 2, 2) } satisfies FactOf<'score'>);
        }
      }
    }
    for (const m of s.text.matchAll(ITEM)) {
      const subject = subjectOf(readings, ri, m.index);
      if (!subject) continue;
      out.push({ kind: 'score', ...common(r), role: 'item', subject, weight: figure(s, m, 1), score: figure(s, m, 2) } satisfies FactOf<'score'>);
    }
    for (const m of s.text.matchAll(LIST)) {
      const names = m[1]!
        .split(/[、，,和及与]/)
        .map((x) => x.trim())
        .filter(Boolean);
      const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : CN[m[2]!]!;
      out.push({ kind: 'indicator-list', ...common(r), level: CN[m[3]!]!, names, count: n } satisfies FactOf<'indicator-list'>);
    }
  });
  return out;
}

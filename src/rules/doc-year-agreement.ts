import { Decimal } from 'decimal.js';
import { yearOf } from '../normalise/year.js';
import type { DocumentRecords } from '../extract/records.js';
import type { Rule } from './_lib/types.js';
import { blockText, disagreement } from './_lib/doc.js';
import { finding, type Tally } from './_lib/finding.js';
import { computed } from './_lib/interval.js';
import { ruleMeta } from './_lib/meta.js';

const ZERO = new Decimal(0);

/**
 * A 预算 of year Y compared with Y itself: "比2026年预算增加…", "与2026年预算持平" in the 2026 说明, where
 * the base is last year's (a year left from the template). The base follows 比/较/与/同; the subject
 * before it may name Y freely (2026年预算数比2025年执行数 is right).
 */
const selfComparison = (y: number): RegExp =>
  new RegExp(
    `(?:比|较|与|同)\\s*${y}\\s*年(?:度)?(?:年初)?(?:预算(?:数)?|执行数)?(?:相比|对比|比较)?[，,]?\\s*(?:增加|减少|增长|下降|持平|基本持平|上升|降低|增|减)`,
    'g',
  );

/** A project period (实施周期) as printed: its last year (2025年1月1日-2025年12月31日 → 2025; 2026年至2027年 → 2027). */
const PERIOD = /(\d{4})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:-|—|－|–|~|～|至|到)\s*(\d{4})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?/;

/**
 * Year slips in a 预算's text: a comparison of the budget year with itself (one finding for the
 * document, every sentence cited: one template left unchanged), and a project whose 实施周期 ends
 * before the budget year (a period left from last year's text; one finding a project).
 */
function budgetTextSlips(t: Tally, r: DocumentRecords, meta: Rule['meta']): void {
  const y = r.document.year;
  if (r.document.kind !== '预算' || y === null) return;
  const text = r.blocks.filter((b) => b.role === 'paragraph' || b.role === 'heading');
  const comparison = selfComparison(y);
  const self = text.flatMap((b) => [...b.text.matchAll(comparison)].map((m) => ({ b, m })));
  const report = (value: string, why: { zh: string; en: string }, refs: typeof text) => {
    const side = computed(value, ZERO, ZERO, []);
    const f = finding(
      meta,
      side,
      side,
      { difference: ZERO, tolerance: ZERO },
      { value, kept: String(y), whyZh: why.zh, whyEn: why.en, placeZh: '正文', placeEn: 'the text' },
    );
    f.evidence.push(...refs.map(blockText));
    t.add(f);
  };
  if (self.length) {
    t.checked++;
    const phrases = [...new Set(self.map((s) => s.m[0]))];
    report(
      phrases.join('；'),
      {
        zh: `（${y}年预算与${y}年比较，共 ${self.length} 处；比较的基数应为上年）`,
        en: ` (the ${y} budget compared with ${y} itself, ${self.length} times; the base is the year before)`,
      },
      [...new Set(self.map((s) => s.b))],
    );
  }
  for (let i = 0; i < text.length; i++) {
    const b = text[i]!;
    const at = b.text.search(/实施周期|项目周期|执行周期/);
    if (at < 0) continue;
    // "五、实施周期" as a heading of its own: the period is the paragraph under it.
    const rest = b.text.slice(at).replace(/^(?:实施周期|项目周期|执行周期)/, '');
    const where = rest.trim() ? b : text[i + 1];
    const m = PERIOD.exec(where === b ? rest : (where?.text ?? ''));
    if (!where || !m) continue;
    t.checked++;
    const end = Number(m[2]);
    if (end >= y) continue;
    report(m[0], { zh: `（项目实施周期在${y}年之前已结束）`, en: ` (a project period that ends before the ${y} budget year)` }, where === b ? [b] : [b, where]);
  }
}

export const rule: Rule = {
  meta: ruleMeta({
    id: 'doc-year-agreement',
    description:
      'The document names one report year in its titles and part titles; a 预算 does not compare its year with itself, nor give a project a 实施周期 that ends before it',
    messages: {
      zh: '{placeZh}中年度为 {value}{whyZh}，与全文通用的 {kept} 年度不一致',
      en: '{placeEn} names the year {value}{whyEn} where the rest of the document says {kept}',
    },
  }),
  check(r) {
    const found = r.classification.evidence.year.flatMap((e) => {
      const y = yearOf(e.text);
      return y !== null ? [[String(y), e] as [string, typeof e]] : [];
    });
    const t = disagreement(this.meta, r, r.document.year === null ? null : String(r.document.year), found, undefined, undefined, {
      placeZh: '标题',
      placeEn: 'a title',
    });
    budgetTextSlips(t, r, this.meta);
    return t.result({ outcome: 'insufficient-data', reason: 'the document names no year in its titles' });
  },
};

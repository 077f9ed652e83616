import { yearOf } from '../normalise/year.js';
import type { Rule } from './_lib/types.js';
import { disagreement } from './_lib/doc.js';
import { ruleMeta } from './_lib/meta.js';

export const rule: Rule = {
  meta: ruleMeta({
    id: 'doc-year-agreement',
    description: 'The document names one report year in its titles and part titles',
    messages: {
      zh: '标题中年度为 {value}{whyZh}，与全文通用的 {kept} 年度不一致',
      en: 'a title names the year {value}{whyEn} where the rest of the document says {kept}',
    },
  }),
  check(r) {
    const found = r.classification.evidence.year.flatMap((e) => {
      const y = yearOf(e.text);
      return y !== null ? [[String(y), e] as [string, typeof e]] : [];
    });
    const t = disagreement(this.meta, r, r.document.year === null ? null : String(r.document.year), found);
    return t.result({ outcome: 'insufficient-data', reason: 'the document names no year in its titles' });
  },
};

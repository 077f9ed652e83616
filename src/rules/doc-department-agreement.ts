import { departmentOf, departmentInTitle } from '../normalise/department.js';
import type { Rule } from './_lib/types.js';
import { disagreement } from './_lib/doc.js';
import { ruleMeta } from './_lib/meta.js';

/** Template placeholders left in a published document: XX局, ××区, ＸＸ. */
const PLACEHOLDER = /[XxＸｘ×]{2,}/;

export const rule: Rule = {
  meta: ruleMeta({
    id: 'doc-department-agreement',
    description: 'The document names one department throughout; a placeholder (XX局) is never printed',
    messages: {
      zh: '文档中部门名称为“{value}”{whyZh}',
      en: 'the document names the department “{value}”{whyEn}',
    },
  }),
  check(r) {
    const ev = r.classification.evidence.department;
    const found: [string, (typeof ev)[number]][] = ev.flatMap((e) => {
      const d =
        departmentInTitle(
          e.text
            .normalize('NFKC')
            .replace(/\s+/g, '')
            .replace(/^第[一二三四五六七八九十]+部分/, ''),
        ) ?? departmentOf(e.text);
      return d ? [[d, e] as [string, (typeof ev)[number]]] : [];
    });
    const t = disagreement(
      this.meta,
      r,
      r.document.department,
      found,
      (v) => PLACEHOLDER.test(v),
      (v) =>
        PLACEHOLDER.test(v)
          ? { zh: '：这是模板占位符，不是部门名称', en: ': a template placeholder, not a department' }
          : { zh: `，与全文通用的“${r.document.department ?? ''}”不一致`, en: ` where the rest of the document says “${r.document.department ?? ''}”` },
    );
    return t.result({ outcome: 'insufficient-data', reason: 'the document names no department' });
  },
};

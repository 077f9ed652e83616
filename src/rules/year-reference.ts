import { Decimal } from 'decimal.js';
import { factsOf, whereOf } from './_lib/narrative.js';
import type { DocumentRecords } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { computed } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'year-reference',
  description: 'A year in the narrative differs from the report year where the same-year fact is meant ("2019年…" in a 2020 report)',
  messages: {
    zh: '{where}：{left} 年度报告中以「{right}年」叙述本年度的事项',
    en: '{where}: a {left} report states a same-year fact under the year {right}',
  },
});

/** The report year: the document's, else the year most sentences speak of (002's 附件 carry no header year). */
function reportYear(r: DocumentRecords): number | null {
  if (r.document.year) return r.document.year;
  const n = new Map<number, number>();
  for (const f of r.narrative) if (f.year) n.set(f.year, (n.get(f.year) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const year = reportYear(r);
    if (!year) return t.result({ outcome: 'insufficient-data', reason: 'the report year is not known' });
    for (const y of factsOf(r, 'year-mention')) {
      t.checked++;
      if (y.mentioned === year) continue;
      const left = computed('报告年度', new Decimal(year), new Decimal(0), []);
      const right = computed('文中年份', new Decimal(y.mentioned), new Decimal(0), [
        {
          label: y.phrase,
          figure: { value: new Decimal(y.mentioned), halfUnit: new Decimal(0), decimals: 0, printed: `${y.mentioned}年`, unit: null, evidence: y.ref },
        },
      ]);
      t.add(finding(meta, left, right, { difference: new Decimal(year - y.mentioned), tolerance: new Decimal(0) }, { where: whereOf(y) }));
    }
    // A 共性指标框架's rule or definition that cites another year (002 附件1 重点工作办结率: "绩效办2019年").
    for (const fw of r.frameworks) {
      for (const n of fw.nodes) {
        for (const text of [n.ruleText, n.definitionText]) {
          const m = text ? /(20\d{2})\s*年/.exec(text) : null;
          if (!m) continue;
          t.checked++;
          const mentioned = Number(m[1]);
          if (mentioned === year) continue;
          const left = computed('报告年度', new Decimal(year), new Decimal(0), []);
          const right = computed('文中年份', new Decimal(mentioned), new Decimal(0), [
            {
              label: n.name,
              figure: { value: new Decimal(mentioned), halfUnit: new Decimal(0), decimals: 0, printed: m[0], unit: null, evidence: n.evidence },
            },
          ]);
          t.add(
            finding(
              meta,
              left,
              right,
              { difference: new Decimal(year - mentioned), tolerance: new Decimal(0) },
              { where: `${fw.table} ${n.name}`, right: String(mentioned) },
            ),
          );
          break;
        }
      }
    }
    return t.result({ outcome: 'not-applicable', reason: 'no sentence opens on a year with the unit as subject' });
  },
};
export default rule;

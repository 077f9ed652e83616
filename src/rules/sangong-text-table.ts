import type { Figure } from '../extract/figure.js';
import { fig } from '../extract/performance/access.js';
import { bdRow, type BdKey } from '../extract/performance/basic-data.js';
import { factsOf, nameOf, sangongTable, textTable, whereOf } from '../extract/narrative/query.js';
import type { DocumentRecords } from '../extract/records.js';
import { Tally } from './_lib/finding.js';
import { compare, single } from './_lib/interval.js';
import type { Rule, RuleMeta } from './_lib/types.js';

const meta: RuleMeta = {
  id: 'sangong-text-table',
  family: 'A2',
  description: 'Every 三公 figure in the narrative equals the table (公开07, BD, ST "其中：三公经费") for the same year and column',
  severity: 'error',
  appliesTo: ['FA', 'PR'],
  messages: {
    zh: '{where}：文中 {leftLabel} {left} 与 {rightLabel} {right} 不符',
    en: '{where}: the text gives {leftLabel} {left} but {rightLabel} is {right}',
  },
};

const BD_KEY: Record<string, BdKey> = { 三公经费: 'sangong', 公务用车运行维护费: 'carRun', 公务接待费: 'reception', '因公出国(境)费': 'abroad', 公务用车购置费: 'carBuy', 公务用车购置及运行费: 'carSub' };

/** The table values of one 三公 metric for the year's 决算: 公开07 决算, BD 当年决算, ST 其中：三公经费. */
export function sangongTables(r: DocumentRecords, metric: string): { label: string; figure: Figure }[] {
  const out: { label: string; figure: Figure }[] = [];
  const fa = sangongTable(r, metric, 'fin');
  if (fa) out.push({ label: `公开07 决算·${metric}`, figure: fa });
  const key = BD_KEY[metric];
  for (const bd of r.basicData) {
    const row = key ? bdRow(bd, key) : null;
    const f = fig(row?.curFin);
    if (f) out.push({ label: `${bd.table} ${row!.label} 当年决算数`, figure: f });
  }
  if (metric === '三公经费') for (const st of r.selfEval) {
    const f = fig(st.split?.nat.sangong);
    if (f) out.push({ label: `${st.table} 其中：三公经费`, figure: f });
  }
  return out;
}

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const seen = new Set<string>();
    for (const a of factsOf(r, 'amount')) {
      // 情况说明 七 is fan-sangong's; a 预算 figure has no 决算 table to match.
      if (!a.metric || !BD_KEY[a.metric] || (a.docPart === 'fa-notes' && a.chapter === 7) || (a.column && a.column !== 'final')) continue;
      if (a.year !== null && r.document.year !== null && a.year !== r.document.year) continue;
      const key = `${a.metric}|${a.figure.value.toString()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const tb of sangongTables(r, a.metric)) {
        const left = single(nameOf(a), a.figure);
        const right = single(tb.label, tb.figure);
        const cmp = compare(left, right, { exact: false });
        t.compare(textTable(a), left, right, cmp, { where: whereOf(a) });
        if (cmp.agreement === 'differs') break;
      }
    }
    return t.result({ outcome: 'not-applicable', reason: 'no narrative 三公 figure with a table to compare' });
  },
};
export default rule;

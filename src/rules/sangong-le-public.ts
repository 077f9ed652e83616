import { partOverWholeByUnit, unitQuestion } from './_lib/gate.js';
import { factsOf, whereOf } from './_lib/narrative.js';
import { type DocumentRecords, type Figure, figureOf } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { atMost, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { sangongTables } from './_lib/sangong.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'sangong-le-public',
  description: '出国 + 公车运行 + 接待 ≤ 公用经费 (商品和服务支出); 购置 is capital and excluded',
  messages: {
    zh: '三公（不含购置）{left} 超过公用经费 {right}（{rightLabel}）',
    en: '三公 without purchases {left} exceeds 公用经费 {right} ({rightLabel})',
  },
});

/** The first source that gives a 三公 item: a table (公开07 / BD / ST), else the narrative. */
function item(r: DocumentRecords, metric: string): { label: string; figure: Figure } | null {
  const tb = sangongTables(r, metric)[0];
  if (tb) return tb;
  const n = factsOf(r, 'amount').find((a) => a.metric === metric && (a.column === null || a.column === 'final'));
  return n ? { label: `${metric}（${n.ref.block}）`, figure: n.figure } : null;
}

/** 公用经费: the narrative's, else the 自评表 按支出性质 line, else the narrative 商品和服务支出 of 基本支出. */
function publicOf(r: DocumentRecords): { label: string; figure: Figure; where: string } | null {
  const n = factsOf(r, 'amount').find((a) => a.metric === '公用经费' && (a.column === null || a.column === 'final'));
  if (n) return { label: `公用经费（${n.ref.block}）`, figure: n.figure, where: whereOf(n) };
  for (const st of r.selfEval) {
    const f = figureOf(st.split?.nat.public);
    if (f) return { label: `${st.table} 公用经费`, figure: f, where: st.table };
  }
  return null;
}

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const pub = publicOf(r);
    const parts = ['因公出国(境)费', '公务用车运行维护费', '公务接待费']
      .map((m) => item(r, m))
      .filter((x): x is { label: string; figure: Figure } => x !== null);
    let left = parts.length ? sum('出国 + 公车运行 + 接待', parts) : null;
    if (!parts.length) {
      const total = item(r, '三公经费');
      if (total) left = single(`${total.label}（含购置，上限）`, total.figure);
    }
    if (!pub || !left) return t.result({ outcome: 'not-applicable', reason: 'no 三公 items and 公用经费 both given' });
    const right = single(pub.label, pub.figure);
    const cmp = atMost(left, right);
    // With only the 三公 total (购置 included) known, exceeding 公用经费 proves nothing.
    if (!parts.length && cmp.agreement === 'differs')
      return t.result({ outcome: 'insufficient-data', reason: 'only the 三公 total (with 购置) is known, and it exceeds 公用经费' });
    t.checked++;
    if (cmp.agreement === 'differs') {
      const k = partOverWholeByUnit(left.value, right.value);
      const q = k === null ? null : unitQuestion(k, '三公 ≤ 公用经费');
      t.add(
        q
          ? finding(meta, left, right, cmp, { where: pub.where, uncertain: q.uncertain }, { severity: q.severity, diagnostic: q.diagnostic })
          : finding(meta, left, right, cmp, { where: pub.where }),
      );
    }
    return t.result({ outcome: 'not-applicable', reason: 'nothing to check' });
  },
};
export default rule;

import { factsOf, operand, textTable, whereOf } from './_lib/narrative.js';
import { finding, Tally } from './_lib/finding.js';
import { atMost, compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-procurement',
  description: "情况说明 十二: 采购总额 = 货物 + 工程 + 服务; 中小企业 ≤ 总额; 小微 ≤ 中小 (shares are pct-share's)",
  messages: {
    zh: '{where}：政府采购 {leftLabel} {left} {relation} {rightLabel} {right}',
    en: '{where}: procurement {leftLabel} {left} {relationEn} {rightLabel} {right}',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const amounts = factsOf(r, 'amount').filter((a) => a.docPart === 'fa-notes');
    for (const b of factsOf(r, 'breakdown')) {
      if (b.family !== 'procurement') continue;
      const left = single(operand(b.total).label, b.total.figure);
      const right = sum('货物 + 工程 + 服务', b.components.map(operand));
      t.compare(textTable(b), left, right, compare(left, right), { where: whereOf(b), relation: '≠', relationEn: '≠' });
    }
    const get = (m: string) => amounts.find((a) => a.metric === m && !a.scope) ?? factsOf(r, 'amount').find((a) => a.metric === m && !a.scope);
    // 中小企业 awards stated per kind of project (预留 / 其他, 上海 template 十一(二)): together no more than all 采购 (T-AMT).
    const all = get('政府采购');
    for (const block of new Set(amounts.filter((a) => a.metric === '中小企业合同' && a.scope).map((a) => a.ref.block))) {
      const parts = amounts.filter((a) => a.ref.block === block && a.metric === '中小企业合同' && a.scope);
      if (!all || parts.length < 2) continue;
      const left = sum(
        parts.map((p) => `中小企业合同（${p.scope}）`).join(' + '),
        parts.map((p) => ({ label: `中小企业合同（${p.scope}）`, figure: p.figure })),
      );
      const right = single('政府采购', all.figure);
      const cmp = atMost(left, right);
      if (cmp.agreement === 'differs') {
        t.checked++;
        t.add(finding(meta, left, right, cmp, { where: whereOf(parts[0]!), relation: '超过', relationEn: 'exceed' }));
      } else t.compare(textTable(parts[0]!), left, right, cmp, { where: whereOf(parts[0]!), relation: '≤', relationEn: '≤' });
    }
    for (const [part, whole] of [
      ['中小企业合同', '政府采购'],
      ['小微企业合同', '中小企业合同'],
    ] as const) {
      const p = get(part);
      const w = get(whole);
      if (!p || !w) continue;
      const left = single(part, p.figure);
      const right = single(whole, w.figure);
      const cmp = atMost(left, right);
      t.checked++;
      if (cmp.agreement === 'differs') t.add(finding(meta, left, right, cmp, { where: whereOf(p), relation: '超过', relationEn: 'exceeds' }));
    }
    return t.result({ outcome: 'not-applicable', reason: 'no 政府采购 amounts in the 情况说明' });
  },
};
export default rule;

import { factsOf, operand, textTable, whereOf } from './_lib/narrative.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fixed-asset-net',
  description: '固定资产净值 = 原值 − 累计折旧',
  messages: {
    zh: '{where}：固定资产净值 {left} ≠ 原值 − 累计折旧 = {right}（差额 {difference}）',
    en: '{where}: net fixed assets {left} ≠ gross − depreciation = {right} (difference {difference})',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const amounts = factsOf(r, 'amount');
    for (const net of amounts.filter((a) => a.metric === '固定资产净值')) {
      const inBlock = amounts.filter((a) => a.ref.block === net.ref.block);
      const gross = inBlock.find((a) => a.metric === '固定资产原值');
      const depr = inBlock.find((a) => a.metric === '累计折旧');
      if (!gross || !depr) continue;
      const left = single('固定资产净值', net.figure);
      const right = sum('原值 − 累计折旧', [
        { ...operand(gross), sign: 1 },
        { ...operand(depr), sign: -1 },
      ]);
      t.compare(textTable(net), left, right, compare(left, right), { where: whereOf(net) });
    }
    return t.result({ outcome: 'not-applicable', reason: 'no 固定资产 原值/累计折旧/净值 stated together' });
  },
};
export default rule;

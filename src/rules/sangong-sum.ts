import { identityParts } from './_lib/performance.js';
import { bdRow } from '../extract/records.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { BD_COLUMNS } from './_lib/basic-data.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'sangong-sum',
  description:
    '三公合计 = 因公出国(境) + 公务用车购置及运行 + 公务接待, per 基础数据表 column (当年决算, 当年预算, 上年决算); 公开07 is fa07-sangong-sum, narrative groups the narrative rules.',
  messages: {
    zh: '{table}（{column}）：三公经费 {left} ≠ 出国 + 公车 + 接待 {right}（差 {difference}，容差 {tolerance}）',
    en: '{table} ({column}): 三公经费 {left} is not 出国 + 公车 + 接待 {right} (difference {difference}, tolerance {tolerance})',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const bds = records.basicData.filter((b) => bdRow(b, 'sangong'));
    if (!bds.length)
      return tally.result({ outcome: 'not-applicable', reason: 'no 基础数据表 with a 三公经费 row (公开07 and narrative are checked by other rules)' });
    for (const b of bds) {
      const total = bdRow(b, 'sangong')!;
      const abroad = bdRow(b, 'abroad');
      const carSub = bdRow(b, 'carSub');
      const carBuy = bdRow(b, 'carBuy');
      const carRun = bdRow(b, 'carRun');
      const reception = bdRow(b, 'reception');
      for (const [col, name] of BD_COLUMNS) {
        // carSub = carBuy + carRun when the subtotal is blank.
        const car =
          carSub?.[col]?.state === 'number'
            ? [{ label: carSub.label, slot: carSub[col] }]
            : [carBuy, carRun].filter((r) => r).map((r) => ({ label: r!.label, slot: r![col] }));
        const children = [
          ...(abroad ? [{ label: abroad.label, slot: abroad[col] }] : []),
          ...car,
          ...(reception ? [{ label: reception.label, slot: reception[col] }] : []),
        ];
        const ip = identityParts(total[col], children);
        if (!ip) continue;
        const left = single(total.label, ip.parent);
        const right = sum('出国 + 公车 + 接待', ip.parts);
        tally.compare(b.table, left, right, compare(left, right), { table: b.table, column: name });
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'the 三公 rows print no amounts' });
  },
};

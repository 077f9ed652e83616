import { identityParts } from './_lib/performance.js';
import { bdRow } from '../extract/records.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { BD_COLUMNS } from './_lib/basic-data.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'sangong-car-subtotal',
  description: '公务用车购置及运行费小计 = 购置费 + 运行维护费, per 基础数据表 column (公开07 is fa07-car-subtotal).',
  messages: {
    zh: '{table}（{column}）：公务用车小计 {left} ≠ 购置 + 运行维护 {right}（差 {difference}，容差 {tolerance}）',
    en: '{table} ({column}): the car subtotal {left} is not 购置 + 运行维护 {right} (difference {difference}, tolerance {tolerance})',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const bds = records.basicData.filter((b) => bdRow(b, 'carSub'));
    if (!bds.length) return tally.result({ outcome: 'not-applicable', reason: 'no 基础数据表 with a 公务用车 subtotal row (公开07 is fa07-car-subtotal)' });
    for (const b of bds) {
      const sub = bdRow(b, 'carSub')!;
      const parts = [bdRow(b, 'carBuy'), bdRow(b, 'carRun')].filter((r) => r);
      for (const [col, name] of BD_COLUMNS) {
        const ip = identityParts(
          sub[col],
          parts.map((p) => ({ label: p!.label, slot: p![col] })),
        );
        if (!ip) continue;
        const left = single(sub.label, ip.parent);
        const right = sum('购置 + 运行维护', ip.parts);
        tally.compare(b.table, left, right, compare(left, right), { table: b.table, column: name });
      }
    }
    return tally.result({ outcome: 'not-applicable', reason: 'the 公务用车 subtotal is blank in every column (not reported)' });
  },
};

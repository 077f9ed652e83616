import { identityParts } from './_lib/performance.js';
import type { BdKey } from '../extract/records.js';
import { BD_COLUMNS } from './_lib/basic-data.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'bd-project-sum',
  description: '基础数据表 项目支出 = Σ its 专项 rows (业务工作专项 + 运行维护专项 + 县级专项…), per column.',
  messages: {
    zh: '{table}（{column}）：项目支出 {left} ≠ 各专项之和 {right}（差 {difference}，容差 {tolerance}）',
    en: '{table} ({column}): 项目支出 {left} is not the sum of its 专项 rows {right} (difference {difference}, tolerance {tolerance})',
  },
});

const PARTS: BdKey[] = ['projBusiness', 'projOps', 'projCounty'];

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const bds = records.basicData.filter((b) => b.rows.some((r) => r.key === 'project'));
    if (!bds.length) return tally.result({ outcome: 'not-applicable', reason: 'no 基础数据表 with a 项目支出 row' });
    for (const b of bds) {
      const parent = b.rows.find((r) => r.key === 'project')!;
      const parts = b.rows.filter((r) => PARTS.includes(r.key));
      for (const [col, name] of BD_COLUMNS) {
        const ip = identityParts(
          parent[col],
          parts.map((p) => ({ label: p.label, slot: p[col] })),
        );
        if (!ip) continue;
        const left = single(parent.label, ip.parent);
        const right = sum('Σ 专项', ip.parts);
        tally.compare(b.table, left, right, compare(left, right, { exact: ip.parts.length === 1 }), { table: b.table, column: name });
      }
    }
    return tally.result({ outcome: 'not-applicable', reason: 'the 项目支出 rows print no amounts (not reported)' });
  },
};

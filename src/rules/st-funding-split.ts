import { identityParts, stName } from './_lib/performance.js';
import type { Slot } from '../extract/records.js';
import { Tally } from './_lib/finding.js';
import { atMost, compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-funding-split',
  description: '按收入性质 lines (or the 其中 当年财政拨款/上年结转/其他资金 rows) sum to the total; 基本 + 项目 = 执行数; 基本 = 人员 + 公用; 三公 ≤ 公用.',
  messages: {
    zh: '{table}：{what}：{leftLabel} {left} ≠ {rightLabel} {right}（差 {difference}，容差 {tolerance}）',
    en: '{table}: {what}: {leftLabel} {left} vs {rightLabel} {right} (difference {difference}, tolerance {tolerance})',
  },
});

type Col = 'initBudget' | 'fullBudget' | 'executed';
const COLS: [Col, string][] = [
  ['initBudget', '年初预算数'],
  ['fullBudget', '全年预算数'],
  ['executed', '全年执行数'],
];

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    for (const t of records.selfEval) {
      const table = stName(t);
      const identity = (what: string, parentLabel: string, parent: Slot | null | undefined, children: { label: string; slot: Slot | null | undefined }[]) => {
        const ip = identityParts(parent, children);
        if (!ip) return;
        const left = single(parentLabel, ip.parent);
        const right = sum(`Σ ${children.map((c) => c.label).join(' + ')}`, ip.parts);
        tally.compare(t.table, left, right, compare(left, right), { table, what });
      };
      const s = t.split;
      if (s && t.fund) {
        identity('按收入性质分类', '全年执行数', t.fund.executed, [
          { label: '一般公共预算拨款', slot: s.src.gpb },
          { label: '政府性基金拨款', slot: s.src.gf },
          { label: '非税收入拨款', slot: s.src.nontax },
          { label: '其他资金', slot: s.src.other },
        ]);
        identity('按支出性质分类', '全年执行数', t.fund.executed, [
          { label: '基本支出', slot: s.nat.basic },
          { label: '项目支出', slot: s.nat.project },
        ]);
        identity('基本支出构成', '基本支出', s.nat.basic, [
          { label: '人员经费', slot: s.nat.personnel },
          { label: '公用经费', slot: s.nat.public },
        ]);
        const sg = s.nat.sangong?.state === 'number' ? s.nat.sangong.figure : null;
        const pub = s.nat.public?.state === 'number' ? s.nat.public.figure : null;
        if (sg && pub) {
          const left = single('三公经费', sg);
          const right = single('公用经费', pub);
          tally.compare(t.table, left, right, atMost(left, right), { table, what: '三公经费 ≤ 公用经费' });
        }
      }
      // 002/004: the 其中 rows (当年财政拨款, 上年结转, 其他资金) split the 年度资金总额 by source, per column.
      const subs = t.fundRows.filter((r) => ['gpb', 'carry', 'other'].includes(r.key));
      if (t.fund && subs.length) {
        for (const [col, label] of COLS)
          identity(
            `${label} 按资金来源`,
            `${t.fund.label} ${label}`,
            t.fund[col],
            subs.map((r) => ({ label: r.label, slot: r[col] })),
          );
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no 自评表 prints a funding split with a total' });
  },
};

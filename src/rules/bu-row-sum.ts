import type { CodedTable } from '../extract/records.js';
import { kindSpec } from '../classify/table-kinds.js';
import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, rowSums } from './_lib/fa.js';
import { columnPaths, hasUnreadable, incomeIdentities, rowsOf, slotAt } from './_lib/income-sources.js';
import { ruleMeta } from './_lib/meta.js';

const LABELS: Record<string, string> = {
  total: '合计',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public: '公用经费',
  remit: '上缴上级支出',
  operating: '事业单位经营支出',
  subsidy: '对附属单位补助支出',
  fiscal: '财政拨款收入',
  business: '事业收入',
  other: '其他收入',
};

/**
 * The row identities a table's columns state, by the measures it prints: 合计 = 基本支出 + 项目支出 (+ the
 * national template's 上缴上级 / 事业单位经营 / 对附属单位补助), 基本支出 = 人员经费 + 公用经费 (合计 = 人员经费
 * + 公用经费 where no 基本支出 is printed), and an income table's 合计 = its sources — each for this year's
 * columns and for last year's (prior.…) alike.
 */
function identities(keys: string[], income: boolean): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const pre of ['', 'prior.']) {
    const has = (k: string): boolean => keys.includes(pre + k);
    const parts = (ks: string[]): string[] => ks.filter(has).map((k) => pre + k);
    if (!has('total')) continue;
    if (income) {
      if (parts(['fiscal', 'business', 'operating', 'other']).length >= 2) out.push([pre + 'total', parts(['fiscal', 'business', 'operating', 'other'])]);
      continue;
    }
    // 合计 | 人员经费 | 公用经费 | 专项业务经费 (西安 部门综合预算): no 基本支出 column, its two parts beside 项目支出.
    const split = !has('basic') && has('personnel') && has('public');
    if (has('basic') || has('project'))
      out.push([pre + 'total', parts([...(split ? ['personnel', 'public'] : ['basic']), 'project', 'remit', 'operating', 'subsidy'])]);
    if (has('personnel') && has('public') && (has('basic') || !has('project')))
      out.push([has('basic') ? pre + 'basic' : pre + 'total', [pre + 'personnel', pre + 'public']]);
  }
  return out;
}

export const rule: Rule = {
  meta: ruleMeta({
    id: 'bu-row-sum',
    description: '预算 coded tables, each row: 合计 = 基本支出 + 项目支出 (人员经费 + 公用经费; the income sources)',
    messages: {
      zh: '{row}：{leftLabel} {left} ≠ {rightLabel} = {right}（差 {difference} 万元，容差 {tolerance}）',
      en: '{row}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference} 万元, tolerance {tolerance})',
    },
  }),
  check(r) {
    const tables = Object.values(r.bu).filter((t): t is CodedTable => t !== undefined);
    const t = new Tally(this.meta);
    const bySources = new Set<string>();
    for (const info of r.tables) {
      if (kindSpec(info.kind)?.family !== '预算' || hasUnreadable(r, info.table)) continue;
      const lines = r.lineItems.filter((l) => l.table === info.table && l.side === null);
      const ids = incomeIdentities(columnPaths(lines));
      if (!ids) continue;
      bySources.add(info.table);
      for (const row of rowsOf(lines).values()) {
        const first = row[0]!;
        const label = first.code === '*' ? '合计' : [first.code, first.name].filter(Boolean).join(' ');
        for (const { whole, parts } of ids) {
          // The sources this row prints (a blank adds nothing): the message names those.
          const printed = parts.filter((p) => slotAt(row, p.col) !== undefined);
          identity(
            t,
            info.table,
            [`${label} › ${whole.label}`, slotAt(row, whole.col)],
            (printed.length ? printed : parts).map((p) => [p.label, slotAt(row, p.col)]),
            { data: { row: label } },
          );
        }
      }
    }
    for (const table of tables) {
      const income = kindSpec(table.kind)?.content.includes('income') ?? false;
      if (income && bySources.has(table.table)) continue;
      for (const [whole, parts] of identities(table.keys, income)) rowSums(t, table, whole, parts, LABELS);
    }
    if (!tables.length && !bySources.size) return insufficient('no 科目-coded 预算 table was found');
    return t.result({ outcome: 'insufficient-data', reason: 'the 预算 tables print no totals' });
  },
};

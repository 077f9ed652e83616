import type { CodedTable } from '../final-accounts/schema.js';
import { codedTable } from '../final-accounts/build.js';
import type { LineItem } from '../line-items.js';
import type { TableInfo } from '../records.js';

/** The 科目-coded tables of a 部门/单位预算 (Shanghai layout, bu02–bu08), by kind. */
export type BuRecords = Partial<Record<'bu02' | 'bu03' | 'bu05' | 'bu06' | 'bu07' | 'bu08', CodedTable>>;

/** Measure keys of the 预算 coded tables, from a column's header labels. */
function budgetKey(kind: string, path: string[]): string | null {
  const leaf = (path.at(-1) ?? '').replace(/\s+/g, '');
  if (/^(?:合计|小计)$/.test(leaf)) return 'total';
  if (kind === 'bu02') return /财政拨款/.test(leaf) ? 'fiscal' : leaf === '事业收入' ? 'business' : /经营收入$/.test(leaf) ? 'operating' : leaf === '其他收入' ? 'other' : null;
  if (kind === 'bu08') return leaf === '人员经费' ? 'personnel' : leaf === '公用经费' ? 'public' : null;
  return leaf === '基本支出' ? 'basic' : leaf === '项目支出' ? 'project' : null;
}

export function buRecords(items: LineItem[], tables: TableInfo[]): BuRecords {
  const out: BuRecords = {};
  for (const t of tables) {
    if (!/^bu0[2-8]$/.test(t.kind) || t.kind === 'bu04') continue;
    const its = items.filter((i) => i.table === t.table && i.code !== null);
    const k = t.kind as keyof BuRecords;
    if (its.length && !out[k]) out[k] = codedTable(k, its, budgetKey);
  }
  return out;
}

import { kindSpec, type TableKind } from '../../classify/table-kinds.js';
import type { CodedTable } from '../final-accounts/schema.js';
import { codedTable } from '../final-accounts/build.js';
import type { LineItem } from '../line-items.js';
import type { TableInfo } from '../records.js';

/**
 * The 科目-coded tables of a 部门/单位预算, by kind: every 预算 kind whose rows are 功能分类 or 经济分类
 * codes, whichever region printed it (the first table of each kind).
 */
export type BuRecords = Partial<Record<TableKind, CodedTable>>;

/**
 * A 预算 column's measure key, from its header labels as any template prints them: 合计 (总计, 小计,
 * 支出总计, a lone 预算数), 基本支出 and its 人员经费 / 公用经费, 项目支出, the national template's 上缴上级
 * / 事业单位经营 / 对附属单位补助 columns, and the income sources. A 小计 under 基本支出 is the 基本支出.
 * Columns of last year (2025年执行数, 上年预算数) are keyed `prior.…`; a change column (增减, 比上年) has no key.
 * A column labelled with a year's 预算数 (2026年预算数) is this year's: the labels do not say otherwise.
 */
export function budgetKey(_kind: string, path: string[]): string | null {
  const p = path.map((l) =>
    l
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/^其中[:：]?/, ''),
  );
  const all = p.join('›');
  if (/增减|变动|比上年|增长|比\d{4}年/.test(all)) return null;
  // 上年结转 is an income source of this year, not last year's figure.
  const prior = p.some((l) => /执行数|上年(?!结转)/.test(l)) ? 'prior.' : '';
  const leaf = p.at(-1) ?? '';
  const under = (w: RegExp): boolean => p.slice(0, -1).some((l) => w.test(l));
  let key: string | null = null;
  if (/^(?:合计|小计|总计|支出总计|收入总计|金额|预算数|\d{4}年预算数|本年预算|预算|\d{4}年(?:预算)?)$/.test(leaf))
    key = under(/^基本支出/) ? 'basic' : under(/^项目支出/) ? 'project' : 'total';
  else if (/^基本支出/.test(leaf)) key = 'basic';
  else if (/^项目支出/.test(leaf)) key = 'project';
  else if (/^(?:人员经费|人员类|人员支出|人员经费支出)$/.test(leaf)) key = 'personnel';
  else if (/^(?:公用经费|日常公用经费|公用支出|公用类|公用经费支出)$/.test(leaf)) key = 'public';
  // 西安's 部门综合预算 names its 项目支出 专项业务经费.
  else if (/^专项业务(?:经)?费(?:支出)?$/.test(leaf)) key = 'project';
  else if (/^上缴上级支出$/.test(leaf)) key = 'remit';
  else if (/经营支出$/.test(leaf)) key = 'operating';
  else if (/^对附属单位补助支出$/.test(leaf)) key = 'subsidy';
  else if (/财政拨款/.test(leaf)) key = 'fiscal';
  else if (/^事业收入$/.test(leaf)) key = 'business';
  else if (/经营收入$/.test(leaf)) key = 'operating';
  else if (/^其他收入$/.test(leaf)) key = 'other';
  return key ? prior + key : null;
}

/** Whether a kind's rows are 科目 codes (功能分类 or 经济分类). */
const coded = (kind: string): boolean => {
  const s = kindSpec(kind);
  return s !== null && s.family === '预算' && (s.rows === 'func' || s.rows === 'econ');
};

/**
 * Whether a 预算 table of another kind prints its rows by 科目 code all the same (苏州's 机关运行经费支出预算表:
 * 合计, 302 商品和服务支出, 30201 办公费 …): a parent code and a child of it.
 */
function printsCodes(kind: string, items: LineItem[]): boolean {
  if (kindSpec(kind)?.family !== '预算') return false;
  const codes = [...new Set(items.filter((i) => i.level).map((i) => i.code!))];
  return codes.some((p) => codes.some((c) => c.length > p.length && c.startsWith(p)));
}

export function buRecords(items: LineItem[], tables: TableInfo[]): BuRecords {
  const out: BuRecords = {};
  for (const t of tables) {
    const its = items.filter((i) => i.table === t.table && i.code !== null);
    if (!coded(t.kind) && !printsCodes(t.kind, its)) continue;
    const k = t.kind as TableKind;
    if (its.length && !out[k]) out[k] = codedTable(k, its, budgetKey);
  }
  return out;
}

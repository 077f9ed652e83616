import { z } from 'zod';
import type { Diagnostic, Table } from '../model/index.js';
import { cellAt, Provenance } from '../model/index.js';
import { Amount, parseAmount, unitOf } from '../normalise/amount.js';
import { compactText } from '../normalise/text.js';
import { yearOf } from '../normalise/year.js';
import { headerPath } from './header-path.js';

/**
 * The items of a “三公”经费 table (spec §0.2: T07.{bud,fin}.{total,abroad,carSub,carBuy,carRun,reception}),
 * and what regional tables print beside them: 机关运行经费, 会议费, 培训费, 行政经费, and the total of all
 * of those (`allTotal`: 2019年 合计 over 三公 + 会议费 + 培训费).
 */
export const SangongItem = z.enum([
  'total',
  'abroad',
  'carSub',
  'carBuy',
  'carRun',
  'reception',
  'runningCost',
  'meeting',
  'training',
  'adminCost',
  'allTotal',
]);
export type SangongItem = z.infer<typeof SangongItem>;

export const SangongFact = z.object({
  table: z.string(),
  /** 0-based grid row and column of the amount cell. */
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  /** `bud` 预算数, `fin` 决算数, `prior` the year before's figure a 预算 table prints beside this year's. */
  side: z.enum(['bud', 'fin', 'prior']),
  item: SangongItem,
  /** The budget the column is of, when the table prints the items per fund (一般公共预算 | 政府性基金 | 国有资本经营); null for all of it. */
  fund: z.enum(['gpb', 'gov-fund', 'soe']).nullable(),
  /** The row's own label (a unit's name, 合计), when it prints one beside the amounts. */
  rowLabel: z.string().nullable(),
  /** The header labels over the cell, outermost first. */
  headerPath: z.array(z.string()),
  amount: Amount,
  provenance: Provenance,
});
export type SangongFact = z.infer<typeof SangongFact>;

/** What a 三公 table is read with: its family (a 预算 table's figures are 预算数) and the document's year. */
export interface SangongContext {
  family: '决算' | '预算';
  year: number | null;
}

const SIDE_WORDS = /^(?:“?三公”?经费)?(?:财政拨款)?(?:预算|决算|预\(决\)算|预（决）算)数?(?:\(财政拨款\)|（财政拨款）)?$/;

/** Which item labels name, outermost first (a column's header path, or a row's label). */
function itemOf(labels: string[], hasOthers: boolean): SangongItem | null {
  // A budget's name under an item (因公出国(境)费 › 一般公共预算) says whose money, not which item.
  const own = labels.map(compactText).filter((l) => l && !SIDE_WORDS.test(l) && !/^\d{4}年度?$/.test(l) && !FUND_LABEL.test(l));
  const all = own.join('›');
  const leaf = own.at(-1) ?? '';
  if (/机关运行经费/.test(all)) return 'runningCost';
  if (/会议费/.test(leaf)) return 'meeting';
  if (/培训费/.test(leaf)) return 'training';
  if (/行政经费/.test(leaf)) return 'adminCost';
  if (/因公出国/.test(all)) return 'abroad';
  if (/公务接待/.test(all)) return 'reception';
  if (/公务用车|购置费|运行(?:维护)?费/.test(all)) {
    if (/购置费?$/.test(leaf) && !/购置及运行/.test(leaf)) return 'carBuy';
    if (/运行(?:维护)?费$/.test(leaf) && !/购置及运行/.test(leaf)) return 'carRun';
    return 'carSub';
  }
  if (/三公/.test(all)) return 'total';
  // A 合计 beside 会议费/培训费 with no 三公 group above it totals all of them (西安's 2020年 合计).
  if (own.some((l) => /^(?:合计|总计|小计|总额)$/.test(l) || /预算总额$/.test(l))) return hasOthers ? 'allTotal' : 'total';
  return null;
}

const FUND_LABEL = /^(?:一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:拨款|资金)?$/;

const fundOf = (labels: string[]): SangongFact['fund'] => {
  const p = labels.map(compactText).join('›');
  return /一般公共预算/.test(p) ? 'gpb' : /政府性基金/.test(p) ? 'gov-fund' : /国有资本/.test(p) ? 'soe' : null;
};

/** The side a label says (预算数, 决算数, a year, an 增减 row), or undefined when it says none; null for a change (增减), which is no figure of either side. */
function sideOf(labels: string[], ctx: SangongContext): SangongFact['side'] | null | undefined {
  const p = labels.map(compactText).join('›');
  if (/增减|变化|比上年|增长率/.test(p)) return null;
  const years = labels.map((l) => (/^\d{4}年度?$|^\d{4}年(?:预算|决算)/.test(compactText(l)) ? yearOf(l) : null)).filter((y): y is number => y !== null);
  const year = years.at(-1);
  if (year !== undefined && ctx.year !== null) return year === ctx.year ? (ctx.family === '决算' ? 'fin' : 'bud') : year === ctx.year - 1 ? 'prior' : null;
  if (/预\(决\)算|预（决）算/.test(p)) return undefined;
  if (/决算/.test(p)) return 'fin';
  if (/上年/.test(p)) return 'prior';
  if (/预算数|预算$/.test(p)) return 'bud';
  return undefined;
}

/** Columns that print what a row is (a unit, its code, a year), not an amount. */
const LABEL_HEADER = /单位名称|部门名称|预算单位|单位编码|部门编码|^年度$|^项目$|^序号$|科目/;

/** The cells that label row r (a unit, its code, a year), left of its first amount; null when it has none. */
function rowLabelOf(t: Table, r: number, paths: string[][]): { text: string; texts: string[]; col: number } | null {
  const texts: string[] = [];
  let col = -1;
  for (let c = 0; c < t.nCols; c++) {
    const cell = cellAt(t, r, c);
    const raw = compactText(cell?.raw ?? '');
    if (!raw) continue;
    const labelColumn = LABEL_HEADER.test(paths[c]!.join('›'));
    if (!labelColumn && parseAmount(raw).state === 'number' && !/^\d{4}年/.test(raw)) break;
    col = c;
    if (!/^\d+$/.test(raw)) texts.push(raw);
  }
  return texts.length ? { text: texts[0]!, texts, col } : null;
}

/**
 * The facts of a 三公 table: each printed amount with its side (预算/决算/上年), item, fund and row.
 * The items are columns (the national template) or rows (项目 | 合计 | 一般公共预算 …); a side is told
 * by the header (预算数/决算数), by a year (2025年 | 2026年, as a column group or a row), else by the
 * table's family. Blank cells give none; a change row (增减变化) gives none.
 */
export function sangongFacts(t: Table, ctx: SangongContext): { facts: SangongFact[]; diagnostics: Diagnostic[] } {
  const facts: SangongFact[] = [];
  const diagnostics: Diagnostic[] = [];
  const tableUnit = unitOf(t.unitNote ?? '');
  const paths = Array.from({ length: t.nCols }, (_, c) => headerPath(t, c));
  const hasOthers = paths.some((p) => /会议费|培训费|行政经费/.test(p.join('')));
  const columnItems = paths.map((p) => itemOf(p, hasOthers));
  const byColumns = new Set(columnItems.filter((i) => i !== null && i !== 'total' && i !== 'allTotal')).size >= 2;
  const rowItems = new Map<number, { item: SangongItem; label: string; col: number }>();
  if (!byColumns) {
    for (let r = t.headerRows; r < t.nRows; r++) {
      const l = rowLabelOf(t, r, paths);
      const item = l ? itemOf([l.texts.at(-1)!], hasOthers || /会议费|培训费|行政经费/.test(l.text)) : null;
      if (l && item) rowItems.set(r, { item, label: l.text, col: l.col });
    }
  }
  for (let r = t.headerRows; r < t.nRows; r++) {
    const label = rowLabelOf(t, r, paths);
    for (let c = 0; c < t.nCols; c++) {
      const cell = cellAt(t, r, c);
      if (!cell || cell.row !== r || cell.col !== c) continue;
      if (label && c <= label.col) continue;
      const amount = parseAmount(cell.raw, { table: tableUnit });
      if (amount.state === 'blank') continue;
      const path = paths[c]!;
      if (LABEL_HEADER.test(path.join('›')) && !columnItems[c]) continue;
      const item = byColumns ? columnItems[c] : (rowItems.get(r)?.item ?? null);
      const rowSide = label ? sideOf(label.texts, ctx) : undefined;
      const colSide = sideOf(path, ctx);
      const side = rowSide === null || colSide === null ? null : (rowSide ?? colSide ?? (ctx.family === '决算' ? null : 'bud'));
      if (amount.state === 'number' && rowSide === null) continue; // an 增减 row
      if (amount.state === 'unreadable' || !item || !side) {
        if (!item && !byColumns && !rowItems.size) continue;
        diagnostics.push({
          code: amount.state === 'unreadable' ? 'amount-unreadable' : 'sangong-column-unknown',
          severity: 'warning',
          stage: 'extract',
          message: `${t.id} row ${r} column ${c} (${path.join(' › ') || 'no header'}${label ? `; row ${label.text}` : ''}): ${amount.state === 'unreadable' ? amount.reason : !item ? 'not a known 三公 item' : 'neither 预算 nor 决算'}`,
          provenance: cell.provenance,
        });
        continue;
      }
      facts.push({
        table: t.id,
        row: r,
        col: c,
        side,
        item,
        fund: fundOf(path),
        rowLabel: label?.texts.join(' ') ?? null,
        headerPath: path,
        amount,
        provenance: cell.provenance,
      });
    }
  }
  return { facts, diagnostics };
}

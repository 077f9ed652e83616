import { z } from 'zod';
import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Diagnostic, DocModel, Table } from '../../model/index.js';
import { unitOf } from '../../normalise/amount.js';
import { Slot } from '../figure.js';
import { measureOf, moneySlot, rowCells } from './cells.js';

/**
 * An evaluation report's money table (`ev-funds`): the evaluated fund by sub-project, each row's
 * 预算批复 | 预算到位 | 实际执行 | 执行率 | 结余. Its rows are numbered in levels (一、二 … then 1、2 …
 * under each), under a 合计: a reader checks each level against the one above it, and each row's
 * rate against its amounts.
 */
export const EvFundColumn = z.enum(['approved', 'allocated', 'spent', 'rate', 'balance']);
export type EvFundColumn = z.infer<typeof EvFundColumn>;

export const EvFundRow = z.object({
  /** Grid row. */
  row: z.number().int(),
  /** The number printed in its 序号 column (`一`, `1`, `（二）`), or '' for the 合计. */
  seq: z.string(),
  /** 0 for the 合计, 1 for the first numbering style printed, 2 for the next, … */
  level: z.number().int().min(0),
  /** The grid row of the row it is a part of (the nearest row above at the level above), or null. */
  parent: z.number().int().nullable(),
  name: z.string(),
  values: z.partialRecord(EvFundColumn, Slot),
});
export type EvFundRow = z.infer<typeof EvFundRow>;

export const EvFundTable = z.object({
  table: z.string(),
  title: z.string().nullable(),
  /**
   * The paragraph that introduces the table (its last words 如下表 / 见下表): it states the table's
   * totals in words, each to be read against the 合计 row. Null when none does.
   */
  lead: z.string().nullable(),
  /** Which grid column each measure was read from, and its header as printed. */
  columns: z.partialRecord(EvFundColumn, z.object({ col: z.number().int(), header: z.string() })),
  rows: z.array(EvFundRow),
});
export type EvFundTable = z.infer<typeof EvFundTable>;

/** Header words of each measure; the first column that matches takes it. */
const HEADERS: [EvFundColumn, RegExp][] = [
  ['rate', /执行率|完成率/],
  ['balance', /结余|结转/],
  ['allocated', /到位|下达/],
  ['spent', /实际执行|执行数|实际支出|支出数|实际使用|已支出|执行金额/],
  ['approved', /批复|预算数|预算金额|年初预算|全年预算|预算安排|计划/],
];

const TOTAL = /^(?:合计|总计)$/;

/**
 * The measure a header or a sentence's label names (预算批复, 指标下达, 实际执行, 执行率, 结余), or null.
 * A part of one (包括财政直接下达, 其中…) names none: it is not the measure's whole.
 */
export function evFundColumnOf(label: string): EvFundColumn | null {
  const text = label.replace(/\s+/g, '');
  if (/其中|包括|含/.test(text)) return null;
  return HEADERS.find(([, re]) => re.test(text))?.[0] ?? null;
}

/** The paragraph right before the table, when it ends by pointing at it (…具体资金情况如下表：). */
function leadOf(doc: DocModel, t: Table): string | null {
  const before = doc.blocks.filter((b) => b.order < t.order && b.role !== 'caption' && b.role !== 'unit-note' && b.role !== 'furniture');
  const last = before.at(-1);
  if (!last || last.role !== 'paragraph') return null;
  const between = doc.tables.some((x) => x.order > last.order && x.order < t.order);
  return !between && /(?:如下表|见下表|详见下表|下表所示|如下)[：:。.]?$/.test(last.text.replace(/\s+/g, '')) ? last.id : null;
}

/** The numbering style of a 序号: 一 / （一） / 1 / （1） / ①; null when it is none. */
function styleOf(seq: string): string | null {
  if (/^[一二三四五六七八九十]+[、.．]?$/.test(seq)) return 'cn';
  if (/^[(（][一二三四五六七八九十]+[)）]$/.test(seq)) return 'paren-cn';
  if (/^\d+[、.．]?$/.test(seq)) return 'arabic';
  if (/^[(（]\d+[)）]$/.test(seq)) return 'paren-arabic';
  if (/^[①-⑳]$/.test(seq)) return 'circled';
  return null;
}

function evFundTable(doc: DocModel, t: Table): { record: EvFundTable; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const unit = t.unitNote ? unitOf(t.unitNote) : null;
  const columns: EvFundTable['columns'] = {};
  let seqCol: number | null = null;
  let nameCol: number | null = null;
  for (let r = 0; r < t.headerRows; r++) {
    for (const c of rowCells(t, r)) {
      if (!c.own) continue;
      if (/^序号$/.test(c.text)) seqCol ??= c.col;
      else if (/名称|^项目$|内容/.test(c.text)) nameCol ??= c.col;
      else {
        // A header cell spanning several columns (预算执行情况 over 执行数 | 执行率) names none of them.
        const key = HEADERS.find(([, re]) => re.test(c.text))?.[0];
        if (key && !columns[key] && c.cell.colSpan === 1) columns[key] = { col: c.col, header: c.cell.raw };
      }
    }
  }
  const rows: EvFundRow[] = [];
  const styles: string[] = [];
  const lastAt: (number | undefined)[] = [];
  if (nameCol === null || !columns.approved || !columns.spent) {
    diagnostics.push({
      code: 'ev-funds-columns',
      severity: 'warning',
      stage: 'extract',
      message: `${t.id}: the header names no ${nameCol === null ? '项目名称' : !columns.approved ? '预算批复' : '实际执行'} column; its rows are not read`,
      provenance: t.provenance,
    });
    return { record: { table: t.id, title: t.title, lead: leadOf(doc, t), columns, rows }, diagnostics };
  }
  for (let r = t.headerRows; r < t.nRows; r++) {
    const cells = rowCells(t, r);
    const own = (col: number | null) => (col === null ? undefined : cells.find((c) => c.own && c.col === col));
    const name = own(nameCol)?.text ?? '';
    const seq = own(seqCol)?.text ?? '';
    let level: number;
    if (TOTAL.test(name) || TOTAL.test(seq)) level = 0;
    else {
      const style = styleOf(seq);
      if (style === null) continue;
      if (!styles.includes(style)) styles.push(style);
      level = styles.indexOf(style) + 1;
    }
    const parentRow =
      level === 0
        ? null
        : (lastAt
            .slice(0, level)
            .reverse()
            .find((x) => x !== undefined) ?? null);
    lastAt[level] = r;
    lastAt.length = level + 1;
    const values: EvFundRow['values'] = {};
    for (const [key, { col }] of Object.entries(columns) as [EvFundColumn, { col: number }][]) {
      const cell = own(col)?.cell;
      if (!cell) continue;
      values[key] = key === 'rate' ? measureOf(t, 'ev-funds', cell, { percentColumn: true }).slot : moneySlot(t, 'ev-funds', cell, unit);
    }
    rows.push({ row: r, seq, level, parent: parentRow, name: level === 0 ? name || seq : name, values });
  }
  // A 合计 printed under its parts sums the first level above it.
  const total = rows.find((x) => x.level === 0);
  if (total) for (const x of rows) if (x.level === 1 && x.parent === null) x.parent = total.row;
  return { record: EvFundTable.parse({ table: t.id, title: t.title, lead: leadOf(doc, t), columns, rows }), diagnostics };
}

/** Every `ev-funds` table of the document as records. */
export function evFundRecords(doc: DocModel, c: DocumentClassification): { records: EvFundTable[]; diagnostics: Diagnostic[] } {
  const records: EvFundTable[] = [];
  const diagnostics: Diagnostic[] = [];
  doc.tables.forEach((t, i) => {
    if (c.tables[i]?.kind !== 'ev-funds') return;
    const r = evFundTable(doc, t);
    records.push(r.record);
    diagnostics.push(...r.diagnostics);
  });
  return { records, diagnostics };
}

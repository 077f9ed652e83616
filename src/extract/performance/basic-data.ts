import { z } from 'zod';
import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Diagnostic, DocModel, Table } from '../../model/index.js';
import { parseAmount, unitOf } from '../../normalise/amount.js';
import { compactText } from '../../normalise/text.js';
import { amountSlot, cellRef, halfUnitOf, Slot } from '../figure.js';
import { Measure, measureOf, moneySlot, rowCells } from './cells.js';

/** The row concepts of a 基础数据表, whatever the wording (spec §0.2 BD.row[label]). */
export const BdKey = z.enum([
  'basic',
  'compress',
  'sangong',
  'carSub',
  'carBuy',
  'carRun',
  'reception',
  'abroad',
  'project',
  'projBusiness',
  'projOps',
  'projCounty',
  'public',
  'office',
  'utilities',
  'meetingTraining',
  'procurement',
  'adjust',
]);
export type BdKey = z.infer<typeof BdKey>;

/** One row of the 经费控制情况 block; each column slot in 万元 (blank = not reported). */
export const BdRow = z.object({
  key: BdKey,
  label: z.string(),
  row: z.number().int(),
  curFin: Slot.nullable(),
  curBud: Slot.nullable(),
  prevFin: Slot.nullable(),
});
export type BdRow = z.infer<typeof BdRow>;

export const BdColumn = z.enum(['curFin', 'curBud', 'prevFin']);
export type BdColumn = z.infer<typeof BdColumn>;

/** A 部门整体支出绩效评价基础数据表 as records (spec §0.2 BD.*). */
export const BasicDataTable = z.object({
  table: z.string(),
  /** The year of the 当年决算 column (the latest 决算 year; the report year when the header says 当年). */
  year: z.number().int().nullable(),
  /** Which grid column each of 当年决算 / 当年预算 / 上年决算 was read from, and its header as printed. */
  columns: z.partialRecord(BdColumn, z.object({ col: z.number().int(), header: z.string() })),
  staff: z.object({ quota: Slot.nullable(), onDuty: Slot.nullable(), rateStated: Measure.nullable() }).nullable(),
  rows: z.array(BdRow),
});
export type BasicDataTable = z.infer<typeof BasicDataTable>;

const KEYS: [BdKey, RegExp][] = [
  ['carSub', /公务用车购置(?:和|及)(?:维护|运行)/],
  ['carBuy', /公车购置|车辆购置/],
  ['carRun', /公车运行|运行维护费$/],
  ['sangong', /三公经费/],
  ['reception', /公务接待/],
  ['abroad', /出国/],
  ['projBusiness', /业务工作专项/],
  ['projOps', /运行维护专项/],
  ['projCounty', /县级专项/],
  ['project', /项目支出/],
  ['basic', /基本支出/],
  ['compress', /压缩一般性支出/],
  ['office', /办公经费/],
  ['utilities', /水费|电费|差旅费/],
  ['meetingTraining', /会议费|培训费/],
  ['public', /公用经费/],
  ['procurement', /政府采购/],
  ['adjust', /预算调整/],
];

const keyOf = (label: string): BdKey | null => KEYS.find(([, re]) => re.test(label))?.[0] ?? null;

function countSlot(t: Table, cell: Parameters<typeof cellRef>[2]): Slot {
  const ev = cellRef(t, 'bd', cell);
  const a = parseAmount(cell.raw.replace(/人$/, ''));
  if (a.state !== 'number') return amountSlot(a, ev);
  return { state: 'number', figure: { value: a.value, halfUnit: halfUnitOf(a.decimals), decimals: a.decimals, printed: a.printed, unit: '人', evidence: ev } };
}

/** Maps the 经费 header's columns by what they say: 当年/上年, or the years printed (latest 决算 = 当年). */
function mapColumns(t: Table, r: number, reportYear: number | null): { map: BasicDataTable['columns']; year: number | null } {
  const cols = rowCells(t, r).filter((c) => c.own && /决算|预算/.test(c.text));
  const years = cols.map((c) => Number(/(\d{4})年/.exec(c.text)?.[1] ?? NaN)).filter((y) => !Number.isNaN(y));
  const finYears = cols
    .filter((c) => /决算/.test(c.text))
    .map((c) => Number(/(\d{4})年/.exec(c.text)?.[1] ?? NaN))
    .filter((y) => !Number.isNaN(y));
  const cur = finYears.length ? Math.max(...finYears) : years.length ? Math.max(...years) : reportYear;
  const map: BasicDataTable['columns'] = {};
  for (const c of cols) {
    const y = Number(/(\d{4})年/.exec(c.text)?.[1] ?? NaN);
    const current = /当年|本年/.test(c.text) || (!Number.isNaN(y) && y === cur);
    const prior = /上年/.test(c.text) || (!Number.isNaN(y) && cur !== null && y < cur);
    const k: BdColumn | null = /决算/.test(c.text) ? (current ? 'curFin' : prior ? 'prevFin' : null) : current ? 'curBud' : null;
    if (k && !map[k]) map[k] = { col: c.col, header: c.cell.raw };
  }
  return { map, year: cur };
}

function basicDataTable(t: Table, reportYear: number | null): { record: BasicDataTable; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const unit = (t.unitNote ? unitOf(t.unitNote) : null) ?? '万元';
  let staff: BasicDataTable['staff'] = null;
  let header: number | null = null;
  for (let r = 0; r < t.nRows && header === null; r++) {
    const cells = rowCells(t, r).filter((c) => c.own);
    const quotaCol = cells.find((c) => /编制数/.test(c.text))?.col;
    if (quotaCol !== undefined && r + 1 < t.nRows) {
      const dutyCol = cells.find((c) => /在职/.test(c.text))?.col;
      const rateCol = cells.find((c) => /控制率/.test(c.text))?.col;
      const at = (col: number | undefined) => (col === undefined ? undefined : rowCells(t, r + 1).find((c) => c.own && c.col === col)?.cell);
      const q = at(quotaCol);
      const d = at(dutyCol);
      const rt = at(rateCol);
      staff = {
        quota: q ? countSlot(t, q) : null,
        onDuty: d ? countSlot(t, d) : null,
        rateStated: rt ? measureOf(t, 'bd', rt, { percentColumn: true }) : null,
      };
    }
    if (cells.some((c) => /决算数/.test(c.text)) && cells.some((c) => /预算数/.test(c.text))) header = r;
  }
  const rows: BdRow[] = [];
  let columns: BasicDataTable['columns'] = {};
  let year: number | null = reportYear;
  if (header === null)
    diagnostics.push({ code: 'bd-no-amount-header', severity: 'warning', stage: 'extract', message: `${t.id}: no 决算数/预算数 header was found` });
  else {
    const m = mapColumns(t, header, reportYear);
    columns = m.map;
    year = m.year;
    for (let r = header + 1; r < t.nRows; r++) {
      const cells = rowCells(t, r);
      const label = cells[0]?.own ? compactText(cells[0].cell.raw) : '';
      const key = keyOf(label);
      if (!key) continue;
      const slot = (k: BdColumn): Slot | null => {
        const c = columns[k];
        if (!c) return null;
        const cell = cells.find((x) => x.col === c.col && x.own)?.cell;
        return cell ? moneySlot(t, 'bd', cell, unit) : null;
      };
      rows.push({ key, label, row: r, curFin: slot('curFin'), curBud: slot('curBud'), prevFin: slot('prevFin') });
    }
  }
  const record: BasicDataTable = { table: t.id, year, columns, staff, rows };
  const parsed = BasicDataTable.safeParse(record);
  if (!parsed.success)
    diagnostics.push({ code: 'bd-record-invalid', severity: 'error', stage: 'extract', message: `${t.id}: ${parsed.error.message.slice(0, 300)}` });
  return { record, diagnostics };
}

/** Every 基础数据表 of the document, as records. */
export function basicDataRecords(doc: DocModel, c: DocumentClassification): { records: BasicDataTable[]; diagnostics: Diagnostic[] } {
  const records: BasicDataTable[] = [];
  const diagnostics: Diagnostic[] = [];
  doc.tables.forEach((t, i) => {
    if (c.tables[i]?.kind !== 'bd') return;
    const r = basicDataTable(t, c.year);
    records.push(r.record);
    diagnostics.push(...r.diagnostics);
  });
  return { records, diagnostics };
}

/** The first row of `key`, or null. */
export const bdRow = (bd: BasicDataTable, key: BdKey): BdRow | null => bd.rows.find((r) => r.key === key) ?? null;

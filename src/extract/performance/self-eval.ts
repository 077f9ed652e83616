import { z } from 'zod';
import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Diagnostic, DocModel, OriginCell, Table } from '../../model/index.js';
import { cellRef, EvidenceRef, Slot } from '../figure.js';
import { Measure, measureOf, moneySlot, rowCells, scoreSlot } from './cells.js';
import { findItemHeader, itemRows, StItem, totalRow } from './self-eval-items.js';
import { StTemplate, templateOf } from './self-eval-template.js';

/** Which row of the 资金 block a fund row is (spec §0.2 ST.fund, ST.budgetRows). */
export const FundKey = z.enum(['total', 'gpb', 'carry', 'other', 'basic', 'project']);
export type FundKey = z.infer<typeof FundKey>;

/** One row of the 资金 block; a slot is null when the table has no such column. Money in 万元, rate in %, weight and score in 分. */
export const FundRow = z.object({
  key: FundKey,
  label: z.string(),
  row: z.number().int(),
  initBudget: Slot.nullable(),
  fullBudget: Slot.nullable(),
  executed: Slot.nullable(),
  rate: Measure.nullable(),
  weight: Slot.nullable(),
  score: Slot.nullable(),
});
export type FundRow = z.infer<typeof FundRow>;

/** 按收入性质分类 / 按支出性质分类 (000): each a slot in 万元, null when the table prints no such line. */
export const FundSplit = z.object({
  src: z.object({ gpb: Slot.nullable(), gf: Slot.nullable(), nontax: Slot.nullable(), other: Slot.nullable() }),
  nat: z.object({ basic: Slot.nullable(), personnel: Slot.nullable(), public: Slot.nullable(), sangong: Slot.nullable(), project: Slot.nullable() }),
});
export type FundSplit = z.infer<typeof FundSplit>;

/** A 绩效自评表 (整体 `st-dept` or 项目 `st-project`) as records (spec §0.2 ST.*). */
export const SelfEvalTable = z.object({
  table: z.string(),
  tableKind: z.enum(['st-dept', 'st-project']),
  /** 项目支出名称 of a project table; null for 整体. */
  project: z.string().nullable(),
  /** The 年度资金总额 / 合计 / 全年支出 row: ST.fund. */
  fund: FundRow.nullable(),
  /** Every row of the 资金 block, the main one included (其中 当年财政拨款/上年结转/其他资金; 001's 基本支出/项目支出). */
  fundRows: z.array(FundRow),
  split: FundSplit.nullable(),
  items: z.array(StItem),
  total: z.object({ row: z.number().int(), weight: Slot.nullable(), score: Slot.nullable() }).nullable(),
  /** The stated grade, canonical (优 → 优秀), with its evidence; null when the table states none. */
  grade: z.object({ printed: z.string(), canonical: z.string().nullable(), evidence: EvidenceRef }).nullable(),
  template: StTemplate,
});
export type SelfEvalTable = z.infer<typeof SelfEvalTable>;

const FUND_COLS: [keyof Pick<FundRow, 'initBudget' | 'fullBudget' | 'executed' | 'rate' | 'weight' | 'score'>, RegExp][] = [
  ['initBudget', /年初预算/],
  ['fullBudget', /全年预算/],
  ['executed', /执行数|实际支出/],
  ['rate', /执行率/],
  ['weight', /^分值/],
  ['score', /^得分/],
];

function fundKey(label: string): FundKey | null {
  if (/年度资金总额|^合计$|全年支出|^总计$/.test(label)) return 'total';
  // 当年财政拨款 (local templates), 其中：财政拨款 (the central 决算's 项目支出绩效自评表)
  if (/财政拨款/.test(label)) return 'gpb';
  if (/上年结转/.test(label)) return 'carry';
  if (/其他资金/.test(label)) return 'other';
  if (/基本支出/.test(label)) return 'basic';
  if (/项目支出/.test(label)) return 'project';
  return null;
}

/** The 资金 block: its header row (全年预算数 … 执行率), the rows under it, and 000's 按收入/支出性质 split. */
function fundBlock(t: Table, kind: string, stop: number): { rows: FundRow[]; split: FundSplit | null; header: number | null; scoreHeader: OriginCell | null } {
  let header: number | null = null;
  for (let r = 0; r < stop && header === null; r++) {
    const texts = rowCells(t, r).map((c) => c.text);
    if (texts.some((x) => /全年预算/.test(x)) && texts.some((x) => /执行率/.test(x))) header = r;
  }
  if (header === null) return { rows: [], split: null, header: null, scoreHeader: null };
  const cols = new Map<string, number>();
  let scoreHeader: OriginCell | null = null;
  for (const c of rowCells(t, header)) {
    if (!c.own) continue;
    for (const [k, re] of FUND_COLS)
      if (re.test(c.text) && !cols.has(k)) {
        cols.set(k, c.col);
        if (k === 'score') scoreHeader = c.cell;
      }
  }
  const firstValue = Math.min(...cols.values());
  const rows: FundRow[] = [];
  let split: FundSplit | null = null;
  for (let r = header + 1; r < stop; r++) {
    const cells = rowCells(t, r).filter((c) => c.own && c.col >= 1);
    if (cells.some((c) => /按收入性质/.test(c.text))) {
      split = splitBlock(t, kind, r + 1, stop);
      break;
    }
    const labelCell = cells.find((c) => c.col < firstValue && c.text !== '');
    const key = labelCell ? fundKey(labelCell.text) : null;
    if (!labelCell || !key) continue;
    const at = (k: string) => {
      const col = cols.get(k);
      if (col === undefined) return null;
      const cell = rowCells(t, r).find((c) => c.col <= col && col < c.col + c.cell.colSpan);
      return cell && cell.own ? cell.cell : null;
    };
    const money = (k: string): Slot | null => {
      const cell = at(k);
      return cell ? moneySlot(t, kind, cell) : cols.has(k) ? { state: 'blank', evidence: cellRef(t, kind, labelCell.cell) } : null;
    };
    const rateCell = at('rate');
    const weightCell = at('weight');
    const scoreCell = at('score');
    rows.push({
      key,
      label: labelCell.text,
      row: r,
      initBudget: money('initBudget'),
      fullBudget: money('fullBudget'),
      executed: money('executed'),
      rate: rateCell ? measureOf(t, kind, rateCell, { percentColumn: true }) : null,
      weight: weightCell ? scoreSlot(t, kind, weightCell) : null,
      score: scoreCell ? scoreSlot(t, kind, scoreCell) : null,
    });
  }
  return { rows, split, header, scoreHeader };
}

const SRC: [keyof FundSplit['src'], RegExp][] = [
  ['gpb', /一般公共预算/],
  ['gf', /政府性基金/],
  ['nontax', /非税/],
  ['other', /其他资金/],
];
const NAT: [keyof FundSplit['nat'], RegExp][] = [
  ['sangong', /三公/],
  ['personnel', /人员经费/],
  ['public', /公用经费/],
  ['basic', /基本支出/],
  ['project', /项目支出/],
];

/** 000's two side-by-side lists: label, value, label, value on each row. */
function splitBlock(t: Table, kind: string, from: number, stop: number): FundSplit {
  const split: FundSplit = {
    src: { gpb: null, gf: null, nontax: null, other: null },
    nat: { basic: null, personnel: null, public: null, sangong: null, project: null },
  };
  for (let r = from; r < stop; r++) {
    const cells = rowCells(t, r).filter((c) => c.own && c.col >= 1);
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const label = cells[i]!.text;
      const value = cells[i + 1]!.cell;
      const side = i === 0 ? SRC : NAT;
      const hit = side.find(([, re]) => re.test(label));
      if (!hit) continue;
      (i === 0 ? split.src : split.nat)[hit[0] as never] = moneySlot(t, kind, value) as never;
    }
  }
  return split;
}

function selfEvalTable(doc: DocModel, t: Table, kind: 'st-dept' | 'st-project'): { record: SelfEvalTable; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const ih = findItemHeader(t);
  const stop = ih?.row ?? t.nRows;
  // The 年度总体目标 rows end the 资金 block.
  let fundStop = stop;
  for (let r = 0; r < stop; r++)
    if (rowCells(t, r).some((c) => c.own && /^年度总体?目标/.test(c.text))) {
      fundStop = r;
      break;
    }
  const fb = fundBlock(t, kind, fundStop);
  const items = ih ? itemRows(t, kind, ih) : [];
  const tot = ih ? totalRow(t, kind, ih) : null;
  if (fb.header === null)
    diagnostics.push({ code: 'st-no-fund-block', severity: 'warning', stage: 'extract', message: `${t.id}: no 资金 header (全年预算数 … 执行率) was found` });
  if (!ih)
    diagnostics.push({
      code: 'st-no-indicator-header',
      severity: 'warning',
      stage: 'extract',
      message: `${t.id}: no indicator header (一级指标 … 三级指标) was found`,
    });
  let project: string | null = null;
  if (kind === 'st-project') {
    const cells = rowCells(t, 0).filter((c) => c.own);
    if (cells[0] && /项目.*名称/.test(cells[0].text)) project = cells[1]?.text.replace(/[□⍽]/g, '') ?? null;
  }
  const record: SelfEvalTable = {
    table: t.id,
    tableKind: kind,
    project,
    fund: fb.rows.find((r) => r.key === 'total') ?? null,
    fundRows: fb.rows,
    split: fb.split,
    items,
    total: tot?.total ?? null,
    grade: tot?.grade ?? null,
    template: templateOf(doc, t, kind, fb.scoreHeader?.raw ?? null, fb.scoreHeader),
  };
  const parsed = SelfEvalTable.safeParse(record);
  if (!parsed.success)
    diagnostics.push({ code: 'st-record-invalid', severity: 'error', stage: 'extract', message: `${t.id}: ${parsed.error.message.slice(0, 300)}` });
  return { record, diagnostics };
}

/** Every 绩效自评表 of the document, as records. */
export function selfEvalRecords(doc: DocModel, c: DocumentClassification): { records: SelfEvalTable[]; diagnostics: Diagnostic[] } {
  const records: SelfEvalTable[] = [];
  const diagnostics: Diagnostic[] = [];
  doc.tables.forEach((t, i) => {
    const kind = c.tables[i]?.kind;
    if (kind !== 'st-dept' && kind !== 'st-project') return;
    const r = selfEvalTable(doc, t, kind);
    records.push(r.record);
    diagnostics.push(...r.diagnostics);
  });
  return { records, diagnostics };
}

import { amountSlot, type CellRef } from '../figure.js';
import type { LineItem } from '../line-items.js';
import type { TableInfo } from '../records.js';
import type { CodedRow, CodedTable, FaRecords, LabelledLine, T01, T04 } from './schema.js';

const ref = (i: LineItem): CellRef => ({
  kind: 'cell',
  table: i.table,
  tableKind: i.tableKind,
  row: i.row,
  col: i.col,
  raw: i.amount.printed,
  provenance: i.provenance,
});

/** Measure keys of the 科目-coded tables, from a column's header labels (spec §0.2 vocabulary). */
function codedKey(kind: string, path: string[]): string | null {
  const leaf = path.at(-1) ?? '';
  const under = (w: string) => path.some((p) => p.includes(w));
  switch (kind) {
    case 'fa02':
      return (
        (
          {
            本年收入合计: 'total',
            财政拨款收入: 'fiscal',
            上级补助收入: 'upper',
            事业收入: 'business',
            经营收入: 'operating',
            附属单位上缴收入: 'affiliate',
            其他收入: 'other',
          } as Record<string, string>
        )[leaf] ?? null
      );
    case 'fa03':
      return (
        (
          {
            本年支出合计: 'total',
            基本支出: 'basic',
            项目支出: 'project',
            上缴上级支出: 'remit',
            经营支出: 'operating',
            对附属单位补助支出: 'subsidy',
          } as Record<string, string>
        )[leaf] ?? null
      );
    case 'fa05':
      return /^(?:小计|合计)$/.test(leaf) ? 'subtotal' : leaf === '基本支出' ? 'basic' : leaf === '项目支出' ? 'project' : null;
    case 'fa06':
      return /^(?:决算数|金额)$/.test(leaf)
        ? 'amount'
        : leaf === '人员经费'
          ? 'personnel'
          : leaf === '公用经费'
            ? 'public'
            : /^(?:合计|小计)$/.test(leaf)
              ? 'total'
              : null;
    case 'fa08':
    case 'fa09': {
      if (/^年初结转和结余$/.test(leaf)) return 'opening';
      if (/^年末结转和结余$/.test(leaf)) return 'closing';
      if (leaf === '本年收入') return 'income';
      const inOut = under('本年支出');
      if (/^(?:小计|合计)$/.test(leaf)) return inOut && kind === 'fa08' ? 'outSub' : 'total';
      if (leaf === '基本支出') return kind === 'fa08' ? 'outBasic' : 'basic';
      if (leaf === '项目支出') return kind === 'fa08' ? 'outProject' : 'project';
      return null;
    }
    default:
      return null;
  }
}

/** A coded table's rows by code, each with a slot per measure key (`keyOf` names a column's key from its header labels). */
export function codedTable(kind: string, items: LineItem[], keyOf: (kind: string, path: string[]) => string | null = codedKey): CodedTable {
  const rows = new Map<string, CodedRow>();
  const totals = new Map<string, LabelledLine>();
  const keys: string[] = [];
  const unkeyed: string[] = [];
  const columnOf = new Map<string, number>();
  const loose = new Map<number, { label: string; col: number; rows: CodedRow[] }>();
  const keepLoose = (i: LineItem, label: string): void => {
    if (!unkeyed.includes(label)) unkeyed.push(label);
    if (!i.code || PERCENT_COLUMN.test(label) || /[%％]/.test(i.amount.printed)) return;
    const c = loose.get(i.col) ?? { label, col: i.col, rows: [] };
    c.rows.push({ table: i.table, row: i.row, code: i.code, level: i.level ?? -1, name: i.name, values: { [label]: amountSlot(i.amount, ref(i)) } });
    loose.set(i.col, c);
  };
  for (const i of items) {
    const label = i.measurePath.join(' › ');
    const key = keyOf(kind, i.measurePath);
    if (!key) {
      keepLoose(i, label);
      continue;
    }
    const slot = amountSlot(i.amount, ref(i));
    // Two-sided tables (公开06) print two rows in one grid row: a row is its grid row and its code.
    const id = i.code ? `${i.row}:${i.code}` : `${i.row}:${i.name}`;
    // A second column of one row whose labels give the same key (合计 beside 一般公共预算拨款 › 小计) is
    // not that key's: it stays unkeyed instead of overwriting the first column's amount.
    const from = columnOf.get(`${id}:${key}`);
    if (from !== undefined && from !== i.col) {
      keepLoose(i, label);
      continue;
    }
    columnOf.set(`${id}:${key}`, i.col);
    if (!keys.includes(key)) keys.push(key);
    if (i.code) {
      const row = rows.get(id) ?? { table: i.table, row: i.row, code: i.code, level: i.level ?? -1, name: i.name, values: {} };
      row.values[key] = slot;
      rows.set(id, row);
    } else {
      const line = totals.get(id) ?? { table: i.table, row: i.row, label: i.name, code: null, values: {} };
      line.values[key] = slot;
      totals.set(id, line);
    }
  }
  return {
    table: items[0]!.table,
    kind,
    rows: [...rows.values()],
    keys,
    unkeyed,
    totals: [...totals.values()],
    ...(loose.size ? { loose: [...loose.values()] } : {}),
  };
}

/** A column of rates, not amounts (增减率, 增长%, 占比): no 科目 sum holds in it. */
export const PERCENT_COLUMN = /率|%|％|比重|占比|比例|幅度/;

const T01_IN: [RegExp, string][] = [
  [/^一般公共预算财政拨款(?:收入)?$/, 'L1'],
  [/^政府性基金预算财政拨款(?:收入)?$/, 'L2'],
  [/^国有资本经营预算财政拨款(?:收入)?$/, 'L3'],
  [/^上级补助收入$/, 'L4'],
  [/^事业收入$/, 'L5'],
  [/^经营收入$/, 'L6'],
  [/^附属单位上缴收入$/, 'L7'],
  [/^其他收入$/, 'L8'],
  [/^本年收入合计$/, 'total'],
  [/^使用非财政拨款结余/, 'useNonFiscal'],
  [/^年初结转和结余$/, 'opening'],
  [/^总计$/, 'grand'],
];
const T04_IN: [RegExp, string][] = [
  [/^一般公共预算财政拨款(?:收入)?$/, 'gpb'],
  [/^政府性基金预算财政拨款(?:收入)?$/, 'gf'],
  [/^国有资本经营预算财政拨款(?:收入)?$/, 'soe'],
  [/^本年收入合计$/, 'total'],
  [/^年初财政拨款结转和结余$|^年初结转和结余$/, 'opening'],
  [/^总计$/, 'grand'],
];
const OUT: [RegExp, string][] = [
  [/^本年支出合计$/, 'total'],
  [/^结余分配$/, 'surplusAlloc'],
  [/^年末(?:财政拨款)?结转和结余$/, 'closing'],
  [/^总计$/, 'grand'],
];
const T04_COLS: [RegExp, string][] = [
  [/^合计$/, 'total'],
  [/^一般公共预算(?:财政拨款)?$/, 'gpb'],
  [/^政府性基金预算(?:财政拨款)?$/, 'gf'],
  [/^国有资本经营预算(?:财政拨款)?$/, 'soe'],
];

const match = (rules: [RegExp, string][], s: string): string | null => rules.find(([re]) => re.test(s))?.[1] ?? null;

/** The 收入 and 支出 lines of a two-sided 总表, keyed in the catalogue's vocabulary. */
function twoSided(table: string, items: LineItem[], inRules: [RegExp, string][], colKey: (i: LineItem) => string | null, openingSplit: boolean): T01 | T04 {
  const lines = new Map<string, LabelledLine>();
  for (const i of items) {
    const key = colKey(i);
    if (!key) continue;
    const id = `${i.side}:${i.row}`;
    const line = lines.get(id) ?? { table: i.table, row: i.row, label: i.name, code: i.code, values: {} };
    line.values[key] = amountSlot(i.amount, ref(i));
    lines.set(id, line);
  }
  const rec: T01 = { table, in: {}, out: {}, func: [] };
  // In 公开04 the three lines after 年初财政拨款结转和结余 split it by fund: the same labels as the income lines.
  let afterOpening = false;
  for (const [id, line] of [...lines].sort((a, b) => a[1].row - b[1].row)) {
    if (id.startsWith('收入')) {
      let key = match(inRules, line.label);
      if (key === 'opening') afterOpening = true;
      else if (afterOpening && openingSplit && key && ['gpb', 'gf', 'soe'].includes(key)) key = `opening${key[0]!.toUpperCase()}${key.slice(1)}`;
      if (key && !rec.in[key]) rec.in[key] = line;
    } else {
      const key = match(OUT, line.label);
      if (key && !rec.out[key]) rec.out[key] = line;
      else if (line.code) rec.func.push(line);
    }
  }
  return rec;
}

/**
 * The 决算 tables of a document in the catalogue's vocabulary, from their line items. Blank cells
 * print nothing and have no item: to a 决算 identity an absent key is 0.
 */
export function faRecords(items: LineItem[], tables: TableInfo[]): FaRecords {
  const out: FaRecords = {};
  for (const t of tables) {
    const its = items.filter((i) => i.table === t.table);
    const k = t.kind;
    if (k === 'fa01' && !out.t01) out.t01 = twoSided(t.table, its, T01_IN, () => 'amount', false);
    else if (k === 'fa04' && !out.t04) out.t04 = twoSided(t.table, its, T04_IN, (i) => (i.side === '收入' ? 'amount' : match(T04_COLS, i.measure)), true);
    else if (/^fa0[235689]$/.test(k) && its.length) {
      const key = `t${k.slice(2)}` as 't02' | 't03' | 't05' | 't06' | 't08' | 't09';
      if (!out[key]) out[key] = codedTable(k, its);
    } else if (/^fa0[89]$/.test(k)) {
      const key = `t${k.slice(2)}` as 't08' | 't09';
      if (!out[key]) out[key] = { table: t.table, kind: k, rows: [], keys: [], unkeyed: [], totals: [] };
    }
  }
  return out;
}

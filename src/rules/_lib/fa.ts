import { partOverWholeByUnit, unitQuestion } from './gate.js';
import { Decimal } from 'decimal.js';
import { amountSlot, type CodedRow, type CodedTable, type DocumentRecords, type LabelledLine, type Slot } from '../../extract/records.js';
import { insufficient, Tally } from './finding.js';
import { compare, atMost, computed, single, sum } from './interval.js';
import type { Operand, Rule, Side } from './types.js';
import { ruleMeta } from './meta.js';

const ZERO = new Decimal(0);

/**
 * Helpers for the 决算 table rules. In a 决算 table a blank cell is 0 (spec §0.5): an absent slot
 * adds nothing and has no evidence; a dash is 0 on purpose.
 */

/** An operand from a slot that prints a number; null for blank, dash or absent. */
export function operand(label: string, slot: Slot | undefined): Operand | null {
  return slot?.state === 'number' ? { label, figure: slot.figure } : null;
}

/** Whether any slot is unreadable: such a check is not made (never a number from text). */
export const unreadable = (slots: (Slot | undefined)[]): boolean => slots.some((s) => s?.state === 'unreadable');

/** A side of one slot: its figure, or 0 (blank) with no operands. */
export function one(label: string, slot: Slot | undefined): Side {
  const o = operand(label, slot);
  return o ? single(label, o.figure) : computed(`${label} (blank = 0)`, ZERO, ZERO, []);
}

/** A side that sums the printed ones among `parts`. */
export function total(label: string, parts: [string, Slot | undefined][]): Side {
  const ops = parts.map(([l, s]) => operand(l, s)).filter((o): o is Operand => o !== null);
  return sum(label, ops);
}

export interface IdentityOpts {
  severity?: 'error' | 'warning' | 'info';
  data?: Record<string, string>;
}

/**
 * Checks `whole = Σ parts` on printed slots (T-AMT(n)): when every slot is blank there is nothing to
 * check; a whole with a single printed part must equal it exactly (one underlying number).
 */
export function identity(t: Tally, table: string, whole: [string, Slot | undefined], parts: [string, Slot | undefined][], opts: IdentityOpts = {}): void {
  const slots = [whole[1], ...parts.map((p) => p[1])];
  if (unreadable(slots)) return;
  if (slots.every((s) => s === undefined || s.state !== 'number')) return;
  const left = one(whole[0], whole[1]);
  const right = total(parts.map((p) => p[0]).join(' + '), parts);
  const cmp = compare(left, right, { exact: right.operands.length <= 1 });
  t.compare(table, left, right, cmp, opts.data ?? {}, opts.severity ? { severity: opts.severity } : {});
}

/** Checks that the same quantity printed in two places is one number (exact). */
export function same(t: Tally, table: string, a: [string, Slot | undefined], b: [string, Slot | undefined], opts: IdentityOpts = {}): void {
  if (unreadable([a[1], b[1]])) return;
  if (a[1]?.state !== 'number' && b[1]?.state !== 'number') return;
  const left = one(a[0], a[1]);
  const right = one(b[0], b[1]);
  t.compare(table, left, right, compare(left, right, { exact: true }), opts.data ?? {}, opts.severity ? { severity: opts.severity } : {});
}

/** Checks part ≤ whole, rounding allowed for. */
export function notAbove(t: Tally, table: string, part: [string, Slot | undefined], whole: [string, Slot | undefined], opts: IdentityOpts = {}): void {
  if (unreadable([part[1], whole[1]])) return;
  if (part[1]?.state !== 'number' && whole[1]?.state !== 'number') return;
  const left = one(part[0], part[1]);
  const right = one(whole[0], whole[1]);
  const cmp = atMost(left, right);
  const k = cmp.agreement === 'differs' ? partOverWholeByUnit(left.value, right.value) : null;
  if (k !== null) {
    const q = unitQuestion(k, 'the part ≤ whole');
    t.compare(table, left, right, cmp, { ...opts.data, uncertain: q.uncertain }, { severity: q.severity, diagnostic: q.diagnostic });
    return;
  }
  // A part below its whole is the expected case: count it as checked, never as a residual.
  t.compare(
    table,
    left,
    right,
    cmp.agreement === 'within-rounding' ? { ...cmp, agreement: 'equal' } : cmp,
    opts.data ?? {},
    opts.severity ? { severity: opts.severity } : {},
  );
}

/** The row of a coded table by code (`*` for 合计). */
export const rowOf = (t: CodedTable | undefined, code: string): CodedRow | undefined => t?.rows.find((r) => r.code === code);

/** A row's label for messages: `2080505 机关事业单位基本养老保险缴费支出`. */
export const rowLabel = (r: CodedRow, key?: string): string => `${r.code === '*' ? '合计' : `${r.code} ${r.name}`}${key ? ` › ${key}` : ''}`;

/** A line's label for messages. */
export const lineLabel = (l: LabelledLine | undefined, fallback: string, key?: string): string =>
  `${l?.label ?? fallback}${key && key !== 'amount' ? ` › ${key}` : ''}`;

export const slotOf = (l: LabelledLine | CodedRow | undefined, key: string): Slot | undefined => l?.values[key];

/** Whether the document has any 决算 table: a 决算 rule on a document without one has nothing to check. */
export const hasFa = (r: DocumentRecords): boolean => r.tables.some((t) => /^fa0\d$/.test(t.kind));

/** Checks `row[whole] = Σ row[parts]` on every row of a coded table. */
export function rowSums(t: Tally, table: CodedTable, whole: string, parts: string[], labels: Record<string, string>): void {
  // Amount columns whose header was not understood may hold the missing part: no sum is made then.
  if (table.unkeyed.length) return;
  const name = (k: string): string => labels[k] ?? (k.startsWith('prior.') ? `上年${labels[k.slice(6)] ?? k.slice(6)}` : k);
  for (const row of table.rows) {
    identity(
      t,
      table.table,
      [rowLabel(row, name(whole)), row.values[whole]],
      parts.map((k) => [rowLabel(row, name(k)), row.values[k]]),
      { data: { row: rowLabel(row) } },
    );
  }
}

/** Checks `closing = opening + income − spending` on a row (公开08/09 收入支出 tables). */
export function flow(t: Tally, table: string, row: CodedRow, keys: { opening: string; income: string; out: string; closing: string }): void {
  const v = row.values;
  const slots = [v[keys.opening], v[keys.income], v[keys.out], v[keys.closing]];
  if (unreadable(slots) || slots.every((s) => s?.state !== 'number')) return;
  const left = one(rowLabel(row, '年末结转和结余'), v[keys.closing]);
  const ops: (Operand & { sign?: 1 | -1 })[] = [];
  for (const [k, label, sign] of [
    [keys.opening, '年初结转和结余', 1],
    [keys.income, '本年收入', 1],
    [keys.out, '本年支出', -1],
  ] as const) {
    const o = operand(rowLabel(row, label), v[k]);
    if (o) ops.push({ ...o, sign });
  }
  const right = sum('年初结转和结余 + 本年收入 − 本年支出', ops);
  t.compare(table, left, right, compare(left, right, { exact: ops.length <= 1 }), { row: rowLabel(row) });
}

/**
 * The 三公 slots of one table and side (预算数 / 决算数), by item: the first row that prints the item
 * (the table's 合计 row, or its only row), all funds' column before one fund's.
 */
export function sangongSlots(r: DocumentRecords, tableKind: string, side: 'bud' | 'fin'): { table: string; slots: Partial<Record<string, Slot>> } | null {
  const table = r.tables.find((t) => t.kind === tableKind)?.table;
  if (!table) return null;
  const facts = r.sangong
    .filter((f) => f.side === side && f.table === table)
    .sort((a, b) => a.row - b.row || (a.fund === null ? 0 : 1) - (b.fund === null ? 0 : 1));
  const slots: Partial<Record<string, Slot>> = {};
  for (const f of facts) {
    if (slots[f.item]) continue;
    slots[f.item] = amountSlot(f.amount, { kind: 'cell', table: f.table, tableKind, row: f.row, col: f.col, raw: f.amount.printed, provenance: f.provenance });
  }
  return { table, slots };
}

const FUND_LABEL: Record<string, string> = { gpb: '一般公共预算', 'gov-fund': '政府性基金', soe: '国有资本经营' };

/**
 * Every group of a 三公 table's figures that adds up on its own, each as slots by item: one per row
 * and fund when the table prints its items across (a unit's row of a 预算 table, each budget's
 * columns in it), one per column when it prints them down. `label` names the group (the row's unit,
 * the fund) when the table prints more than one.
 */
export function sangongGroups(
  r: DocumentRecords,
  tableKind: string,
  side: 'bud' | 'fin',
): { table: string; groups: { label: string; slots: Partial<Record<string, Slot>> }[] } | null {
  const table = r.tables.find((t) => t.kind === tableKind)?.table;
  if (!table) return null;
  const facts = r.sangong.filter((f) => f.side === side && f.table === table);
  const across = (f: (typeof facts)[number]): string => `${f.row}|${f.fund ?? ''}`;
  const itemsAcross = facts.some((f) => facts.some((g) => g.item !== f.item && across(g) === across(f)));
  const by = new Map<string, typeof facts>();
  for (const f of facts) {
    const k = itemsAcross ? across(f) : `${f.col}|${f.fund ?? ''}`;
    by.set(k, [...(by.get(k) ?? []), f]);
  }
  const groups = [...by.values()].map((fs) => {
    const slots: Partial<Record<string, Slot>> = {};
    for (const f of fs)
      slots[f.item] ??= amountSlot(f.amount, {
        kind: 'cell',
        table: f.table,
        tableKind,
        row: f.row,
        col: f.col,
        raw: f.amount.printed,
        provenance: f.provenance,
      });
    const label = [itemsAcross ? fs[0]!.rowLabel : null, fs[0]!.fund ? FUND_LABEL[fs[0]!.fund] : null].filter(Boolean).join(' ');
    return { label, slots };
  });
  return { table, groups: by.size > 1 ? groups : groups.map((g) => ({ ...g, label: '' })) };
}

export const SANGONG_LABEL: Record<string, string> = {
  total: '合计',
  abroad: '因公出国（境）费',
  carSub: '公务用车购置及运行费 小计',
  carBuy: '公务用车购置费',
  carRun: '公务用车运行费',
  reception: '公务接待费',
};
export const SIDE_LABEL = { bud: '预算数', fin: '决算数' } as const;

/**
 * The parts of a 三公 total (spec A2 sangong-sum): 因公出国（境）, the vehicles, 公务接待 — the vehicle
 * 小计 when printed, else its 购置 and 运行.
 */
export function sangongParts(x: Partial<Record<string, Slot>>): [string, Slot | undefined][] {
  const car: [string, Slot | undefined][] =
    x.carSub?.state === 'number'
      ? [[SANGONG_LABEL.carSub!, x.carSub]]
      : [
          [SANGONG_LABEL.carBuy!, x.carBuy],
          [SANGONG_LABEL.carRun!, x.carRun],
        ];
  return [[SANGONG_LABEL.abroad!, x.abroad], ...car, [SANGONG_LABEL.reception!, x.reception]];
}

/** The parent of a 功能分类 code: 合计 over 类, 类 over 款, 款 over 项. */
const parentOf = (code: string): string | null =>
  code.length === 3 ? '*' : code.length === 5 ? code.slice(0, 3) : code.length === 7 ? code.slice(0, 5) : null;

/**
 * A parent row's children, by the order the table prints them: the rows after it whose code it
 * heads, up to its next sibling or ancestor. A table that prints one block per unit (北京's 预算05表:
 * the same 项 under each unit) repeats codes; each block's 类 has its own 款. The 合计 row heads every
 * 类 of its block (the whole table when it prints one 合计, wherever it stands).
 */
function childrenOf(rows: CodedRow[], i: number): CodedRow[] {
  const parent = rows[i]!;
  if (parent.code === '*') {
    const totals = rows.filter((r) => r.code === '*').length;
    if (totals === 1) return rows.filter((r) => r.level === 1);
    const next = rows.findIndex((r, j) => j > i && r.code === '*');
    return rows.slice(i + 1, next < 0 ? undefined : next).filter((r) => r.level === 1);
  }
  const out: CodedRow[] = [];
  for (let j = i + 1; j < rows.length; j++) {
    const r = rows[j]!;
    if (r.code === '*' || r.code.length <= parent.code.length) break;
    if (parentOf(r.code) === parent.code) out.push(r);
  }
  return out;
}

/** Checks a coded table's tree, every column: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 (经济分类: 类 = Σ 款). */
export function hierarchy(t: Tally, table: CodedTable): void {
  table.rows.forEach((parent, i) => {
    const children = childrenOf(table.rows, i);
    if (!children.length) return;
    for (const key of table.keys) {
      identity(
        t,
        table.table,
        [rowLabel(parent, key), parent.values[key]],
        children.map((c) => [rowLabel(c, key), c.values[key]]),
        { data: { row: rowLabel(parent), key, table: table.kind } },
      );
    }
  });
}

/**
 * A 决算 row-sum rule (公开02, 03, 05, 08, 09 each row: a total column = its part columns): the
 * rules differ only in their table, columns and words, so each rule file states those and this
 * builds the check. `balance` adds 公开08/09's 年末 = 年初 + 本年收入 − 本年支出 where printed.
 */
export function rowSumRule(spec: {
  id: string;
  description: string;
  table: 't02' | 't03' | 't05' | 't08' | 't09';
  tableName: string;
  whole: string;
  parts: string[];
  labels: Record<string, string>;
  balance?: boolean;
  /** Why a table without amounts has nothing to check (公开08/09: the document has no such funds). */
  empty: { outcome: 'not-applicable' | 'insufficient-data'; reason: string };
}): Rule {
  const meta = ruleMeta({
    id: spec.id,
    description: spec.description,
    messages: {
      zh: '{row}：{leftLabel} {left} ≠ {rightLabel} = {right}（差 {difference}，容差 {tolerance}）',
      en: '{row}: {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
    },
  });
  return {
    meta,
    check(r) {
      const table = r.fa[spec.table];
      if (!table) return insufficient(`${spec.tableName} was not found`);
      const t = new Tally(meta);
      rowSums(t, table, spec.whole, spec.parts, spec.labels);
      if (spec.balance && table.keys.includes('closing'))
        for (const row of table.rows) flow(t, table.table, row, { opening: 'opening', income: 'income', out: spec.whole, closing: 'closing' });
      return t.result(spec.empty);
    },
  };
}

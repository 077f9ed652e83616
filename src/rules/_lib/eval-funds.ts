import type { Decimal } from 'decimal.js';
import {
  type DocumentRecords,
  evFundColumnOf,
  type EvFundColumn,
  type EvFundRow,
  type EvFundTable,
  type FactOf,
  type Figure,
  type Slot,
} from '../../extract/records.js';
import { factsOf } from './narrative.js';
import { similarity } from '../../classify/classify-table.js';
import { identity } from './fa.js';
import type { Tally } from './finding.js';
import { comparePercent, computed, fmt, single } from './interval.js';
import { tallyPercent } from './percent.js';

/**
 * The checks a reader makes of an evaluation report's money table (`ev-funds`): each level of its
 * numbered rows sums to the row above it, and each row's 执行率 is its 实际执行 over its budget.
 */

const HEADER: Record<EvFundColumn, string> = { approved: '预算批复', allocated: '预算到位', spent: '实际执行', rate: '执行率', balance: '结余' };

const header = (t: EvFundTable, k: EvFundColumn): string => t.columns[k]?.header.replace(/\s+/g, '') ?? HEADER[k];
const rowName = (x: EvFundRow): string => (x.level === 0 ? x.name : `${x.seq} ${x.name}`);
const where = (t: EvFundTable, k: EvFundColumn, x: EvFundRow): string => `${t.title ?? t.table} ${header(t, k)} › ${rowName(x)}`;

/** Each row with parts: its every amount column = Σ its parts' (a dash or a blank part adds nothing). */
export function evFundSums(t: Tally, r: DocumentRecords): void {
  for (const table of r.evFunds) {
    for (const whole of table.rows) {
      const parts = table.rows.filter((x) => x.parent === whole.row);
      if (!parts.length) continue;
      for (const k of ['approved', 'allocated', 'spent', 'balance'] as const) {
        if (!table.columns[k]) continue;
        identity(
          t,
          table.table,
          [where(table, k, whole), whole.values[k]],
          parts.map((p) => [rowName(p), p.values[k]]),
          { data: { where: where(table, k, whole) } },
        );
      }
    }
  }
}

const num = (s: Slot | undefined): Figure | null => (s?.state === 'number' ? s.figure : null);
const ratio = (a: Figure, b: Figure): Decimal => a.value.div(b.value).times(100);

/**
 * The budget a table's 执行率 is taken over: 预算批复 or 预算到位, as the rows where the two differ
 * show it (a rate that recomputes over one and not the other); null when no row tells them apart.
 */
function rateBasis(table: EvFundTable): 'approved' | 'allocated' | null {
  let approved = 0;
  let allocated = 0;
  for (const x of table.rows) {
    const [a, b, s, p] = [num(x.values.approved), num(x.values.allocated), num(x.values.spent), num(x.values.rate)];
    if (!a || !b || !s || !p || a.value.eq(b.value) || a.value.isZero() || b.value.isZero()) continue;
    const overA = comparePercent(p, { label: '', figure: s }, { label: '', figure: a }).agreement !== 'differs';
    const overB = comparePercent(p, { label: '', figure: s }, { label: '', figure: b }).agreement !== 'differs';
    if (overA && !overB) approved++;
    if (overB && !overA) allocated++;
  }
  return approved && !allocated ? 'approved' : allocated && !approved ? 'allocated' : null;
}

/**
 * Each row's 执行率 against 100·实际执行 / its budget (T-PCT). Where 批复 and 到位 differ on a row, the
 * rate is checked over the budget the table's other rows show it uses; with no such row, a rate that
 * fits neither is a warning that says the basis is not known.
 */
export function evFundRates(t: Tally, r: DocumentRecords): void {
  for (const table of r.evFunds) {
    if (!table.columns.rate) continue;
    const basis = rateBasis(table);
    for (const x of table.rows) {
      const [a, b, s, p] = [num(x.values.approved), num(x.values.allocated), num(x.values.spent), num(x.values.rate)];
      if (!s || !p || (!a && !b)) continue;
      const over = (d: Figure | null, k: EvFundColumn) =>
        d && !d.value.isZero() ? { d, k, cmp: comparePercent(p, { label: '', figure: s }, { label: '', figure: d }) } : null;
      const candidates = [over(a, 'approved'), over(b, 'allocated')].filter((c) => c !== null);
      if (!candidates.length) continue;
      const fits = candidates.find((c) => c.cmp.agreement !== 'differs');
      const settled = a && b && !a.value.eq(b.value) ? basis : null;
      const chosen = fits ?? candidates.find((c) => c.k === settled) ?? candidates[0]!;
      const numLabel = `${rowName(x)} ${header(table, 'spent')}`;
      const denLabel = `${rowName(x)} ${header(table, chosen.k)}`;
      const uncertain =
        !fits && a && b && !a.value.eq(b.value) && !settled
          ? `the table does not show whether its ${header(table, 'rate')} is taken over ${header(table, 'approved')} or ${header(table, 'allocated')}, and it fits neither`
          : null;
      const left = single(`${rowName(x)} ${header(table, 'rate')}`, p);
      const right = computed(`100·${header(table, 'spent')}/${header(table, chosen.k)}`, chosen.cmp.computed, chosen.cmp.tolerance.minus(p.halfUnit), [
        { label: numLabel, figure: s },
        { label: denLabel, figure: chosen.d },
      ]);
      tallyPercent(
        t,
        table.table,
        left,
        right,
        chosen.cmp,
        {
          where: `${table.title ?? table.table} › ${rowName(x)}`,
          source: 'table',
          sourceZh: '表中',
          num: numLabel,
          den: denLabel,
          right: fmt(ratio(s, chosen.d), 2),
          ...(uncertain ? { uncertain } : {}),
        },
        uncertain ? { severity: 'warning' } : {},
      );
    }
  }
}

/** A name as a sentence prints it before its budget: without its year, enumerator and budget words. */
const bareName = (label: string): string =>
  label
    .replace(/\s+/g, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/^(?:[①-⑳]|\d+[、.．]?|[(（][\d一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/, '')
    .replace(/^(?:财政)?(?:批复|下达|安排)的?/, '')
    .replace(/[为是]$/, '')
    .replace(/(?:项目)?(?:预算(?:批复|到位|安排)?|资金预算|安排|批复)(?:金额|数)?$/, '');

const SIMILAR = 0.6;

/**
 * The row of an `ev-funds` table a sentence speaks of, by the budget it states and the name it gives
 * that budget: a row whose 预算批复 or 预算到位 is the stated budget and whose name is like the
 * sentence's. Null when none is, or when rows that are print different values of `column`.
 */
function rowFor(r: DocumentRecords, label: string, budget: Figure, column: EvFundColumn): { table: EvFundTable; row: EvFundRow } | null {
  const name = bareName(label);
  if (name.length < 2) return null;
  const hits: { table: EvFundTable; row: EvFundRow }[] = [];
  for (const table of r.evFunds)
    for (const row of table.rows) {
      const equal = (s: Slot | undefined) => num(s)?.value.eq(budget.value) ?? false;
      if ((equal(row.values.approved) || equal(row.values.allocated)) && similarity(name, row.name.replace(/\s+/g, '')) >= SIMILAR) hits.push({ table, row });
    }
  const values = new Set(hits.map((h) => num(h.row.values[column])?.value.toString() ?? h.row.values[column]?.state ?? 'none'));
  return hits.length && values.size === 1 ? hits[0]! : null;
}

/** What a sentence's amount is of, in the table's measures: its column words, or the 预算/决算 column the sentence gave it. */
const measureOf = (f: FactOf<'amount'>): EvFundColumn | null =>
  evFundColumnOf(f.label) ?? (f.column === 'budget' ? 'approved' : f.column === 'final' && /支出|执行/.test(f.label) ? 'spent' : null);

/**
 * The amounts sentences state of a row of an evaluation's money table: in one sentence, a budget that
 * a row prints under a name like the sentence's, and right after it, amount by amount, that row's
 * 实际执行 and 结余. Any other amount between ends the run: "预算1,000万元，从企改专户调剂131万元，合计安排
 * 1,131万元，实际支出1,131万元" spends a budget the table does not print.
 */
export function evFundSentences(r: DocumentRecords): { fact: FactOf<'amount'>; table: EvFundTable; row: EvFundRow; column: EvFundColumn }[] {
  if (!r.evFunds.length) return [];
  const sentences = new Map<string, FactOf<'amount'>[]>();
  for (const f of factsOf(r, 'amount')) {
    const k = `${f.ref.block}:${f.ref.start}`;
    sentences.set(k, [...(sentences.get(k) ?? []), f]);
  }
  const out: { fact: FactOf<'amount'>; table: EvFundTable; row: EvFundRow; column: EvFundColumn }[] = [];
  for (const facts of sentences.values()) {
    const at = (f: FactOf<'amount'>) => (f.figure.evidence.kind === 'text' ? f.figure.evidence.start : 0);
    facts.sort((a, b) => at(a) - at(b));
    for (let i = 0; i < facts.length; i++) {
      const budget = facts[i]!;
      const k = measureOf(budget);
      if (k !== 'approved' && k !== 'allocated') continue;
      for (let j = i + 1; j < facts.length; j++) {
        const column = measureOf(facts[j]!);
        if (column !== 'spent' && column !== 'balance') break;
        const hit = rowFor(r, budget.label, budget.figure, column);
        if (hit) out.push({ fact: facts[j]!, ...hit, column });
      }
    }
  }
  return out;
}

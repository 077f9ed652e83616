/**
 * Faults in the tables that are not 科目 trees: a 三公 item changed, a 自评表 score or weight
 * changed, a table's unit note changed from 万元 to 元.
 */
import { Decimal } from 'decimal.js';
import { setCell, setUnitNote } from '../edit.js';
import type { Operator, PlantContext } from '../context.js';
import type { Expectation, Fault } from '../fault.js';
import { lastDigit, moved, printLike, readPrinted } from '../printed.js';
import { familyOf, SANGONG_RULES, SCORE_RULES, TABLE_RULES, TEXT_TABLE_RULES, union } from '../rule-sets.js';
import type { Slot } from '../../../src/extract/figure.js';
import { unitOf } from '../../../src/normalise/amount.js';

function cellFault(
  kind: Fault['kind'],
  ctx: PlantContext,
  at: { table: string; row: number; col: number },
  raw: string,
  what: string,
  expect: Expectation,
): Fault | null {
  const { table, row, col } = at;
  if (ctx.busy({ kind: 'cell', table, row, col })) return null;
  return {
    kind,
    id: `${kind} ${table} r${row} c${col}`,
    what,
    places: [{ kind: 'cell', table, row, col }],
    expect,
    shift: {},
    apply: (doc) => setCell(doc, table, row, col, raw),
  };
}

/** Half a unit of the last digit a printed number shows (a printed 0 is as rounded as it looks). */
const halfUnit = (printed: string): Decimal => {
  const p = readPrinted(printed);
  return p ? lastDigit(p).div(2) : new Decimal(0);
};

const ITEMS = new Set(['abroad', 'carSub', 'carBuy', 'carRun', 'reception']);

/**
 * One 三公 item (因公出国（境）, 公务用车 购置/运行/小计, 公务接待) of a table that prints the total
 * beside it, changed — from 0.00 too, a common slip. The total then disagrees with its items.
 */
export const sangongFaults: Operator = (ctx) => {
  const out: Fault[] = [];
  for (const f of ctx.records.sangong) {
    if (!ITEMS.has(f.item) || f.side === 'prior' || f.amount.state !== 'number') continue;
    // The numbers the total is summed from: its group (side and fund) in the same row, or the same column of a table that prints items as rows.
    const group = ctx.records.sangong.filter(
      (t) => t.table === f.table && t.side === f.side && t.fund === f.fund && (t.row === f.row || t.col === f.col) && t.amount.state === 'number',
    );
    const p = readPrinted(f.amount.printed);
    if (!p) continue;
    // Beyond the rounding of everything the total adds, however coarsely each is printed.
    const envelope = group.reduce((a, t) => a.plus(halfUnit(t.amount.printed)), new Decimal(0));
    const raw = printLike(p, moved(p, true, Decimal.max(envelope.times(3), lastDigit(p).times(10))));
    const kind = ctx.records.tables.find((t) => t.table === f.table)?.kind ?? '?';
    // 公开07's own rules check the 决算 table (sangong-sum is the 基础数据表's); bu-sangong-sum the 预算 one.
    const must = kind.startsWith('fa') ? ['fa07-sangong-sum', 'fa07-car-subtotal', 'sangong-sum', 'sangong-car-subtotal'] : ['bu-sangong-sum'];
    const expect: Expectation = { must, may: union(SANGONG_RULES, TEXT_TABLE_RULES, TABLE_RULES), family: familyOf(must[0]!) };
    if (!group.some((t) => t.item === 'total')) expect.undetectable = 'the table prints no 三公 total beside the item';
    const fault = cellFault(
      'sangong',
      ctx,
      f,
      raw,
      `${kind} 三公 ${f.rowLabel ? `${f.rowLabel} › ` : ''}${f.item} (${f.side}${f.fund ? `, ${f.fund}` : ''}) ${f.amount.printed} → ${raw}`,
      expect,
    );
    if (fault) out.push(fault);
  }
  return out;
};

const numberIn = (s: Slot | null | undefined): { printed: string; at: { table: string; row: number; col: number } } | null =>
  s?.state === 'number' && s.figure.evidence.kind === 'cell'
    ? { printed: s.figure.evidence.raw, at: { table: s.figure.evidence.table, row: s.figure.evidence.row, col: s.figure.evidence.col } }
    : null;

/**
 * A 自评表 indicator's 得分 or 分值 changed. A score is lowered when the table prints a total (which
 * then disagrees) and raised above its weight when it does not; a weight is raised, so the weights
 * no longer add up to 100 and may fall below nothing.
 */
export const scoreFaults: Operator = (ctx) => {
  const out: Fault[] = [];
  for (const t of ctx.records.selfEval) {
    const name = `${t.tableKind}${t.project ? ` ${t.project}` : ''}`;
    const total = t.total?.score?.state === 'number';
    for (const it of t.items) {
      const w = numberIn(it.weight);
      const s = numberIn(it.score);
      const pw = w ? readPrinted(w.printed) : null;
      const ps = s ? readPrinted(s.printed) : null;
      if (s && ps && pw) {
        const down = total && ps.value.gte(1);
        const v = down ? ps.value.minus(1) : pw.value.plus(2);
        const raw = printLike(ps, v);
        const must = down ? ['st-score-total', 'st-score-le-weight'] : ['st-score-le-weight', 'st-score-total'];
        const f = cellFault(
          'score',
          ctx,
          s.at,
          raw,
          `${name} ${[it.l1, it.l2, it.l3].filter(Boolean).join(' › ')} 得分 ${s.printed} → ${raw} (分值 ${w!.printed})`,
          { must, may: SCORE_RULES, family: familyOf(must[0]!) },
        );
        if (f) out.push(f);
      }
      if (w && pw && !pw.value.isZero()) {
        const raw = printLike(pw, pw.value.plus(2));
        const must = ['st-weight-total', 'st-level1-weights'];
        const f = cellFault('score', ctx, w.at, raw, `${name} ${[it.l1, it.l2, it.l3].filter(Boolean).join(' › ')} 分值 ${w.printed} → ${raw}`, {
          must,
          may: SCORE_RULES,
          family: familyOf(must[0]!),
        });
        if (f) out.push(f);
      }
    }
  }
  return out;
};

/**
 * A table's unit note changed from 万元 to 元, in a table whose amounts take their unit from that
 * note (not from a column header or the cell) and which another table or the narrative restates:
 * every amount is then read 10,000 times too small, which is a unit question (`unit-suspect`
 * warnings), never an error.
 */
export const unitTableFaults: Operator = (ctx) => {
  const restated = new Set<string>();
  for (const s of ctx.truth?.statements ?? []) {
    const tt = ctx.truth!.tables.find((t) => t.id === s.equals?.table);
    if (!tt) continue;
    for (const t of ctx.doc.tables) if (t.parent === null && t.pages.some((p) => p >= tt.firstPage && p <= tt.lastPage)) restated.add(t.id);
  }
  const out: Fault[] = [];
  for (const t of ctx.records.tables) {
    const fa = /^fa0[1-6]$/.test(t.kind);
    if (!(fa || restated.has(t.table)) || unitOf(t.unitNote ?? '') !== '万元') continue;
    const items = ctx.records.lineItems.filter((li) => li.table === t.table && li.amount.state === 'number');
    if (!items.length || items.some((li) => li.amount.state === 'number' && li.amount.unitSource !== 'table')) continue;
    const expect: Expectation = { must: [], may: [], family: 'unit-suspect (gate)', unit: true };
    out.push({
      kind: 'unit-table',
      id: `unit-table ${t.table}`,
      what: `${t.kind} «${t.title ?? ''}» unit note «${t.unitNote}» → 元`,
      places: [{ kind: 'table', table: t.table }],
      expect,
      shift: {},
      apply: (doc) => setUnitNote(doc, t.table, (s) => s.replace('万元', '元')),
    });
  }
  return out;
};

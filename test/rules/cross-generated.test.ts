/**
 * The cross-document rules on generated series of one body: a 预算 and a 决算 of one year and the next
 * year's 预算, every document restating what the others print (a 决算's 年初预算, a 预算's 上年预算 and
 * 上年决算 figures), sometimes rounded to fewer decimals as a 情况说明 prints them. On a consistent
 * series no rule finds anything; with one number changed (a planted disagreement), each rule that
 * pairs the changed document finds it — and no other line.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { halfUnitOf } from '../../src/extract/figure.js';
import type { StatedAmount, StatedBasis } from '../../src/extract/stated-amounts.js';
import type { PairDocument } from '../../src/rules/_lib/cross.js';
import { crossCheck } from '../../src/rules/cross-engine.js';

const SUBJECTS = ['total', 'func:2010601', 'func:2080505', 'func:2210201', 'sangong:total'] as const;

interface Line {
  subject: string;
  split: StatedAmount['split'];
  /** 万元 with 2 decimals. */
  budget: Decimal;
  final: Decimal;
}

/** A figure as printed with `decimals` places (rounded half up, as the documents round). */
function stated(year: number, basis: StatedBasis, own: boolean, l: Line, value: Decimal, decimals: number, where: string): StatedAmount {
  const v = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return {
    year,
    basis,
    own,
    scope: 'fiscal',
    subject: l.subject,
    split: l.split,
    label: `${l.subject} ${basis}`,
    figure: {
      value: v,
      halfUnit: halfUnitOf(decimals),
      decimals,
      printed: v.toFixed(decimals),
      unit: '万元',
      evidence: { kind: 'cell', table: where, tableKind: 'generated', row: 0, col: 0, raw: v.toFixed(decimals), provenance: { kind: 'dom', path: where } },
    },
    source: where,
  };
}

/** Which document's number is changed, and which statement of it. */
type Plant = 'budget-own' | 'final-states-budget' | 'final-own' | 'next-states-budget' | 'next-states-final';
const PLANTS: readonly Plant[] = ['budget-own', 'final-states-budget', 'final-own', 'next-states-budget', 'next-states-final'];

/**
 * What each planted change must be found as, rule by rule (the oracle): a changed 预算 figure is
 * restated by the 决算 (ac-initial-budget) and by next year's 预算 (ac-prior-budget); the 年初预算 the
 * 决算 states is checked against its year's 预算 and restated by next year's 预算; a changed 决算 figure
 * is restated by next year's 预算 (ac-prior-final); next year's 上年预算 is checked against both this
 * year's 预算 and the 年初预算 this year's 决算 states.
 */
const EXPECTED: Record<Plant, Record<string, number>> = {
  'budget-own': { 'ac-initial-budget': 1, 'ac-prior-budget': 1 },
  'final-states-budget': { 'ac-initial-budget': 1, 'ac-prior-budget': 1 },
  'final-own': { 'ac-prior-final': 1 },
  'next-states-budget': { 'ac-prior-budget': 2 },
  'next-states-final': { 'ac-prior-final': 1 },
};

function series(
  year: number,
  lines: readonly Line[],
  restatedDecimals: readonly number[],
  plant?: { kind: Plant; line: number; delta: Decimal },
): PairDocument[] {
  const bump = (kind: Plant, i: number, v: Decimal): Decimal => (plant && plant.kind === kind && plant.line === i ? v.plus(plant.delta) : v);
  const doc = (id: number, kind: '预算' | '决算', y: number, s: StatedAmount[]): PairDocument => ({
    id,
    sha256: `g${id}`,
    kind,
    year: y,
    level: '部门',
    label: `${y} ${kind} (generated)`,
    stated: s,
  });
  return [
    doc(
      1,
      '预算',
      year,
      lines.map((l, i) => stated(year, 'budget', true, l, bump('budget-own', i, l.budget), 2, 'bu05')),
    ),
    doc(2, '决算', year, [
      ...lines.map((l, i) => stated(year, 'final', true, l, bump('final-own', i, l.final), 2, 'fa05')),
      ...lines.map((l, i) => stated(year, 'budget', false, l, bump('final-states-budget', i, l.budget), restatedDecimals[i]!, '情况说明')),
    ]),
    doc(3, '预算', year + 1, [
      ...lines.map((l) => stated(year + 1, 'budget', true, l, l.budget.plus(100), 2, 'bu05')),
      ...lines.map((l, i) => stated(year, 'budget', false, l, bump('next-states-budget', i, l.budget), restatedDecimals[i]!, '上年预算数')),
      ...lines.map((l, i) => stated(year, 'final', false, l, bump('next-states-final', i, l.final), restatedDecimals[i]!, '上年决算数')),
    ]),
  ];
}

const amount = fc.integer({ min: 1_000, max: 5_000_000 }).map((cents) => new Decimal(cents).div(100));
const lineArb = fc.record({ budget: amount, final: amount, split: fc.constantFrom<StatedAmount['split']>('total', 'basic', 'project') });
const seriesArb = fc.uniqueArray(fc.constantFrom(...SUBJECTS), { minLength: 1, maxLength: SUBJECTS.length }).chain((subjects) =>
  fc.record({
    year: fc.integer({ min: 2015, max: 2025 }),
    lines: fc.tuple(...subjects.map((subject) => lineArb.map((l) => ({ ...l, subject })))),
    // A restatement prints 2 decimals, or 1 as a sentence rounds (1,387.5万元).
    decimals: fc.array(fc.constantFrom(1, 2), { minLength: subjects.length, maxLength: subjects.length }),
  }),
);

const findingsByRule = (docs: PairDocument[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const r of crossCheck(docs)) if (r.result.findings.length) out[r.rule] = (out[r.rule] ?? 0) + r.result.findings.length;
  return out;
};

describe('cross-document rules on generated series', () => {
  it('find nothing on a consistent series, restated figures rounded or not, and compare every line', () => {
    fc.assert(
      fc.property(seriesArb, ({ year, lines, decimals }) => {
        const results = crossCheck(series(year, lines, decimals));
        expect(results.map((r) => [r.rule, r.result.findings.map((f) => f.message.en)])).toEqual(results.map((r) => [r.rule, []]));
        const checked = Object.fromEntries(
          ['ac-initial-budget', 'ac-prior-final', 'ac-prior-budget'].map((id) => [
            id,
            results.filter((r) => r.rule === id).reduce((n, r) => n + r.result.checked, 0),
          ]),
        );
        // ac-prior-budget compares next year's 上年预算 with this year's 预算 and with the 年初预算 its 决算 states.
        expect(checked).toEqual({ 'ac-initial-budget': lines.length, 'ac-prior-final': lines.length, 'ac-prior-budget': 2 * lines.length });
      }),
      { numRuns: 60 },
    );
  });

  it('find each planted disagreement with every rule that pairs the changed document, on the changed line only', () => {
    fc.assert(
      fc.property(
        seriesArb,
        fc.constantFrom(...PLANTS),
        fc.nat(),
        // Past the rounding of any printing (a restatement to 1 decimal is ±0.05).
        fc.integer({ min: 100, max: 50_000 }).map((c) => new Decimal(c).div(100)),
        fc.boolean(),
        ({ year, lines, decimals }, kind, at, size, down) => {
          const line = at % lines.length;
          const delta = down ? size.neg() : size;
          const docs = series(year, lines, decimals, { kind, line, delta });
          expect(findingsByRule(docs), `${kind} on ${lines[line]!.subject} by ${delta.toFixed()}`).toEqual(EXPECTED[kind]);
          for (const r of crossCheck(docs))
            for (const f of r.result.findings)
              expect(f.left.operands.map((o) => o.label)).toContain(`${lines[line]!.subject} ${f.left.operands[0]!.label.split(' ')[1]}`);
        },
      ),
      { numRuns: 150 },
    );
  });
});

import { Decimal } from 'decimal.js';
import type { DocumentRecords, EvidenceRef } from '../../extract/records.js';
import type { Finding } from './types.js';

/**
 * Severity gated by evidence. An error is a claim that the document contradicts itself; gongkai
 * makes it only when every number it compares was read with certainty. A finding that draws on a
 * table whose kind was a close call or which may not be whole, or that compares an amount of no
 * stated unit with one in a unit, is a warning whose `data.uncertain` says what was uncertain. Two
 * sides that differ by a power of ten (×100, ×10,000) are first a unit question: `unit-suspect`.
 */

const TEN = new Decimal(10);
/** Factors between 元, 万元, 亿元 and 千元: 10⁴, 10⁸, 10³ (and 10² for a percent point moved). */
const POWERS = [2, 3, 4, 8];

/** The power of ten by which one side is the other, when it is one (within 0.5% of it). */
function powerOfTen(a: Decimal, b: Decimal): number | null {
  if (a.isZero() || b.isZero()) return null;
  const ratio = a.abs().div(b.abs());
  for (const k of POWERS) {
    for (const f of [TEN.pow(k), TEN.pow(-k)]) {
      if (ratio.div(f).minus(1).abs().lte('0.005')) return ratio.gte(1) ? k : -k;
    }
  }
  return null;
}

/**
 * A percentage recomputed from amounts of which one was read in the wrong unit is off by the unit's
 * factor, 10⁴ (元/万元) or 10⁸ (元/亿元): a stated 0.5% against 4,866.97% is a unit question. Compared
 * over both sides' rounding envelopes and 1% beyond them, since a stated share is printed to one or
 * two decimals and may be truncated (T-PCT); a factor of 100 is left to the rule (ratio-as-percent).
 */
const SLACK = new Decimal('1.01');
function amountUnitInPercent(f: Finding): number | null {
  const { left: a, right: b } = f;
  if (a.value.isZero() || b.value.isZero() || a.value.isNeg() !== b.value.isNeg()) return null;
  const span = (s: Finding['left']): [Decimal, Decimal] => {
    const [l, h] = [s.low.abs(), s.high.abs()];
    return [s.low.isNeg() !== s.high.isNeg() ? new Decimal(0) : Decimal.min(l, h), Decimal.max(l, h)];
  };
  const [[al, ah], [bl, bh]] = [span(a), span(b)];
  for (const k of [4, 8]) {
    for (const e of [k, -k]) {
      const m = TEN.pow(e);
      if (al.lte(bh.times(m).times(SLACK)) && bl.times(m).lte(ah.times(SLACK))) return e;
    }
  }
  return null;
}

/**
 * The amount that, read in another unit, makes the comparison hold: one operand of a sum printed in
 * 元 among 万元 (人员经费 2152.26元 beside 公用经费 184.65万元) puts the sides apart by almost all of
 * its value. Each operand is tried at 10⁴ and 10⁸ times its value, added or taken away, within the
 * finding's tolerance widened by the operand's rounding at that scale, when it is printed to at least
 * about three significant digits (a 0.01 at 10⁴ times could be anything from 50 to 150). Never at a
 * ten-thousandth of its value: that is the same as leaving it out, which is the rule's own finding (a
 * total that omits a part).
 */
function operandInOtherUnit(f: Finding): { label: string; k: number } | null {
  const diff = f.left.value.minus(f.right.value);
  for (const o of [...f.left.operands, ...f.right.operands]) {
    const v = o.figure.value;
    if (v.isZero() || new Decimal(o.figure.halfUnit).gt(v.abs().times('0.01'))) continue;
    for (const k of [4, 8]) {
      const m = TEN.pow(k);
      const delta = v.times(m.minus(1));
      const slack = f.tolerance.plus(new Decimal(o.figure.halfUnit).times(m).abs());
      if (diff.plus(delta).abs().lte(slack) || diff.minus(delta).abs().lte(slack)) return { label: o.label, k };
    }
  }
  return null;
}

/**
 * A part that exceeds its whole (公开05's 基本支出 above 公开03's, 三公 above 公用经费) by a factor of a
 * hundred or more, and would not exceed it were the whole read at 10⁴ or 10⁸ times its value, is first a
 * unit question: an amount read in 元 among 万元 is not a part larger than its whole. The power, or null.
 */
export function partOverWholeByUnit(part: Decimal, whole: Decimal): number | null {
  if (part.lte(0) || whole.lte(0)) return null;
  const ratio = part.div(whole);
  if (ratio.lt(100)) return null;
  for (const k of [4, 8]) if (ratio.lte(TEN.pow(k))) return k;
  return null;
}

/** The severity, diagnostic and data of a part-over-whole finding that is a unit question (see partOverWholeByUnit). */
export function unitQuestion(k: number, what: string): { severity: 'warning'; diagnostic: string; uncertain: string } {
  return {
    severity: 'warning',
    diagnostic: 'unit-suspect',
    uncertain: `${what} holds once the whole is taken at 10^${k} times its value as read: its unit (元, 万元, 亿元) was probably misread or misprinted, rather than a part exceeding its whole`,
  };
}

const key = (e: EvidenceRef): string => (e.kind === 'cell' ? `${e.table}:${e.row}:${e.col}` : `${e.block}:${e.start}-${e.end}`);

/** What makes the finding's numbers uncertain, in words; empty when nothing does. */
export function doubtsOf(f: Finding, r: DocumentRecords): string[] {
  const out = new Set<string>();
  for (const e of f.evidence) {
    if (e.kind !== 'cell') continue;
    const t = r.tables.find((x) => x.table === e.table);
    if (t && (!t.trust.confident || !t.trust.whole)) out.add(`${e.table} (${t.kind}): ${t.trust.doubts.join('; ')}`);
  }
  const money = [...f.left.operands, ...f.right.operands]
    .map((o) => o.figure)
    .filter((g) => g.evidence.kind === 'cell' && g.unit !== '%' && /\d/.test(g.printed));
  const unitless = money.filter((g) => g.unit === null);
  if (unitless.length && money.some((g) => g.unit !== null)) {
    const where = [...new Set(unitless.map((g) => (g.evidence.kind === 'cell' ? g.evidence.table : '')))].join(', ');
    out.add(`no unit is stated for the amounts of ${where}, and they are compared with amounts in a unit`);
  }
  return [...out];
}

/** The unit question first, then what the rule had already found uncertain. */
const joinDoubt = (f: Finding, unit: string): string => [unit, f.data['uncertain']].filter(Boolean).join(' | ');

/** The finding as the evidence allows it: an error demoted to a warning when its numbers are uncertain or its sides differ by a power of ten. */
export function gateFinding(f: Finding, r: DocumentRecords): Finding {
  // A warning too is first a unit question when its sides are a unit's factor apart; an info stays as it is.
  if (f.severity === 'info') return f;
  // A percent printed for a multiple (ratio-as-percent) is the rule's own finding, not a unit question.
  const amounts = !f.diagnostic && [...f.left.operands, ...f.right.operands].every((o) => o.figure.unit !== '%');
  const k = f.diagnostic ? null : amounts ? powerOfTen(f.left.value, f.right.value) : amountUnitInPercent(f);
  if (k !== null) {
    return {
      ...f,
      severity: 'warning',
      diagnostic: 'unit-suspect',
      data: {
        ...f.data,
        uncertain: joinDoubt(
          f,
          `the two sides differ by a factor of 10^${Math.abs(k)}: a unit (元, 万元, 亿元, %) was probably misread or misprinted, rather than the figures disagreeing`,
        ),
      },
    };
  }
  const misread = amounts ? operandInOtherUnit(f) : null;
  if (misread) {
    return {
      ...f,
      severity: 'warning',
      diagnostic: 'unit-suspect',
      data: {
        ...f.data,
        uncertain: joinDoubt(
          f,
          `the two sides agree when ${misread.label} is taken at 10^${misread.k} times its value as read: its unit (元, 万元, 亿元) was probably misread or misprinted, rather than the figures disagreeing`,
        ),
      },
    };
  }
  if (f.severity !== 'error') return f;
  const doubts = doubtsOf(f, r);
  return doubts.length ? { ...f, severity: 'warning', data: { ...f.data, uncertain: doubts.join(' | ') } } : f;
}

/**
 * One cause, one finding: findings of one rule whose stated side is the same printed numbers (the
 * same cell or the same span of a sentence, read against two computations of it) are one finding;
 * the first stands, and says how many it stands for.
 */
export function mergeFindings(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.severity === 'info') {
      out.push(f);
      continue;
    }
    const stated = f.left.operands
      .map((o) => key(o.figure.evidence))
      .sort()
      .join(',');
    const id = `${f.rule}|${f.left.value.toString()}|${stated || f.message.en}`;
    const first = seen.get(id);
    if (!first || !stated) {
      seen.set(id, f);
      out.push(f);
      continue;
    }
    const n = Number(first.data.merged ?? '1') + 1;
    const merged = { ...first, data: { ...first.data, merged: String(n), also: [first.data.also, f.right.label].filter(Boolean).join(' | ') } };
    out[out.indexOf(first)] = merged;
    seen.set(id, merged);
  }
  return out;
}

import { Decimal } from 'decimal.js';
import type { DocumentRecords } from '../../extract/records.js';
import type { EvidenceRef } from '../../extract/figure.js';
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

const key = (e: EvidenceRef): string => (e.kind === 'cell' ? `${e.table}:${e.row}:${e.col}` : `${e.block}:${e.start}-${e.end}`);

/** What makes the finding's numbers uncertain, in words; empty when nothing does. */
export function doubtsOf(f: Finding, r: DocumentRecords): string[] {
  const out = new Set<string>();
  for (const e of f.evidence) {
    if (e.kind !== 'cell') continue;
    const t = r.tables.find((x) => x.table === e.table);
    if (t && (!t.trust.confident || !t.trust.whole)) out.add(`${e.table} (${t.kind}): ${t.trust.doubts.join('; ')}`);
  }
  const money = [...f.left.operands, ...f.right.operands].map((o) => o.figure).filter((g) => g.evidence.kind === 'cell' && g.unit !== '%' && /\d/.test(g.printed));
  const unitless = money.filter((g) => g.unit === null);
  if (unitless.length && money.some((g) => g.unit !== null)) {
    const where = [...new Set(unitless.map((g) => (g.evidence.kind === 'cell' ? g.evidence.table : '')))].join(', ');
    out.add(`no unit is stated for the amounts of ${where}, and they are compared with amounts in a unit`);
  }
  return [...out];
}

/** The finding as the evidence allows it: an error demoted to a warning when its numbers are uncertain or its sides differ by a power of ten. */
export function gateFinding(f: Finding, r: DocumentRecords): Finding {
  if (f.severity !== 'error') return f;
  // A percent printed for a multiple (ratio-as-percent) is the rule's own finding, not a unit question.
  const amounts = !f.diagnostic && [...f.left.operands, ...f.right.operands].every((o) => o.figure.unit !== '%');
  const k = amounts ? powerOfTen(f.left.value, f.right.value) : null;
  if (k !== null) {
    return {
      ...f,
      severity: 'warning',
      diagnostic: 'unit-suspect',
      data: { ...f.data, uncertain: `the two sides differ by a factor of 10^${Math.abs(k)}: a unit (元, 万元, 亿元, %) was probably misread or misprinted, rather than the figures disagreeing` },
    };
  }
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
    const stated = f.left.operands.map((o) => key(o.figure.evidence)).sort().join(',');
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

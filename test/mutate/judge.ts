/**
 * Judges one planted fault: which findings of the mutated run are new against the unmutated run,
 * whether the expected rule reported the fault, and which new findings the fault does not explain.
 */
import type { EvidenceRef } from '../../src/extract/figure.js';
import type { Finding } from '../../src/rules/_lib/types.js';
import type { Fault, Place, Shift } from './fault.js';

/** An evidence item in the unmutated document's coordinates. */
export function unshift(e: EvidenceRef, s: Shift): EvidenceRef {
  if (e.kind === 'cell' && s.row && e.table === s.row.table && e.row >= s.row.from) return { ...e, row: e.row + s.row.by };
  if (e.kind === 'text' && s.text && e.block === s.text.block) {
    const at = (o: number): number => (o >= s.text!.from ? o + s.text!.by : o);
    return { ...e, start: at(e.start), end: at(e.end) };
  }
  return e;
}

const refKey = (e: EvidenceRef): string => (e.kind === 'cell' ? `${e.table}:${e.row}:${e.col}` : `${e.block}:${e.start}-${e.end}`);

/** What makes two findings the same: rule, severity, diagnostic, where every number stands, and both values. */
export const findingKey = (f: Finding, evidence: EvidenceRef[] = f.evidence): string =>
  [f.rule, f.severity, f.diagnostic ?? '', evidence.map(refKey).sort().join(','), f.left.value.toString(), f.right.value.toString()].join('|');

export function touches(e: EvidenceRef, p: Place): boolean {
  switch (p.kind) {
    case 'cell':
      return e.kind === 'cell' && e.table === p.table && e.row === p.row && e.col === p.col;
    case 'row':
      return e.kind === 'cell' && e.table === p.table && e.row === p.row;
    case 'table':
      return e.kind === 'cell' && e.table === p.table;
    case 'text':
      return e.kind === 'text' && e.block === p.block && e.start < p.end && p.start < e.end;
  }
}

/** A new finding, as reported: rule, severity, message and where its numbers stand. */
export interface Reported {
  rule: string;
  severity: string;
  diagnostic: string | null;
  /** Why the gate made it a warning, when it did. */
  uncertain: string | null;
  message: string;
  evidence: string[];
}

export type Verdict = 'found' | 'missed';

export interface Judged {
  verdict: Verdict;
  /** The expected findings that report the fault. */
  found: Reported[];
  /** New findings the fault does not explain: elsewhere, or of a rule the fault does not concern (or, for a unit fault, not a unit-suspect warning). */
  extra: (Reported & { why: 'elsewhere' | 'unexpected-rule' | 'not-unit-suspect' })[];
  /** New findings of rules that may also speak of the fault, at its place. */
  also: Reported[];
  /** Found only as warnings the gate demoted (data.uncertain): found, but not as an error. */
  demoted: boolean;
}

const reported = (f: Finding, evidence: EvidenceRef[]): Reported => ({
  rule: f.rule,
  severity: f.severity,
  diagnostic: f.diagnostic ?? null,
  uncertain: f.data.uncertain ?? null,
  message: f.message.en,
  evidence: evidence.map(refKey),
});

/**
 * Compares the mutated run with the unmutated one. Only errors and warnings count: infos (rounding
 * residuals, carry-over notes) are what a reader is told, not what a reader is warned of.
 */
export function judge(fault: Fault, base: Finding[], mutated: Finding[]): Judged {
  const before = new Map<string, number>();
  for (const f of base) if (f.severity !== 'info') before.set(findingKey(f), (before.get(findingKey(f)) ?? 0) + 1);
  const found: Reported[] = [];
  const extra: Judged['extra'] = [];
  const also: Reported[] = [];
  const allowed = new Set([...fault.expect.must, ...fault.expect.may]);
  for (const f of mutated) {
    if (f.severity === 'info') continue;
    const evidence = f.evidence.map((e) => unshift(e, fault.shift));
    const key = findingKey(f, evidence);
    const left = before.get(key) ?? 0;
    if (left > 0) {
      before.set(key, left - 1);
      continue;
    }
    const r = reported(f, evidence);
    const here = evidence.some((e) => fault.places.some((p) => touches(e, p)));
    if (!here) extra.push({ ...r, why: 'elsewhere' });
    else if (fault.expect.unit) {
      if (f.diagnostic === 'unit-suspect' && f.severity === 'warning') found.push(r);
      else extra.push({ ...r, why: 'not-unit-suspect' });
    } else if (fault.expect.must.includes(f.rule)) found.push(r);
    else if (allowed.has(f.rule)) also.push(r);
    else extra.push({ ...r, why: 'unexpected-rule' });
  }
  return {
    verdict: found.length ? 'found' : 'missed',
    found,
    extra,
    also,
    demoted: found.length > 0 && found.every((f) => f.severity === 'warning' && f.uncertain !== null && !fault.expect.unit),
  };
}

import type { DocumentRecords } from '../extract/records.js';
import { CATALOGUE } from './_lib/catalogue.js';
import { documentCodes } from './_lib/codes.js';
import { fill } from './_lib/finding.js';
import { gateFinding, mergeFindings } from './_lib/gate.js';
import { fmt } from './_lib/interval.js';
import type { DocCode, Finding, Outcome, Residual, Rule } from './_lib/types.js';
import { RULES } from './index.js';

/** One rule's outcome on one document. */
export interface RuleOutcome {
  rule: string;
  family: string;
  outcome: Outcome;
  /** Instances checked (rows, columns, statements). */
  checked: number;
  findings: number;
  reason?: string;
}

export interface CheckReport {
  document: string;
  /** The document-type codes the document was taken to contain. */
  codes: DocCode[];
  outcomes: RuleOutcome[];
  /** Every finding, the per-table rounding residuals folded into `rounding-residual` infos. */
  findings: Finding[];
  /** `needs-review` when the document has unknown tables or unreadable pages: its outcomes are partial. */
  review: string[];
}

export const RESIDUAL_MESSAGES = {
  zh: '{table} 有 {count} 处差额在四舍五入范围内（最大 {max}）：金额单位转换时可能存在尾数误差',
  en: '{table}: {count} difference(s) within the rounding envelope (largest {max}); printed amounts are rounded',
};

/** Folds the residuals of one table into one info finding, with every contributing number as evidence. */
function roundingResidual(table: string, residuals: Residual[]): Finding {
  const largest = residuals.reduce((a, b) => (b.difference.abs().gt(a.difference.abs()) ? b : a));
  const data = { table, count: String(residuals.length), max: fmt(largest.difference.abs()), rules: [...new Set(residuals.map((r) => r.rule))].join(', ') };
  return {
    rule: 'rounding-residual',
    severity: 'info',
    message: { zh: fill(RESIDUAL_MESSAGES.zh, data), en: fill(RESIDUAL_MESSAGES.en, data) },
    left: largest.left,
    right: largest.right,
    difference: largest.difference,
    tolerance: largest.tolerance,
    data,
    evidence: residuals.flatMap((r) => [...r.left.operands, ...r.right.operands].map((o) => o.figure.evidence)),
  };
}

/**
 * A finding drawn from text the reader may have got wrong (OCR, a damaged font, a file read in part)
 * is never an error: "never a false finding from a file it could not read". The cap is noted in the
 * finding's data (`capped`).
 */
export function capFinding(f: Finding, trust: DocumentRecords['document']['trust']): Finding {
  if (f.severity !== 'error') return f;
  const page = f.evidence.find((e) => e.provenance.kind === 'pdf' && trust.ocrPages.includes(e.provenance.page));
  const why = trust.documentCap
    ? `${trust.documentCap.code}: ${trust.documentCap.message}`
    : page && page.provenance.kind === 'pdf'
      ? `ocr-text: page ${page.provenance.page} was read by OCR`
      : null;
  return why ? { ...f, severity: 'warning', data: { ...f.data, capped: why } } : f;
}

/**
 * Runs every catalogue rule that applies to the document. An applicable rule without an
 * implementation reports `not-implemented`; a rule whose inputs were not extracted says so. A rule
 * that throws is our defect: it is reported as such for this document and the run goes on.
 */
export function checkDocument(records: DocumentRecords, rules: readonly Rule[] = RULES): CheckReport {
  const codes = documentCodes(records);
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const outcomes: RuleOutcome[] = [];
  const findings: Finding[] = [];
  const residuals = new Map<string, Residual[]>();
  for (const entry of CATALOGUE) {
    if (entry.id === 'rounding-residual') continue; // made by the engine from every rule's residuals
    if (entry.family === 'AC') continue; // two documents: rules/cross-engine.ts
    const applies = entry.appliesTo.includes('ALL') ? codes.length > 0 : entry.appliesTo.some((c) => codes.includes(c));
    const rule = byId.get(entry.id);
    if (!applies) {
      outcomes.push({
        rule: entry.id,
        family: entry.family,
        outcome: 'not-applicable',
        checked: 0,
        findings: 0,
        reason: `applies to ${entry.appliesTo.join('/')}; the document has ${codes.join('/') || 'no recognised part'}`,
      });
      continue;
    }
    if (!rule) {
      outcomes.push({ rule: entry.id, family: entry.family, outcome: 'not-implemented', checked: 0, findings: 0, reason: 'not implemented yet' });
      continue;
    }
    const result = rule.check(records);
    findings.push(...result.findings.map((f) => gateFinding(capFinding(f, records.document.trust), records)));
    for (const r of result.residuals) residuals.set(r.table, [...(residuals.get(r.table) ?? []), r]);
    outcomes.push({
      rule: entry.id,
      family: entry.family,
      outcome: result.outcome,
      checked: result.checked,
      findings: result.findings.length,
      ...(result.reason ? { reason: result.reason } : {}),
    });
  }
  for (const [table, rs] of residuals) findings.push(roundingResidual(table, rs));
  const merged = mergeFindings(findings);
  findings.splice(0, findings.length, ...merged);
  for (const o of outcomes) o.findings = findings.filter((f) => f.rule === o.rule).length;
  const rr = findings.filter((f) => f.rule === 'rounding-residual').length;
  outcomes.push({
    rule: 'rounding-residual',
    family: 'A1',
    outcome: residuals.size ? 'pass' : 'not-applicable',
    checked: [...residuals.values()].flat().length,
    findings: rr,
    ...(residuals.size ? {} : { reason: 'no difference inside the rounding envelope' }),
  });
  const review: string[] = [];
  const unknown = records.tables.filter((t) => t.kind === 'unknown');
  if (unknown.length) review.push(`${unknown.length} table(s) of unknown kind: ${unknown.map((t) => t.table).join(', ')}`);
  if (records.document.unreadablePages.length) review.push(`unreadable pages: ${records.document.unreadablePages.join(', ')}`);
  return { document: records.document.id, codes, outcomes, findings, review };
}

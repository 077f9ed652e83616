import { Decimal } from 'decimal.js';
import type { EvidenceRef } from '../extract/figure.js';
import type { StatedAmount } from '../extract/stated-amounts.js';
import type { CrossResult } from '../rules/cross-engine.js';
import type { PairDocument } from '../rules/_lib/cross.js';
import type { Db } from './db.js';
import { findingRow } from './rows.js';

/** The store's side of the cross-document checks (migration 006): which documents pair, what they state, and the results. */

/** The 预算 and 决算 of resolved bodies (current versions: a source's superseded bytes pair with nothing), with their stated amounts, grouped by body. */
export function pairDocuments(db: Db): Map<number, PairDocument[]> {
  const docs = db
    .prepare(
      `SELECT d.id, d.sha256, d.kind, d.year, d.level, d.source, b.body_id FROM documents d JOIN v_document_bodies b ON b.document_id = d.id
       WHERE b.body_id IS NOT NULL AND d.kind IN ('预算', '决算') AND d.year IS NOT NULL AND d.id IN (SELECT id FROM current_documents) ORDER BY b.body_id, d.year, d.kind, d.id`,
    )
    .all() as { id: number; sha256: string; kind: '预算' | '决算'; year: number; level: '部门' | '单位' | null; source: string; body_id: number }[];
  const stated = db.prepare('SELECT * FROM stated_amounts WHERE document_id = ? ORDER BY seq');
  const out = new Map<number, PairDocument[]>();
  for (const d of docs) {
    const rows = stated.all(d.id) as {
      fiscal_year: number;
      basis: StatedAmount['basis'];
      own: number;
      scope: string;
      subject: string;
      split: StatedAmount['split'];
      label: string;
      value: string;
      half_unit: string;
      printed: string;
      unit: string | null;
      source: string;
      evidence: string;
    }[];
    const amounts: StatedAmount[] = rows.map((r) => {
      const value = new Decimal(r.value);
      const decimals = Math.max(0, value.decimalPlaces());
      return {
        year: r.fiscal_year,
        basis: r.basis,
        own: r.own === 1,
        scope: r.scope,
        subject: r.subject,
        split: r.split,
        label: r.label,
        figure: { value, halfUnit: new Decimal(r.half_unit), decimals, printed: r.printed, unit: r.unit, evidence: JSON.parse(r.evidence) as EvidenceRef },
        source: r.source,
      };
    });
    const name = d.source.split(/[\\/]/).pop() ?? d.source;
    const doc: PairDocument = {
      id: d.id,
      sha256: d.sha256,
      kind: d.kind,
      year: d.year,
      level: d.level,
      label: `${d.year} ${d.kind} (${name})`,
      stated: amounts,
    };
    out.set(d.body_id, [...(out.get(d.body_id) ?? []), doc]);
  }
  return out;
}

const now = (): string => new Date().toISOString();

/**
 * Writes the results of cross-document rules, each pair's replacing what an earlier run stored for it
 * (outcome, findings and their evidence), in one transaction. Evidence rows name their document: the
 * left side's operands are the subject's, the right side's the reference's.
 */
export function writeCrossResults(db: Db, results: readonly CrossResult[]): void {
  const at = now();
  db.transaction(() => {
    const delOutcome = db.prepare('DELETE FROM cross_outcomes WHERE rule = ? AND subject_id = ? AND reference_id = ?');
    const delFindings = db.prepare('DELETE FROM cross_findings WHERE rule = ? AND subject_id = ? AND reference_id = ?');
    const insOutcome = db.prepare(
      'INSERT INTO cross_outcomes (rule, subject_id, reference_id, outcome, checked, findings, reason, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insFinding = db.prepare(
      `INSERT INTO cross_findings (rule, subject_id, reference_id, severity, message_zh, message_en, left_label, left_value, left_low, left_high,
         right_label, right_value, right_low, right_high, difference, tolerance, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    const insEvidence = db.prepare(
      `INSERT INTO cross_evidence (finding_id, seq, document_id, kind, table_key, table_kind, row, col, block, start, "end", text, page, provenance)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const { rule, pair, result } of results) {
      const s = pair.subject.id;
      const r = pair.reference.id;
      delOutcome.run(rule, s, r);
      delFindings.run(rule, s, r);
      const outcome = result.outcome === 'not-implemented' ? 'not-applicable' : result.outcome;
      insOutcome.run(rule, s, r, outcome, result.checked, result.findings.length, result.reason ?? null, at);
      for (const f of result.findings) {
        const row = findingRow(f);
        const { id } = insFinding.get(
          rule,
          s,
          r,
          row.severity,
          row.messageZh,
          row.messageEn,
          row.left.label,
          row.left.value,
          row.left.low,
          row.left.high,
          row.right.label,
          row.right.value,
          row.right.low,
          row.right.high,
          row.difference,
          row.tolerance,
          row.data,
        ) as { id: number };
        const left = f.left.operands.length;
        row.evidence.forEach((e, j) =>
          insEvidence.run(id, j, j < left ? s : r, e.kind, e.table, e.tableKind, e.row, e.col, e.block, e.start, e.end, e.text, e.page, e.provenance),
        );
      }
    }
  }).immediate();
}

/** A row of v_cross_findings. */
export interface CrossFindingView {
  id: number;
  rule: string;
  severity: string;
  message_zh: string;
  message_en: string;
  subject_department: string | null;
  subject_year: number | null;
  subject_kind: string | null;
  subject_source: string;
  reference_year: number | null;
  reference_kind: string | null;
  reference_source: string;
  left_label: string;
  left_value: string;
  right_label: string;
  right_value: string;
  difference: string;
  tolerance: string;
  evidence: string | null;
  subject_id: number;
  reference_id: number;
}

export function readCrossFindings(db: Db): CrossFindingView[] {
  return db.prepare('SELECT * FROM v_cross_findings ORDER BY subject_department, subject_year, rule, id').all() as CrossFindingView[];
}

/** Outcomes per rule over every pair checked: how many pairs passed, failed, had nothing to compare. */
export function crossOutcomeCounts(db: Db): { rule: string; outcome: string; pairs: number; checked: number; findings: number }[] {
  return db
    .prepare(
      'SELECT rule, outcome, count(*) AS pairs, sum(checked) AS checked, sum(findings) AS findings FROM cross_outcomes GROUP BY rule, outcome ORDER BY rule, outcome',
    )
    .all() as {
    rule: string;
    outcome: string;
    pairs: number;
    checked: number;
    findings: number;
  }[];
}

import type { Severity } from '../model/index.js';
import type { Db } from './db.js';

/** A row of v_findings. */
export interface FindingView {
  id: number;
  department: string | null;
  year: number | null;
  document_kind: string | null;
  source: string;
  rule: string;
  severity: Severity;
  message_zh: string;
  message_en: string;
  diagnostic: string | null;
  left_label: string;
  left_value: string;
  right_label: string;
  right_value: string;
  difference: string;
  tolerance: string;
  evidence_count: number;
  evidence: string | null;
  sha256: string;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Severities at or above the given one (`warning` → warning and error). */
export const severitiesFrom = (min: Severity): Severity[] => (Object.keys(RANK) as Severity[]).filter((s) => RANK[s] >= RANK[min]);

export interface FindingFilter {
  /** At least this severity. */
  severity?: Severity;
  /** Exact rule ids. */
  rules?: readonly string[];
  /** Only findings of these documents (sha256). */
  documents?: readonly string[];
}

/** Findings, most severe first, then by department, year, source and their order in the document. */
export function readFindings(db: Db, filter: FindingFilter = {}): FindingView[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.severity) {
    const s = severitiesFrom(filter.severity);
    where.push(`severity IN (${s.map(() => '?').join(', ')})`);
    params.push(...s);
  }
  if (filter.rules?.length) {
    where.push(`rule IN (${filter.rules.map(() => '?').join(', ')})`);
    params.push(...filter.rules);
  }
  if (filter.documents) {
    if (!filter.documents.length) return [];
    where.push(`sha256 IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.documents));
  }
  const sql = `SELECT * FROM v_findings ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, department, year, source, id`;
  return db.prepare(sql).all(...params) as FindingView[];
}

/** Findings per severity among the given documents (all documents when none are given). */
export function findingCounts(db: Db, documents?: readonly string[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const rows = (
    documents
      ? db.prepare(`SELECT f.severity, count(*) AS n FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.sha256 IN (SELECT value FROM json_each(?)) GROUP BY f.severity`).all(JSON.stringify(documents))
      : db.prepare('SELECT severity, count(*) AS n FROM findings GROUP BY severity').all()
  ) as { severity: Severity; n: number }[];
  for (const r of rows) out[r.severity] = r.n;
  return out;
}

/** Problems a killed writer could have left behind: rows whose owner is gone, and SQLite's own check. */
export function storeProblems(db: Db): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length) problems.push(`foreign_key_check: ${fk.length} row(s) reference a missing row`);
  const orphans: [string, string][] = [
    ['cells', 'SELECT count(*) AS n FROM cells c LEFT JOIN tables t ON t.id = c.table_id WHERE t.id IS NULL'],
    ['tables', 'SELECT count(*) AS n FROM tables t LEFT JOIN documents d ON d.id = t.document_id WHERE d.id IS NULL'],
    ['line_items', 'SELECT count(*) AS n FROM line_items x LEFT JOIN documents d ON d.id = x.document_id WHERE d.id IS NULL'],
    ['findings', 'SELECT count(*) AS n FROM findings x LEFT JOIN documents d ON d.id = x.document_id WHERE d.id IS NULL'],
    ['evidence', 'SELECT count(*) AS n FROM evidence e LEFT JOIN findings f ON f.id = e.finding_id WHERE f.id IS NULL'],
    ['rule_outcomes', 'SELECT count(*) AS n FROM rule_outcomes x LEFT JOIN documents d ON d.id = x.document_id WHERE d.id IS NULL'],
    ['narrative_facts', 'SELECT count(*) AS n FROM narrative_facts x LEFT JOIN documents d ON d.id = x.document_id WHERE d.id IS NULL'],
    ['files', 'SELECT count(*) AS n FROM files x LEFT JOIN documents d ON d.id = x.document_id WHERE x.document_id IS NOT NULL AND d.id IS NULL'],
  ];
  for (const [table, sql] of orphans) {
    const { n } = db.prepare(sql).get() as { n: number };
    if (n) problems.push(`${n} orphan row(s) in ${table}`);
  }
  return problems;
}

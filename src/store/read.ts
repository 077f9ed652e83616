import type { Severity } from '../model/index.js';
import type { DocumentStatus } from '../model/reading.js';
import type { Db } from './db.js';
import type { StoredFinding } from './details.js';

/** A row of v_findings. */
export interface FindingView extends Pick<
  StoredFinding,
  | 'id'
  | 'rule'
  | 'severity'
  | 'message_zh'
  | 'message_en'
  | 'diagnostic'
  | 'left_label'
  | 'left_value'
  | 'right_label'
  | 'right_value'
  | 'difference'
  | 'tolerance'
> {
  department: string | null;
  year: number | null;
  document_kind: string | null;
  source: string;
  evidence_count: number;
  evidence: string | null;
  sha256: string;
  /** How well the finding's document was read: read, partial or unreadable. */
  reading: string;
  /** 1 when the document is a current version of its source. */
  current: number;
  /** The half units of the numbers compared (both sides' operands), to show the values at the precision they were printed. */
  half_units: string[];
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
  /** Findings of older versions of a source too (by default only current documents'). */
  allVersions?: boolean;
}

/** Findings, most severe first, then by department, year, source and their order in the document. */
export function readFindings(db: Db, filter: FindingFilter = {}): FindingView[] {
  const where: string[] = filter.allVersions ? [] : ['v.current = 1'];
  const params: unknown[] = [];
  if (filter.severity) {
    const s = severitiesFrom(filter.severity);
    where.push(`v.severity IN (${s.map(() => '?').join(', ')})`);
    params.push(...s);
  }
  if (filter.rules?.length) {
    where.push(`v.rule IN (${filter.rules.map(() => '?').join(', ')})`);
    params.push(...filter.rules);
  }
  if (filter.documents) {
    if (!filter.documents.length) return [];
    where.push(`v.sha256 IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.documents));
  }
  const sql = `SELECT v.*, (SELECT json_group_array(json_extract(o.value, '$.halfUnit')) FROM (SELECT value FROM json_each(f.left_operands) UNION ALL SELECT value FROM json_each(f.right_operands)) o) AS half_units
    FROM v_findings v JOIN findings f ON f.id = v.id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY CASE v.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, v.department, v.year, v.source, v.id`;
  return (db.prepare(sql).all(...params) as (Omit<FindingView, 'half_units'> & { half_units: string })[]).map((r) => ({
    ...r,
    half_units: (JSON.parse(r.half_units) as (string | null)[]).filter((h): h is string => typeof h === 'string'),
  }));
}

/** Findings per severity among the given documents (all documents when none are given). */
export function findingCounts(db: Db, documents?: readonly string[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const rows = (
    documents
      ? db
          .prepare(
            `SELECT f.severity, count(*) AS n FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.sha256 IN (SELECT value FROM json_each(?)) GROUP BY f.severity`,
          )
          .all(JSON.stringify(documents))
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

/** A current document that was not read wholly (v_documents): read in part, or unreadable. */
export interface UnreadDocument {
  id: number;
  source: string;
  paths: string | null;
  reading: 'partial' | 'unreadable';
  /** JSON array of diagnostic codes. */
  reading_reasons: string;
  reason: string | null;
  errors: number;
  warnings: number;
  infos: number;
  sha256: string;
}

/** The current documents that were read in part or not at all: what findings cannot speak for. Unreadable first. */
export function unreadDocuments(db: Db): UnreadDocument[] {
  return db
    .prepare(
      `SELECT id, source, paths, reading, reading_reasons, reason, errors, warnings, infos, sha256 FROM v_documents
       WHERE current = 1 AND reading IN ('partial', 'unreadable') ORDER BY reading = 'partial', source, id`,
    )
    .all() as UnreadDocument[];
}

/** Current documents by how well they were read, and how many older versions of sources the store keeps besides. */
export function readingTotals(db: Db): { read: number; partial: number; unreadable: number; olderVersions: number } {
  const out = { read: 0, partial: 0, unreadable: 0, olderVersions: 0 };
  for (const r of db.prepare('SELECT reading, count(*) AS n FROM v_documents WHERE current = 1 GROUP BY reading').all() as {
    reading: keyof typeof out;
    n: number;
  }[])
    if (r.reading in out) out[r.reading] = r.n;
  out.olderVersions = (db.prepare('SELECT count(*) AS n FROM documents WHERE id NOT IN (SELECT id FROM current_documents)').get() as { n: number }).n;
  return out;
}

/** The local files a document was read from (absolute paths as the store keys them; URLs left out), in order. */
export function localPaths(db: Db, documentId: number): string[] {
  return (
    db.prepare(`SELECT path FROM files WHERE document_id = ? AND path NOT LIKE '%://%' ORDER BY seen_at DESC, path`).all(documentId) as { path: string }[]
  ).map((r) => r.path);
}

/** How many older versions the sources of a document have had (documents they held before it). */
export function olderVersionsOf(db: Db, documentId: number): number {
  return (
    db
      .prepare(
        `SELECT count(DISTINCT v.document_id) AS n FROM source_versions v
         WHERE v.source IN (SELECT path FROM files WHERE document_id = ?) AND v.document_id != ? AND v.document_id NOT IN (SELECT id FROM current_documents)`,
      )
      .get(documentId, documentId) as { n: number }
  ).n;
}

/** A stored document's status, why it is not read wholly, and how many findings it has. */
export interface DocumentOutcome {
  status: DocumentStatus;
  reason: string | null;
  findings: number;
}

export function documentOutcome(db: Db, documentId: number): DocumentOutcome {
  return db
    .prepare('SELECT status, reason, (SELECT count(*) FROM findings f WHERE f.document_id = d.id) AS findings FROM documents d WHERE id = ?')
    .get(documentId) as DocumentOutcome;
}

/** The stored documents with these sha256s, by status (every status, 0 when none has it). */
export function statusCounts(db: Db, documents: readonly string[]): Record<DocumentStatus, number> {
  const out: Record<DocumentStatus, number> = { ok: 0, 'needs-review': 0, failed: 0 };
  const rows = db
    .prepare('SELECT status, count(*) AS n FROM documents WHERE sha256 IN (SELECT value FROM json_each(?)) GROUP BY status')
    .all(JSON.stringify(documents)) as { status: DocumentStatus; n: number }[];
  for (const r of rows) out[r.status] = r.n;
  return out;
}

/** The ids of the stored documents with these sha256s. */
export function documentIds(db: Db, documents: readonly string[]): number[] {
  return (db.prepare('SELECT id FROM documents WHERE sha256 IN (SELECT value FROM json_each(?))').all(JSON.stringify(documents)) as { id: number }[]).map(
    (r) => r.id,
  );
}

import type { Db } from './db.js';
import type { DocumentRows } from './rows.js';

/**
 * One current document (the current version of a source) with what was read and found in it: the
 * one per-document summary the report and the export read. Its columns are the export's
 * `documents` file's, in order.
 */
export interface DocumentSummary extends Pick<
  DocumentRows,
  'sha256' | 'source' | 'format' | 'encoding' | 'pages' | 'kind' | 'department' | 'year' | 'level' | 'reading' | 'reason' | 'codes' | 'review' | 'diagnostics'
> {
  id: number;
  /** Every source with these bytes as it was given, separated by "; ". */
  paths: string | null;
  /** The same sources as the store keys them (absolute paths, or URLs). */
  resolved_paths: string | null;
  /** JSON array of diagnostic codes. */
  reading_reasons: string;
  tables: number;
  line_items: number;
  narrative_facts: number;
  errors: number;
  warnings: number;
  infos: number;
  engine_version: string;
  processed_at: string;
  duration_ms: number | null;
}

const CURRENT = 'd.id IN (SELECT id FROM current_documents)';

const SUMMARY = `SELECT d.id, d.sha256, d.source,
    (SELECT group_concat(p, '; ') FROM (SELECT DISTINCT coalesce(given, path) AS p FROM files f WHERE f.document_id = d.id ORDER BY p)) AS paths,
    (SELECT group_concat(path, '; ') FROM (SELECT path FROM files f WHERE f.document_id = d.id ORDER BY path)) AS resolved_paths,
    d.format, d.encoding, d.pages, d.kind, d.department, d.year, d.level, d.reading, d.reading_reasons, d.reason,
    (SELECT count(*) FROM tables x WHERE x.document_id = d.id) AS tables,
    (SELECT count(*) FROM line_items x WHERE x.document_id = d.id) AS line_items,
    (SELECT count(*) FROM narrative_facts x WHERE x.document_id = d.id) AS narrative_facts,
    (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'error') AS errors,
    (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'warning') AS warnings,
    (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'info') AS infos,
    d.engine_version, d.processed_at, d.duration_ms, d.codes, d.review, d.diagnostics
  FROM documents d`;

/**
 * The summaries of the current documents (of those with the given sha256s, when given), by
 * department (none last), year, source and id.
 */
export function documentSummaries(db: Db, o: { documents?: readonly string[] } = {}): DocumentSummary[] {
  return db
    .prepare(
      `${SUMMARY} WHERE ${CURRENT}${o.documents ? ' AND d.sha256 IN (SELECT value FROM json_each(?))' : ''}
       ORDER BY d.department IS NULL, d.department, d.year, d.source, d.id`,
    )
    .all(...(o.documents ? [JSON.stringify(o.documents)] : [])) as DocumentSummary[];
}

/** The same summaries for every current document by id, as the export writes them: the columns of DocumentSummary in order, streamed. */
export const DOCUMENT_SUMMARY_ROWS = `${SUMMARY} WHERE ${CURRENT} ORDER BY d.id`;

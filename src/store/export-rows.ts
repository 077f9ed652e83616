import type { Db } from './db.js';
import { DOCUMENT_SUMMARY_ROWS } from './summary.js';

/** The store's tables an export writes, each a file (or sheet). */
export type ExportName = 'documents' | 'line_items' | 'narrative_facts' | 'findings' | 'evidence' | 'panel';

/** Documents that are some source's current version (store migration 004): what an export holds. */
const CURRENT = 'IN (SELECT id FROM current_documents)';

/**
 * Each table's rows in order, each row an array of the export's columns in order (the export names
 * them, `export/tables.ts`), and the count of the rows: one per row of a store table that belongs to a
 * current document. The panel's columns are the export's choice of v_panel's (panelRows).
 */
const QUERIES: Record<Exclude<ExportName, 'panel'>, { rows: string; count: string }> = {
  documents: { rows: DOCUMENT_SUMMARY_ROWS, count: `SELECT count(*) AS n FROM documents WHERE id ${CURRENT}` },
  line_items: {
    rows: `SELECT li.id, li.document_id, d.department, d.year, d.source, t.table_key, t.title, li.table_kind, li.row, li.col,
        li.code, li.level, li.name, li.measure, li.measure_path, li.state, li.printed, li.value, li.unit, li.unit_source,
        li.wan, li.decimals, li.provenance
      FROM line_items li JOIN documents d ON d.id = li.document_id JOIN tables t ON t.id = li.table_id
      WHERE li.document_id ${CURRENT}
      ORDER BY li.document_id, t.idx, li.row, li.col, li.id`,
    count: `SELECT count(*) AS n FROM line_items WHERE document_id ${CURRENT}`,
  },
  narrative_facts: {
    rows: `SELECT n.id, n.document_id, d.department, d.year, d.source, n.seq, n.kind,
        json_extract(n.payload, '$.docPart') AS doc_part,
        json_extract(n.payload, '$.section') AS section,
        CASE json_type(n.payload, '$.label') WHEN 'text' THEN json_extract(n.payload, '$.label') END AS label,
        json_extract(n.payload, '$.ref.block') AS block,
        json_extract(n.payload, '$.ref.quote') AS quote,
        n.payload
      FROM narrative_facts n JOIN documents d ON d.id = n.document_id WHERE n.document_id ${CURRENT} ORDER BY n.document_id, n.seq`,
    count: `SELECT count(*) AS n FROM narrative_facts WHERE document_id ${CURRENT}`,
  },
  findings: {
    rows: `SELECT f.id, f.document_id, d.department, d.year, d.source, f.seq, f.rule, f.severity, f.message_zh, f.message_en, f.diagnostic,
        f.left_label, f.left_value, f.left_low, f.left_high, f.right_label, f.right_value, f.right_low, f.right_high,
        f.difference, f.tolerance, v.evidence_count, v.evidence, f.data, f.left_operands, f.right_operands
      FROM findings f JOIN documents d ON d.id = f.document_id JOIN v_findings v ON v.id = f.id
      WHERE f.document_id ${CURRENT}
      ORDER BY f.document_id, f.seq`,
    count: `SELECT count(*) AS n FROM findings WHERE document_id ${CURRENT}`,
  },
  evidence: {
    rows: `SELECT e.finding_id, e.seq, f.document_id, e.kind, e.table_key, e.table_kind, e.row, e.col, e.block, e.start, e."end", e.text, e.page, e.provenance
      FROM evidence e JOIN findings f ON f.id = e.finding_id WHERE f.document_id ${CURRENT} ORDER BY f.document_id, f.seq, e.seq`,
    count: `SELECT count(*) AS n FROM evidence e JOIN findings f ON f.id = e.finding_id WHERE f.document_id ${CURRENT}`,
  },
};

/** Rows of a table as arrays, streamed (never all in memory at once), and how many values each has. */
export interface RowStream {
  width: number;
  rows: IterableIterator<unknown[]>;
}

function stream(db: Db, sql: string): RowStream {
  const stmt = db.prepare(sql).raw(true);
  return { width: stmt.columns().length, rows: stmt.iterate() as IterableIterator<unknown[]> };
}

/** The rows of one of the export's tables but the panel, in order. */
export const exportRows = (db: Db, name: Exclude<ExportName, 'panel'>): RowStream => stream(db, QUERIES[name].rows);

/** The panel's rows (v_panel), by region code, body, document year, document, table and cell: the given v_panel columns, in order. */
export function panelRows(db: Db, columns: readonly string[]): RowStream {
  return stream(
    db,
    `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM v_panel ORDER BY region_code, body_id, document_year, document_id, table_key, row, col`,
  );
}

/** How many rows the table's file must have. */
export const exportCount = (db: Db, name: ExportName): number =>
  (db.prepare(name === 'panel' ? 'SELECT count(*) AS n FROM v_panel' : QUERIES[name].count).get() as { n: number }).n;

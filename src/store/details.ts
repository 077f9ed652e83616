import type { Severity } from '../model/index.js';
import type { Db } from './db.js';
import type { EvidenceRow } from './rows.js';

/** A stored table of a document, as the report shows it (JSON columns as stored). */
export interface StoredTable {
  id: number;
  table_key: string;
  kind: string | null;
  title: string | null;
  unit_note: string | null;
  /** JSON array of 1-based pages. */
  pages: string;
  n_rows: number;
  n_cols: number;
  /** JSON array of the notes printed under it. */
  notes: string;
}

/** An origin cell of a stored table (a merged cell once, with its spans). */
export interface StoredCell {
  row: number;
  col: number;
  row_span: number;
  col_span: number;
  /** 1 for a header cell, else 0. */
  header: number;
  raw: string;
}

/** A stored finding: its two sides, with their operands as JSON. */
export interface StoredFinding {
  id: number;
  seq: number;
  rule: string;
  severity: Severity;
  message_zh: string;
  message_en: string;
  diagnostic: string | null;
  left_label: string;
  left_value: string;
  left_low: string;
  left_high: string;
  right_label: string;
  right_value: string;
  right_low: string;
  right_high: string;
  difference: string;
  tolerance: string;
  /** JSON arrays. */
  left_operands: string;
  right_operands: string;
}

/** Where one number of a finding was printed, in its order in the finding: a table cell or a span of running text (its provenance JSON). */
export type StoredEvidence = EvidenceRow & { seq: number };

/** Reads a document's tables, their cells, its findings and their evidence, each in order; the statements are prepared once. */
export interface DocumentDetails {
  tables(documentId: number): StoredTable[];
  cells(tableId: number): StoredCell[];
  findings(documentId: number): StoredFinding[];
  evidence(findingId: number): StoredEvidence[];
}

export function documentDetails(db: Db): DocumentDetails {
  const tables = db.prepare('SELECT id, table_key, kind, title, unit_note, pages, n_rows, n_cols, notes FROM tables WHERE document_id = ? ORDER BY idx');
  const cells = db.prepare('SELECT row, col, row_span, col_span, header, raw FROM cells WHERE table_id = ? ORDER BY row, col');
  const findings = db.prepare(
    `SELECT id, seq, rule, severity, message_zh, message_en, diagnostic, left_label, left_value, left_low, left_high,
       right_label, right_value, right_low, right_high, difference, tolerance, left_operands, right_operands
     FROM findings WHERE document_id = ? ORDER BY seq`,
  );
  const evidence = db.prepare(
    'SELECT seq, kind, table_key AS "table", table_kind AS tableKind, row, col, block, start, "end", text, page, provenance FROM evidence WHERE finding_id = ? ORDER BY seq',
  );
  return {
    tables: (id) => tables.all(id) as StoredTable[],
    cells: (id) => cells.all(id) as StoredCell[],
    findings: (id) => findings.all(id) as StoredFinding[],
    evidence: (id) => evidence.all(id) as StoredEvidence[],
  };
}

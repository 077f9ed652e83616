import type { Db } from '../store/db.js';
import { exportCount, exportRows, type ExportName, type RowStream } from '../store/export-rows.js';
import { PANEL_TABLE } from './panel.js';

/**
 * How a column's values are written. `decimal`: an exact amount, stored as decimal TEXT — written as
 * text in csv/jsonl, and in xlsx as a number only when that number is exactly the same decimal
 * (see xlsxNumber). `integer`: a whole number (ids, rows, years). `json`: a JSON document kept
 * verbatim (embedded as JSON in jsonl, its text in csv/xlsx). `text`: anything else.
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'json';

export interface Column {
  name: string;
  type: ColumnType;
  /** One line for the README: what the column holds. */
  note: string;
  /** Parquet only: `decimal-38-6` writes the decimal text as a DECIMAL(38,6) (exact; null past 6 decimals) instead of text. */
  parquet?: 'decimal-38-6';
}

export interface ExportTable {
  /** File stem and sheet name. */
  name: string;
  /** One line for the README. */
  note: string;
  columns: Column[];
  /** Its rows from the store, exactly the columns in order, one per row `count` counts (store/export-rows.ts). */
  rows: (db: Db) => RowStream;
  /** Counts the rows the file must have: one per row of a store table that belongs to a current document. */
  count: (db: Db) => number;
}

/** An export table's rows and count, read from the store's table of the same name. */
const fromStore = (name: Exclude<ExportName, 'panel'>): Pick<ExportTable, 'rows' | 'count'> => ({
  rows: (db) => exportRows(db, name),
  count: (db) => exportCount(db, name),
});

const c = (name: string, type: ColumnType, note: string): Column => ({ name, type, note });

/** The tables an export writes, in order. Every row of the store's table is one row of its file. */
export const EXPORT_TABLES: readonly ExportTable[] = [
  {
    name: 'documents',
    note: 'one row per document (distinct content by sha256) that is the current version of a source, with how well it was read and what was found',
    columns: [
      c('id', 'integer', 'document id; the document_id of every other file'),
      c('sha256', 'text', 'SHA-256 of the bytes'),
      c('source', 'text', 'the path or URL the bytes were first read from'),
      c('paths', 'text', 'every source with these bytes as it was given (a path relative to the working folder then, or a URL), separated by "; "'),
      c('resolved_paths', 'text', 'the same sources resolved: absolute paths, or URLs'),
      c('format', 'text', 'pdf, docx, html, …'),
      c('encoding', 'text', 'text encoding (HTML)'),
      c('pages', 'integer', 'pages (PDF)'),
      c('kind', 'text', 'document kind (决算, 预算, 绩效 …)'),
      c('department', 'text', 'the department the document is of'),
      c('year', 'integer', 'the year it reports on'),
      c('level', 'text', 'department or unit'),
      c('reading', 'text', 'how well it was read: read, partial (read in part: its findings are incomplete) or unreadable (not checked)'),
      c('reading_reasons', 'json', 'the diagnostic codes that say why it was not read wholly'),
      c('reason', 'text', 'the first of them, with its message'),
      c('tables', 'integer', 'tables read'),
      c('line_items', 'integer', 'printed amounts read from its tables'),
      c('narrative_facts', 'integer', 'facts read from its running text'),
      c('errors', 'integer', 'findings of severity error'),
      c('warnings', 'integer', 'findings of severity warning'),
      c('infos', 'integer', 'findings of severity info'),
      c('engine_version', 'text', 'the gongkai engine version that processed it'),
      c('processed_at', 'text', 'when (UTC, ISO 8601)'),
      c('duration_ms', 'integer', 'processing time'),
      c('codes', 'json', "the check engine's document-type codes"),
      c('review', 'json', 'needs-review notes of the checks'),
      c('diagnostics', 'json', 'every diagnostic of parse and extract'),
    ],
    ...fromStore('documents'),
  },
  {
    name: 'line_items',
    note: 'one row per printed amount (or dash) of a table, with its 科目 code, name and column',
    columns: [
      c('id', 'integer', 'line item id'),
      c('document_id', 'integer', 'documents.id'),
      c('department', 'text', 'of the document'),
      c('year', 'integer', 'of the document'),
      c('source', 'text', 'of the document'),
      c('table', 'text', 'table id in the document (t0, t1, … in reading order)'),
      c('table_title', 'text', 'the table title as printed'),
      c('table_kind', 'text', 'the kind the table was classified as (fa01, fa02, …)'),
      c('row', 'integer', '0-based grid row'),
      c('col', 'integer', '0-based grid column'),
      c('code', 'text', "digits of the 科目 code, '*' for a 合计 row, empty when the row prints none"),
      c('code_level', 'integer', '科目 level (1 类, 2 款, 3 项)'),
      c('name', 'text', 'the row label as printed'),
      c('measure', 'text', 'the column label'),
      c('measure_path', 'json', 'every header label over the column, outermost first'),
      c('state', 'text', 'number or dash'),
      c('printed', 'text', 'the cell text exactly as printed'),
      c('value', 'decimal', 'the exact amount in the printed unit (empty for a dash)'),
      c('unit', 'text', 'the printed unit (元, 万元, …)'),
      c('unit_source', 'text', 'where the unit was read from'),
      c('amount_wan', 'decimal', 'the exact amount in 万元 (empty for a dash or an unknown unit)'),
      c('decimals', 'integer', 'digits printed after the decimal point'),
      c('provenance', 'json', 'where it was printed (page and box, or DOM path)'),
    ],
    ...fromStore('line_items'),
  },
  {
    name: 'narrative_facts',
    note: 'one row per fact read from running text (amounts, rates, shares, …); the fact itself is the JSON payload',
    columns: [
      c('id', 'integer', 'fact id'),
      c('document_id', 'integer', 'documents.id'),
      c('department', 'text', 'of the document'),
      c('year', 'integer', 'of the document'),
      c('source', 'text', 'of the document'),
      c('seq', 'integer', 'order in the document'),
      c('kind', 'text', 'amount, rate, share, yoy, item, …'),
      c('doc_part', 'text', 'the part of the document the sentence is in'),
      c('section', 'text', 'the headings over the sentence'),
      c('label', 'text', 'what the fact is of, in the document’s words (when the kind has one)'),
      c('block', 'text', 'the text block the sentence is in'),
      c('quote', 'text', 'the sentence as printed'),
      c('payload', 'json', 'the whole fact; its amounts are exact decimal strings'),
    ],
    ...fromStore('narrative_facts'),
  },
  {
    name: 'findings',
    note: 'one row per finding: the two sides compared, their difference and the tolerance; evidence in evidence',
    columns: [
      c('id', 'integer', 'finding id; evidence.finding_id'),
      c('document_id', 'integer', 'documents.id'),
      c('department', 'text', 'of the document'),
      c('year', 'integer', 'of the document'),
      c('source', 'text', 'of the document'),
      c('seq', 'integer', 'order in the document'),
      c('rule', 'text', 'the rule id'),
      c('severity', 'text', 'error, warning or info'),
      c('message_zh', 'text', 'the finding in Chinese'),
      c('message_en', 'text', 'the finding in English'),
      c('diagnostic', 'text', 'a more specific explanation'),
      c('left_label', 'text', 'what the left side is'),
      c('left_value', 'decimal', 'its exact value'),
      c('left_low', 'decimal', 'the low end of its rounding envelope'),
      c('left_high', 'decimal', 'the high end'),
      c('right_label', 'text', 'what the right side is'),
      c('right_value', 'decimal', 'its exact value'),
      c('right_low', 'decimal', 'the low end of its rounding envelope'),
      c('right_high', 'decimal', 'the high end'),
      c('difference', 'decimal', 'left − right'),
      c('tolerance', 'decimal', 'the slack the printed precision allows'),
      c('evidence_count', 'integer', 'rows of evidence'),
      c('evidence', 'text', 'the evidence in one line: page, table, row and column or block, and the text'),
      c('data', 'json', 'the values the messages were filled from'),
      c('left_operands', 'json', 'the numbers the left side was computed from'),
      c('right_operands', 'json', 'the numbers the right side was computed from'),
    ],
    ...fromStore('findings'),
  },
  {
    name: 'evidence',
    note: 'where each number of a finding was printed: a table cell (table, row, col) or a span of running text (block, start, end)',
    columns: [
      c('finding_id', 'integer', 'findings.id'),
      c('seq', 'integer', 'order in the finding'),
      c('document_id', 'integer', 'documents.id'),
      c('kind', 'text', 'cell or text'),
      c('table', 'text', 'table id (cell)'),
      c('table_kind', 'text', 'table kind (cell)'),
      c('row', 'integer', '0-based grid row (cell)'),
      c('col', 'integer', '0-based grid column (cell)'),
      c('block', 'text', 'text block id (text)'),
      c('start', 'integer', 'character offset of the span in the block (text)'),
      c('end', 'integer', 'character offset after the span (text)'),
      c('text', 'text', "the cell's text, or the quoted sentence"),
      c('page', 'integer', '1-based page (PDF)'),
      c('provenance', 'json', 'where it was printed'),
    ],
    ...fromStore('evidence'),
  },
  PANEL_TABLE,
];

export type Row = readonly unknown[];

/** The rows of one export table, each an array in column order (streamed: never all in memory at once). */
export function* tableRows(db: Db, t: ExportTable): Generator<Row> {
  const { width, rows } = t.rows(db);
  if (width !== t.columns.length) throw new Error(`export table ${t.name}: the query gives ${width} columns, the spec names ${t.columns.length}`);
  yield* rows;
}

/** How many rows the file must have. */
export const storeCount = (db: Db, t: ExportTable): number => t.count(db);

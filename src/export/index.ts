import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { beginRead, type Db } from '../store/db.js';
import { EXPORT_TABLES, storeCount, tableRows, type ExportTable } from './tables.js';
import { csvRecord, jsonlRecord } from './values.js';
import { PANEL_208_DUCKDB } from './panel.js';
import { writeParquetTable } from './parquet.js';
import { writeXlsx, type SheetResult } from './xlsx.js';

export { EXPORT_TABLES, storeCount, tableRows, type Column, type ColumnType, type ExportTable } from './tables.js';
export { csvField, csvRecord, jsonlRecord, xlsxDecimal, xlsxNumber } from './values.js';
export { DECIMAL_SCALE, unscaled, writeParquetTable } from './parquet.js';
export { PANEL_208_DUCKDB, PANEL_COLUMNS, PANEL_TABLE } from './panel.js';
export { columnName, writeXlsx, xmlText, XLSX_MAX_CELL, XLSX_MAX_ROWS, type Sheet, type SheetResult } from './xlsx.js';

export type ExportFormat = 'csv' | 'jsonl' | 'xlsx' | 'parquet';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl', 'xlsx', 'parquet'];

/** The workbook's file name in the output folder. */
export const XLSX_FILE = 'gongkai.xlsx';
export const README_FILE = 'README.md';
/** The first sheet of the workbook: what the README says. */
export const README_SHEET = 'README';

export interface ExportedTable {
  table: string;
  /** The file written (the workbook for xlsx). */
  file: string;
  rows: number;
}

export interface ExportResult {
  format: ExportFormat;
  dir: string;
  files: string[];
  tables: ExportedTable[];
  /** xlsx only: per sheet, cells written as numbers, decimals kept as text, cells cut at Excel's limit. */
  sheets?: SheetResult[];
}

const UTF8_BOM = '\uFEFF';

/** How to read the panel: 208 社会保障和就业支出 by region and year, as the project README has it. */
const PANEL_EXAMPLE = (format: ExportFormat): string[] =>
  format === 'parquet'
    ? [
        'The panel, for example 208 社会保障和就业支出 by region and year, in DuckDB (exact: amount_wan_decimal is a DECIMAL):',
        '',
        `    ${PANEL_208_DUCKDB}`,
        '',
      ]
    : [];

function amountsNote(format: ExportFormat): string[] {
  if (format === 'xlsx')
    return [
      'Amounts (columns of type decimal) are NUMBER cells with a number format (thousands separators, the places the value has, at most six), so they sum and sort: 1246.25 is the number 1246.25 shown as 1,246.25.',
      'A number cell holds an IEEE-754 double, as Excel does: a decimal of more than 15 significant digits (a recomputed share such as 71.6538834735673567542) is the nearest double. The exact decimal strings are in the store and in the csv and jsonl exports. Integers (ids, rows, years, counts) are numbers.',
      'A text longer than Excel’s 32767 characters per cell is cut, ending in “…”, and control characters XML cannot hold are written as U+FFFD; the csv and jsonl exports have the whole text.',
    ];
  if (format === 'parquet')
    return [
      'Amounts (columns of type decimal) are exact decimal strings (UTF-8), never floats; the panel’s amount_wan_decimal is the same amount as a DECIMAL(38,6), which DuckDB, pandas (pyarrow) and Spark sum exactly.',
      'Integers are INT64; columns of type json are JSON strings (logical type JSON); null is null. Files are Snappy-compressed.',
    ];
  return [
    `Amounts (columns of type decimal) are exact decimal strings, never floats: ${format === 'csv' ? 'in CSV every field is text' : 'in JSON Lines they are JSON strings ("1246.25")'}.`,
    format === 'csv'
      ? 'To keep them exact in a spreadsheet, import the columns as text (Excel opening the file directly turns them into floating-point numbers).'
      : 'Integers are JSON numbers; columns of type json are embedded as JSON, exactly as stored.',
  ];
}

/** The README of an export: the files, their columns with types, and how amounts are written. */
export function readmeLines(format: ExportFormat, tables: readonly ExportedTable[]): string[] {
  const out = [
    '# gongkai export',
    '',
    `Written ${new Date().toISOString()} as ${format}.`,
    '',
    ...amountsNote(format),
    '',
    format === 'csv'
      ? 'Files are UTF-8 with a byte-order mark (so Excel reads the Chinese text), comma-separated, quoted as RFC 4180 has it, CRLF line ends; the first line names the columns. Empty means null.'
      : format === 'jsonl'
        ? 'Files are UTF-8 JSON Lines: one JSON object per line, keyed by column name; null is null.'
        : format === 'parquet'
          ? 'One Parquet file per table; its key-value metadata names the table and the reference data (regions, 科目 names) it was coded with.'
          : `One workbook, ${XLSX_FILE}: a ${README_SHEET} sheet, then one sheet per table below; row 1 names the columns. An empty cell means null.`,
    '',
    ...PANEL_EXAMPLE(format),
  ];
  for (const t of EXPORT_TABLES) {
    const done = tables.find((x) => x.table === t.name);
    out.push(`## ${t.name}${done ? ` (${path.basename(done.file)}${format === 'xlsx' ? `, sheet ${t.name}` : ''}: ${done.rows} rows)` : ''}`, '', t.note, '');
    for (const c of t.columns) out.push(`- ${c.name} (${c.type}): ${c.note}`);
    out.push('');
  }
  return out;
}

function writeLines(file: string, head: string, lines: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let buf = head;
    for (const l of lines) {
      buf += l;
      if (buf.length > 1 << 16) {
        writeSync(fd, buf);
        buf = '';
      }
    }
    if (buf) writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
}

function* counted<T>(rows: Iterable<T>, count: { n: number }): Generator<T> {
  for (const r of rows) {
    count.n++;
    yield r;
  }
}

/**
 * Writes the store's documents, line items, narrative facts, findings and evidence to `dir`: one
 * file per table (csv, jsonl) or one workbook with a sheet per table (xlsx), and a README.md saying
 * what each column holds and how amounts are written. Reads one consistent snapshot of the store.
 */
export async function exportStore(db: Db, o: { format: ExportFormat; dir: string }): Promise<ExportResult> {
  mkdirSync(o.dir, { recursive: true });
  const tables: ExportedTable[] = [];
  const files: string[] = [];
  let sheets: SheetResult[] | undefined;
  // One read transaction: a batch writing meanwhile does not make the files disagree with each other.
  const endRead = beginRead(db);
  try {
    if (o.format === 'xlsx') {
      const readme = readmeLines(
        'xlsx',
        EXPORT_TABLES.map((t) => ({ table: t.name, file: XLSX_FILE, rows: storeCount(db, t) })),
      );
      const file = path.join(o.dir, XLSX_FILE);
      const written = await writeXlsx([
        { name: README_SHEET, columns: [{ name: 'gongkai export', type: 'text' }], rows: readme.map((l) => [l]) },
        ...EXPORT_TABLES.map((t: ExportTable) => ({ name: t.name, columns: t.columns, rows: tableRows(db, t) })),
      ]);
      writeFileSync(file, written.bytes);
      files.push(file);
      sheets = written.sheets;
      for (const [i, t] of EXPORT_TABLES.entries()) tables.push({ table: t.name, file, rows: written.sheets[i + 1]!.rows });
    } else if (o.format === 'parquet') {
      for (const t of EXPORT_TABLES) {
        const file = path.join(o.dir, `${t.name}.parquet`);
        tables.push({ table: t.name, file, rows: writeParquetTable(db, t, file) });
        files.push(file);
      }
    } else {
      for (const t of EXPORT_TABLES) {
        const file = path.join(o.dir, `${t.name}.${o.format}`);
        const count = { n: 0 };
        const rows = counted(tableRows(db, t), count);
        if (o.format === 'csv') {
          writeLines(
            file,
            UTF8_BOM + csvRecord(t.columns.map((c) => c.name)),
            (function* () {
              for (const r of rows) yield csvRecord(r);
            })(),
          );
        } else {
          writeLines(
            file,
            '',
            (function* () {
              for (const r of rows) yield jsonlRecord(t.columns, r);
            })(),
          );
        }
        files.push(file);
        tables.push({ table: t.name, file, rows: count.n });
      }
    }
  } finally {
    endRead();
  }
  const readme = path.join(o.dir, README_FILE);
  writeFileSync(readme, readmeLines(o.format, tables).join('\n'));
  files.push(readme);
  return { format: o.format, dir: o.dir, files, tables, ...(sheets ? { sheets } : {}) };
}

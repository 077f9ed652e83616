import { Decimal } from 'decimal.js';
import { fileWriter, ParquetWriter } from 'hyparquet-writer';
import type { ColumnSource, SchemaElement } from 'hyparquet-writer';
import { REGIONS_SOURCE } from '../normalise/region.js';
import { SUBJECT_SOURCE } from '../normalise/subject-names.js';
import type { Db } from '../store/db.js';
import { tableRows, type Column, type ExportTable, type Row } from './tables.js';

/**
 * Export tables as Parquet (hyparquet-writer): text and decimal text as UTF-8 strings, integers as
 * INT64, json columns as JSON strings, and a column marked `decimal-38-6` as a DECIMAL(38,6) written
 * from the exact decimal's unscaled integer, never through a float. Rows are read from the store and
 * written a row group at a time, so a table never has to fit in memory whole.
 */

/** Scale of a DECIMAL column: 6 decimals in 万元 hold 元 to the fen and beyond. */
export const DECIMAL_SCALE = 6;
const ONE = new Decimal(10).pow(DECIMAL_SCALE);
/** DECIMAL(38,·) as Parquet stores it: a 16-byte two's-complement integer. */
const DECIMAL_BYTES = 16;
const MAX_UNSCALED = 10n ** 38n - 1n;

/** Rows per row group: a few MB of the widest table (the panel) at a time. */
export const ROW_GROUP = 50_000;

/** The unscaled integer of a decimal text at DECIMAL_SCALE, or null when the text has more decimals or is out of range. */
export function unscaled(text: string | null): bigint | null {
  if (text === null) return null;
  const d = new Decimal(text);
  if (d.decimalPlaces() > DECIMAL_SCALE) return null;
  const n = BigInt(d.times(ONE).toFixed(0));
  return n > MAX_UNSCALED || -n > MAX_UNSCALED ? null : n;
}

function schemaOf(c: Column): SchemaElement {
  const base = { name: c.name, repetition_type: 'OPTIONAL' as const };
  if (c.parquet === 'decimal-38-6')
    return { ...base, type: 'FIXED_LEN_BYTE_ARRAY', type_length: DECIMAL_BYTES, converted_type: 'DECIMAL', scale: DECIMAL_SCALE, precision: 38 };
  if (c.type === 'integer') return { ...base, type: 'INT64', converted_type: 'INT_64' };
  return { ...base, type: 'BYTE_ARRAY', converted_type: c.type === 'json' ? 'JSON' : 'UTF8' };
}

function valueOf(c: Column, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (c.parquet === 'decimal-38-6') return unscaled(String(v));
  if (c.type === 'integer') return BigInt(v as number);
  return String(v);
}

function columnData(columns: readonly Column[], rows: readonly Row[]): ColumnSource[] {
  return columns.map((c, i) => ({ name: c.name, data: rows.map((r) => valueOf(c, r[i])) }));
}

/** Writes one export table to `file`; returns the rows written. Key-value metadata names the reference data the codes and names come from. */
export function writeParquetTable(db: Db, t: ExportTable, file: string): number {
  const writer = new ParquetWriter({
    writer: fileWriter(file),
    schema: [{ name: 'root', num_children: t.columns.length }, ...t.columns.map(schemaOf)],
    kvMetadata: [
      { key: 'gongkai.table', value: t.name },
      { key: 'gongkai.regions', value: REGIONS_SOURCE },
      { key: 'gongkai.subject_names', value: SUBJECT_SOURCE },
    ],
    createdBy: 'gongkai',
  });
  let n = 0;
  let chunk: Row[] = [];
  const flush = () => {
    if (!chunk.length) return;
    void writer.write({ columnData: columnData(t.columns, chunk), rowGroupSize: chunk.length });
    n += chunk.length;
    chunk = [];
  };
  for (const r of tableRows(db, t)) {
    chunk.push(r);
    if (chunk.length >= ROW_GROUP) flush();
  }
  flush();
  // A table with no rows is still a file with its schema.
  if (n === 0) void writer.write({ columnData: columnData(t.columns, []) });
  void writer.finish();
  return n;
}

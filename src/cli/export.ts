import path from 'node:path';
import { EXPORT_FORMATS, exportStore, type ExportFormat } from '../export/index.js';
import { openStore } from '../store/db.js';
import { defaultStore, existingStore } from './usage.js';

export interface ExportOptions {
  db: string;
  format: ExportFormat;
  /** The folder the files go to (created when missing). */
  out: string;
}

/**
 * `gongkai export`: the store's documents, line items, narrative facts, findings and evidence as
 * CSV or JSON Lines files (one per table) or one xlsx workbook, with a README.md; prints a line per
 * file with its row count.
 */
export async function exportCommand(o: ExportOptions): Promise<number> {
  existingStore(o.db);
  const db = openStore(o.db, { readonly: true });
  try {
    const r = await exportStore(db, { format: o.format, dir: o.out });
    for (const t of r.tables)
      process.stdout.write(`${t.table.padEnd(16)} ${String(t.rows).padStart(8)} rows  ${path.relative(process.cwd(), t.file) || t.file}\n`);
    if (r.sheets) {
      const s = r.sheets.reduce((a, x) => ({ numbers: a.numbers + x.numbers, inexact: a.inexact + x.inexact, cut: a.cut + x.truncated }), {
        numbers: 0,
        inexact: 0,
        cut: 0,
      });
      process.stdout.write(
        `xlsx: ${s.numbers} number cells${s.inexact ? ` (${s.inexact} amounts with more digits than a double holds: exact in csv and jsonl)` : ''}${s.cut ? `; ${s.cut} cells cut at Excel's 32767 characters` : ''}\n`,
      );
    }
    process.stdout.write(`README: ${path.relative(process.cwd(), path.join(o.out, 'README.md'))}\n`);
    return 0;
  } finally {
    db.close();
  }
}

/** Validates export's options; a string is a usage error. */
export function exportOptions(v: { db?: string | undefined; format?: string | undefined; out?: string | undefined }): ExportOptions | string {
  const format = v.format;
  if (format === undefined) return `give --format ${EXPORT_FORMATS.join('|')}`;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return `--format must be ${EXPORT_FORMATS.join(', ')}, not "${format}"`;
  if (!v.out) return 'give --out DIR: the folder to write the files to';
  return { db: v.db ?? defaultStore(), format: format as ExportFormat, out: v.out };
}

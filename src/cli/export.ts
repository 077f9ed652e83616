import { EXPORT_FORMATS, exportStore, type ExportFormat } from '../export/index.js';
import { exportText } from '../report/text/outputs.js';
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
    process.stdout.write(exportText(await exportStore(db, { format: o.format, dir: o.out }), o.out));
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

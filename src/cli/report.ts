import { writeReport } from '../report/html/index.js';
import { reportLine } from '../report/text/outputs.js';
import { openStore } from '../store/db.js';
import { defaultStore, existingStore } from './usage.js';

export interface ReportOptions {
  db: string;
  /** The HTML file to write. */
  out: string;
}

/**
 * `gongkai report`: one self-contained HTML page of the store — a summary across documents, then
 * per document its tables with the cells that are evidence of findings highlighted, and each finding
 * with its numbers and evidence.
 */
export function reportCommand(o: ReportOptions): number {
  existingStore(o.db);
  const db = openStore(o.db, { readonly: true });
  try {
    process.stdout.write(`${reportLine(writeReport(db, o.out))}\n`);
    return 0;
  } finally {
    db.close();
  }
}

/** Validates report's options; a string is a usage error. */
export function reportOptions(v: { db?: string | undefined; out?: string | undefined }): ReportOptions | string {
  if (!v.out) return 'give --out FILE.html: the page to write';
  if (!/\.html?$/i.test(v.out)) return `--out must name an .html file, not "${v.out}"`;
  return { db: v.db ?? defaultStore(), out: v.out };
}

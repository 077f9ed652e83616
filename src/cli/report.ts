import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readReportData, renderReport, resolveEvidence } from '../report/html/index.js';
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
    const data = readReportData(db);
    const html = renderReport(data, { reportDir: path.dirname(path.resolve(o.out)) });
    mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
    writeFileSync(o.out, html);
    const findings = data.documents.reduce((a, d) => a + d.findings.length, 0);
    const flagged = data.documents.reduce((a, d) => a + resolveEvidence(d).flags.size, 0);
    const tables = data.documents.reduce((a, d) => a + d.tables.length, 0);
    const unread = data.documents.filter((d) => d.reading !== 'read');
    process.stdout.write(
      `${o.out}: ${data.documents.length} documents${unread.length ? ` (${unread.filter((d) => d.reading === 'unreadable').length} unreadable, ${unread.filter((d) => d.reading === 'partial').length} read in part)` : ''}${data.olderVersions ? `, ${data.olderVersions} older version${data.olderVersions === 1 ? '' : 's'} not shown` : ''}, ${tables} tables, ${findings} findings, ${flagged} highlighted cells (${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB)\n`,
    );
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

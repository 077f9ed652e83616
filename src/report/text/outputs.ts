import path from 'node:path';
import type { ExportResult } from '../../export/index.js';
import type { ResolvedSources } from '../../pipeline/resolve.js';
import type { WrittenReport } from '../html/index.js';

/** What an export wrote: a line per file with its row count, the xlsx number cells, the README; each line ends in a newline. */
export function exportText(r: ExportResult, dir: string): string {
  const lines = r.tables.map((t) => `${t.table.padEnd(16)} ${String(t.rows).padStart(8)} rows  ${path.relative(process.cwd(), t.file) || t.file}`);
  if (r.sheets) {
    const s = r.sheets.reduce((a, x) => ({ numbers: a.numbers + x.numbers, inexact: a.inexact + x.inexact, cut: a.cut + x.truncated }), {
      numbers: 0,
      inexact: 0,
      cut: 0,
    });
    lines.push(
      `xlsx: ${s.numbers} number cells${s.inexact ? ` (${s.inexact} amounts with more digits than a double holds: exact in csv and jsonl)` : ''}${s.cut ? `; ${s.cut} cells cut at Excel's 32767 characters` : ''}`,
    );
  }
  lines.push(`README: ${path.relative(process.cwd(), path.join(dir, 'README.md'))}`);
  return lines.map((l) => `${l}\n`).join('');
}

/** The line that names a written report: its documents (those not read in full), tables, findings, highlighted cells and size. */
export const reportLine = (w: WrittenReport): string =>
  `${w.file}: ${w.documents} documents${w.unreadable + w.partial ? ` (${w.unreadable} unreadable, ${w.partial} read in part)` : ''}${w.olderVersions ? `, ${w.olderVersions} older version${w.olderVersions === 1 ? '' : 's'} not shown` : ''}, ${w.tables} tables, ${w.findings} findings, ${w.highlighted} highlighted cells (${(w.bytes / 1024).toFixed(0)} KiB)`;

/** One line on the URLs: how many were fetched, reused, failed and why (`3 URLs: 1 fetched, 2 failed (http-status 404 ×2)`). */
export function urlsLine(r: ResolvedSources): string | null {
  if (!r.urls.length) return null;
  const n = (k: string) => r.urls.filter((u) => u.kind === k).length;
  const why = new Map<string, number>();
  for (const u of r.urls)
    if (u.kind === 'failed') why.set(`${u.reason}${u.status ? ` ${u.status}` : ''}`, (why.get(`${u.reason}${u.status ? ` ${u.status}` : ''}`) ?? 0) + 1);
  const failed = n('failed');
  return `sources: ${r.urls.length} URL${r.urls.length === 1 ? '' : 's'}: ${n('fetched')} fetched, ${n('not-modified')} not modified, ${failed} failed${failed ? ` (${[...why].map(([k, v]) => `${k}${v > 1 ? ` ×${v}` : ''}`).join(', ')})` : ''}`;
}

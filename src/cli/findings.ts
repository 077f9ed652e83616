import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Severity } from '../model/index.js';
import { displayWidth, padEnd, truncate } from '../report/text-width.js';
import { DEFAULT_DB, openStore } from '../store/db.js';
import { readFindings, type FindingView } from '../store/read.js';

export type FindingsFormat = 'table' | 'json' | 'csv';

export interface FindingsOptions {
  db: string;
  severity: Severity | null;
  rules: string[];
  format: FindingsFormat;
}

const CSV_COLUMNS = ['severity', 'rule', 'department', 'year', 'source', 'message_zh', 'message_en', 'diagnostic', 'left_label', 'left_value', 'right_label', 'right_value', 'difference', 'tolerance', 'evidence_count', 'evidence', 'sha256'] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
const csvField = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function findingsCsv(rows: readonly FindingView[]): string {
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function findingsTable(rows: readonly FindingView[]): string {
  if (!rows.length) return 'no findings\n';
  const cols = [
    { head: 'severity', get: (r: FindingView) => r.severity, max: 8 },
    { head: 'rule', get: (r: FindingView) => r.rule, max: 28 },
    { head: 'document', get: (r: FindingView) => [r.department ?? path.basename(r.source), r.year].filter((x) => x !== null).join(' '), max: 36 },
    { head: 'difference', get: (r: FindingView) => r.difference, max: 14 },
    { head: 'message', get: (r: FindingView) => r.message_zh, max: 80 },
  ];
  const cells = rows.map((r) => cols.map((c) => truncate(c.get(r), c.max)));
  const widths = cols.map((c, i) => Math.max(c.head.length, ...cells.map((row) => displayWidth(row[i]!))));
  const line = (vals: string[]): string => vals.map((v, i) => padEnd(v, widths[i]!)).join('  ').trimEnd();
  const out = [line(cols.map((c) => c.head)), ...cells.map(line)];
  for (const [i, r] of rows.entries()) if (r.evidence) out.push(`  #${i + 1} ${r.source}: ${truncate(r.evidence, 160)}`);
  return out.join('\n') + `\n\n${rows.length} findings\n`;
}

/** `gongkai findings`: the store's findings as an aligned table, JSON or CSV. */
export function findingsCommand(o: FindingsOptions): number {
  if (!existsSync(o.db)) {
    process.stderr.write(`gongkai findings: no store at ${o.db} (run gongkai ingest first)\n`);
    return 2;
  }
  // `gongkai findings | head`: a reader that stops early is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const db = openStore(o.db, { readonly: true });
  try {
    const rows = readFindings(db, { ...(o.severity ? { severity: o.severity } : {}), rules: o.rules });
    if (o.format === 'json') process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    else if (o.format === 'csv') process.stdout.write(findingsCsv(rows));
    else process.stdout.write(findingsTable(rows));
    return 0;
  } finally {
    db.close();
  }
}

/** Validates findings' options; a string is a usage error. */
export function findingsOptions(v: { db?: string | undefined; severity?: string | undefined; rule?: string[] | undefined; format?: string | undefined }): FindingsOptions | string {
  const severity = v.severity ?? null;
  if (severity !== null && severity !== 'error' && severity !== 'warning' && severity !== 'info') return `--severity must be error, warning or info, not "${severity}"`;
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'csv') return `--format must be table, json or csv, not "${format}"`;
  return { db: v.db ?? DEFAULT_DB, severity, rules: (v.rule ?? []).flatMap((r) => r.split(',')).filter(Boolean), format };
}

import type { Severity } from '../model/index.js';
import { findingsCsv, findingsJson, findingsTable, findingsTotalsLine } from '../report/text/findings.js';
import { CATALOGUE } from '../rules/_lib/catalogue.js';
import { openStore } from '../store/db.js';
import { readFindings, readingTotals, unreadDocuments } from '../store/read.js';
import { defaultStore, didYouMean, existingStore } from './usage.js';

export type FindingsFormat = 'table' | 'json' | 'csv';

export interface FindingsOptions {
  db: string;
  severity: Severity | null;
  rules: string[];
  format: FindingsFormat;
}

/** `gongkai findings`: the store's findings in current documents, after the documents read in part or not at all, as a table, JSON or CSV. */
export function findingsCommand(o: FindingsOptions): number {
  existingStore(o.db);
  // `gongkai findings | head`: a reader that stops early is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const db = openStore(o.db, { readonly: true });
  try {
    const rows = readFindings(db, { ...(o.severity ? { severity: o.severity } : {}), rules: o.rules });
    const unread = unreadDocuments(db);
    const totals = readingTotals(db);
    if (o.format === 'json') process.stdout.write(findingsJson(rows, unread, totals));
    else if (o.format === 'csv') process.stdout.write(findingsCsv(rows, unread));
    else process.stdout.write(findingsTable(rows, unread) + findingsTotalsLine(totals));
    return 0;
  } finally {
    db.close();
  }
}

/** Validates findings' options; a string is a usage error. A rule id must be one of the catalogue's. */
export function findingsOptions(v: {
  db?: string | undefined;
  severity?: string | undefined;
  rule?: string[] | undefined;
  format?: string | undefined;
}): FindingsOptions | string {
  const severity = v.severity ?? null;
  if (severity !== null && severity !== 'error' && severity !== 'warning' && severity !== 'info')
    return `--severity must be error, warning or info, not "${severity}"`;
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'csv') return `--format must be table, json or csv, not "${format}"`;
  const rules = (v.rule ?? [])
    .flatMap((r) => r.split(','))
    .map((r) => r.trim())
    .filter(Boolean);
  const ids = CATALOGUE.map((c) => c.id);
  const unknown = rules.find((r) => !ids.includes(r));
  if (unknown !== undefined) return `--rule: no rule "${unknown}"${didYouMean(unknown, ids)}; gongkai rules lists them`;
  return { db: v.db ?? defaultStore(), severity, rules, format };
}

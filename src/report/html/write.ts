import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../store/db.js';
import { readReportData } from './data.js';
import { renderReport, resolveEvidence } from './render.js';

/** What a written report holds, for the line that names it. */
export interface WrittenReport {
  /** The HTML file written. */
  file: string;
  documents: number;
  unreadable: number;
  /** Documents read in part. */
  partial: number;
  /** Older versions of documents, not shown. */
  olderVersions: number;
  tables: number;
  findings: number;
  /** Cells highlighted as evidence of findings. */
  highlighted: number;
  bytes: number;
}

/**
 * Writes one self-contained HTML page of the store's current documents to `file` (its folder made
 * when missing): a summary across documents, then per document its tables with the cells that are
 * evidence of findings highlighted, and each finding with its numbers and evidence.
 */
export function writeReport(db: Db, file: string): WrittenReport {
  const data = readReportData(db);
  const html = renderReport(data, { reportDir: path.dirname(path.resolve(file)) });
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, html);
  return {
    file,
    documents: data.documents.length,
    unreadable: data.documents.filter((d) => d.reading === 'unreadable').length,
    partial: data.documents.filter((d) => d.reading === 'partial').length,
    olderVersions: data.olderVersions,
    tables: data.documents.reduce((a, d) => a + d.tables.length, 0),
    findings: data.documents.reduce((a, d) => a + d.findings.length, 0),
    highlighted: data.documents.reduce((a, d) => a + resolveEvidence(d).flags.size, 0),
    bytes: Buffer.byteLength(html),
  };
}

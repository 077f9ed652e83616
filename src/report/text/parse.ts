import type { DocumentClassification } from '../../classify/classify-document.js';
import type { DocModel } from '../../model/index.js';
import { READING_WORDS, readingOf, readingShort, type Reading } from '../../pipeline/status.js';
import { truncate } from '../text-width.js';

/**
 * One parsed document for `gongkai parse`: its source, how well it was read, format, pages, blocks by
 * role, each table with its size and kind (from `classification`, the document's, as the pipeline
 * classified it), its diagnostics.
 */
export function parseSummaryLines(doc: DocModel, classification: Pick<DocumentClassification, 'tables'>): string[] {
  const reading = readingOf(doc);
  const pages = doc.pages.length ? `${doc.pages.length} pages` : doc.declaredPages !== null ? `${doc.declaredPages} pages (declared)` : 'no fixed pages';
  const roles = new Map<string, number>();
  for (const b of doc.blocks) roles.set(b.role, (roles.get(b.role) ?? 0) + 1);
  const roleText = [...roles].map(([r, n]) => `${n} ${r}`).join(', ');
  const lines = [
    `${doc.source}`,
    `  ${readingShort(reading)}`,
    `  ${doc.format}${doc.encoding ? ` (${doc.encoding})` : ''} · ${pages} · ${doc.blocks.length} blocks${roleText ? ` (${roleText})` : ''} · ${doc.tables.length} tables`,
  ];
  const kinds = classification.tables;
  for (const [i, t] of doc.tables.entries()) {
    const title = t.title ? truncate(t.title, 40) : '(untitled)';
    const nested = t.parent ? ` nested in ${t.parent.table}` : '';
    const kind = kinds[i]!;
    lines.push(`    ${t.id} ${t.nRows}×${t.nCols} head ${t.headerRows} ${kind.kind} ${title}${t.unitNote ? ` [${t.unitNote}]` : ''}${nested}`);
  }
  for (const d of doc.diagnostics) lines.push(`    ! ${d.severity} ${d.code}: ${d.message}`);
  return lines;
}

/** The totals after the documents: how many, by how well they were read. */
export const parseTotalsLine = (documents: number, counts: Record<Reading, number>): string =>
  `${documents} documents: ${(['read', 'partial', 'unreadable'] as const).map((r) => `${counts[r]} ${READING_WORDS[r].en}`).join(', ')}`;

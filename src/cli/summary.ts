import { relative } from 'node:path';
import { classifyDocument } from '../classify/classify-document.js';
import type { DocModel } from '../model/index.js';
import { collectFiles } from '../sources/collect.js';
import { parseInNet } from '../pipeline/process.js';
import { READING_WORDS, readingOf, readingShort, reasonCodes, type Reading } from '../pipeline/status.js';
import { readSource } from '../sources/file.js';
import { truncate } from '../report/text-width.js';

function summaryLines(doc: DocModel): string[] {
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
  const kinds = classifyDocument(doc).tables;
  for (const [i, t] of doc.tables.entries()) {
    const title = t.title ? truncate(t.title, 40) : '(untitled)';
    const nested = t.parent ? ` nested in ${t.parent.table}` : '';
    const kind = kinds[i]!;
    lines.push(`    ${t.id} ${t.nRows}×${t.nCols} head ${t.headerRows} ${kind.kind} ${title}${t.unitNote ? ` [${t.unitNote}]` : ''}${nested}`);
  }
  for (const d of doc.diagnostics) lines.push(`    ! ${d.severity} ${d.code}: ${d.message}`);
  return lines;
}

/** Parses every file under the given paths and prints one summary per document, then totals; exit 3 when one could not be read. */
export async function summaryCommand(paths: string[], json: boolean): Promise<number> {
  const { files, diagnostics } = await collectFiles(paths);
  for (const d of diagnostics) process.stderr.write(`gongkai: ${d}\n`);
  const counts: Record<Reading, number> = { read: 0, partial: 0, unreadable: 0 };
  const docs: DocModel[] = [];
  for (const file of files) {
    const doc = await parseInNet(await readSource(relative(process.cwd(), file) || file));
    counts[readingOf(doc).reading]++;
    if (json) docs.push(doc);
    else process.stdout.write(summaryLines(doc).join('\n') + '\n');
  }
  if (json)
    process.stdout.write(
      JSON.stringify(
        docs.map((d) => {
          const r = readingOf(d);
          return { reading: r.reading, reasons: reasonCodes(r), ...d };
        }),
        null,
        2,
      ) + '\n',
    );
  else
    process.stdout.write(
      `\n${files.length} documents: ${(['read', 'partial', 'unreadable'] as const).map((r) => `${counts[r]} ${READING_WORDS[r].en}`).join(', ')}\n`,
    );
  return counts.unreadable > 0 ? 3 : 0;
}

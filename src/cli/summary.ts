import { relative } from 'node:path';
import type { DocModel } from '../model/index.js';
import { classifiedInNet, parseInNet } from '../pipeline/process.js';
import { readingOf, reasonCodes, type Reading } from '../pipeline/status.js';
import { parseSummaryLines, parseTotalsLine } from '../report/text/parse.js';
import { collectFiles } from '../sources/collect.js';
import { readSource } from '../sources/file.js';

/** Parses every file under the given paths and prints one summary per document, then totals; exit 3 when one could not be read. */
export async function summaryCommand(paths: string[], json: boolean): Promise<number> {
  const { files, diagnostics } = await collectFiles(paths);
  for (const d of diagnostics) process.stderr.write(`gongkai: ${d}\n`);
  const counts: Record<Reading, number> = { read: 0, partial: 0, unreadable: 0 };
  const docs: DocModel[] = [];
  for (const file of files) {
    const src = await readSource(relative(process.cwd(), file) || file);
    if (json) {
      const doc = await parseInNet(src);
      counts[readingOf(doc).reading]++;
      docs.push(doc);
    } else {
      const { doc, classification } = await classifiedInNet(src);
      counts[readingOf(doc).reading]++;
      process.stdout.write(parseSummaryLines(doc, classification).join('\n') + '\n');
    }
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
  else process.stdout.write(`\n${parseTotalsLine(files.length, counts)}\n`);
  return counts.unreadable > 0 ? 3 : 0;
}

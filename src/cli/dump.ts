import { parseInNet } from '../pipeline/process.js';
import { readingOf, readingLine } from '../pipeline/status.js';
import { dumpText } from '../report/dump-text.js';
import { readSource } from '../sources/file.js';

/** `gongkai dump FILE [--json]`: prints the document model as the parser saw it, after how well it was read; exit 3 when nothing could be. */
export async function dumpCommand(file: string, json: boolean): Promise<number> {
  const doc = await parseInNet(await readSource(file));
  const reading = readingOf(doc);
  process.stdout.write(json ? JSON.stringify({ reading: reading.reading, ...doc }, null, 2) + '\n' : `reading: ${readingLine(reading)}\n${dumpText(doc)}`);
  return reading.reading === 'unreadable' ? 3 : 0;
}

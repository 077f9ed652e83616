import { parseDocument } from '../parse/index.js';
import { dumpText } from '../report/dump-text.js';
import { readSource } from '../sources/file.js';

/** `gongkai dump FILE [--json]`: prints the document model as the parser saw it. */
export async function dumpCommand(file: string, json: boolean): Promise<number> {
  const doc = await parseDocument(await readSource(file));
  process.stdout.write(json ? JSON.stringify(doc, null, 2) + '\n' : dumpText(doc));
  return 0;
}

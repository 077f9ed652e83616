import type { Severity } from '../model/index.js';
import { processDocument } from '../pipeline/process.js';
import { checkJson, checkText } from '../report/text/check.js';
import { readSource } from '../sources/file.js';
import { severitiesFrom } from '../store/read.js';

/**
 * `gongkai check FILE`: parse, extract and check one document. Exit 3 when it could not be read (it
 * was not checked), 1 when `failOn` names a severity that was found, else 0.
 */
export async function checkCommand(file: string, o: { json: boolean; failOn: Severity | null }): Promise<number> {
  const p = await processDocument(await readSource(file));
  process.stdout.write(o.json ? JSON.stringify(checkJson(file, p), null, 2) + '\n' : checkText(file, p.reading, p.check));
  if (p.reading.reading === 'unreadable') return 3;
  if (o.failOn && p.check && severitiesFrom(o.failOn).some((s) => p.check!.findings.some((f) => f.severity === s))) return 1;
  return 0;
}

/**
 * Checks every truth file of fixtures/truth against its schema and the table kinds:
 * `npx tsx test/accuracy/validate-truth.ts [FILE…]`. Prints one line per file; exits 1 on a bad one.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isTableKind } from '../../src/classify/table-kinds.js';
import { readTruth } from './truth.js';

const DIR = 'fixtures/truth';
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(DIR)
        .filter((f) => f.endsWith('.json'))
        .map((f) => path.join(DIR, f));
let bad = 0;
for (const f of files) {
  try {
    const t = readTruth(f);
    const problems: string[] = [];
    if (!existsSync(path.join('fixtures/real', t.file))) problems.push(`no such document fixtures/real/${t.file}`);
    for (const tb of t.tables) if (tb.kind !== 'unknown' && !isTableKind(tb.kind)) problems.push(`${tb.id}: kind ${tb.kind} is not a table kind`);
    if (problems.length) throw new Error(problems.join('; '));
    console.log(`ok   ${f}: ${t.tables.length} tables, ${t.values.length} values, ${t.findings.length} findings, ${t.statements.length} statements`);
  } catch (e) {
    bad++;
    console.log(`BAD  ${f}: ${(e as Error).message.slice(0, 2000)}`);
  }
}
process.exit(bad ? 1 : 0);

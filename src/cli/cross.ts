import { runCrossChecks } from '../pipeline/cross.js';
import { readCrossFindings } from '../store/cross.js';
import { openStore } from '../store/db.js';

/**
 * `gongkai check --cross [--db FILE] [--json]`: the checks that take two documents of one body (a
 * 决算 and its year's 预算; this year's and last year's) over every pair in the store; prints each
 * rule's pairs and the findings with the evidence from both documents (#id is the document id).
 */
export function crossCommand(o: { db: string; json: boolean }): number {
  const db = openStore(o.db);
  try {
    const { summary, results } = runCrossChecks(db);
    const findings = readCrossFindings(db);
    if (o.json) {
      process.stdout.write(JSON.stringify({ summary, findings }, null, 2) + '\n');
      return 0;
    }
    const out = [`${summary.pairs} pair checks, ${summary.compared} with figures to compare, ${summary.findings} findings`, ''];
    for (const r of results)
      out.push(
        `  ${r.rule.padEnd(18)} ${r.result.outcome.padEnd(15)} checked ${String(r.result.checked).padStart(3)}  #${r.pair.subject.id} ${r.pair.subject.label} → #${r.pair.reference.id} ${r.pair.reference.label}`,
      );
    for (const f of findings)
      out.push('', `  [${f.rule}] ${f.severity}: ${f.message_zh}`, `      ${f.message_en}`, ...(f.evidence ?? '').split('; ').map((e) => `      ↳ ${e}`));
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  } finally {
    db.close();
  }
}

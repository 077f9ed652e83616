import { runCrossChecks } from '../pipeline/cross.js';
import { readCrossFindings } from '../store/cross.js';
import { openStore } from '../store/db.js';
import { crossText } from '../report/text/cross.js';

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
    process.stdout.write(crossText(summary, results, findings));
    return 0;
  } finally {
    db.close();
  }
}

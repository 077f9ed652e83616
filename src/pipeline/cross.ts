import { crossCheck, type CrossResult } from '../rules/cross-engine.js';
import { pairDocuments, writeCrossResults } from '../store/cross.js';
import type { Db } from '../store/db.js';

export interface CrossSummary {
  /** Rule × pair checks run, and how many of them had something to compare. */
  pairs: number;
  compared: number;
  findings: number;
}

/**
 * The cross-document pass: every body's 预算 and 决算 in the store, paired as the AC rules pair them,
 * checked and stored (each pair's results replacing the last). `only`: the pairs that involve these
 * documents (those a batch just stored); all pairs otherwise (`gongkai check --cross`).
 */
export function runCrossChecks(db: Db, o: { only?: ReadonlySet<number> } = {}): { summary: CrossSummary; results: CrossResult[] } {
  const results: CrossResult[] = [];
  for (const docs of pairDocuments(db).values()) results.push(...crossCheck(docs, o.only ? { only: o.only } : {}));
  writeCrossResults(db, results);
  return {
    summary: {
      pairs: results.length,
      compared: results.filter((r) => r.result.checked > 0).length,
      findings: results.reduce((n, r) => n + r.result.findings.length, 0),
    },
    results,
  };
}

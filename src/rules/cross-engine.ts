import type { DocumentPair, PairDocument, PairRule } from './_lib/cross.js';
import type { RuleResult } from './_lib/types.js';
import { CROSS_RULES } from './_registry/cross.js';

/** One cross-document rule on one pair. */
export interface CrossResult {
  rule: string;
  pair: DocumentPair;
  result: RuleResult;
}

/** A 部门 disclosure and a 单位 one cover different money: they are paired only when their levels agree (or one is not known). */
const sameScope = (a: PairDocument, b: PairDocument): boolean => a.level === null || b.level === null || a.level === b.level;

/**
 * Runs every cross-document rule on every pair of one body's documents that the rule pairs (a 决算
 * with the 预算 of its year; a document with last year's): the subject's statement against the
 * reference's figure. `only`: pairs with at least one of these documents (those just stored).
 */
export function crossCheck(documents: readonly PairDocument[], o: { only?: ReadonlySet<number>; rules?: readonly PairRule[] } = {}): CrossResult[] {
  const out: CrossResult[] = [];
  for (const rule of o.rules ?? CROSS_RULES) {
    for (const subject of documents) {
      if (!rule.pairs.subject.includes(subject.kind)) continue;
      for (const reference of documents) {
        if (
          reference === subject ||
          !rule.pairs.reference.includes(reference.kind) ||
          reference.year !== subject.year + rule.pairs.yearOffset ||
          !sameScope(subject, reference)
        )
          continue;
        if (o.only && !o.only.has(subject.id) && !o.only.has(reference.id)) continue;
        const pair = { subject, reference };
        out.push({ rule: rule.meta.id, pair, result: rule.check(pair) });
      }
    }
  }
  return out;
}

import { metricOf } from './metrics.js';
import type { FactOf, Labelled } from './schema.js';
import type { Sentence } from './sentences.js';
import type { Token } from './tokens.js';

/** What every fact carries about where it was stated (spec §0.2 N.*: where, year). */
export type Common = Pick<FactOf<'amount'>, 'ref' | 'docPart' | 'chapter' | 'section' | 'topic' | 'year' | 'outline' | 'binding'>;
export type CommonOf = (r: Reading) => Common;

/** A sentence with its tokens and what each token was read as. */
export interface Reading {
  s: Sentence;
  toks: Token[];
  /** Per token: the labelled value (amounts, headcounts, counts) or null. */
  lab: (Labelled | null)[];
  /** Per token: its role in the sentence. */
  role: Role[];
  /** The year the sentence speaks of. */
  year: number | null;
}

export type Role = 'amount' | 'delta' | 'prior' | 'yoy-pct' | 'share' | 'rate' | 'claim' | 'headcount' | 'count' | 'other';

const NOT_SUBJECTS = new Set(['上年结转', '调整追加', '执行数', '结转结余', '执行率']);

/** The metric a clause is about, read back from the words before `at` (001 "在职人员控制率，指标值=100%，完成率100%"). */
export function subjectBefore(r: Reading, at: number, paren = 0): string | null {
  const t = r.s.text;
  const clauseStart = Math.max(t.lastIndexOf('；', at - 1), t.lastIndexOf(';', at - 1), 0);
  for (let i = r.toks.length - 1; i >= 0; i--) {
    const tk = r.toks[i]!;
    if (tk.start >= at || tk.start < clauseStart || tk.paren !== paren) continue;
    const m = metricOf(tk.label);
    // A budget line's parts (上年结转 0万元，全年预算数 …) are not what the clause is about.
    if (m && !NOT_SUBJECTS.has(m)) return m;
  }
  if (paren) return null;
  // The clause's first part names its subject, or else the part the change is printed in ("与上年对比，“三公”经费预算较上年总体降低").
  const parts = t.slice(clauseStart, at).split(/[，,]/);
  return (
    metricOf(parts[0] ?? '') ?? (parts.length > 1 && /(?:比|较)(?:上年|\d{4}\s*年)/.test(parts.at(-1)!) ? metricOf(parts.at(-1)!.split(/比|较/)[0]!) : null)
  );
}

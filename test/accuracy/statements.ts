/**
 * Scores gongkai's narrative facts against a truth file's `statements` (test/accuracy/truth.ts): for
 * each figure a reader marked in a 情况说明/编制说明, the fact gongkai drew from the same sentence with
 * the same value; whether it stands at the same outline node; whether its role is the reader's (a
 * section's total is not a list item's own amount, an item is not a section's total, a breakdown's
 * part is neither); and, for a share whose subject names its base ("X 占本年支出合计"), whether the base
 * gongkai bound is that one. Pure: the caller hands over the records.
 */
import { Decimal } from 'decimal.js';
import type { NarrativeFact } from '../../src/extract/narrative/schema.js';
import type { Truth, TruthStatement } from './truth.js';

export interface StatementScore {
  statement: TruthStatement;
  /** The fact matched (its kind and where), or null when no fact of that sentence carries the value. */
  fact: { kind: string; block: string; path: string[]; role: string | null } | null;
  outlineRight: boolean;
  roleRight: boolean;
  /** For a share whose subject names its base: right, wrong (another base bound), or unbound (no base); null otherwise. */
  base: 'right' | 'wrong' | 'unbound' | null;
}

export interface StatementsScore {
  total: number;
  matched: number;
  outlineRight: number;
  roleRight: number;
  bases: { right: number; wrong: number; unbound: number };
  rows: StatementScore[];
}

const compact = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');
const marker = (m: string): string => compact(m).replace(/[、.．]$/, '');

/** A printed figure as a Decimal: "12,345.67" → 12345.67, "3.5" → 3.5. */
function valueOf(s: string): Decimal | null {
  const t = compact(s).replace(/[,，]/g, '').replace(/%$/, '');
  return /^-?\d+(?:\.\d+)?$/.test(t) ? new Decimal(t) : null;
}

/** Every value a fact states, with the role it gives that value in the truth's vocabulary. */
function valuesOf(f: NarrativeFact): { value: Decimal; role: string; printed: string }[] {
  const v = (x: { value: Decimal; printed: string }, role: string) => ({ value: x.value, role, printed: x.printed });
  switch (f.kind) {
    case 'amount':
      return [v(f.figure, f.role)];
    case 'share':
      return [v(f.pct, 'share')];
    case 'yoy':
      return [v(f.delta, 'change'), ...(f.pct ? [v(f.pct, 'change')] : [])];
    case 'rate':
      return [v(f.pct, 'rate')];
    case 'count':
    case 'headcount':
      return [v(f.figure, f.role === 'part' ? 'part' : 'count')];
    case 'score':
      return [v(f.score, f.role === 'part' ? 'part' : f.role === 'item' ? 'item' : 'total')];
    case 'claim':
      return [v(f.value, 'rate')];
    default:
      return [];
  }
}

/** The base a share's subject names ("一般公共预算财政拨款收入 占本年收入合计" → 本年收入合计), and a value printed with it. */
function namedBase(subject: string): { words: string; value: Decimal | null } | null {
  const m = /占(.+)$/.exec(compact(subject));
  if (!m) return null;
  const value = /[(（][^)）]*?(\d[\d,]*(?:\.\d+)?)[)）]/.exec(m[1]!);
  const words = m[1]!
    .replace(/[(（].*?[)）]/g, '')
    .replace(/^(?:本单位|本部门|部门)/, '')
    .replace(/(?:总额|的比例|比例|的比重)$/, '');
  return { words, value: value ? valueOf(value[1]!) : null };
}

/** Whether the role gongkai gave the value is the reader's. */
function roleAgrees(truth: TruthStatement['role'], got: string): boolean {
  if (truth === 'other') return true;
  if (truth === 'count') return got === 'count';
  // A count that is a list's own or a section's total is a count to a reader.
  if ((truth === 'total' || truth === 'item') && got === 'count') return true;
  return truth === got;
}

export function scoreStatements(truth: Truth, facts: readonly NarrativeFact[]): StatementsScore {
  const rows: StatementScore[] = truth.statements.map((st) => {
    const quote = compact(st.quote);
    const want = valueOf(st.value);
    // The sentence: the fact's quote holds the truth's, or the truth's quote (which may run over a sentence end) holds the fact's number as printed.
    const here = facts.filter((f) => {
      const q = compact(f.ref.quote);
      return q.includes(quote) || quote.split(/[。；;]/).some((piece) => (piece.length >= 8 || piece.includes(compact(st.value))) && q.includes(piece));
    });
    const atNode = (path: readonly string[]) => path.length === st.outline.length && path.every((m, i) => marker(m) === marker(st.outline[i]!));
    // A sentence printed twice (北京卫健委 二 and 三 share "比2025年年初预算数…减少7,753.64万元，下降0.82%"): the reader's node
    // first, then the reader's role (a yoy's % over an amount of the same digits).
    const rank = (f: NarrativeFact, role: string) => (atNode(f.outline.path) ? 2 : 0) + (roleAgrees(st.role, role) ? 1 : 0);
    let best: { f: NarrativeFact; role: string } | null = null;
    for (const f of here) {
      const hit = valuesOf(f).find((x) => want && x.value.eq(want) && (st.unit !== '%' || x.role === 'share' || x.role === 'change' || x.role === 'rate'));
      if (!hit) continue;
      if (!best || rank(f, hit.role) > rank(best.f, best.role)) best = { f, role: hit.role };
    }
    if (!best) return { statement: st, fact: null, outlineRight: false, roleRight: false, base: null };
    const path = best.f.outline.path;
    const outlineRight = atNode(path);
    let base: StatementScore['base'] = null;
    if (st.role === 'share' && best.f.kind === 'share') {
      const named = namedBase(st.subject);
      if (named) {
        const b = best.f.base;
        if (!b) base = 'unbound';
        else if (named.value) base = b.figure.value.eq(named.value) ? 'right' : 'wrong';
        else base = compact(b.label).includes(named.words) || (b.metric !== null && compact(named.words).includes(b.metric)) ? 'right' : 'wrong';
      }
    }
    return {
      statement: st,
      fact: { kind: best.f.kind, block: best.f.ref.block, path, role: best.role },
      outlineRight,
      roleRight: roleAgrees(st.role, best.role),
      base,
    };
  });
  const matched = rows.filter((r) => r.fact);
  return {
    total: rows.length,
    matched: matched.length,
    outlineRight: matched.filter((r) => r.outlineRight).length,
    roleRight: matched.filter((r) => r.roleRight).length,
    bases: {
      right: rows.filter((r) => r.base === 'right').length,
      wrong: rows.filter((r) => r.base === 'wrong').length,
      unbound: rows.filter((r) => r.base === 'unbound').length,
    },
    rows,
  };
}

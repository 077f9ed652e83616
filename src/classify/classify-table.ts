import type { Table } from '../model/index.js';
import { TABLE_KINDS, type TableKindSpec } from './table-kinds.js';
import { tableSignals, titleKey, type TableSignals } from './table-signals.js';

export { titleKey };

/** A table's kind, with the evidence: its score, and the runner-up and its score. */
export interface TableClassification {
  table: string;
  /** A kind id from TABLE_KINDS, or `unknown`. */
  kind: string;
  /** 0–1. */
  score: number;
  runnerUp: string | null;
  runnerUpScore: number;
  /** What the title compared as, after the year, 部门/单位 prefix and quotes were stripped. */
  titleKey: string | null;
  /** For `unknown`: why, and the kinds that came closest (best first). Empty for a recognised table. */
  guesses: string[];
  /** For `unknown`: why; for an untitled table given a kind by what is around it: how (repeated-form.ts, lead-title.ts). */
  reason: string | null;
}

/**
 * What the document around a table says: its family. A 预算 never yields a 决算 kind unless the table
 * says 决算, and the reverse; an evaluation or self-assessment report yields neither unless the table says so.
 */
export interface TableContext {
  family: '决算' | '预算' | '评价' | '自评' | null;
}

/** Below this nothing fits well enough: the table is `unknown`. */
export const MIN_SCORE = 0.6;
/** Two kinds this close are a coin toss: the table is `unknown`, with both as guesses. */
const MIN_MARGIN = 0.04;

/** Similarity of two strings, 0–1: twice their longest common subsequence over their total length. */
export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const x = [...a];
  const y = [...b];
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const cx of x) {
    const cur = [0];
    for (let j = 0; j < y.length; j++) cur.push(cx === y[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!));
    prev = cur;
  }
  return (2 * prev[y.length]!) / (x.length + y.length);
}

/** Each kind's titles stripped as a printed title is, once: they are compared with every table. */
const KIND_KEYS = new Map<TableKindSpec, string[]>(TABLE_KINDS.map((k) => [k, k.titles.map(titleKey)]));
const HEADER_WORDS = new Map<TableKindSpec, string[]>(TABLE_KINDS.map((k) => [k, k.headerWords.map((w) => w.normalize('NFKC'))]));

const BUDGET_OR_FINAL = (f: string): f is '决算' | '预算' => f === '决算' || f === '预算';

/** Why a kind cannot be this table, or null: the title's family or content, or the document's family, rules it out. */
function ruledOut(kind: TableKindSpec, s: TableSignals, ctx: TableContext): string | null {
  const w = s.words;
  // The lists of a disclosure (单位构成, the 报表目录) carry their document's family in their titles.
  if (w?.family && w.family !== kind.family && kind.family !== 'other') return `the title says ${w.family}`;
  if (w?.content && !(kind.content as readonly string[]).includes(w.content)) return `the title says ${w.content}`;
  if (!w?.family && BUDGET_OR_FINAL(kind.family)) {
    const family = s.saysFinal ? '决算' : ctx.family;
    if (family && family !== kind.family) return `the ${s.saysFinal ? 'header' : 'document'} says ${family}`;
  }
  return null;
}

/** A kind's fit to the signals, 0–1: each piece of evidence that bears on the kind, weighted, matched or not. */
function fit(kind: TableKindSpec, s: TableSignals): number {
  const parts: [weight: number, match: number][] = [];
  const w = s.words;
  if (s.titleKey) parts.push([3, Math.max(...KIND_KEYS.get(kind)!.map((k) => (k === s.titleKey ? 1 : 0.9 * similarity(k, s.titleKey!))))]);
  if (w?.content) parts.push([5, 1]);
  if (w?.content && kind.funds !== null) parts.push([2, kind.funds === w.funds ? 1 : 0]);
  const rows = w?.rows ?? s.codes;
  if (rows && (kind.rows === 'func' || kind.rows === 'econ')) parts.push([2, kind.rows === rows ? 1 : 0]);
  if (s.codes && kind.rows === 'lines') parts.push([2, 0]);
  parts.push([1.5, kind.twoSided === s.twoSided ? 1 : 0]);
  const words = HEADER_WORDS.get(kind)!;
  if (words.length) parts.push([3, words.filter((x) => s.header.includes(x)).length / words.length]);
  // A 自评表 or an evaluation's score table prints what was achieved; a 绩效目标表 only targets. An
  // evaluation's indicator table may print either (国家信访局 2024's 项目年度绩效指标表: targets only).
  if (kind.rows === 'indicators' && (s.actuals || s.targets) && kind.id !== 'ev-indicators') {
    const scored = kind.family === '自评' || kind.family === '评价';
    parts.push([3, s.actuals === scored ? 1 : 0]);
  }
  const total = parts.reduce((a, [wt]) => a + wt, 0);
  return parts.reduce((a, [wt, m]) => a + wt * m, 0) / total;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The share of a kind's header words the table's header prints; 0 when it prints only the kind's
 * measures (预算数, 得分): they say how a table counts, not what it is about (广州's untitled
 * 项目 | 预算数 | 绩效目标 is no 机关运行经费预算表 for its 预算数).
 */
function headerCover(id: string, s: TableSignals): number {
  const [kind, words] = [...HEADER_WORDS].find(([k]) => k.id === id) ?? [null, []];
  const found = words.filter((x) => s.header.includes(x));
  const measures = new Set<string>(kind?.measures ?? []);
  if (found.every((x) => measures.has(x))) return 0;
  return words.length ? found.length / words.length : 0;
}

/**
 * Which kind of table this is, by what a reader uses together: the title's words (family, funds,
 * content, 功能/经济), the header's words, whether it is two-sided, how its rows are coded, and the
 * document's family. A kind the title or the document rules out is never given; a table that fits no
 * kind well, or two kinds equally, is `unknown` with its best guesses.
 */
export function classifyTable(t: Table, ctx: TableContext = { family: null }): TableClassification {
  const s = tableSignals(t);
  const ranked = TABLE_KINDS.map((k) => {
    const out = ruledOut(k, s, ctx);
    return { id: k.id as string, score: out ? 0 : round3(fit(k, s)), out };
  }).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  // With no title to go by, a table must show a kind's header: body rows alone (a page of a table cut
  // from its header) fit many kinds by accident.
  if (best && !s.words && headerCover(best.id, s) < 0.5) {
    const guesses = ranked
      .filter((r) => r.score >= MIN_SCORE - 0.15)
      .slice(0, 3)
      .map((r) => r.id);
    return {
      table: t.id,
      titleKey: s.titleKey,
      kind: 'unknown',
      score: best.score,
      runnerUp: best.id,
      runnerUpScore: best.score,
      guesses,
      reason: `no title, and the header names too little of ${best.id}`,
    };
  }
  const guesses = ranked
    .filter((r) => r.score >= MIN_SCORE - 0.15)
    .slice(0, 3)
    .map((r) => r.id);
  const base = { table: t.id, titleKey: s.titleKey };
  if (!best || best.score < MIN_SCORE) {
    return {
      ...base,
      kind: 'unknown',
      score: best?.score ?? 0,
      runnerUp: best?.id ?? null,
      runnerUpScore: best?.score ?? 0,
      guesses,
      reason: best && best.score > 0 ? `no kind fits well (best ${best.id} ${best.score})` : 'no kind fits',
    };
  }
  if (second && best.score - second.score < MIN_MARGIN) {
    return {
      ...base,
      kind: 'unknown',
      score: best.score,
      runnerUp: second.id,
      runnerUpScore: second.score,
      guesses,
      reason: `${best.id} and ${second.id} fit equally (${best.score}, ${second.score})`,
    };
  }
  const runner = second && second.score > 0 ? second : null;
  return { ...base, kind: best.id, score: best.score, runnerUp: runner?.id ?? null, runnerUpScore: runner?.score ?? 0, guesses: [], reason: null };
}

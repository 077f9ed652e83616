import type { StatedAmount, StatedBasis } from '../../extract/records.js';
import { compare, single } from './interval.js';
import { Tally } from './finding.js';
import type { RuleMeta, RuleResult, Side } from './types.js';

/**
 * The checks that take two documents of one body (family AC): a statement one document makes about a
 * year (the 年初预算 a 决算 states, the 上年 figures a 预算 prints) against the figure another document
 * gives for that year. A rule names which documents it pairs and which statements it compares; the
 * mechanism here matches them by what they are of (year, basis, scope, subject, split) and compares
 * them within the rounding both printings allow, as every rule does. Findings put the subject
 * document's statement on the left and the reference document's figure on the right, each with its
 * evidence; the engine (rules/cross-engine.ts) records which document each evidence is from.
 */

export type PairKind = '预算' | '决算';

/** One document of a pair: what the cross checks know of it (read from the store, or built from its records). */
export interface PairDocument {
  /** The store's document id (0 for records not stored). */
  id: number;
  sha256: string;
  kind: PairKind;
  year: number;
  level: '部门' | '单位' | null;
  /** How messages name it: 2024 决算 (上海市普陀区财政局2024年度部门决算.pdf). */
  label: string;
  stated: readonly StatedAmount[];
}

export interface DocumentPair {
  /** The document whose statement is checked. */
  subject: PairDocument;
  /** The document it is checked against. */
  reference: PairDocument;
}

export interface PairRule {
  meta: RuleMeta;
  /** The documents it pairs: the subject's kinds, the reference's kinds, and the reference's year relative to the subject's. */
  pairs: { subject: readonly PairKind[]; reference: readonly PairKind[]; yearOffset: 0 | -1 };
  check(pair: DocumentPair): RuleResult;
}

const keyOf = (s: StatedAmount): string => `${s.year}|${s.scope}|${s.subject}|${s.split}`;

const BASIS_ZH: Record<StatedBasis, string> = { budget: '预算（年初）', 'budget-adjusted': '调整预算', execution: '执行数', final: '决算数' };

const SUBJECT_ZH: Record<string, string> = {
  total: '支出合计',
  income: '收入合计',
  'sangong:total': '“三公”经费',
  'sangong:abroad': '因公出国（境）费',
  'sangong:carSub': '公务用车购置及运行费',
  'sangong:carBuy': '公务用车购置费',
  'sangong:carRun': '公务用车运行费',
  'sangong:reception': '公务接待费',
  'sangong:runningCost': '机关运行经费',
};
const SCOPE_ZH: Record<string, string> = { all: '全部资金', fiscal: '财政拨款', gpb: '一般公共预算', 'gov-fund': '政府性基金', soe: '国有资本经营' };
const SPLIT_ZH: Record<StatedAmount['split'], string> = { total: '', basic: ' 基本支出', project: ' 项目支出' };

/** What a statement is of, in words: 2024年 财政拨款 2080505 预算（年初）. */
export const whatOf = (s: StatedAmount): string =>
  `${s.year}年 ${SCOPE_ZH[s.scope] ?? s.scope} ${s.subject.startsWith('func:') ? s.subject.slice(5) : (SUBJECT_ZH[s.subject] ?? s.subject)}${SPLIT_ZH[s.split]} ${BASIS_ZH[s.basis]}`;

/**
 * Compares the subject's statements that `statements` selects with the reference's figures that
 * `figures` selects, matched by year, scope, subject and split. Statements of one quantity that print
 * one value (财政拨款支出 and 一般公共预算拨款支出 where they are the same money) are one comparison,
 * with every statement as evidence. A statement the reference gives no figure for is not checked.
 */
export function comparePair(
  meta: RuleMeta,
  pair: DocumentPair,
  statements: (s: StatedAmount) => boolean,
  figures: (s: StatedAmount) => boolean,
  nothing: string,
): RuleResult {
  const tally = new Tally(meta);
  const reference = new Map<string, StatedAmount>();
  for (const f of pair.reference.stated) if (figures(f) && !reference.has(keyOf(f))) reference.set(keyOf(f), f);
  const groups = new Map<string, StatedAmount[]>();
  for (const s of pair.subject.stated) {
    if (!statements(s) || !reference.has(keyOf(s))) continue;
    const k = `${keyOf(s)}|${s.figure.value.toFixed()}`;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  for (const group of groups.values()) {
    const s = group[0]!;
    const ref = reference.get(keyOf(s))!;
    const left: Side = { ...single(s.label, s.figure), operands: group.map((g) => ({ label: g.label, figure: g.figure })) };
    const right = single(ref.label, ref.figure);
    tally.compare('cross', left, right, compare(left, right), {
      what: whatOf(s),
      subject: pair.subject.label,
      reference: pair.reference.label,
      statedAs: BASIS_ZH[s.basis],
      givenAs: BASIS_ZH[ref.basis],
    });
  }
  return tally.result({ outcome: 'not-applicable', reason: nothing });
}

/** A cross-document rule's test cases: pairs on which it must pass, pairs on which it must make `findings` findings. */
export interface PairCases {
  valid: { name: string; pair: () => Promise<DocumentPair> }[];
  invalid: { name: string; pair: () => Promise<DocumentPair>; findings: number }[];
}

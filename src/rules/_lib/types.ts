import type { Decimal } from 'decimal.js';
import type { Severity } from '../../model/index.js';
import type { DocumentRecords, EvidenceRef, Figure } from '../../extract/records.js';

/**
 * What a rule concluded for one document. Nothing is silently skipped: a rule that does not apply
 * says `not-applicable`, one whose inputs were not extracted says `insufficient-data`, one that needs
 * judgement beyond arithmetic says `not-implemented`.
 */
export type Outcome = 'pass' | 'fail' | 'not-applicable' | 'insufficient-data' | 'not-implemented';

/** Document-type codes of the rule catalogue (spec §0.1), and BU for a 部门/单位预算 (the catalogue has none). */
export type DocCode = 'FA' | 'BU' | 'PR' | 'ST' | 'BD' | 'FW' | 'ALL';

/**
 * Catalogue families (spec Part A); `AX` holds the rules gongkai adds to the catalogue, `AC` the
 * rules that check one document against another of the same body (rules/cross-engine.ts runs them).
 */
export type Family = 'A1' | 'A2' | 'A3' | 'A4' | 'A5' | 'A6' | 'A7' | 'A8' | 'A9' | 'AX' | 'AC';

export interface RuleMeta {
  /** The catalogue id, exactly; the rule's file stem. */
  id: string;
  family: Family;
  /** One line, English. */
  description: string;
  /** The severity of a failure (a rule may lower one finding, e.g. to info, and says why in it). */
  severity: Severity;
  appliesTo: readonly DocCode[];
  /**
   * Message templates, Chinese and English, filled from a finding's `data` by `{name}` placeholders.
   * Every placeholder must be given by every finding the rule makes.
   */
  messages: { zh: string; en: string };
  /** Set on a rule that needs judgement beyond arithmetic: it reports `not-implemented` on every document, and this says why. */
  judgement?: string;
}

/** One number that entered a check, with what it stands for. */
export interface Operand {
  /** What the number is, in the document's words (`本年收入合计`, `208 社会保障和就业支出 › 基本支出`). */
  label: string;
  figure: Figure;
}

/** One side of a comparison: its value, its rounding envelope [low, high], and the numbers it was computed from. */
export interface Side {
  label: string;
  value: Decimal;
  low: Decimal;
  high: Decimal;
  operands: Operand[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** Filled from the rule's templates and `data`. */
  message: { zh: string; en: string };
  left: Side;
  right: Side;
  /** left − right. */
  difference: Decimal;
  /** The slack the printed precision allows (0 for an exact comparison). */
  tolerance: Decimal;
  /** A more specific explanation (spec Part A: `ratio-as-percent`, `matches-sum-excluding-row`, …). */
  diagnostic?: string;
  /** The values the message templates were filled from. */
  data: Record<string, string>;
  /** Every number's evidence, in the order of left's operands then right's. */
  evidence: EvidenceRef[];
}

/**
 * A difference inside the rounding envelope. Rules report each; the engine folds those of one table
 * into a single `rounding-residual` info finding.
 */
export interface Residual {
  rule: string;
  /** The table the numbers stand in (or `text` for narrative ones). */
  table: string;
  left: Side;
  right: Side;
  difference: Decimal;
  tolerance: Decimal;
}

export interface RuleResult {
  outcome: Outcome;
  findings: Finding[];
  residuals: Residual[];
  /** How many instances (rows, columns, statements) the rule checked. */
  checked: number;
  /** Why the outcome is not-applicable, insufficient-data or not-implemented. */
  reason?: string;
}

export interface Rule {
  meta: RuleMeta;
  check(records: DocumentRecords): RuleResult;
}

/**
 * A rule's test cases, ESLint style: `valid` records on which it must pass, `invalid` ones on which
 * it must fail. Each builds its records (usually from a real fixture, altered where a failing case is
 * needed); the meta-test runs every rule's cases.
 */
export interface RuleCases {
  valid: { name: string; records: () => Promise<DocumentRecords> | DocumentRecords }[];
  invalid: { name: string; records: () => Promise<DocumentRecords> | DocumentRecords; findings: number }[];
}

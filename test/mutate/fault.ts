/**
 * A planted fault: one change to a parsed document (its DocModel), where it was made, and what the
 * checks must say about it — decided before the checks run. The kinds are the list: every
 * kind of disagreement the catalogue checks, planted in a document that had none there.
 */
import type { DocModel } from '../../src/model/index.js';

export const FAULT_KINDS = ['cell', 'total', 'row-drop', 'narrative-figure', 'direction', 'percent', 'unit-table', 'unit-text', 'sangong', 'score'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What each kind plants, for the printed tables. */
export const KIND_LABEL: Record<FaultKind, string> = {
  cell: 'table cell (项 amount)',
  total: 'total (合计/类/款)',
  'row-drop': 'row dropped (项)',
  'narrative-figure': 'narrative figure',
  direction: 'direction word',
  percent: 'percentage',
  'unit-table': 'unit note (table)',
  'unit-text': 'unit (sentence)',
  sangong: '三公 item',
  score: '自评表 score/weight',
};

/**
 * Where a fault was planted, in the unmutated document's coordinates. A finding touches the fault
 * when one of its evidence items falls on one of these: the changed cell, any cell of a row (the
 * parent whose sum a dropped row breaks, or the dropped row's counterpart in another table), any
 * cell of a table (a changed unit note), or a span of a block's text that overlaps the change.
 */
export type Place =
  | { kind: 'cell'; table: string; row: number; col: number }
  | { kind: 'row'; table: string; row: number }
  | { kind: 'table'; table: string }
  | { kind: 'text'; block: string; start: number; end: number };

/**
 * What the checks must say. `must`: rule ids, most specific first, at least one of which must report
 * the fault (a finding that touches it); `family` is the catalogue family of `must[0]`, under which
 * the fault is counted. `may`: rules that may also report it, as a reader would (a changed 项 breaks
 * its 款's sum and, when the narrative restates it, the narrative's agreement too). `unit`: the
 * fault is a unit question, so only `unit-suspect` warnings are expected, whatever their rule.
 */
export interface Expectation {
  /**
   * Why no rule of the catalogue would see this fault, when none would (a cell no identity sums, a
   * figure the catalogue compares only as an info): such a fault is counted, not planted.
   */
  undetectable?: string;
  must: string[];
  may: string[];
  family: string;
  unit?: boolean;
}

/** Maps an evidence position of the mutated document back to the unmutated one (rows after a dropped row, text after a changed span). */
export interface Shift {
  /** A grid row of `table` in the mutated document → its row in the unmutated one. */
  row?: { table: string; from: number; by: number };
  /** Offsets of `block` at or after `from` (in the mutated text) move by `by`. */
  text?: { block: string; from: number; by: number };
}

export interface Fault {
  kind: FaultKind;
  /** Stable id within the document: kind and position (`cell t5 r12 c4`). */
  id: string;
  /** What was changed, for a person: `公开05 2010601 行政运行 › 基本支出 1,511.89 → 1,360.70`. */
  what: string;
  places: Place[];
  expect: Expectation;
  shift: Shift;
  /** The mutated copy; the argument is never changed. */
  apply(doc: DocModel): DocModel;
}

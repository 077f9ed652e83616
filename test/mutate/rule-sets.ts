/**
 * Which rules may speak of a fault of each kind, as the catalogue states what each rule compares
 * (src/rules/_lib/catalogue.ts). A fault's `must` names the rules whose job it is; these sets are
 * the rules that may report it beside them because they compare the changed number with another
 * (a 项 amount the narrative restates, a share whose part was changed).
 */
import { CATALOGUE } from '../../src/rules/_lib/catalogue.js';

export const familyOf = (rule: string): string => CATALOGUE.find((e) => e.id === rule)?.family ?? '?';

/** Identities inside one table and between tables (决算 A3/A4, 预算 AX). */
export const TABLE_RULES = [
  'fa-func-hierarchy',
  'fa01-income-total',
  'fa01-income-grand',
  'fa01-expense-total',
  'fa01-expense-grand',
  'fa01-balance',
  'fa02-row-sum',
  'fa03-row-sum',
  'fa04-income-total',
  'fa04-opening-split',
  'fa04-row-sum',
  'fa04-grand',
  'fa05-row-sum',
  'fa06-basic-split',
  'fa08-row-sum',
  'fa09-row-sum',
  'xt-01-02',
  'xt-01-03',
  'xt-01-04',
  'xt-04-05',
  'xt-03-05',
  'xt-04-08',
  'xt-04-09',
  'xt-05-06',
  'xt-06-07',
  'xt-02-03-func',
  'bu-row-sum',
  'bu-func-hierarchy',
];

/** The 三公 table's identities and what compares its items (A2, 公开07, the 预算 三公 table). */
export const SANGONG_RULES = [
  'sangong-sum',
  'sangong-car-subtotal',
  'sangong-text-table',
  'sangong-yoy',
  'sangong-control-rate',
  'sangong-le-public',
  'fa07-sangong-sum',
  'fa07-car-subtotal',
  'fa07-final-le-budget',
  'xt-06-07',
  'fan-sangong',
  'bu-sangong-sum',
];

/** Rules that compare what the narrative states with a table, or recompute it from tables. */
export const TEXT_TABLE_RULES = [
  'same-quantity-agreement',
  'pct-share',
  'completion-rate',
  'basic-split',
  'econ-class-sum',
  'income-source-sum',
  'budget-final-wording',
  'fan-total',
  'fan-share',
  'fan-item-detail',
  'fan-func-label-path',
  'fan-basic-split',
  'fan-sangong',
  'fan-org-running',
  'fan-project-count',
  'fan-selfeval-amounts',
  'sangong-text-table',
  'sangong-le-public',
  'project-exec-vs-final',
  'bu-item-amount',
  'bu-item-label',
  'bu-item-yoy',
];

/** Rules that recompute the narrative's own figures against each other (sums, shares, changes, rates). */
export const NARRATIVE_RULES = [
  'component-sum',
  'subset-le-total',
  'pct-share',
  'pct-shares-sum',
  'yoy-pct',
  'yoy-direction',
  'yoy-prior-agreement',
  'budget-adjust-sum',
  'completion-rate',
  'zero-base-rate',
  'budget-final-wording',
  'basic-split',
  'econ-class-sum',
  'income-source-sum',
  'unit-yuan-wan',
  'exec-rate-range',
  'fan-procurement',
  'fan-meeting',
  'fan-org-running',
  'fan-item-detail',
  'sangong-yoy',
  'sangong-control-rate',
  'bu-item-yoy',
];

/** Rules a changed direction word may contradict: the statement's own words, its amounts, the prior year. */
export const DIRECTION_RULES = ['yoy-direction', 'yoy-pct', 'yoy-prior-agreement', 'bu-item-yoy', 'sangong-yoy', 'fan-org-running', 'zero-base-rate'];

/** Rules that recompute a stated percentage: a share, a change, a completion or execution rate. */
export const PERCENT_RULES = [
  'pct-share',
  'fan-share',
  'pct-shares-sum',
  'yoy-pct',
  'bu-item-yoy',
  'completion-rate',
  'zero-base-rate',
  'exec-rate-range',
  'fan-sangong',
  'fan-item-detail',
  'fan-org-running',
  'fan-procurement',
  'fan-meeting',
  'sangong-control-rate',
  'budget-adjust-rate',
  'staff-control-rate',
  'st-exec-rate-recompute',
  'same-quantity-agreement',
];

/** The 自评表's scoring rules (A6) and the narrative that restates its scores. */
export const SCORE_RULES = [
  'st-score-le-weight',
  'st-score-total',
  'st-weight-total',
  'st-level1-weights',
  'st-level1-score-text',
  'st-grade-band',
  'st-exec-score',
  'st-full-score-despite-miss',
  'st-proportional-score',
  'st-deduction-despite-met',
  'st-range-target',
  'same-quantity-agreement',
];

export const union = (...sets: readonly string[][]): string[] => [...new Set(sets.flat())];

import type { RuleCases } from '../../../src/rules/_lib/types.js';

/**
 * narrative-reason-consistency needs judgement (004 十 "人员增加" against the 自评报告's "基本持平"):
 * the rule reports `not-implemented` on every document, so it has neither passing nor failing
 * cases; test/rules/narrative/rules.test.ts asserts the outcome and its reason instead.
 */
export const cases: RuleCases = { valid: [], invalid: [] };

import type { Rule } from './_lib/types.js';
import { checkBreakdowns, unitSlips } from './_lib/breakdown.js';
import { ruleMeta } from './_lib/meta.js';
import { evFundSums } from './_lib/eval-funds.js';
import { summarySides } from './_lib/summary-sides.js';
import { Tally } from './_lib/finding.js';
import { documentCodes } from './_lib/codes.js';
import { unitRowSums } from './_lib/unit-rows.js';
import { targetSums } from './_lib/target-sums.js';

const meta = ruleMeta({
  id: 'component-sum',
  description: 'An exhaustive breakdown ("共计/全年 X，其中 a；b；c") sums to its total',
  messages: {
    zh: '{where}：{leftLabel} {left} ≠ 各组成部分之和 {right}（差额 {difference}，容差 {tolerance}）',
    en: '{where}: {leftLabel} {left} ≠ the sum of its parts {right} (difference {difference}, tolerance {tolerance})',
  },
});

/**
 * Breakdowns no more specific rule owns: 功能分类 classes, 基本/项目, pension lines, "共计" lists; and an
 * evaluation report's money table, each numbered level against the row above it; and a 其中 list whose
 * one item, printed in another unit, makes it sum to its total only when read in theirs (a unit slip);
 * and each side of a 预算's 收支总表: its 总计 = its 本年合计 + the lines printed between them; and a
 * 预算 table printed by unit: its 合计 row = the sum of the units; and a 项目支出绩效目标表's total over its
 * projects (a warning).
 */
export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    evFundSums(t, r);
    unitSlips(t, r);
    summarySides(t, r);
    unitRowSums(t, r);
    targetSums(t, r);
    // 采购总额 = 货物 + 工程 + 服务 is fan-procurement's in a 决算's 情况说明; a 预算's 说明 states it too, and no other rule reads it there.
    const procurement = documentCodes(r).includes('FA') ? [] : (['procurement'] as const);
    return checkBreakdowns(meta, r, ['func', 'basic-project', 'pension', 'other', ...procurement], {}, t);
  },
};
export default rule;

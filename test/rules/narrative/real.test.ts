import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/rules/engine.js';
import { RULES as NARRATIVE } from '../../../src/rules/_registry/narrative.js';
import { FA_2024, FA_2024_INJECTED, recordsOf } from '../../helpers/records.js';

/**
 * The real 2024 普陀区财政局 决算 and its error-injected copy: the narrative rules find what was
 * injected into the 情况说明 (收入支出总计 "0 万元"; 决算数大于/等于预算数 where it is smaller) and
 * not those on the original.
 */
const mine = new Set(NARRATIVE.map((r) => r.meta.id));

describe('the real 2024 决算 情况说明', () => {
  it('original: wordings and YoY statements pass; its own slips (财政拨款收入支出总计 "0.3万元", a 71.73% share) are reported', async () => {
    const report = checkDocument(await recordsOf(FA_2024));
    const outcome = new Map(report.outcomes.map((o) => [o.rule, o]));
    for (const id of ['budget-final-wording', 'yoy-pct', 'yoy-direction', 'completion-rate', 'fan-item-detail', 'fan-func-label-path', 'fan-basic-split'])
      expect(outcome.get(id)?.outcome, id).toBe('pass');
    const total = report.findings.filter((f) => f.rule === 'fan-total');
    expect(total.map((f) => [f.left.value.toFixed(), f.right.value.toFixed()])).toEqual([['0.3', '2961.68']]);
    // 五(二): 一般公共服务 2106.66 / 2940.05 = 71.65%, printed 71.73%; the four shares add up to 100.07%.
    const share = report.findings.filter((f) => f.rule === 'pct-share');
    expect(share.map((f) => [f.left.value.toFixed(), f.right.value.toDecimalPlaces(2).toFixed()])).toEqual([['71.73', '71.65']]);
    expect(report.findings.filter((f) => f.rule === 'pct-shares-sum').map((f) => [f.severity, f.left.value.toFixed()])).toEqual([['warning', '100.07']]);
    console.log(
      `original: ${report.findings
        .filter((f) => mine.has(f.rule))
        .map((f) => `${f.severity} ${f.rule}`)
        .join(', ')}`,
    );
  }, 120_000);

  it('injected copy: 收入支出总计 0 against 公开01 2995.39, and three 决算数大于/等于预算数 wordings that the numbers contradict', async () => {
    const report = checkDocument(await recordsOf(FA_2024_INJECTED));
    const total = report.findings.filter((f) => f.rule === 'fan-total');
    expect(total.map((f) => [f.left.value.toFixed(), f.right.value.toFixed()])).toContainEqual(['0', '2995.39']);
    const wording = report.findings.filter((f) => f.rule === 'budget-final-wording');
    expect(wording.map((f) => [f.severity, f.left.value.toFixed(), f.right.value.toFixed()])).toEqual([
      ['warning', '1511.89', '1560.05'],
      ['warning', '80.38', '80.81'],
      ['warning', '60.99', '62.29'],
    ]);
    console.log(
      `injected: ${report.findings
        .filter((f) => mine.has(f.rule))
        .map((f) => `${f.severity} ${f.rule}`)
        .join(', ')}`,
    );
  }, 120_000);
});

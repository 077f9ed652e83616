import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/rules/engine.js';
import { DEPT_BUDGET, recordsOf, UNIT_BUDGET } from '../helpers/records.js';

/**
 * The human review checklists of the 2026 司法局 预算 (../shared/realdocs/GovBudgetChecker/*.xlsx):
 * dept_budget passes every table; unit_budget fails 《单位支出预算总表》 and 《单位一般公共预算支出功能分类
 * 预算表》 on one row: 行政运行 合计 14,348,853.34 = 基本支出, yet 项目支出 prints 64,840,547.00.
 */
const tableFindings = async (rel: string) =>
  checkDocument(await recordsOf(rel)).findings.filter((f) => f.severity !== 'info' && /^bu-/.test(f.rule));

describe('预算 table rules against the human checklists', () => {
  it('unit_budget: the 行政运行 row of both 支出 tables, and the 司法 款 above it', async () => {
    const fs = await tableFindings(UNIT_BUDGET);
    expect(fs.map((f) => [f.rule, f.evidence[0]!.kind === 'cell' ? `${f.evidence[0]!.tableKind} ${f.evidence[0]!.raw}` : ''])).toEqual([
      ['bu-row-sum', 'bu03 14,348,853.34'],
      ['bu-row-sum', 'bu05 14,348,853.34'],
      ['bu-func-hierarchy', 'bu03 64,840,547.00'],
      ['bu-func-hierarchy', 'bu05 64,840,547.00'],
    ]);
    // 合计 14,348,853.34 元 against 14,348,853.34 + 64,840,547.00: off by exactly the 项目支出, in 万元.
    expect(fs[0]!.difference.toFixed()).toBe('-6484.0547');
    expect(fs[0]!.evidence.map((e) => (e.kind === 'cell' && e.provenance.kind === 'pdf' ? e.provenance.page : 0))).toEqual([11, 11, 11]);
  });

  it('dept_budget: no table finding (the checklist passes every table)', async () => {
    expect(await tableFindings(DEPT_BUDGET)).toEqual([]);
  });
});

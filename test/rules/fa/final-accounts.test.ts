import { describe, expect, it } from 'vitest';
import type { DocumentRecords } from '../../../src/extract/records.js';
import { checkDocument } from '../../../src/rules/engine.js';
import { FA_2024, FA_2024_INJECTED, recordsOf, SEED_004 } from '../../helpers/records.js';

/** The findings of the 决算 rules (A3, A4, AX), as `rule severity` plus the printed numbers of each evidence cell. */
function faFindings(r: DocumentRecords) {
  return checkDocument(r)
    .findings.filter((f) => /^(?:fa|xt|doc)-|^fa0/.test(f.rule))
    .map((f) => `${f.rule} ${f.severity} ${f.evidence.map((e) => (e.kind === 'cell' ? e.raw : e.quote.slice(0, 24))).join(' | ')}`);
}
const outcome = (r: DocumentRecords, id: string) => checkDocument(r).outcomes.find((o) => o.rule === id)?.outcome;

describe('决算 rules on seed 004 (the false-positive test)', () => {
  it('finds the missing 公开06 and nothing else; the 0.01 residuals are info, once per table', async () => {
    const r = await recordsOf(SEED_004);
    expect(faFindings(r)).toEqual(['fa-table-presence warning 六、一般公共预算财政拨款基本支出决算表']);
    const report = checkDocument(r);
    const residuals = report.findings.filter((f) => f.rule === 'rounding-residual');
    // Tables 02, 03, 05, and 五(三)'s seven items (1387.54 against the stated 1387.53): spec 004-I1.
    expect(residuals.map((f) => [f.severity, f.data.table, f.data.max])).toEqual([
      ['info', 't1', '0.01'],
      ['info', 't2', '0.01'],
      ['info', 't4', '0.01'],
      ['info', '情况说明/正文 五、一般公共预算财政拨款支出决算情况说明 › （三）一般公共预算财政拨款支出决算具体情况', '0.01'],
    ]);
    // 208 = 1387.53 against Σ款 1363.97 + 17.78 + 5.79 = 1387.54 (spec 004-I1).
    const t1 = residuals[0]!;
    expect([t1.left.value.toFixed(2), t1.right.value.toFixed(2)]).toEqual(['1387.53', '1387.54']);
    // With 公开06 missing, what needs it is not checkable: insufficient data, not a pass or a fail.
    expect(['xt-05-06', 'fa06-basic-split', 'xt-06-07'].map((id) => outcome(r, id))).toEqual(['insufficient-data', 'insufficient-data', 'insufficient-data']);
    expect(
      [
        'fa01-balance',
        'fa02-row-sum',
        'fa03-row-sum',
        'fa-func-hierarchy',
        'fa04-grand',
        'fa05-row-sum',
        'fa07-sangong-sum',
        'fa07-car-subtotal',
        'fa07-final-le-budget',
        'fa-empty-table-note',
        'xt-01-02',
        'xt-01-03',
        'xt-01-04',
        'xt-04-05',
        'xt-03-05',
        'xt-02-03-func',
      ].map((id) => [id, outcome(r, id)]),
    ).toEqual(
      [
        'fa01-balance',
        'fa02-row-sum',
        'fa03-row-sum',
        'fa-func-hierarchy',
        'fa04-grand',
        'fa05-row-sum',
        'fa07-sangong-sum',
        'fa07-car-subtotal',
        'fa07-final-le-budget',
        'fa-empty-table-note',
        'xt-01-02',
        'xt-01-03',
        'xt-01-04',
        'xt-04-05',
        'xt-03-05',
        'xt-02-03-func',
      ].map((id) => [id, 'pass']),
    );
  });
});

describe('决算 rules on the 财政局 2024 决算 (real, published)', () => {
  it('accounts for every numeric cell of the nine 公开 tables with exactly one fact', async () => {
    const r = await recordsOf(FA_2024);
    const fa = r.tables.filter((t) => /^fa0\d$/.test(t.kind));
    expect(fa.map((t) => t.kind)).toEqual(['fa01', 'fa02', 'fa03', 'fa04', 'fa05', 'fa06', 'fa07', 'fa08', 'fa09']);
    const facts = (table: string) => r.lineItems.filter((i) => i.table === table).length + r.sangong.filter((s) => s.table === table).length;
    expect(fa.map((t) => [t.kind, t.numericCells, facts(t.table)])).toEqual(fa.map((t) => [t.kind, t.numericCells, t.numericCells]));
    expect(fa.reduce((n, t) => n + t.numericCells, 0)).toBe(195);
  });

  it('reports only true errors: 社会保障和就业 is 326.71 in 公开01/04 and 326.72 in 公开03/05', async () => {
    const r = await recordsOf(FA_2024);
    // True: the same 类 total is printed with two values. 公开03/05 add their 款 (326.72 = 84.65 + 160.75
    // + 80.38 + 0.94); 公开01/04 print 326.71 so that their 本年支出合计 stays 2,940.05. The equality
    // rules are exact (spec A4): a 0.01 between two printings of one number is not rounding.
    expect(faFindings(r).filter((f) => !f.includes(' info '))).toEqual(['xt-01-03 error 326.71 | 326.72', 'xt-04-05 error 326.72 | 326.71']);
    const f = checkDocument(r).findings.find((x) => x.rule === 'xt-01-03')!;
    expect(f.evidence.map((e) => (e.kind === 'cell' && e.provenance.kind === 'pdf' ? e.provenance.page : null))).toEqual([6, 10]);
    // Every error and warning of every rule on this document, each true:
    // - xt-01-03, xt-04-05: the 326.71 / 326.72 above;
    // - fan-total: 情况说明 四 prints 财政拨款收入支出总计 "0.3万元"; 公开04 总计 is 2,961.68;
    // - pct-share, fan-share: 五(二) prints 一般公共服务 71.73%; 2,106.66 / 2,940.05 = 71.65% (the text
    //   against itself, and against 公开05);
    // - pct-shares-sum: the four 类 shares of 五(二) add up to 100.07%;
    // - zero-base-rate ×2: 七(一) states "完成预算的0%" for 因公出国（境）费 and for 公务用车购置及运行维护费,
    //   whose 预算数 公开07 leaves blank (nothing budgeted): a rate over a zero base (公务接待费's 0% is of 0.95);
    // - fan-econ-items: 六 lists 个人农业生产补贴 among the 人员经费 items; 公开06 leaves 30310 blank (0.31 is on 30309 奖励金).
    expect(
      checkDocument(r)
        .findings.filter((x) => x.severity !== 'info')
        .map((x) => `${x.severity} ${x.rule}`)
        .sort(),
    ).toEqual([
      'error fan-share',
      'error fan-total',
      'error pct-share',
      'error xt-01-03',
      'error xt-04-05',
      'error zero-base-rate',
      'error zero-base-rate',
      'warning fan-econ-items',
      'warning pct-shares-sum',
    ]);
    // 公开02's 其他收入 6.20 is income 公开03 does not spend: an info, never an error.
    expect(
      checkDocument(r)
        .findings.filter((x) => x.rule === 'xt-02-03-func')
        .every((x) => x.severity === 'info'),
    ).toBe(true);
  });
});

describe('决算 rules on the error-injected copy of the 2024 决算', () => {
  it('finds the injected faults the tables show: the removed 公开03, the blanked 三公 table, XX局, the year 2023', async () => {
    const r = await recordsOf(FA_2024_INJECTED);
    expect(faFindings(r).filter((f) => !f.includes(' info '))).toEqual([
      'fa-empty-table-note warning 财政拨款“三公”经费支出决算表',
      'fa-table-presence warning 三、支出决算表',
      'xt-04-05 error 326.72 | 326.71',
      'doc-department-agreement warning 第二部分上海市普陀区XX局 2024 年度部门决',
      'doc-year-agreement warning 第三部分上海市普陀区财政局 2023年度部门决算',
    ]);
    expect(['fa03-row-sum', 'xt-01-03', 'xt-03-05'].map((id) => outcome(r, id))).toEqual(['insufficient-data', 'insufficient-data', 'insufficient-data']);
  });
});

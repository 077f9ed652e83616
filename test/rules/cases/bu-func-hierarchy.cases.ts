import type { RuleCases } from '../../../src/rules/_lib/types.js';
import type { CodedTable } from '../../../src/extract/final-accounts/schema.js';
import { altered, codedRow, DEPT_BUDGET, recordsOf, reprint } from '../../helpers/records.js';

const CHANGSHA = 'fixtures/real/2026年长沙市公安局2025年部门预算.pdf';
const SUZHOU = 'fixtures/real/2026年苏州市审计局部门预算.pdf';

/** The slot of row `code` in the column of `table` whose header was not understood and reads `label`. */
const looseSlot = (t: CodedTable | undefined, label: string, code: string) => {
  const c = t?.loose?.find((x) => x.label === label);
  if (!c) throw new Error(`no loose column ${label}`);
  return codedRow({ ...t!, rows: c.rows }, code).values[label];
};

export const cases: RuleCases = {
  valid: [
    { name: 'DEPT_BUDGET', records: () => recordsOf(DEPT_BUDGET) },
    // 长沙 2025 收入总表: 本级财政拨款 › 金额 and › 其中:经费拨款 have no measure key; both still sum down the 科目 tree.
    { name: '长沙 2025: the 收入总表 columns of no key sum down the tree', records: () => recordsOf(CHANGSHA) },
  ],
  invalid: [
    {
      name: 'DEPT_BUDGET with 2080505 合计 in the 支出预算总表 reprinted 1.00 元 higher',
      records: altered(DEPT_BUDGET, (r) => {
        const s = codedRow(r.bu.bu03, '2080505').values.total;
        reprint(s, s?.state === 'number' ? s.figure.value.plus('0.0001').toFixed() : '0');
      }),
      findings: 1,
    },
    {
      name: '长沙 2025 with the 收入总表 201 本级财政拨款 › 金额 reprinted 2.64 (its children print 3.00)',
      records: altered(CHANGSHA, (r) => reprint(looseSlot(r.bu.bu02, '本级财政拨款 › 金额', '201'), '2.64')),
      findings: 1,
    },
    // 苏州 2026 公开12表 一般公共预算机关运行经费支出预算表 prints its rows by 经济分类 code: 合计 395.60 = 302 = Σ 30201 … 30299.
    {
      name: '苏州 2026 with the 机关运行经费 table 30211 差旅费 reprinted 67.45 (its 302 and 合计 print 395.60)',
      records: altered(SUZHOU, (r) => reprint(looseSlot(r.bu['bu-org-running'], '机关运行经费支出', '30211'), '67.45')),
      findings: 1,
    },
  ],
};

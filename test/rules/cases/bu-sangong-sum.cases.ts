import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { Decimal } from 'decimal.js';
import type { DocumentRecords } from '../../../src/extract/records.js';
import { altered, DEPT_BUDGET, recordsOf, reprintSangong, UNIT_BUDGET } from '../../helpers/records.js';

/** 杭州市气象局's 三公 table prints a 合计 row and one row per unit, each with its own total. */
const HANGZHOU = 'fixtures/real/2026年杭州市气象局部门预算.pdf';

/** Reprints the 公务接待费 of the row of the unit named `unit`. */
const reprintUnitReception = (r: DocumentRecords, unit: string, value: string): void => {
  const f = r.sangong.find((s) => s.item === 'reception' && s.rowLabel?.includes(unit));
  if (f?.amount.state !== 'number') throw new Error(`no printed 公务接待费 for ${unit}`);
  f.amount.value = new Decimal(value);
  f.amount.wan = new Decimal(value);
};

export const cases: RuleCases = {
  valid: [
    { name: 'DEPT_BUDGET', records: () => recordsOf(DEPT_BUDGET) },
    { name: 'UNIT_BUDGET', records: () => recordsOf(UNIT_BUDGET) },
    { name: '杭州市气象局 (a 合计 row and a row per unit)', records: () => recordsOf(HANGZHOU) },
  ],
  invalid: [
    {
      name: 'UNIT_BUDGET with 公务接待费 reprinted 0.83 (合计 10.71 ≠ 0 + 9.98 + 0.83)',
      records: altered(UNIT_BUDGET, (r) => reprintSangong(r, 'bud', 'reception', '0.83')),
      findings: 1,
    },
    {
      name: '杭州 with 杭州市气象服务中心’s 公务接待费 reprinted 0.19 (its row: 10.89 ≠ 10.80 + 0.19)',
      records: altered(HANGZHOU, (r) => reprintUnitReception(r, '气象服务中心', '0.19')),
      findings: 1,
    },
  ],
};

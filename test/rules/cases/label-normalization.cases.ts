import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { seedRecords } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [{ name: '000: no 科目 labels', records: () => seedRecords('000') }],
  invalid: [{ name: '004: 公益性岗位 ≈ 公益性岗位补贴; 其他就业补助支出工资 ≈ 社会保险补贴', records: () => seedRecords('004'), findings: 2 }],
};

import { Decimal } from 'decimal.js';
import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '000: 80 / 95 = 84.21% → stated 84%', records: () => seed('000') },
    {
      name: "001 with the report's 编制 changed to 29: 29 / 29 = 100% = the claim",
      records: edited('001', (r) => {
        for (const f of r.narrative) if (f.kind === 'headcount' && f.metric === '编制数') f.figure = { ...f.figure, value: new Decimal(29), printed: '29' };
      }),
    },
  ],
  invalid: [
    { name: '002: 31 / 37 = 83.78%, stated 100%', records: () => seed('002'), findings: 1 },
    { name: '001 (no 基础数据表): 在职 29 / 编制 20 = 145% while the report claims 指标值=100%，完成率100%', records: () => seed('001'), findings: 1 },
    {
      name: '000 with 在职 80 changed to 100 (105.26% against a stated 84%)',
      records: edited('000', (r) => {
        const s = r.basicData[0]!.staff!;
        s.onDuty = withValue(s.onDuty!, '100');
      }),
      findings: 1,
    },
  ],
};

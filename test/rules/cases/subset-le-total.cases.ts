import { Decimal } from 'decimal.js';
import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    { name: '002: 35.01 ≤ 124.09; 40.51 ≤ 86.63; 35.35 ≤ 77.98', records: () => seed('002') },
    { name: '004 report: 小微 35.40 ≤ 中小 35.40, 购置 0 ≤ 6, …', records: () => seed('004') },
  ],
  invalid: [
    { name: '002 with 2020决算 办公经费 26.2 changed to 80', records: edited('002', (r) => { const o = r.basicData[0]!.rows.find((x) => x.key === 'office')!; o.curFin = withValue(o.curFin!, '80'); }), findings: 1 },
    {
      name: '004 report with 授予小微企业合同金额 35.40 changed to 40',
      records: edited('004', (r) => {
        for (const f of r.narrative) if (f.kind === 'breakdown' && !f.exhaustive && /小微/.test(f.components[0]?.label ?? '')) f.components[0] = { ...f.components[0]!, figure: { ...f.components[0]!.figure, value: new Decimal(40) } };
      }),
      findings: 1,
    },
  ],
};

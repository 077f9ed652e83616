import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';

export const cases: RuleCases = {
  valid: [
    {
      name: '002 with 项目支出 2020决算 filled in as 66',
      records: edited('002', (r) => {
        const p = r.basicData[0]!.rows.find((x) => x.key === 'project')!;
        p.curFin = withValue(p.curFin!, '66', '万元');
      }),
    },
  ],
  invalid: [{ name: '002: the projects spent 56 + 10, the 基础数据表 项目支出 2020决算 is blank', records: () => seed('002'), findings: 1 }],
};

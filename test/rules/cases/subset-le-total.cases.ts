import { Decimal } from 'decimal.js';
import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';
import { realText } from '../narrative/seeds.js';

export const cases: RuleCases = {
  valid: [
    // 人社 2020: "…支出总计 181807.13万元，全部为一般公共预算拨款" — the 财政拨款收支总表's 总计 is 181807.13.
    { name: '西安人社 2020: 181807.13 万元 全部为一般公共预算拨款, all of its 财政拨款', records: realText('人力资源和社会保障局_2026年部门预算.pdf') },
    // The same sentence made of 15,560.87 万元: within the 18,728.94 of 财政拨款.
    {
      name: '国家信访局 2026 预算 with 15,560.87 万元 “均为一般公共预算拨款”',
      records: realText('2026年武汉市信访局部门预算.pdf', ['涉及预算拨款 39,560.87 万元', '涉及预算拨款 15,560.87 万元']),
    },
    { name: '002: 35.01 ≤ 124.09; 40.51 ≤ 86.63; 35.35 ≤ 77.98', records: () => seed('002') },
    { name: '004 report: 小微 35.40 ≤ 中小 35.40, 购置 0 ≤ 6, …', records: () => seed('004') },
    // 十: "共有车辆 15 辆，其中，副部（省）级及以上领导干部用车 1 辆、…其他用车 6 辆…；单价100 万元以上设备（不含车辆）0 台（套）".
    {
      name: '国家信访局 2024 十: vehicles by kind within 15; the 台 of equipment is no vehicle',
      records: realText('信访局_国家信访局2024年度部门决算公开.pdf'),
    },
  ],
  invalid: [
    // 八(六): 项目支出 "涉及预算拨款 39,560.87 万元，均为一般公共预算拨款", where the 财政拨款收支总表 prints 18,728.94 of 财政拨款 in all.
    {
      name: '国家信访局 2026 预算 as printed: 39,560.87 “均为一般公共预算拨款” above all 18,728.94 of 财政拨款',
      records: realText('2026年武汉市信访局部门预算.pdf'),
      findings: 1,
    },
    {
      name: '002 with 2020决算 办公经费 26.2 changed to 80',
      records: edited('002', (r) => {
        const o = r.basicData[0]!.rows.find((x) => x.key === 'office')!;
        o.curFin = withValue(o.curFin!, '80');
      }),
      findings: 1,
    },
    {
      name: '004 report with 授予小微企业合同金额 35.40 changed to 40',
      records: edited('004', (r) => {
        for (const f of r.narrative)
          if (f.kind === 'breakdown' && !f.exhaustive && /小微/.test(f.components[0]?.label ?? ''))
            f.components[0] = { ...f.components[0]!, figure: { ...f.components[0]!.figure, value: new Decimal(40) } };
      }),
      findings: 1,
    },
    // 六(五): "单位价值 50万元以上设备8台，其中，单位价值100万元以上设备15台" and "…50万元以上设备0台，其中，单位价值100万元以上设备3台":
    // "50万元以上" qualifies what is counted; every device above 100万元 is above 50万元.
    { name: '长沙 2025 六(五): 15 台 above 100万元 of 8 above 50万元; 3 of 0', records: realText('2026年长沙市公安局2025年部门预算.pdf'), findings: 2 },
  ],
};

import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, withValue } from '../performance/seeds.js';
import type { DocumentRecords } from '../../../src/extract/records.js';

/** No seed prints a 公务用车 subtotal in its 基础数据表; these cases fill 000's blank 当年决算 subtotal. */
const carSub = (value: string) => (r: DocumentRecords) => {
  const row = r.basicData[0]!.rows.find((x) => x.key === 'carSub')!;
  row.curFin = withValue(row.curFin!, value, '万元');
};

export const cases: RuleCases = {
  valid: [{ name: '000 with the subtotal filled in as 1.66 (= 购置 blank + 运行 1.66)', records: edited('000', carSub('1.66')) }],
  invalid: [{ name: '000 with the subtotal filled in as 2.04', records: edited('000', carSub('2.04')), findings: 1 }],
};

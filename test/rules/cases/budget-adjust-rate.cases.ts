import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { edited, seed, withValue } from '../performance/seeds.js';
import type { DocumentRecords } from '../../../src/extract/records.js';

/** No seed's 自评表 states a 预算调整率; these cases add one to 001's table (全年 18577.58 vs 年初 17697.54: 4.97%). */
const withAdjustRate = (printed: string) => (r: DocumentRecords) => {
  // Only the table's row: the report's own claim (100%) is left out.
  r.narrative = r.narrative.filter((f) => !(f.kind === 'claim' && f.metric === '预算调整率'));
  const t = r.selfEval[0]!;
  const base = t.items[0]!;
  t.items.push({
    ...base,
    row: 99,
    l3: '预算调整率',
    actual: { ...base.actual, printed: `${printed}%`, comparator: 'value', slot: withValue(base.actual.slot, printed) },
    scoredBy: null,
  });
};

export const cases: RuleCases = {
  valid: [{ name: '001 with a 预算调整率 row stating 4.97%', records: edited('001', withAdjustRate('4.97')) }],
  invalid: [
    { name: '001: the report claims 预算调整率达100%; (18577.58 − 17697.54)/17697.54 = 4.97%', records: () => seed('001'), findings: 1 },
    { name: '001 with a 自评表 预算调整率 row stating 100% (and no narrative claim)', records: edited('001', withAdjustRate('100')), findings: 1 },
  ],
};

import { Decimal } from 'decimal.js';
import { factsOf, whereOf } from './_lib/narrative.js';
import { finding, Tally } from './_lib/finding.js';
import { single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'percent-unit-missing',
  description: 'A percentage-typed phrase or cell lacks "%" (actual "94.9" against target "≥95%")',
  messages: {
    zh: '{where}：比率「{printed}」缺少 % 符号',
    en: '{where}: the rate "{printed}" has no % sign',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    for (const c of factsOf(r, 'claim')) {
      t.checked++;
      if (!c.percentSignMissing) continue;
      const s = single(c.label, c.value);
      t.add(finding(meta, s, s, { difference: new Decimal(0), tolerance: new Decimal(0) }, { where: whereOf(c), printed: c.value.printed }));
    }
    // 自评表 actuals printed without % against a percent target (001 满意度 "94.9").
    for (const st of r.selfEval) {
      for (const it of st.items) {
        const target = it.target.slot.state === 'number' ? it.target.slot.figure : null;
        const actual = it.actual.slot.state === 'number' ? it.actual.slot.figure : null;
        if (!target || !actual || target.unit !== '%') continue;
        t.checked++;
        if (/%|％/.test(it.actual.printed)) continue;
        const s = single(`${st.table} ${it.l3 ?? ''} 实际完成值`, actual);
        t.add(
          finding(
            meta,
            s,
            single('年度指标值', target),
            { difference: new Decimal(0), tolerance: new Decimal(0) },
            { where: `${st.table} ${it.l3 ?? ''}`, printed: it.actual.printed },
          ),
        );
      }
    }
    return t.result({ outcome: 'not-applicable', reason: 'no rate stated' });
  },
};
export default rule;

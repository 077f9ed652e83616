import { figureOf } from '../extract/records.js';
import { factsOf, whereOf } from './_lib/narrative.js';
import { finding, Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'nonfiscal-flow',
  description: 'Non-fiscal spending ≤ non-fiscal income + opening balance; closing = opening + income − spending when all are given',
  messages: {
    zh: '{where}：非财政拨款支出 {left} 超过非财政拨款收入 {right}（差 {difference}），须由未披露的年初结余弥补；{closing}',
    en: '{where}: non-fiscal spending {left} exceeds non-fiscal income {right} by {difference}, which an undisclosed opening balance must cover; {closingEn}',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const income = factsOf(r, 'amount').find((a) => a.metric === '其他收入');
    // 自评表 其他资金: its 资金 row, else its 按收入性质 line (000 prints 其他资金 96.87 there).
    const st = r.selfEval.find((s) => s.fundRows.some((x) => x.key === 'other') || figureOf(s.split?.src.other));
    const row = st?.fundRows.find((x) => x.key === 'other');
    const spent = figureOf(row?.executed) ?? figureOf(st?.split?.src.other);
    if (!income || !spent) return t.result({ outcome: 'not-applicable', reason: 'no non-fiscal income and spending both given' });
    const closing = factsOf(r, 'amount').find((a) => a.metric === '结转结余' && a.scope === '其他资金');
    const left = single(`${st!.table} 其他资金 执行数`, spent);
    const right = single('其他收入', income.figure);
    const cmp = compare(left, right);
    t.checked++;
    if (cmp.difference.gt(cmp.tolerance)) {
      const c = closing ? `其他资金结转结余 ${closing.figure.value.toFixed()} 无法核对（未披露年初数）` : '未披露结转结余';
      const cEn = closing
        ? `the stated closing balance ${closing.figure.value.toFixed()} cannot be verified (no opening balance given)`
        : 'no balance is disclosed';
      t.add(
        finding(meta, left, closing ? sum('其他收入（结余未核）', [{ label: '其他收入', figure: income.figure }]) : right, cmp, {
          where: whereOf(income),
          closing: c,
          closingEn: cEn,
        }),
      );
    }
    return t.result({ outcome: 'not-applicable', reason: 'nothing to check' });
  },
};
export default rule;

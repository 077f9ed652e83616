import { codeOfXiang, funcNames, lineItem } from './_lib/table-values.js';
import { factsOf, operand, textTable, whereOf } from './_lib/narrative.js';
import { Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-item-detail',
  description: "情况说明 五(三): each 项's 支出决算 = its 公开05 row; Σ 项 年初预算 = the stated total 年初预算 (and Σ 决算 the stated 决算)",
  messages: {
    zh: '{where}：{leftLabel} {left} 与 {rightLabel} {right} 不符（差额 {difference}）',
    en: '{where}: {leftLabel} {left} does not match {rightLabel} {right} (difference {difference})',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const items = factsOf(r, 'item');
    if (!items.length) return t.result({ outcome: 'not-applicable', reason: 'no 五(三) item list in the 情况说明' });
    const names = funcNames(r);
    for (const it of items) {
      if (!it.final) continue;
      const code = codeOfXiang(names, it.xiang, it.kuan);
      const row = code ? lineItem(r, 'fa05', code.code, /^(?:合计|小计)$/) : null;
      if (!row) continue;
      const left = single(`${it.ordinal}、${it.xiang} 支出决算`, it.final.figure);
      const right = single(`公开05 ${code!.code} ${names.get(code!.code)}`, row);
      t.compare(textTable(it), left, right, compare(left, right, { exact: true }), { where: whereOf(it) });
    }
    const total = factsOf(r, 'item-total')[0];
    for (const col of ['init', 'final'] as const) {
      const stated = total?.[col];
      const parts = items.map((i) => i[col]).filter((x): x is NonNullable<typeof x> => x !== null);
      if (!stated || parts.length !== items.length) continue;
      const left = single(`五(三) ${col === 'init' ? '年初预算数' : '决算数'}`, stated.figure);
      const right = sum(`Σ 各项${col === 'init' ? '年初预算' : '支出决算'}`, parts.map(operand));
      t.compare(textTable(total!), left, right, compare(left, right), { where: whereOf(total!) });
    }
    return t.result({ outcome: 'insufficient-data', reason: 'no item matched a 公开05 row' });
  },
};
export default rule;

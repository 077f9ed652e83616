import { Decimal } from 'decimal.js';
import { codeOfXiang, funcNames } from './_lib/table-values.js';
import { factsOf, whereOf } from './_lib/narrative.js';
import { normName } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { computed } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-func-label-path',
  description: "类/款/项 names quoted in the narrative match the code path (the 项's 款 must be its own 5-digit parent)",
  messages: {
    zh: '{where}：{level}名称「{stated}」与科目 {code} 的{level}「{expected}」不符',
    en: '{where}: the {levelEn} name "{stated}" does not match "{expected}", the {levelEn} of code {code}',
  },
});

const ZERO = new Decimal(0);

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const names = funcNames(r);
    for (const it of factsOf(r, 'item')) {
      const hit = codeOfXiang(names, it.xiang, it.kuan);
      if (!hit) continue;
      for (const [level, levelEn, stated, len] of [
        ['类', 'class', it.lei, 3],
        ['款', 'section', it.kuan, 5],
      ] as const) {
        const code = hit.code.slice(0, len);
        const expected = names.get(code);
        if (!expected) continue;
        t.checked++;
        if (normName(expected) === normName(stated)) continue;
        const side = computed(`${level} ${code}`, new Decimal(code), ZERO, it.final ? [{ label: `${it.xiang} 支出决算`, figure: it.final.figure }] : []);
        t.add(finding(meta, side, side, { difference: ZERO, tolerance: ZERO }, { where: whereOf(it), level, levelEn, stated, expected, code: hit.code }));
      }
    }
    return t.result({ outcome: 'not-applicable', reason: 'no 类/款/项 path quoted in the 情况说明' });
  },
};
export default rule;

import { factsOf, impliedPrior, nameOf, whereOf } from './_lib/narrative.js';
import { finding, Tally } from './_lib/finding.js';
import { compare, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { resolvedDirection } from './_lib/yoy.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'prior-base-consistency',
  description: 'Parallel YoY statements whose current values are equal imply equal prior bases unless a carryover explains the gap',
  messages: {
    zh: '{where}：{leftLabel} 与 {rightLabel} 本年数相同，但推算的上年数不同（{left} 与 {right}，相差 {difference}）',
    en: '{where}: {leftLabel} and {rightLabel} are equal this year but imply different prior years ({left} vs {right}, gap {difference})',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const ys = factsOf(r, 'yoy').filter((y) => y.against === 'prior' && y.current?.metric);
    for (let i = 0; i < ys.length; i++) {
      for (let j = i + 1; j < ys.length; j++) {
        const a = ys[i]!;
        const b = ys[j]!;
        if (a.current!.metric === b.current!.metric || a.current!.column !== b.current!.column || !a.current!.figure.value.eq(b.current!.figure.value))
          continue;
        const da = resolvedDirection(a);
        const db = resolvedDirection(b);
        if (!da || !db) continue;
        const left = single(`${nameOf(a.current!)} 上年数`, impliedPrior(a, da)!);
        const right = single(`${nameOf(b.current!)} 上年数`, impliedPrior(b, db)!);
        const cmp = compare(left, right);
        t.checked++;
        if (cmp.agreement === 'differs') t.add(finding(meta, left, right, cmp, { where: `${whereOf(a)} / ${whereOf(b)}` }));
      }
    }
    return t.result({ outcome: 'not-applicable', reason: 'no pair of parallel year-on-year statements' });
  },
};
export default rule;

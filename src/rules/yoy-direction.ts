import { Decimal } from 'decimal.js';
import { factsOf, nameOf, whereOf } from './_lib/narrative.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'yoy-direction',
  description: 'Direction words in one YoY statement agree (增加/增长 vs 减少/下降/降低)',
  messages: {
    zh: '{where}：同一变动表述同时使用了增加类与减少类用词（{words}）',
    en: '{where}: one change statement uses both increase and decrease words ({words})',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    for (const y of factsOf(r, 'yoy')) {
      if (!y.words.length) continue;
      t.checked++;
      const dirs = new Set(y.words.map((w) => w.dir));
      if (dirs.size < 2) continue;
      const up = y.words.filter((w) => w.dir === 'up').length;
      const down = y.words.length - up;
      const left = single(`${y.current ? nameOf(y.current) : '变动'} 变动额`, y.delta);
      const right = computed('增加类/减少类用词数', new Decimal(up - down), new Decimal(0), []);
      t.add(
        finding(
          meta,
          left,
          right,
          { difference: new Decimal(up - down), tolerance: new Decimal(0) },
          { where: whereOf(y), words: y.words.map((w) => w.word).join('、') },
        ),
      );
    }
    return t.result({ outcome: 'not-applicable', reason: 'no year-on-year statement with direction words' });
  },
};
export default rule;

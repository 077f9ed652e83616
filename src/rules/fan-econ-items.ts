import { Decimal } from 'decimal.js';
import { subjectCodeOf } from '../normalise/subject-names.js';
import { lineFigure } from './_lib/table-values.js';
import { factsOf, whereOf } from './_lib/narrative.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';
import { blockText } from './_lib/doc.js';

const ZERO = new Decimal(0);

const meta = ruleMeta({
  id: 'fan-econ-items',
  description: '六: each 款 the text lists for 人员经费 or 公用经费 (主要包括：基本工资、…) prints an amount in 公开06',
  messages: {
    zh: '{where}：{metric}列举了「{item}」，但公开06 中 {code} {item} 没有数额{unlistedZh}',
    en: '{where}: the text lists “{item}” under {metric}, but 公开06 prints no amount for {code} {item}{unlistedEn}',
  },
});

/** The list after a 人员经费/公用经费 figure: "主要包括：a、b、c" up to the clause's end. */
const LIST = /^[^；;。]*?(?:主要)?(?:包括|用于|含)[：:]?\s*([^；;。]+)/;

/** The names of a list: split at 、，and 和/及 between names, 等 at the end dropped. */
const namesOf = (list: string): string[] =>
  list
    .replace(/等(?:支出|方面|项目)?$/, '')
    .split(/[、，,]|(?<=费|金|贴|资|支出)(?:和|及|以及)/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A 决算's 情况说明 六 lists what its 人员经费 and 公用经费 were spent on (人员经费2152.26万元，主要包括：基本
 * 工资、…、退休费、个人农业生产补贴；公用经费…). "主要" allows the list to leave small items out, but an item
 * it names must have been spent on: a 款 named whose 公开06 row prints nothing is a slip (普陀区财政局 2024:
 * 个人农业生产补贴 30310, blank, listed where 30309 奖励金 0.31 is not). Names are placed by the current
 * 经济分类 (data/subject-names.json); a name it does not know, and a 公开06 not read, are left alone. The
 * amounts of the same 类 the list leaves out are cited beside it: the item likely meant.
 */
export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const items = r.lineItems.filter((l) => l.tableKind === 'fa06' && l.code !== null && l.code.length === 5);
    if (!items.length) return t.result({ outcome: 'insufficient-data', reason: 'no 公开06 with 款 rows was read' });
    const printed = new Map<string, (typeof items)[number]>();
    for (const l of items) if (l.amount.state === 'number' && !l.amount.value.isZero()) printed.set(l.code!, l);
    const seen = new Set<string>();
    for (const a of factsOf(r, 'amount')) {
      if (a.docPart !== 'fa-notes' || a.chapter !== 6 || (a.metric !== '人员经费' && a.metric !== '公用经费')) continue;
      const e = a.figure.evidence;
      if (e.kind !== 'text') continue;
      const block = r.blocks.find((b) => b.id === e.block);
      const m = block ? LIST.exec(block.text.slice(e.end)) : null;
      if (!block || !m || seen.has(`${block.id}:${a.metric}`)) continue;
      seen.add(`${block.id}:${a.metric}`);
      const listed = namesOf(m[1]!).map((name) => ({ name, code: subjectCodeOf('econ', name) }));
      const codes = new Set(listed.map((x) => x.code).filter((c): c is string => c !== null && c.length === 5));
      for (const { name, code } of listed) {
        if (!code || code.length !== 5) continue;
        t.checked++;
        if (printed.has(code)) continue;
        // The same 类's printed 款 the list leaves out.
        const unlisted = [...printed.values()].filter((l) => l.code!.startsWith(code.slice(0, 3)) && !codes.has(l.code!));
        const operands = unlisted.flatMap((l) => {
          const f = lineFigure(l);
          return f ? [{ label: `公开06 ${l.code} ${l.name}`, figure: f }] : [];
        });
        const left = computed(`公开06 ${code} ${name}（无数额）`, ZERO, ZERO, []);
        const right = operands.length === 1 ? single(operands[0]!.label, operands[0]!.figure) : computed('同类未列举而有数额的款', ZERO, ZERO, operands);
        const others = unlisted.map((l) => `${l.code} ${l.name} ${l.amount.printed}`).join('、');
        const f = finding(
          meta,
          left,
          right,
          { difference: ZERO, tolerance: ZERO },
          {
            where: whereOf(a),
            metric: a.metric,
            item: name,
            code,
            unlistedZh: others ? `；同类中有数额而未列举的：${others}` : '',
            unlistedEn: others ? `; of its 类, the text leaves out ${others}, which print amounts` : '',
          },
        );
        f.evidence.push(blockText(block));
        t.add(f);
      }
    }
    return t.result({ outcome: 'not-applicable', reason: 'the 情况说明 lists no 人员经费 or 公用经费 items' });
  },
};
export default rule;

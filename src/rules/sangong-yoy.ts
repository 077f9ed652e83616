import { bdRow, figureOf } from '../extract/records.js';
import { factsOf, impliedPrior, nameOf, textTable, whereOf } from './_lib/narrative.js';
import { fmt, compare, single } from './_lib/interval.js';
import { Tally } from './_lib/finding.js';
import type { Rule } from './_lib/types.js';
import { resolvedDirection } from './_lib/yoy.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'sangong-yoy',
  description: 'A 三公 YoY statement agrees with the prior-year 三公 figures given (BD 上年决算数)',
  messages: {
    zh: '{where}：{metric} 变动 {delta} 推出上年数 {left}，而 {rightLabel} 为 {right}（按表计算变动 {actual}）',
    en: '{where}: {metric} changed by {delta} implies a prior year of {left}, but {rightLabel} is {right} (the table gives a change of {actual})',
  },
});

const ROW: Record<string, 'sangong' | 'carRun' | 'reception' | 'abroad' | 'carBuy' | 'carSub'> = {
  三公经费: 'sangong',
  公务用车运行维护费: 'carRun',
  公务接待费: 'reception',
  '因公出国(境)费': 'abroad',
  公务用车购置费: 'carBuy',
  公务用车购置及运行费: 'carSub',
};

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const bd = r.basicData[0];
    if (!bd) return t.result({ outcome: 'not-applicable', reason: 'no 基础数据表 gives prior-year 三公 figures' });
    const seen = new Set<string>();
    for (const y of factsOf(r, 'yoy')) {
      const key = y.current?.metric ? ROW[y.current.metric] : undefined;
      if (!key || y.against !== 'prior' || !y.current) continue;
      const given = figureOf(bdRow(bd, key)?.prevFin);
      const d = resolvedDirection(y);
      if (!given || !d) continue;
      const prior = impliedPrior(y, d)!;
      // The same statement printed twice (000 prints its 三公 paragraph in two sections) is one finding.
      const dup = `${key}|${prior.value.toString()}`;
      if (seen.has(dup)) continue;
      seen.add(dup);
      const left = single(`${nameOf(y.current)} 推算上年数`, prior);
      const right = single(`${bd.table} ${bdRow(bd, key)!.label} 上年决算数`, given);
      t.compare(textTable(y), left, right, compare(left, right), {
        where: whereOf(y),
        metric: nameOf(y.current),
        delta: `${d === 1 ? '+' : '−'}${fmt(y.delta.value)}`,
        actual: fmt(y.current.figure.value.minus(given.value)),
      });
    }
    return t.result({ outcome: 'not-applicable', reason: 'no 三公 year-on-year statement to set against the 基础数据表' });
  },
};
export default rule;

import type { Slot } from '../extract/records.js';
import type { Rule } from './_lib/types.js';
import { Tally, insufficient } from './_lib/finding.js';
import { identity, rowLabel } from './_lib/fa.js';
import { ruleMeta } from './_lib/meta.js';

/** 人员经费 are 工资福利 (301) and 对个人和家庭的补助 (303); 公用经费 the rest (302 商品和服务, 310 资本性 …). */
const PERSONNEL = new Set(['301', '303']);

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa06-basic-split',
    description: '公开06: 基本支出合计 = 人员经费合计 + 公用经费合计; each econ 类 = Σ its 款; 人员经费 = 301 + 303; 公用经费 = 302 + 310 …',
    messages: {
      zh: '公开06 {leftLabel} {left} ≠ {rightLabel} = {right}（差 {difference}，容差 {tolerance}）',
      en: '公开06 {leftLabel} {left} ≠ {rightLabel} = {right} (difference {difference}, tolerance {tolerance})',
    },
  }),
  check(r) {
    const t06 = r.fa.t06;
    if (!t06) return insufficient('公开06 一般公共预算财政拨款基本支出决算表 was not found');
    const t = new Tally(this.meta);
    const key = t06.keys.includes('amount') ? 'amount' : t06.keys[0]!;
    const classes = t06.rows.filter((x) => x.code.length === 3);
    for (const c of classes) {
      const kids = t06.rows.filter((x) => x.code.length === 5 && x.code.startsWith(c.code));
      if (kids.length)
        identity(
          t,
          t06.table,
          [rowLabel(c), c.values[key]],
          kids.map((k) => [rowLabel(k), k.values[key]]),
        );
    }
    const line = (re: RegExp): Slot | undefined => t06.totals.find((l) => re.test(l.label))?.values[key];
    const personnel = line(/^人员经费(?:合计)?$/);
    const pub = line(/^公用经费(?:合计)?$/);
    const basic = line(/^(?:基本支出)?合计$/);
    identity(
      t,
      t06.table,
      ['人员经费合计', personnel],
      classes.filter((c) => PERSONNEL.has(c.code)).map((c) => [rowLabel(c), c.values[key]]),
    );
    identity(
      t,
      t06.table,
      ['公用经费合计', pub],
      classes.filter((c) => !PERSONNEL.has(c.code)).map((c) => [rowLabel(c), c.values[key]]),
    );
    if (basic)
      identity(
        t,
        t06.table,
        ['基本支出合计', basic],
        [
          ['人员经费合计', personnel],
          ['公用经费合计', pub],
        ],
      );
    return t.result({ outcome: 'insufficient-data', reason: '公开06 prints no amounts' });
  },
};

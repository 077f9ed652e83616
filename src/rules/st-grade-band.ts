import { Decimal } from 'decimal.js';
import { stName } from './_lib/performance.js';
import { figureOf } from '../extract/records.js';
import { bandOf } from '../score/templates.js';
import { finding, Tally } from './_lib/finding.js';
import { computed, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-grade-band',
  description: "The stated grade matches the total under the template's bands (A: 000 说明; B: 004 备注, the default); 优 ≡ 优秀, 良 ≡ 良好.",
  messages: {
    zh: '{table}：总分 {left} 按等级标准 {bands} 应为「{expected}」，表中为「{stated}」',
    en: '{table}: total {left} falls in band "{expected}" under bands {bands}, but the grade stated is "{stated}"',
  },
});

/** 中 (bands B) and 较差 (bands A) name the same 60–80 band in their own template (spec §0.5). */
const same = (a: string, b: string): boolean => a === b || (['中', '较差'].includes(a) && ['中', '较差'].includes(b));

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const graded = records.selfEval.filter((t) => t.grade);
    if (!graded.length) return tally.result({ outcome: 'not-applicable', reason: records.selfEval.length ? 'no grade is stated in the 自评表' : 'no 自评表' });
    for (const t of graded) {
      const total = figureOf(t.total?.score);
      if (!total || !t.grade) continue;
      tally.checked++;
      const band = bandOf(t.template.bands.variant, total.value);
      const stated = t.grade.canonical ?? t.grade.printed;
      if (same(stated, band.grade)) continue;
      const left = single('总分', total);
      const right = computed(`等级「${band.grade}」下限`, band.min.isFinite() ? band.min : new Decimal(0), new Decimal(0), []);
      const f = finding(
        meta,
        left,
        right,
        { difference: left.value.minus(right.value), tolerance: new Decimal(0) },
        { table: stName(t), bands: t.template.bands.variant, expected: band.grade, stated: t.grade.printed },
      );
      f.evidence.push(t.grade.evidence);
      tally.add(f);
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'a grade is stated but no total score was extracted' });
  },
};

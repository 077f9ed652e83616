import { Decimal } from 'decimal.js';
import { itemName, scoredItems, stName } from './_lib/performance.js';
import { figureOf } from '../extract/records.js';
import { L1_TEMPLATES, l1SlotOf } from '../score/templates.js';
import { finding, Tally } from './_lib/finding.js';
import { compare, computed, single, sum } from './_lib/interval.js';
import type { Operand, Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'st-level1-weights',
  description: 'Each 一级 weight (the sum of its rows, and its "(50分)" header) matches the template variant the table states (V1, V2; V1 by default).',
  messages: {
    zh: '{table}：一级指标「{l1}」{leftLabel} {left}，模板 {variant} 为 {right}',
    en: '{table}: 一级 "{l1}" {leftLabel} is {left}; template {variant} says {right}',
  },
});

const ZERO = new Decimal(0);

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.selfEval.length) return tally.result({ outcome: 'not-applicable', reason: 'no 自评表' });
    for (const t of records.selfEval) {
      const variant = t.template.l1Weights.variant;
      const groups = new Map<string, { ops: Operand[]; header: ReturnType<typeof figureOf>; label: string }>();
      const add = (slot: string, label: string, op: Operand | null, header: ReturnType<typeof figureOf> = null) => {
        const g = groups.get(slot) ?? { ops: [], header: null, label };
        if (op) g.ops.push(op);
        if (header && !g.header) g.header = header;
        groups.set(slot, g);
      };
      const fw = figureOf(t.fund?.weight);
      if (fw) add('预算执行率', t.fund!.label, { label: `${t.fund!.label} 分值`, figure: fw });
      const unknown: string[] = [];
      for (const it of scoredItems(t)) {
        const w = figureOf(it.weight);
        const slot = it.l1 ? l1SlotOf(variant, it.l1) : null;
        if (!slot) {
          if (it.l1 && !unknown.includes(it.l1)) unknown.push(it.l1);
          continue;
        }
        add(slot.name, it.l1!, w ? { label: `${itemName(it)} 分值`, figure: w } : null, it.l1Weight);
      }
      if (!groups.size) continue;
      for (const slot of L1_TEMPLATES[variant]) {
        const g = groups.get(slot.name);
        const right = computed(`模板 ${variant} ${slot.name}`, slot.weight, ZERO, []);
        const data = { table: stName(t), l1: g?.label ?? slot.name, variant };
        if (!g || !g.ops.length) {
          const absent = computed('Σ 分值（缺失）', ZERO, ZERO, []);
          const f = finding(meta, absent, right, compare(absent, right, { exact: true }), data);
          // Evidence: the template text that asks for this 一级, else the table's total row.
          const ev = t.template.l1Weights.source?.evidence ?? (t.total?.score?.state === 'number' ? t.total.score.figure.evidence : null);
          if (ev) f.evidence.push(ev);
          tally.checked++;
          tally.add(f);
          continue;
        }
        const left = sum('Σ 分值', g.ops);
        tally.compare(t.table, left, right, compare(left, right, { exact: true }), data);
        if (g.header) {
          const h = single('表头分值', g.header);
          tally.compare(t.table, h, left, compare(h, left, { exact: true }), { ...data, variant: `${variant}（Σ 行分值 / row sum）` });
        }
      }
      for (const l1 of unknown) {
        const ops = scoredItems(t)
          .filter((it) => it.l1 === l1)
          .flatMap((it) => (figureOf(it.weight) ? [{ label: itemName(it), figure: figureOf(it.weight)! }] : []));
        const left = sum('Σ 分值', ops);
        const right = computed(`模板 ${variant}（无此一级）`, ZERO, ZERO, []);
        const f = finding(meta, left, right, compare(left, right, { exact: true }), { table: stName(t), l1, variant });
        if (t.template.l1Weights.source) f.evidence.push(t.template.l1Weights.source.evidence);
        tally.checked++;
        tally.add(f);
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'no 自评表 with 一级 weights was extracted' });
  },
};

import { Decimal } from 'decimal.js';
import { mfig } from './_lib/performance.js';
import { type DocumentRecords, type FactOf, type Figure, figureOf } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { comparePercent, computed, fmt, single } from './_lib/interval.js';
import { tallyPercent } from './_lib/percent.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'staff-control-rate',
  description:
    '在职人员控制率 = 在职人数 / 编制数 × 100: a stated rate recomputes, and compliance is not claimed when the rate is above 100. (基础数据表 first; without one, the report’s 编制数/在职人数 and its control-rate claims.)',
  messages: {
    zh: '{table}：在职人员控制率 {left}% ≠ 在职 {onDuty} / 编制 {quota} = {right}%{hint}',
    en: '{table}: 在职人员控制率 {left}% vs 在职 {onDuty} / 编制 {quota} = {right}%{hint}',
  },
});

const HUNDRED = new Decimal(100);

/**
 * Without a 基础数据表: 编制数 and 在职人数 stated in one paragraph of the report (001 "实有编制20人…在职29人")
 * and the report's 在职人员控制率 claims (001 §五(二) "指标值=100%，完成率100%"), one finding per claiming sentence.
 */
function fromNarrative(records: DocumentRecords, tally: Tally): void {
  const heads = records.narrative.filter((f): f is FactOf<'headcount'> => f.kind === 'headcount' && f.figure.unit !== '万人');
  const quota = heads.find((h) => h.metric === '编制数');
  const duty = quota && heads.find((h) => h.metric === '在职人数' && h.ref.block === quota.ref.block);
  if (!quota || !duty || quota.figure.value.isZero()) return;
  const q = duty.figure.value.div(quota.figure.value).times(100);
  const ops = [
    { label: `在职人数（${duty.label}）`, figure: duty.figure },
    { label: `编制数（${quota.label}）`, figure: quota.figure },
  ];
  const data = { table: `正文 ${quota.section ?? quota.ref.block}`, onDuty: fmt(duty.figure.value), quota: fmt(quota.figure.value) };
  const claims = records.narrative.filter((f): f is FactOf<'claim'> => f.kind === 'claim' && f.metric === '在职人员控制率');
  const bySentence = new Map<string, FactOf<'claim'>>();
  for (const c of claims) if (!bySentence.has(`${c.ref.block}:${c.ref.start}`)) bySentence.set(`${c.ref.block}:${c.ref.start}`, c);
  for (const c of bySentence.values()) {
    const stated: Figure = c.value;
    const cmp = comparePercent(stated, ops[0]!, ops[1]!);
    const left = single(`控制率（${c.label}）`, stated);
    const right = computed('在职/编制', cmp.computed, cmp.tolerance.minus(stated.halfUnit), ops);
    const claimed = q.gt(HUNDRED) && stated.value.lte(HUNDRED);
    const hint = claimed ? '；实际超编却称控制率达标 / compliance claimed while over quota' : '';
    tallyPercent(
      tally,
      c.ref.block,
      left,
      right,
      claimed ? { ...cmp, agreement: 'differs', truncationMatch: false } : cmp,
      { ...data, table: `正文 ${c.section ?? c.ref.block}`, hint },
      { residual: true, ...(claimed ? { diagnostic: 'compliance-claimed-over-quota' } : {}) },
    );
  }
  if (bySentence.size) return;
  tally.checked++;
  if (q.gt(HUNDRED)) {
    const left = computed('在职/编制', q, new Decimal(0), ops);
    const right = computed('上限 100%', HUNDRED, new Decimal(0), []);
    tally.add(
      finding(
        meta,
        left,
        right,
        { difference: q.minus(HUNDRED), tolerance: new Decimal(0) },
        { ...data, hint: '；超编 / over quota' },
        { severity: 'warning' },
      ),
    );
  }
}

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const bds = records.basicData.filter((b) => b.staff);
    if (!bds.length) {
      fromNarrative(records, tally);
      return tally.result({
        outcome: 'not-applicable',
        reason: records.basicData.length
          ? 'the 基础数据表 has no 财政供养人员情况 row, and the report states no 编制数 with 在职人数'
          : 'no 基础数据表 and no 编制数 with 在职人数 in the report (编制数 is needed)',
      });
    }
    for (const b of bds) {
      const quota = figureOf(b.staff!.quota);
      const duty = figureOf(b.staff!.onDuty);
      if (!quota || !duty || quota.value.isZero()) continue;
      const stated = mfig(b.staff!.rateStated);
      const q = duty.value.div(quota.value).times(100);
      const data = { table: b.table, onDuty: fmt(duty.value), quota: fmt(quota.value) };
      const ops = [
        { label: '在职人数', figure: duty },
        { label: '编制数', figure: quota },
      ];
      if (stated) {
        const cmp = comparePercent(stated, ops[0]!, ops[1]!);
        const left = single('控制率', stated);
        const right = computed('在职/编制', cmp.computed, cmp.tolerance.minus(stated.halfUnit), ops);
        const hint = q.gt(HUNDRED) && stated.value.lte(HUNDRED) ? '；实际超编却称控制率达标 / compliance claimed while over quota' : '';
        tallyPercent(tally, b.table, left, right, cmp, { ...data, hint }, { residual: true });
        continue;
      }
      tally.checked++;
      if (q.gt(HUNDRED)) {
        const left = computed('在职/编制', q, new Decimal(0), ops);
        const right = computed('上限 100%', HUNDRED, new Decimal(0), []);
        tally.add(
          finding(
            meta,
            left,
            right,
            { difference: q.minus(HUNDRED), tolerance: new Decimal(0) },
            { ...data, hint: '；超编 / over quota' },
            { severity: 'warning' },
          ),
        );
      }
    }
    return tally.result({ outcome: 'insufficient-data', reason: 'the 基础数据表 prints no 编制数 and 在职人数' });
  },
};

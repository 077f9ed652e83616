import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../../../src/rules/_lib/types.js';
import { checkBreakdowns, checkNarrativeSubsets } from '../../../src/rules/_lib/breakdown.js';
import { alteredSeed, amountIn, fact, reprintFigure, seedRecords } from './seeds.js';

/**
 * The narrative sides of rule ids other files own: sangong-sum's narrative 三公 groups and
 * subset-le-total's non-exhaustive 其中 lists, exported for those rules to call.
 */
const meta = (id: string): RuleMeta => ({
  id,
  family: 'A1',
  description: 'test',
  severity: 'error',
  appliesTo: ['ALL'],
  messages: { zh: '{table}（{column}）：{leftLabel} {left} 与 {rightLabel} {right}', en: '{table} ({column}): {leftLabel} {left} vs {rightLabel} {right}' },
});

describe('narrative 三公 groups (sangong-sum, spec 000 must-pass 1.66 + 0.67 = 2.33, 2.04 + 1.28 = 3.32)', () => {
  it('passes 000 and fails it with 1.66 reprinted 2.66', async () => {
    const ok = checkBreakdowns(meta('sangong-sum'), await seedRecords('000'), ['sangong']);
    expect([ok.outcome, ok.checked]).toEqual(['pass', 3]);
    const bad = checkBreakdowns(meta('sangong-sum'), await alteredSeed('000', (r) => reprintFigure(amountIn(r, 'b32', '1.66').figure, '2.66'))(), ['sangong']);
    expect(bad.findings.map((f) => [f.left.value.toFixed(), f.right.value.toFixed()])).toEqual([['2.33', '3.33']]);
  });
});

describe('narrative subsets (subset-le-total, spec 004: 小微 35.40 ≤ 中小 35.40, 27.05 ≤ 27.06)', () => {
  it('passes 004 and 002 (参公 23 ≤ 31), and fails 004 with 小微 reprinted 36.40', async () => {
    const ok = checkNarrativeSubsets(meta('subset-le-total'), await seedRecords('004'));
    expect(ok.outcome).toBe('pass');
    expect(ok.checked).toBeGreaterThanOrEqual(3);
    expect(checkNarrativeSubsets(meta('subset-le-total'), await seedRecords('002')).outcome).toBe('pass');
    const bad = checkNarrativeSubsets(
      meta('subset-le-total'),
      await alteredSeed('004', (r) => reprintFigure(fact(r, 'amount', (a) => a.metric === '小微企业合同').figure, '36.40'))(),
    );
    expect(bad.findings.map((f) => [f.left.value.toFixed(), f.right.value.toFixed()])).toEqual([['36.4', '35.4']]);
  });
});

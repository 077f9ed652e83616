import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { RULES } from '../../../src/rules/_registry/narrative.js';
import { ROOT } from '../../helpers/fixtures.js';
import { seedRecords } from './seeds.js';

/** The narrative rules' valid/invalid cases (the same contract as test/rules/registry.test.ts, run for this registry alone). */
const CASE_DIR = path.join(ROOT, 'test', 'rules', 'cases');
const judged = new Set(['narrative-reason-consistency']);

describe.each(RULES.filter((r) => !judged.has(r.meta.id)).map((r) => [r.meta.id, r] as const))('narrative rule %s', (id, rule) => {
  it('passes its valid cases and fails its invalid ones with the stated findings', async () => {
    const { cases } = (await import(path.join(CASE_DIR, `${id}.cases.ts`))) as { cases: RuleCases };
    expect(cases.valid.length).toBeGreaterThan(0);
    expect(cases.invalid.length).toBeGreaterThan(0);
    for (const c of cases.valid) {
      const result = rule.check(await c.records());
      expect(result.findings.map((f) => f.message.en), `${id} valid: ${c.name}`).toEqual([]);
      expect(['pass', 'not-applicable'], `${id} valid: ${c.name} (${result.outcome}: ${result.reason ?? ''})`).toContain(result.outcome);
    }
    for (const c of cases.invalid) {
      const result = rule.check(await c.records());
      expect(result.findings.length, `${id} invalid: ${c.name}: ${result.findings.map((f) => f.message.en).join(' | ')}`).toBe(c.findings);
      for (const f of result.findings) {
        expect(f.rule).toBe(id);
        expect(f.message.zh).not.toMatch(/\{\w+\}/);
        expect(f.message.en).not.toMatch(/\{\w+\}/);
        expect(f.evidence.length, `${id}: a finding without evidence`).toBeGreaterThan(0);
      }
      if (rule.meta.severity !== 'info') expect(result.outcome, `${id} invalid: ${c.name}`).toBe('fail');
    }
  }, 60_000);
});

describe('narrative-reason-consistency', () => {
  it('says it needs judgement instead of guessing', async () => {
    const rule = RULES.find((r) => r.meta.id === 'narrative-reason-consistency')!;
    const result = rule.check(await seedRecords('004'));
    expect(result.outcome).toBe('not-implemented');
    expect(result.reason).toMatch(/judgement/);
    expect(result.findings).toEqual([]);
  });
});

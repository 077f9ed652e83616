import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { RULES } from '../../../src/rules/_registry/performance.js';
import { ROOT } from '../../helpers/fixtures.js';

/**
 * Runs the valid/invalid cases of every rule in the 绩效 registry (ESLint style). A valid case
 * passes with no finding at all; an invalid one yields exactly the stated number of findings, and
 * fails unless every one is an info (info rules such as st-deduction-despite-met never fail).
 */
describe('绩效 rule cases', () => {
  const dir = path.join(ROOT, 'test', 'rules', 'cases');
  const files = new Set(readdirSync(dir));

  it('every 绩效 rule has a cases file with at least one valid and one invalid case', async () => {
    for (const r of RULES) {
      expect(files.has(`${r.meta.id}.cases.ts`), r.meta.id).toBe(true);
      const { cases } = (await import(path.join(dir, `${r.meta.id}.cases.ts`))) as { cases: RuleCases };
      expect(cases.valid.length, r.meta.id).toBeGreaterThan(0);
      expect(cases.invalid.length, r.meta.id).toBeGreaterThan(0);
    }
  });

  for (const rule of RULES) {
    describe(rule.meta.id, async () => {
      const { cases } = (await import(path.join(dir, `${rule.meta.id}.cases.ts`))) as { cases: RuleCases };
      for (const c of cases.valid)
        it(`valid: ${c.name}`, async () => {
          const res = rule.check(await c.records());
          expect(res.findings.map((f) => f.message.en)).toEqual([]);
          expect(res.outcome).toBe('pass');
        });
      for (const c of cases.invalid)
        it(`invalid: ${c.name}`, async () => {
          const res = rule.check(await c.records());
          expect(res.findings.map((f) => f.message.en)).toHaveLength(c.findings);
          expect(res.outcome).toBe(res.findings.every((f) => f.severity === 'info') ? 'pass' : 'fail');
          for (const f of res.findings) {
            expect(f.rule).toBe(rule.meta.id);
            expect(f.message.zh.length).toBeGreaterThan(0);
            expect(f.message.en.length).toBeGreaterThan(0);
          }
        });
    });
  }
});

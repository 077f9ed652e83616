import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/rules/_lib/catalogue.js';
import type { PairCases } from '../../src/rules/_lib/cross.js';
import type { RuleCases } from '../../src/rules/_lib/types.js';
import { CROSS_RULES } from '../../src/rules/_registry/cross.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { recordsOf, SEED_004 } from '../helpers/records.js';

const RULE_DIR = path.join(ROOT, 'src', 'rules');
const CASE_DIR = path.join(ROOT, 'test', 'rules', 'cases');
/** Files of src/rules/ that are not rules: the engines and the registry. */
const NOT_RULES = new Set(['engine.ts', 'cross-engine.ts', 'index.ts']);

const ruleFiles = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));

describe('the rule registry', () => {
  it('registers every rule file exactly once, under its file stem, and only catalogue ids', async () => {
    const ids = [...RULES, ...CROSS_RULES].map((r) => r.meta.id);
    expect(new Set(ids).size, 'a rule registered twice').toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
    for (const f of ruleFiles) {
      const mod = (await import(path.join(RULE_DIR, f))) as { rule?: { meta: { id: string } } };
      expect(mod.rule?.meta.id, f).toBe(f.replace(/\.ts$/, ''));
    }
    const catalogue = new Set(CATALOGUE.map((c) => c.id));
    expect(ids.filter((id) => !catalogue.has(id))).toEqual([]);
  });

  it('gives every rule its catalogue severity and document types, and messages in Chinese and English', () => {
    for (const r of [...RULES, ...CROSS_RULES]) {
      const c = CATALOGUE.find((x) => x.id === r.meta.id)!;
      expect([r.meta.id, r.meta.severity, r.meta.family]).toEqual([c.id, c.severity, c.family]);
      expect(r.meta.messages.zh, r.meta.id).toMatch(/\p{Script=Han}/u);
      expect(r.meta.messages.en.length, r.meta.id).toBeGreaterThan(10);
    }
  });

  it('has a cases file with passing and failing cases for every rule', () => {
    const missing = [...RULES, ...CROSS_RULES].map((r) => r.meta.id).filter((id) => !existsSync(path.join(CASE_DIR, `${id}.cases.ts`)));
    expect(missing).toEqual([]);
  });
});

describe.each(RULES.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('passes its valid cases and fails its invalid ones with the stated findings', async () => {
    const { cases } = (await import(path.join(CASE_DIR, `${id}.cases.ts`))) as { cases: RuleCases };
    // A rule that needs judgement beyond arithmetic reports not-implemented on every document, never a pass.
    if (cases.valid.length === 0 && cases.invalid.length === 0) {
      const r = rule.check(await recordsOf(SEED_004));
      expect([r.outcome, r.findings.length], `${id} has no cases: it must report not-implemented`).toEqual(['not-implemented', 0]);
      return;
    }
    expect(cases.valid.length, 'valid cases').toBeGreaterThan(0);
    expect(cases.invalid.length, 'invalid cases').toBeGreaterThan(0);
    for (const c of cases.valid) {
      const result = rule.check(await c.records());
      expect(
        result.findings.map((f) => f.message.en),
        `${id} valid: ${c.name}`,
      ).toEqual([]);
      expect(['pass', 'not-applicable'], `${id} valid: ${c.name} (${result.outcome}: ${result.reason ?? ''})`).toContain(result.outcome);
    }
    for (const c of cases.invalid) {
      const result = rule.check(await c.records());
      expect(result.findings.length, `${id} invalid: ${c.name}: ${result.findings.map((f) => f.message.en).join(' | ')}`).toBe(c.findings);
      for (const f of result.findings) {
        expect(f.rule).toBe(id);
        expect(f.message.zh).not.toMatch(/\{\w+\}/);
        expect(f.evidence.length, `${id}: a finding without evidence`).toBeGreaterThan(0);
      }
      if (rule.meta.severity !== 'info') expect(result.outcome, `${id} invalid: ${c.name}`).toBe('fail');
    }
  }, 60_000);
});

describe.each(CROSS_RULES.map((r) => [r.meta.id, r] as const))('cross-document rule %s', (id, rule) => {
  it('is of family AC, which the per-document engine leaves to the cross-document pass', () => {
    expect(rule.meta.family).toBe('AC');
    expect(RULES.map((r) => r.meta.id)).not.toContain(id);
  });

  it('passes its consistent pairs and finds each planted disagreement, with evidence from both documents', async () => {
    const { cases } = (await import(path.join(CASE_DIR, `${id}.cases.ts`))) as { cases: PairCases };
    expect(cases.valid.length, 'valid cases').toBeGreaterThan(0);
    expect(cases.invalid.length, 'invalid cases').toBeGreaterThan(0);
    for (const c of cases.valid) {
      const result = rule.check(await c.pair());
      expect(
        result.findings.map((f) => f.message.en),
        `${id} valid: ${c.name}`,
      ).toEqual([]);
      expect(result.outcome, `${id} valid: ${c.name} (${result.reason ?? ''})`).toBe('pass');
    }
    for (const c of cases.invalid) {
      const pair = await c.pair();
      const result = rule.check(pair);
      expect(result.findings.length, `${id} invalid: ${c.name}: ${result.findings.map((f) => f.message.en).join(' | ')}`).toBe(c.findings);
      expect(result.outcome).toBe('fail');
      for (const f of result.findings) {
        expect(f.message.zh).not.toMatch(/\{\w+\}/);
        // Left: the subject's statement; right: the reference's figure — evidence from both documents.
        expect(f.left.operands.length).toBeGreaterThan(0);
        expect(f.right.operands.length).toBeGreaterThan(0);
        expect(f.message.en).toContain(pair.subject.label);
        expect(f.message.en).toContain(pair.reference.label);
      }
    }
  }, 120_000);
});

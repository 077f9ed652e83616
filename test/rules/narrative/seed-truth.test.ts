import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/rules/_lib/types.js';
import { RULES as NARRATIVE } from '../../../src/rules/_registry/narrative.js';
import { checkDocument } from '../../../src/rules/engine.js';
import { recordsOf } from '../../helpers/records.js';
import { SEED_FILES, type SeedId } from './seeds.js';

/**
 * Spec Part B, narrative rules only: every finding the narrative rules make on the four seeds is one
 * of Part B's (rule, severity, the numbers it names), and every one listed is made. 004 is the
 * false-positive test: no error or warning from these rules but fan-func-label-path.
 */
interface Expected {
  truth: string;
  rule: string;
  severity: Finding['severity'];
  /** Strings the Chinese message must contain (the key numbers as printed or recomputed). */
  has: string[];
  diagnostic?: string;
}

const E = (truth: string, rule: string, severity: Finding['severity'], has: string[], diagnostic?: string): Expected => ({
  truth,
  rule,
  severity,
  has,
  ...(diagnostic ? { diagnostic } : {}),
});

const EXPECTED: Record<SeedId, Expected[]> = {
  '000': [
    E('000-01', 'same-quantity-agreement', 'error', ['执行数', '38706.47', '1095.69']),
    E('000-01', 'same-quantity-agreement', 'error', ['执行率', '100', '3']),
    E('000-02', 'component-sum', 'error', ['38706.47', '38578.47', '128']),
    E('000-03', 'yoy-pct', 'error', ['38001.88', '704.59', '5393.47', '53.93'], 'ratio-as-percent'),
    E('000-04', 'yoy-pct', 'error', ['37866.37', '840.1', '4507.36', '45'], 'ratio-as-percent'),
    E('000-05', 'yoy-direction', 'error', ['增加', '减少', '208.69']),
    E('000-06', 'yoy-prior-agreement', 'warning', ['887', '942.29']),
    E('000-07a', 'same-quantity-agreement', 'error', ['三公经费', '2.33', '3.32']),
    E('000-07b', 'same-quantity-agreement', 'error', ['公务用车运行维护费', '1.66', '2.04']),
    E('000-07c', 'same-quantity-agreement', 'error', ['公务接待费', '0.67', '1.28']),
    E('000-07a', 'sangong-text-table', 'error', ['三公经费', '3.32', '2.33']),
    E('000-07b', 'sangong-text-table', 'error', ['公务用车运行维护费', '2.04', '1.66']),
    E('000-07c', 'sangong-text-table', 'error', ['公务接待费', '1.28', '1.92']),
    E('000-07c', 'sangong-text-table', 'error', ['公务接待费', '0.67', '1.92']),
    E('000-08', 'sangong-yoy', 'error', ['2.64', '5.96', '3.3']),
    E('000-I1', 'prior-base-consistency', 'info', ['704.59', '840.1']),
    E('000-I1', 'prior-base-consistency', 'info', ['852.25', '852.35']),
    E('000-I4', 'nonfiscal-flow', 'info', ['96.87', '45.02', '28']),
  ],
  '001': [
    E('001-05', 'same-quantity-agreement', 'error', ['服务对象满意度', '98', '94.9']),
    E('001-09', 'same-quantity-agreement', 'warning', ['预算完成率', '100', '104.97']),
    E('001-I2', 'boilerplate-foreign-entity', 'info', ['民政各项工作']),
    E('001-I2', 'boilerplate-foreign-entity', 'info', ['民政系统']),
    E('001-I2', 'boilerplate-foreign-entity', 'info', ['民政专项']),
    E('001-I2', 'boilerplate-foreign-entity', 'info', ['民政维稳']),
    E('001-I3', 'survey-granularity', 'info', ['20', '5%', '98']),
    E('001-I7', 'percent-unit-missing', 'info', ['94.9']),
  ],
  '002': [E('002-I3', 'year-reference', 'info', ['2019年社保中心', '2020']), E('002-I3', 'year-reference', 'info', ['重点工作办结率', '2019'])],
  '004': [
    E('004-02', 'fan-func-label-path', 'warning', ['社会保障和就业支出', '人力资源和社会保障管理事务', '2080199']),
    E('004-I2', 'fan-project-count', 'info', ['2', '3', '2080199', '2080704', '2080705']),
    E('004-I4', 'label-normalization', 'info', ['公益性岗位', '公益性岗位补贴']),
    E('004-I4', 'label-normalization', 'info', ['其他就业补助支出工资', '社会保险补贴']),
  ],
};

/** Rules that must check something and pass on a seed (Part B "checks that must PASS", narrative side). */
const MUST_PASS: Record<SeedId, string[]> = {
  '000': ['econ-class-sum', 'income-source-sum', 'budget-adjust-sum', 'completion-rate', 'basic-split', 'sangong-le-public', 'zero-base-rate'],
  '001': ['fixed-asset-net', 'component-sum', 'unit-yuan-wan'],
  '002': ['component-sum', 'pct-share', 'pct-shares-sum', 'basic-split', 'fund-expense-sum'],
  '004': [
    'same-quantity-agreement',
    'component-sum',
    'pct-share',
    'pct-shares-sum',
    'yoy-pct',
    'yoy-direction',
    'budget-adjust-sum',
    'completion-rate',
    'zero-base-rate',
    'budget-final-wording',
    'econ-class-sum',
    'basic-split',
    'income-source-sum',
    'headcount-sum',
    'sangong-text-table',
    'sangong-le-public',
    'fan-total',
    'fan-share',
    'fan-item-detail',
    'fan-basic-split',
    'fan-sangong',
    'fan-org-running',
    'fan-procurement',
    'fan-meeting',
    'fan-vehicle',
    'fan-selfeval-amounts',
  ],
};

const mine = new Set(NARRATIVE.map((r) => r.meta.id));

/** Every seed in each of its renderings: the narrative facts must not depend on the format. */
const RUNS = (Object.keys(EXPECTED) as SeedId[]).flatMap((seed) => (['html', 'docx', 'pdf'] as const).map((format) => [seed, format] as const));

describe.each(RUNS)('seed %s (%s), narrative rules', (seed, format) => {
  it('makes exactly the Part B findings and passes the must-pass checks', async () => {
    const report = checkDocument(await recordsOf(SEED_FILES[seed].replace(/\.html$/, `.${format}`)));
    const found = report.findings.filter((f) => mine.has(f.rule));
    const expected = EXPECTED[seed];
    const unmatched = [...found];
    const missing: Expected[] = [];
    for (const e of expected) {
      const i = unmatched.findIndex(
        (f) =>
          f.rule === e.rule && f.severity === e.severity && e.has.every((h) => f.message.zh.includes(h)) && (!e.diagnostic || f.diagnostic === e.diagnostic),
      );
      if (i < 0) missing.push(e);
      else unmatched.splice(i, 1);
    }
    const line = (f: Finding) => `${f.severity} ${f.rule}${f.diagnostic ? `[${f.diagnostic}]` : ''}: ${f.message.zh}`;
    console.log(
      `seed ${seed} (${format}): found ${found.length} narrative findings (${found.filter((f) => f.severity !== 'info').length} error/warning), expected ${expected.length} (${expected.filter((e) => e.severity !== 'info').length} error/warning)\n  ${found.map(line).join('\n  ')}`,
    );
    expect(
      missing.map((m) => `${m.truth} ${m.rule} ${m.has.join(' ')}`),
      'Part B findings not made',
    ).toEqual([]);
    expect(unmatched.map(line), 'findings Part B does not list').toEqual([]);
    const outcome = new Map(report.outcomes.map((o) => [o.rule, o]));
    for (const id of MUST_PASS[seed]) {
      const o = outcome.get(id);
      expect(o?.outcome, `${id} on ${seed}: ${o?.reason ?? ''}`).toBe('pass');
      expect(o!.checked, `${id} on ${seed} checked nothing`).toBeGreaterThan(0);
    }
    if (seed === '004') {
      expect(outcome.get('narrative-reason-consistency')?.outcome).toBe('not-implemented');
      const loud = found.filter((f) => f.severity !== 'info' && f.rule !== 'fan-func-label-path');
      expect(loud.map(line), '004 is clean apart from fan-func-label-path').toEqual([]);
      // 004-I1: Σ of the seven 五(三) 决算 1387.54 vs 1387.53 is a rounding residual, info only.
      const residual = report.findings.find((f) => f.rule === 'rounding-residual' && f.data.rules?.includes('fan-item-detail'));
      expect(residual?.severity).toBe('info');
      expect(residual?.data.max).toBe('0.01');
    }
  }, 60_000);
});

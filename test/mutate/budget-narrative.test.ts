/**
 * A 预算's 说明 restates its tables: faults planted in the sentences of 上海市财政局's 2025 预算 (a
 * figure changed, a 万元 printed as 元) are reported against the table that prints the same quantity —
 * same-quantity-agreement for a changed figure, a unit-suspect warning for a changed unit — and
 * nothing else is; the unmutated document gives no error its truth file does not name.
 */
import { describe, expect, it } from 'vitest';
import { parseFixture } from '../helpers/fixtures.js';
import { mutateModel, type DocResult } from './run-doc.js';

const FILE = 'fixtures/real/上海市财政局25年预算.pdf';

/** Fault id → what must report it: a rule id (an error of it), or `unit-suspect` (warnings only). */
const PLANTED: Record<string, string> = {
  // «因公出国（境）费288.70万元» changed: the 三公 table prints 288.70.
  'narrative-figure b85:11': 'same-quantity-agreement',
  // «（三）公务接待费25.40万元» changed.
  'narrative-figure b87:8': 'same-quantity-agreement',
  // «一般公共预算拨款支出预算17,192万元» printed in 元: the 一般公共预算 支出表's 合计 is 171,915,169 元.
  'unit-text b48:77': 'unit-suspect',
  // «“卫生健康支出”科目467万元» printed in 元: the 支出总表's 210 is 4,668,000 元.
  'unit-text b53:15': 'unit-suspect',
};

let result: Promise<DocResult> | null = null;
const run = (): Promise<DocResult> =>
  (result ??= parseFixture(FILE).then((doc) => mutateModel(FILE, doc, { perKind: 0, seed: 'test', select: (f) => f.id in PLANTED })));

describe('a 预算 说明 against its tables', () => {
  it('plants each fault, and each is reported against the table and by nothing else', async () => {
    const r = await run();
    expect(r.faults.map((f) => f.id).sort()).toEqual(Object.keys(PLANTED).sort());
    for (const f of r.faults) {
      const summary = { verdict: f.verdict, extra: f.extra.map((x) => `${x.why} ${x.rule} ${x.message}`), crashed: f.crashed };
      expect(summary, `${f.id}: ${f.what}`).toEqual({ verdict: 'found', extra: [], crashed: null });
      const want = PLANTED[f.id]!;
      if (want === 'unit-suspect')
        expect(
          f.found.every((x) => x.severity === 'warning' && x.diagnostic === 'unit-suspect'),
          f.id,
        ).toBe(true);
      else
        expect(
          f.found.filter((x) => x.rule === want).map((x) => x.severity),
          f.id,
        ).toContain('error');
    }
  });

  it('the unmutated document gives no error its truth file does not name', async () => {
    expect((await run()).falseErrors).toEqual([]);
  });
});

describe('a 预算 table against another that prints the same total', () => {
  it("长沙 2025: the 一般公共预算基本支出表's «单位：万元» printed «单位：元» is a unit question, against the 一般公共预算 支出表's 基本支出", async () => {
    const file = 'fixtures/real/2026年长沙市公安局2025年部门预算.pdf';
    const doc = await parseFixture(file);
    const r = mutateModel(file, doc, { perKind: 0, seed: 'test', select: (f) => f.id === 'unit-table t5' });
    expect(r.faults.map((f) => f.id)).toEqual(['unit-table t5']);
    const [f] = r.faults;
    expect(f!.found.length).toBeGreaterThan(0);
    expect(f!.found.every((x) => x.severity === 'warning' && x.diagnostic === 'unit-suspect')).toBe(true);
    expect(f!.extra).toEqual([]);
  });
});

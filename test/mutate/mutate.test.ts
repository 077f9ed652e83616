/**
 * Fault injection on one real document, through the code `npm run mutate` runs: a handful of faults
 * planted one at a time in the 2024 决算 of 上海普陀 财政局, each of which must be reported by the rule
 * the catalogue gives it and by nothing else; and the unmutated document gives no error its truth
 * file does not name. A fault that stops being planted (its place no longer read) fails too.
 */
import { describe, expect, it } from 'vitest';
import { parseFixture } from '../helpers/fixtures.js';
import { mutateModel, type DocResult } from './run-doc.js';

const FILE = 'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf';

/** Fault id → the rule that must report it (the first of the fault's `must`). */
const PLANTED: Record<string, string> = {
  // 公开02 20805 行政事业单位养老支出 › 本年收入合计 raised: its 类 208 and its own 项 no longer add up.
  'total t2 r11 c4': 'fa-func-hierarchy',
  // 公开02 2080505 机关事业单位基本养老保险缴费支出 lowered: its 款 20805 no longer adds up.
  'cell t2 r13 c4': 'fa-func-hierarchy',
  // 公开05 2210201 住房公积金 dropped: 22102 prints more than its remaining 项.
  'row-drop t5 r21': 'fa-func-hierarchy',
  // 公开06 30226 劳务费 changed: 302 商品和服务支出 no longer adds up.
  'cell t6 r23 c7': 'fa06-basic-split',
  // 公开07 公务接待费 预算数 raised: the 三公 total no longer adds up.
  'sangong t7 r5 c10': 'fa07-sangong-sum',
  // 收入支出总计 "减少56.95万元，下降1.87%" with 下降 flipped to 增长.
  'direction b69:57': 'yoy-direction',
  // 财政拨款收入 "占99.79%" changed.
  'percent b71:36': 'pct-share',
};

let result: Promise<DocResult> | null = null;
const run = (): Promise<DocResult> =>
  (result ??= parseFixture(FILE).then((doc) => mutateModel(FILE, doc, { perKind: 0, seed: 'test', select: (f) => f.id in PLANTED })));

describe('fault injection', () => {
  it('plants each fault, and each is reported by its rule and by nothing else', async () => {
    const r = await run();
    expect(r.faults.map((f) => f.id).sort()).toEqual(Object.keys(PLANTED).sort());
    for (const f of r.faults) {
      const summary = { verdict: f.verdict, extra: f.extra.map((x) => `${x.why} ${x.rule} ${x.message}`), crashed: f.crashed };
      expect(summary, `${f.id}: ${f.what}`).toEqual({ verdict: 'found', extra: [], crashed: null });
      expect(
        f.found.map((x) => x.rule),
        f.id,
      ).toContain(PLANTED[f.id]);
      expect(
        f.found.filter((x) => x.rule === PLANTED[f.id]).every((x) => x.severity === 'error'),
        f.id,
      ).toBe(true);
    }
  });

  it('a 万元 note changed to 元 is a unit question: unit-suspect warnings, no error', async () => {
    const doc = await parseFixture(FILE);
    const r = mutateModel(FILE, doc, { perKind: 0, seed: 'test', select: (f) => f.id === 'unit-table t2' });
    expect(r.faults).toHaveLength(1);
    const [f] = r.faults;
    expect(f!.found.length).toBeGreaterThan(0);
    expect(f!.found.every((x) => x.severity === 'warning' && x.diagnostic === 'unit-suspect')).toBe(true);
    expect(f!.extra).toEqual([]);
  });

  it('the unmutated document gives no error its truth file does not name', async () => {
    expect((await run()).falseErrors).toEqual([]);
  });
});

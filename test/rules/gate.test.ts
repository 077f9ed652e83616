import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/classify-document.js';
import { tableTrust } from '../../src/extract/table-trust.js';
import { extractRecords } from '../../src/extract/index.js';
import { checkDocument } from '../../src/rules/engine.js';
import { mergeFindings } from '../../src/rules/_lib/gate.js';
import { parseFixture } from '../helpers/fixtures.js';
import { altered, codedRow, DEPT_BUDGET, FA_2024, reprint } from '../helpers/records.js';

/** The 2024 决算's findings (errors and warnings) on the sentence that prints `was`, once it prints `now` instead. */
async function onSentence(was: string, now: string) {
  const doc = await parseFixture(FA_2024);
  const b = doc.blocks.find((x) => x.text.includes(was));
  if (!b) throw new Error(`no block prints ${was}`);
  b.text = b.text.replace(was, now);
  return checkDocument(extractRecords(doc)).findings.filter((f) => f.severity !== 'info' && f.evidence.some((e) => e.kind === 'text' && e.block === b.id));
}

/** DEPT_BUDGET's 合计 of `code` in the 支出预算总表 reprinted as `f(value)`. */
const reprinted = (f: (v: string) => string, code = '2080505') =>
  altered(DEPT_BUDGET, (r) => {
    const s = codedRow(r.bu.bu03, code).values.total;
    if (s?.state !== 'number') throw new Error('2080505 prints no 合计');
    reprint(s, f(s.figure.value.toFixed()));
  });

const hierarchyFindings = async (records: Parameters<typeof checkDocument>[0]) => checkDocument(records).findings.filter((f) => f.rule === 'bu-func-hierarchy');

describe('severity gated by evidence', () => {
  it('an error from a table read whole and with confidence stays an error', async () => {
    const fs = await hierarchyFindings(await reprinted((v) => (Number(v) + 1).toFixed(4))());
    expect(fs.map((f) => [f.severity, f.data.uncertain])).toEqual([['error', undefined]]);
  });

  it('the same defect in a table that may not be whole is a warning that says why', async () => {
    const r = await reprinted((v) => (Number(v) + 1).toFixed(4))();
    const t = r.tables.find((x) => x.kind === 'bu03')!;
    t.trust = { confident: true, whole: false, doubts: ['the document prints 2 tables read as bu03 (t2, t9): each may be a piece of one table'] };
    const fs = await hierarchyFindings(r);
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0]!.data.uncertain).toContain('t2 (bu03): the document prints 2 tables read as bu03');
  });

  it('two sides that differ by 10,000 are a unit question (unit-suspect), not an error', async () => {
    // 20805's 合计 reprinted in 万元 among 元 cells: it is its 项's sum divided by 10,000. (Its own 类's
    // sum, 208, is then off by an amount that is no power of ten: that stays an error.)
    const fs = await hierarchyFindings(await reprinted((v) => (Number(v) / 10000).toFixed(8), '20805')());
    const own = fs.filter((f) => f.data.row?.startsWith('20805'));
    expect(own.map((f) => [f.severity, f.diagnostic])).toEqual([['warning', 'unit-suspect']]);
    expect(own[0]!.data.uncertain).toMatch(/factor of 10\^4/);
  });

  it('an amount printed in 元 among 万元 is a unit question in the shares and sums it enters, not an error', async () => {
    // 二: "其他收入6.2万元，占0.21%" printed as 6.2元: the share recomputes at a ten-thousandth of 0.21%
    // (pct-share, fan-share), and 本年收入合计 = 财政拨款收入 + 其他收入 holds with 6.2 taken in 万元; and it is
    // the one amount of the 说明 in 元 (unit-yuan-wan), which names the cause itself.
    const fs = await onSentence('其他收入6.2万元', '其他收入6.2元');
    expect(new Set(fs.map((f) => f.rule))).toEqual(new Set(['pct-share', 'fan-share', 'income-source-sum', 'unit-yuan-wan']));
    expect(fs.map((f) => [f.severity, f.diagnostic])).toEqual(fs.map(() => ['warning', 'unit-suspect']));
    expect(fs.find((f) => f.rule === 'income-source-sum')!.data.uncertain).toMatch(/其他收入 is taken at 10\^4 times/);
  });

  it('a total that leaves a part out stays an error: a part at a ten-thousandth of its value is the same as no part', async () => {
    // 六: 基本支出 printed as 人员经费 alone (2152.26), leaving out 公用经费 184.65.
    const fs = await onSentence('财政拨款基本支出2336.91万元', '财政拨款基本支出2152.26万元');
    const split = fs.filter((f) => f.rule === 'basic-split');
    expect(split.map((f) => [f.severity, f.diagnostic])).toEqual([['error', undefined]]);
  });

  it('a second table of a kind a disclosure prints once makes both pieces, and a headless fragment after a table makes it not whole', async () => {
    const doc = await parseFixture(DEPT_BUDGET);
    const classes = classifyDocument(doc).tables;
    const i = classes.findIndex((c) => c.kind === 'bu03');
    const piece = { ...doc.tables[i]!, id: 't99', title: null, headerRows: 0, order: doc.tables[i]!.order + 1 };
    const twice = tableTrust([...doc.tables, { ...doc.tables[i]!, id: 't98' }], [...classes, { ...classes[i]!, table: 't98' }]);
    expect(twice[i]!.whole).toBe(false);
    expect(twice[i]!.doubts[0]).toMatch(/2 tables read as bu03 \(t2, t98\)/);
    const tables = [...doc.tables.slice(0, i + 1), piece, ...doc.tables.slice(i + 1)];
    const cls = [...classes.slice(0, i + 1), { ...classes[i]!, table: 't99', kind: 'unknown', runnerUp: null, runnerUpScore: 0 }, ...classes.slice(i + 1)];
    const trust = tableTrust(tables, cls);
    expect(trust[i]!.whole).toBe(false);
    expect(trust[i]!.doubts).toEqual(['t99, printed right after it with no title or header and as many columns, may continue it']);
    expect(tableTrust(doc.tables, classes).every((x) => x.whole && x.confident)).toBe(true);
  });
});

describe('one cause, one finding', () => {
  it('findings of one rule on the same stated number are one, saying how many it stands for', async () => {
    const r = await reprinted((v) => (Number(v) + 1).toFixed(4))();
    const [f] = await hierarchyFindings(r);
    const twin = { ...f!, right: { ...f!.right, label: 'another computation of it' } };
    const merged = mergeFindings([f!, twin]);
    expect(merged).toHaveLength(1);
    expect([merged[0]!.data.merged, merged[0]!.data.also]).toEqual(['2', 'another computation of it']);
    // A different stated number is a different finding.
    const other = { ...f!, left: { ...f!.left, value: f!.left.value.plus(1) } };
    expect(mergeFindings([f!, other])).toHaveLength(2);
  });
});

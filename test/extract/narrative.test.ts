import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/extract/figure.js';
import type { FactOf, NarrativeFact } from '../../src/extract/narrative/schema.js';
import { NarrativeFact as NarrativeFactSchema } from '../../src/extract/narrative/schema.js';
import type { DocumentRecords } from '../../src/extract/records.js';
import { recordsOf } from '../helpers/records.js';

const S000 = 'fixtures/seeds/000_4d0b4c40ef830124.html';
const S001 = 'fixtures/seeds/001_217e79579315e879.html';
const S002 = 'fixtures/seeds/002_3947c5881660c658.html';
const S004 = 'fixtures/seeds/004_d487b3c520216221.html';

const of = <K extends NarrativeFact['kind']>(r: DocumentRecords, kind: K, pred: (f: FactOf<K>) => boolean = () => true): FactOf<K>[] =>
  r.narrative.filter((f): f is FactOf<K> => f.kind === kind && pred(f as FactOf<K>));
const v = (f: Figure | null | undefined): string | undefined => f?.value.toFixed();

/** The text a figure's evidence points at, cut from its block. */
const printedAt = (r: DocumentRecords, f: Figure): string => {
  const e = f.evidence;
  if (e.kind !== 'text') throw new Error('not text evidence');
  return r.blocks.find((b) => b.id === e.block)!.text.slice(e.start, e.end);
};

describe('narrative facts of seed 004 (决算 情况说明 and 自评报告)', async () => {
  const r = await recordsOf(S004);

  it('validates every fact against the schema', () => {
    for (const f of r.narrative) expect(NarrativeFactSchema.safeParse(f).success).toBe(true);
    expect(r.diagnostics.filter((d) => d.code === 'narrative-fact-invalid')).toEqual([]);
  });

  it('reads 一 as a YoY decrease of 97.27 on 1387.53 stated as 6.6%, with its evidence span', () => {
    const [y] = of(r, 'yoy', (y) => y.ref.block === 'b91');
    expect([y!.metric, v(y!.current?.figure), v(y!.delta), v(y!.pct), y!.against]).toEqual(['收支总计', '1387.53', '97.27', '6.6', 'prior']);
    expect(y!.words.map((w) => w.word)).toEqual(['减少', '减少']);
    expect(y!.docPart).toBe('fa-notes');
    expect(y!.chapter).toBe(1);
    expect(printedAt(r, y!.delta)).toBe('97.27万元');
    expect(y!.ref.quote).toBe('与上年相比，减少97.27万元，减少6.6%，主要是因为2021年本单位厉行节约，严控各项开支。');
  });

  it('reads 三 as a 基本/项目 breakdown with shares of the total', () => {
    const [b] = of(r, 'breakdown', (b) => b.ref.block === 'b95');
    expect([b!.family, b!.exhaustive, v(b!.total.figure), ...b!.components.map((c) => `${c.metric}=${v(c.figure)}`)]).toEqual([
      'basic-project',
      true,
      '1387.53',
      '基本支出=1333.74',
      '项目支出=53.79',
    ]);
    const shares = of(r, 'share', (s) => s.ref.block === 'b95');
    expect(shares.map((s) => [v(s.part?.figure), v(s.base?.figure), v(s.pct)])).toEqual([
      ['1333.74', '1387.53', '96.1'],
      ['53.79', '1387.53', '3.9'],
    ]);
    expect(shares[0]!.pct.halfUnit.toFixed()).toBe('0.05');
  });

  it('reads 五(三) as seven 类/款/项 items with their 年初预算 and 决算, and the lead totals', () => {
    const items = of(r, 'item');
    expect(items.map((i) => `${i.ordinal}:${v(i.init?.figure)}/${v(i.final?.figure)}`)).toEqual([
      '1:1318.77/1246.25',
      '2:0/52.35',
      '3:0/17.37',
      '4:48/48',
      '5:0/17.78',
      '6:0/1.71',
      '7:0/4.08',
    ]);
    expect([items[3]!.lei, items[3]!.kuan, items[3]!.xiang]).toEqual(['社会保障和就业支出', '社会保障和就业支出', '其他人力资源和社会保障管理事务支出']);
    const [lead] = of(r, 'item-total');
    expect([v(lead!.init?.figure), v(lead!.final?.figure)]).toEqual(['1366.77', '1387.53']);
    const [rate] = of(r, 'rate', (f) => f.ref.block === 'b104');
    expect([rate!.rateKind, v(rate!.num?.figure), v(rate!.den?.figure), v(rate!.pct), rate!.explainedByAddition]).toEqual([
      'completion',
      '1387.53',
      '1366.77',
      '101.5',
      true,
    ]);
    const wordings = of(r, 'wording');
    expect(wordings.map((w) => `${w.comparator}:${v(w.budget?.figure)}/${v(w.final?.figure)}:${w.reason}`)).toContain('lt:1318.77/1246.25:true');
  });

  it('reads 七 per item: the clause subject carries into "支出决算为"', () => {
    const amounts = of(r, 'amount', (a) => a.ref.block === 'b125');
    expect(amounts.map((a) => `${a.metric}[${a.column}]=${v(a.figure)}`)).toEqual(['公务接待费[budget]=3', '公务接待费[final]=1.94']);
    const shares = of(r, 'share', (s) => s.ref.block === 'b129');
    expect(shares.map((s) => `${s.part?.metric}:${v(s.base?.figure)}:${v(s.pct)}`)).toEqual([
      '公务接待费:7.94:24.4',
      '因公出国(境)费:7.94:0',
      '公务用车购置及运行费:7.94:75.6',
    ]);
  });

  it('reads 十 as two statements in one sentence: against the 年初预算 and against the prior year', () => {
    const ys = of(r, 'yoy', (y) => y.chapter === 10);
    expect(ys.map((y) => `${y.against}:${v(y.current?.figure)}:${v(y.delta)}:${y.words.map((w) => w.word).join('/')}:${v(y.pct)}`)).toEqual([
      'budget:238.32:51.83:减少/降低:17.9',
      'prior:238.32:45.95:增加/增长:23.9',
    ]);
  });

  it('reads the 自评报告: 亿元 converted to 万元 with its half-unit, persons partitions, the parenthesised split', () => {
    const [pension] = of(r, 'breakdown', (b) => b.family === 'pension' && b.exhaustive);
    expect([v(pension!.total.figure), pension!.total.figure.halfUnit.toFixed(), ...pension!.components.map((c) => v(c.figure))]).toEqual([
      '975900',
      '50',
      '942900',
      '33000',
    ]);
    expect(of(r, 'breakdown', (b) => b.family === 'persons').map((b) => v(b.total.figure))).toEqual(['111.91', '39.45', '13.18', '3.32', '6435']);
    const [paren] = of(r, 'breakdown', (b) => b.form === 'paren');
    expect([v(paren!.total.figure), ...paren!.components.map((c) => v(c.figure))]).toEqual(['5.79', '4.08', '1.71']);
    expect(of(r, 'amount', (a) => a.docPart === 'report' && a.metric === '商品和服务支出').map((a) => v(a.figure))).toEqual(['238.32', '48']);
  });
});

describe('narrative facts of seed 000 (自评报告)', async () => {
  const r = await recordsOf(S000);

  it('keeps every direction word of "比上增加年减少208.69万元，增加24%" and takes the current from the 其中 sentence before', () => {
    const [y] = of(r, 'yoy', (y) => v(y.delta) === '208.69');
    expect(y!.words.map((w) => w.dir)).toEqual(['up', 'down', 'up']);
    expect([v(y!.current?.figure), v(y!.pct)]).toEqual(['1095.69', '24']);
  });

  it('reads the 功能分类 breakdown of the 年初预算, each part at its own printed precision', () => {
    const [b] = of(r, 'breakdown', (b) => b.family === 'func');
    expect(b!.components.map((c) => `${c.metric}=${v(c.figure)}±${c.figure.halfUnit.toFixed()}`)).toEqual([
      '功能:社会保障和就业=37938.4±0.05',
      '功能:卫生健康=583.64±0.005',
      '功能:住房保障=56.43±0.005',
    ]);
    const [econ] = of(r, 'breakdown', (b) => b.family === 'econ');
    expect(econ!.components.map((c) => `${v(c.figure)}±${c.figure.halfUnit.toFixed()}`)).toEqual(['836±0.5', '208.61±0.005', '51.08±0.005']);
  });

  it('reads the 三公 groups, the parenthesised one too', () => {
    expect(
      of(r, 'breakdown', (b) => b.family === 'sangong').map((b) => `${b.form}:${v(b.total.figure)}=${b.components.map((c) => v(c.figure)).join('+')}`),
    ).toEqual(['paren:2.33=1.66+0.67', 'leading:3.32=2.04+1.28', 'leading:3.32=2.04+1.28']);
  });

  it('reads headcounts and the two execution rates', () => {
    expect(of(r, 'headcount').map((h) => `${h.metric}=${v(h.figure)}`)).toEqual(['编制数=95', '在职人数=80', '离退休人数=54']);
    expect(of(r, 'rate').map((f) => `${v(f.num?.figure)}/${v(f.den?.figure)}=${v(f.pct)}`)).toEqual(['38706.47/38706.47=100', '1095.69/38706.47=3']);
  });
});

describe('narrative facts of seeds 001 and 002', () => {
  it('001: 元 amounts in 万元 exactly, with the half-unit of a cent in 万元', async () => {
    const r = await recordsOf(S001);
    const [b] = of(r, 'breakdown', (b) => b.family === 'basic-project' && b.total.column === 'init');
    expect([v(b!.total.figure), b!.total.figure.halfUnit.toFixed(), b!.total.figure.printed]).toEqual(['17697.538452', '0.0000005', '176975384.52元']);
    expect(b!.components.map((c) => v(c.figure))).toEqual(['453.386952', '17244.1515']);
    expect(of(r, 'headcount', (h) => h.metric === '在职人数').map((h) => v(h.figure))).toEqual(['29', '29', '29']);
    expect(of(r, 'claim', (c) => c.metric === '在职人员控制率').map((c) => `${c.label}${v(c.value)}`)).toEqual(['指标值=100', '完成率100']);
    expect(of(r, 'rate', (f) => f.metric === '基金支出').map((f) => v(f.pct))).toEqual(['97', '92', '149', '168', '115']);
    expect(of(r, 'entity').map((e) => e.phrase)).toEqual(['民政各项工作', '民政系统', '民政专项', '民政维稳']);
  });

  it('002: the three 基金 expense splits and the 2019 sentence of a 2020 report', async () => {
    const r = await recordsOf(S002);
    expect(of(r, 'breakdown', (b) => b.family === 'fund').map((b) => `${v(b.total.figure)}=${b.components.map((c) => v(c.figure)).join('+')}`)).toEqual([
      '3039.56=3035.79+3.77',
      '49741.54=35453.09+14288.45',
      '21330.01=21233.3+93.77+2.94',
    ]);
    expect(of(r, 'year-mention', (y) => y.mentioned === 2019).length).toBe(1);
  });
});

describe('narrative facts do not depend on the format', () => {
  it('004 as DOCX states the same YoY, shares and items as the HTML', async () => {
    const html = await recordsOf(S004);
    const docx = await recordsOf('fixtures/seeds/004_d487b3c520216221.docx');
    const key = (r: DocumentRecords) => [
      ...of(r, 'yoy').map((y) => `yoy ${y.metric} ${v(y.current?.figure)} ${v(y.delta)} ${v(y.pct)}`),
      ...of(r, 'share').map((s) => `share ${v(s.part?.figure)} ${v(s.base?.figure)} ${v(s.pct)}`),
      ...of(r, 'item').map((i) => `item ${i.ordinal} ${i.kuan} ${v(i.final?.figure)}`),
    ];
    expect(key(docx)).toEqual(key(html));
    expect(key(html).length).toBeGreaterThan(20);
  });
});

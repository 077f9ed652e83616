import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/classify-document.js';
import { narrativeFacts } from '../../src/extract/narrative/facts.js';
import { bareLabel, columnOf, familyOf, metricOf } from '../../src/extract/narrative/metrics.js';
import type { FactOf, NarrativeFact } from '../../src/extract/narrative/schema.js';
import { parseBytes } from '../helpers/fixtures.js';

const factsOfHtml = async (body: string): Promise<NarrativeFact[]> => {
  const doc = await parseBytes('t.html', `<html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
  return narrativeFacts(doc, classifyDocument(doc)).facts;
};
const kind = <K extends NarrativeFact['kind']>(fs: NarrativeFact[], k: K): FactOf<K>[] => fs.filter((f): f is FactOf<K> => f.kind === k);

describe('the metric vocabulary', () => {
  it('names specific metrics anywhere in a label, generic ones only when the label is the word itself', () => {
    expect(metricOf('2021年度一般公共预算财政拨款基本支出')).toBe('基本支出');
    expect(metricOf('“三公”经费财政拨款支出预算为')).toBe('三公经费');
    expect(metricOf('公务用车购置费及运行维护费支出决算')).toBe('公务用车购置及运行费');
    expect(metricOf('社会保障和就业（类）支出')).toBe('功能:社会保障和就业');
    expect(metricOf('本年支出合计')).toBe('支出');
    expect(metricOf('2022年全年支出为')).toBe('支出');
    expect(metricOf('支出决算为')).toBeNull();
    expect(metricOf('年初预算为')).toBeNull();
    expect(metricOf('上海市普陀区财政局2024年度财政拨款收入支出总计')).toBe('财政拨款收支总计');
    expect(bareLabel('（1）2022年度“三公”经费为')).toBe('三公经费');
  });

  it('reads the column, not the fund: 一般公共预算 is no 预算 column', () => {
    expect(columnOf('一般公共预算财政拨款支出')).toBeNull();
    expect(columnOf('一般公共预算财政拨款支出年初预算数为')).toBe('init');
    expect(columnOf('全年预算数')).toBe('full');
    expect(columnOf('支出决算为')).toBe('final');
  });

  it('knows partitions: econ lines, the 三公 items, basic/project', () => {
    expect(familyOf(['工资福利支出', '商品和服务支出', '对个人和家庭的补助'])?.family).toBe('econ');
    expect(familyOf(['公务接待费', '因公出国(境)费'])?.family).toBe('sangong');
    expect(familyOf(['基本支出', null])).toBeNull();
  });
});

describe('sentences and numbers', () => {
  it('converts 元 and 亿元 to 万元 exactly, keeping the printed half-unit, and points the evidence at the number', async () => {
    const fs = await factsOfHtml(
      '<p>2023年年初预算共计176975384.52元。其中：基本支出预算4533869.52元，项目支出预算172441515元。</p><p>2021年发放养老待遇共计 97.59 亿元，其中发放基本养老金 94.29 亿元，发放丧葬抚恤费 3.3 亿元。</p>',
    );
    const amounts = kind(fs, 'amount');
    expect(amounts.map((a) => `${a.figure.value.toFixed()}±${a.figure.halfUnit.toFixed()}`)).toEqual([
      '17697.538452±0.0000005',
      '453.386952±0.0000005',
      '17244.1515±0.00005',
      '975900±50',
      '942900±50',
      '33000±500',
    ]);
    const [first] = amounts;
    expect(first!.figure.evidence.kind === 'text' ? [first!.figure.evidence.start, first!.figure.evidence.end] : null).toEqual([11, 24]); // '2023年年初预算共计' is 11 characters; '176975384.52元' 13
    expect(kind(fs, 'breakdown').map((b) => `${b.family}:${b.exhaustive}`)).toEqual(['basic-project:true', 'pension:true']);
  });

  it('joins a sentence a page break split over two paragraphs, evidence staying in each block', async () => {
    const fs = await factsOfHtml(
      '<p>2022年度“三公”经费3.32万元,其中公务用车运行维护费2.04万元,公务接待费1.28万元。比上年减少2.64</p><p>万元，减少44%，主要原因是厉行勤俭节约。</p>',
    );
    const [y] = kind(fs, 'yoy');
    expect([y!.current?.figure.value.toFixed(), y!.delta.value.toFixed(), y!.pct?.value.toFixed()]).toEqual(['3.32', '2.64', '44']);
    expect(y!.ref.quote).toBe('比上年减少2.64万元，减少44%，主要原因是厉行勤俭节约。');
    const pct = y!.pct!.evidence;
    expect(pct.kind === 'text' ? pct.block : null).not.toBe(y!.delta.evidence.kind === 'text' ? y!.delta.evidence.block : null);
  });

  it('skips what it cannot read rather than guessing: a 共计 over amounts of mixed columns is no breakdown', async () => {
    const fs = await factsOfHtml(
      '<p>年中追加项目“社会保险补贴”1.71万元，实际支出1.71万元；年中追加项目“公益性岗位补贴”4.08万元，实际支出4.08万元；共计5.79万元。</p>',
    );
    expect(kind(fs, 'breakdown')).toEqual([]);
    expect(kind(fs, 'amount').length).toBe(5);
  });

  it('reads claims, and a rate printed without % as such', async () => {
    const fs = await factsOfHtml('<p>（2）人员管理：在职人员控制率，指标值=100%，完成率100%；服务对象满意度达到94.9。</p>');
    expect(kind(fs, 'claim').map((c) => `${c.metric}:${c.value.value.toFixed()}:${c.percentSignMissing}`)).toEqual([
      '在职人员控制率:100:false',
      '在职人员控制率:100:false',
      '满意度:94.9:true',
    ]);
  });
});

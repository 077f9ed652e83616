import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/classify-document.js';
import { leadTitles } from '../../src/classify/lead-title.js';
import type { DocModel } from '../../src/model/index.js';
import { parseFixture } from '../helpers/fixtures.js';

/** The classification of the one table that follows the block whose text includes `lead`. */
function tableAfter(doc: DocModel, lead: string) {
  const b = doc.blocks.find((x) => x.text.includes(lead))!;
  const t = doc.tables.filter((x) => x.parent === null && x.order > b.order).sort((p, q) => p.order - q.order)[0]!;
  return { table: t, classification: classifyDocument(doc).tables.find((c) => c.table === t.id)! };
}

describe('an untitled table named by the lead sentence or heading above it', () => {
  it.each([
    ['2026年广州市人民政府办公厅部门预算.pdf', '本部门重点项目绩效目标情况如下'],
    ['2026年深圳市财政局部门预算.pdf', '本单位重点项目绩效目标情况如下'],
  ])('%s: 项目 | 预算数 | 绩效目标 under “…重点项目绩效目标情况如下：” is a 项目支出绩效目标表', async (file, lead) => {
    const doc = await parseFixture(`fixtures/real/${file}`);
    const { table, classification } = tableAfter(doc, lead);
    expect(table.title).toBeNull();
    expect(classification.kind).toBe('pt-project');
    expect(classification.reason).toMatch(/^untitled: named by the lead b\d+ above it/);
  });

  it('names nothing when a table stands between the lead and the table, or the table has a title of its own', async () => {
    const doc = await parseFixture('fixtures/real/2026年广州市人民政府办公厅部门预算.pdf');
    const { table, classification } = tableAfter(doc, '本部门重点项目绩效目标情况如下');
    const unknown = { ...classification, kind: 'unknown', score: 0, reason: 'no title' };
    const others = doc.tables.filter((t) => t.id !== table.id);
    // The same table printed right after another table (the lead is then that table's, not this one's).
    const pushed = {
      ...doc,
      tables: [...others, { ...table, order: table.order }],
      blocks: doc.blocks.filter((b) => !b.text.includes('重点项目绩效目标情况如下') && !/重点项目预算绩效目标情况/.test(b.text)),
    };
    expect(leadTitles(pushed, [unknown], { family: '预算' })[0]!.kind).toBe('unknown');
    // Titled by its own caption: the lead is not read.
    const titled = { ...doc, tables: [...others, { ...table, title: '专项工作经费明细表' }] };
    expect(leadTitles(titled, [unknown], { family: '预算' })[0]!.kind).toBe('unknown');
  });
});

describe('an indicator table that prints only targets', () => {
  it('国家信访局 2024 表1 项目年度绩效指标表: 一级指标 | 二级指标 | 三级指标 | 指标值 is its header row, and the table an evaluation’s indicator table', async () => {
    const doc = await parseFixture('fixtures/real/信访局_国家信访局2024年度部门决算公开.pdf');
    const t = doc.tables.find((x) => x.title?.includes('项目年度绩效指标表'))!;
    // No amount stops the header (≥330 台套, 成效明显): the row of indicator labels is the header, the rows that span below it are not.
    expect(t.headerRows).toBe(1);
    const c = classifyDocument(doc).tables.find((x) => x.table === t.id)!;
    expect([c.kind, c.runnerUp]).toEqual(['ev-indicators', 'pt-project']);
  });
});

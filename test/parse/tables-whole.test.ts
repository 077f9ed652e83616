import { describe, expect, it } from 'vitest';
import type { DocModel, Table } from '../../src/model/index.js';
import { textRows } from '../../src/model/index.js';
import { parseFixture } from '../helpers/fixtures.js';
import { headerPath } from '../../src/extract/header-path.js';

/**
 * Tables printed over several pages come out whole: the title, 部门 line and header repeated on
 * every page are dropped, each cell keeps the page it was printed on, and two tables that share
 * columns but not a title stay two.
 */

const SHENZHEN = 'fixtures/real/2026年深圳市财政局部门预算.pdf';
const CHANGSHA = 'fixtures/real/2026年长沙市公安局2025年部门预算.pdf';
const GUANGZHOU_TARGETS = 'fixtures/real/政务服务和数据管理局_广州市政务服务和数据管理局2026年项目支出绩效目标表（含转移支付项目）.pdf.pdf';
const XIAN = 'fixtures/real/人力资源和社会保障局_2026年部门预算.pdf';
const BEIJING_JUSTICE = 'fixtures/real/司法局_附件2：北京市司法局2026年度部门预算报表.pdf';
const GUANGZHOU_BUDGET = 'fixtures/real/2026年广州市人民政府办公厅部门预算.pdf';

const cache = new Map<string, Promise<DocModel>>();
const load = (rel: string): Promise<DocModel> => {
  let p = cache.get(rel);
  if (!p) cache.set(rel, (p = parseFixture(rel)));
  return p;
};

const compact = (s: string): string => s.replace(/\s+/g, '');
/** Rows of the table (below its header) that print a header row again. */
const repeatedHeaderRows = (t: Table): number[] => {
  const rows = textRows(t).map((r) => r.map(compact).join('|'));
  const head = new Set(rows.slice(0, t.headerRows));
  return rows.flatMap((r, i) => (i >= t.headerRows && head.has(r) ? [i] : []));
};
/** The pages a table's cells were printed on, in order, each once. */
const cellPages = (t: Table): number[] =>
  [...new Set(t.cells.flatMap((g) => (g.kind === 'cell' && g.provenance.kind === 'pdf' ? [g.provenance.page] : [])))].sort((a, b) => a - b);

describe('深圳市财政局 2026 预算: 表1–表11, the title, 部门 line and header repeated on every page', () => {
  it('gives each of the eleven tables once, whole, over the pages it runs on', async () => {
    const doc = await load(SHENZHEN);
    const numbered = doc.tables.filter((t) => t.number !== undefined);
    expect(numbered.map((t) => [t.number, t.title, t.pages])).toEqual([
      ['表1', '收支总表', [16, 17, 18]],
      ['表2', '收入总表', [19]],
      ['表3', '支出总表', [20, 21, 22, 23]],
      ['表4', '基本支出总表', [24, 25, 26]],
      ['表5', '项目支出总表', [27]],
      ['表6', '财政拨款收支总表', [28, 29, 30]],
      ['表7', '一般公共预算支出表（按功能分类）', [31, 32, 33]],
      ['表8', '一般公共预算支出表（按经济分类）', [34, 35, 36, 37]],
      ['表9', '财政拨款“三公”经费支出表', [38]],
      ['表10', '政府性基金预算支出表', [39]],
      ['表11', '国有资本经营预算支出表', [40]],
    ]);
    for (const t of numbered) {
      expect([t.unitNote, t.department], t.title!).toEqual(['单位：万元', '深圳市财政局（本级）']);
      expect(repeatedHeaderRows(t), t.title!).toEqual([]);
      expect(cellPages(t), t.title!).toEqual(t.pages);
    }
  });

  it('reads 支出总表 from its first row to its last: 37,385.88 in total, 购房补贴 last', async () => {
    const t = (await load(SHENZHEN)).tables.find((x) => x.number === '表3')!;
    const rows = textRows(t);
    expect([t.nRows, t.headerRows, t.report.parts]).toEqual([32, 2, 4]);
    expect(rows[2]!.slice(0, 4)).toEqual(['深圳市财政局（本级）', '', '', '37,385.88']);
    expect(rows.at(-1)!.slice(1, 4)).toEqual(['2210203', '购房补贴', '2,220.22']);
    // The 2210203 row was printed alone on page 23, under the header and title repeated there.
    const last = t.cells.find((g) => g.kind === 'cell' && g.raw === '2210203');
    expect(last?.kind === 'cell' && last.provenance.kind === 'pdf' ? last.provenance.page : null).toBe(23);
  });

  it('marks the title, number, 部门 and unit lines repeated over the continued pages as page furniture', async () => {
    const doc = await load(SHENZHEN);
    const titles = doc.blocks.filter((b) => compact(b.text) === '支出总表');
    expect(titles.map((b) => b.role)).toEqual(['caption', 'furniture', 'furniture', 'furniture']);
  });

  it('keeps 政府性基金 and 国有资本经营 apart: the same columns on consecutive pages, each with its own title', async () => {
    const doc = await load(SHENZHEN);
    const two = doc.tables.filter((t) => t.number === '表10' || t.number === '表11');
    expect(two.map((t) => [t.nCols, t.pages])).toEqual([
      [6, [39]],
      [6, [40]],
    ]);
  });
});

describe('running target lists: one table however many pages', () => {
  it('长沙: the 项目支出绩效目标表 over 28 pages, its header once', async () => {
    const doc = await load(CHANGSHA);
    const lists = doc.tables.filter((t) => t.title === '2025年项目支出绩效目标表');
    expect(lists).toHaveLength(1);
    const t = lists[0]!;
    expect(t.pages).toEqual(Array.from({ length: 28 }, (_, i) => 23 + i));
    expect([t.headerRows, t.report.parts, t.department]).toEqual([2, 28, '长沙市公安局']);
    expect(repeatedHeaderRows(t)).toEqual([]);
    expect(cellPages(t)).toEqual(t.pages);
  });

  it('长沙: the two lines of a 绩效目标 cell printed under the frame on page 33 are the cell’s', async () => {
    const doc = await load(CHANGSHA);
    expect(doc.blocks.some((b) => b.text.includes('国第一方阵'))).toBe(false);
    const t = doc.tables.find((x) => x.title === '2025年项目支出绩效目标表')!;
    const cell = t.cells.find((g) => g.kind === 'cell' && g.raw.endsWith('国第一方阵。'));
    expect(cell?.kind === 'cell' && cell.provenance.kind === 'pdf' ? cell.provenance.page : null).toBe(33);
  });

  it('广州市政务服务和数据管理局: the target list over 12 pages is one table', async () => {
    const doc = await load(GUANGZHOU_TARGETS);
    expect(doc.tables.map((t) => [t.title, t.pages.length, t.headerRows])).toEqual([['项目支出绩效目标表（含转移支付项目）', 12, 1]]);
    expect(repeatedHeaderRows(doc.tables[0]!)).toEqual([]);
  });

  it('北京市司法局 预算12表: text bled past the frame between pages does not cut it', async () => {
    const doc = await load(BEIJING_JUSTICE);
    const t = doc.tables.find((x) => x.number === '预算12表')!;
    expect(t.pages).toEqual(Array.from({ length: 23 }, (_, i) => 24 + i));
  });

  it('北京市司法局 预算13表: a form whose label column, merged down its rows, goes on over three pages without its rulings', async () => {
    const doc = await load(BEIJING_JUSTICE);
    const [t, ...more] = doc.tables.filter((x) => x.pages.some((p) => p >= 47 && p <= 50));
    expect([more.length, t!.number, t!.pages, t!.nCols]).toEqual([0, '预算13表', [47, 48, 49, 50], 9]);
    // Every row has all its columns; the 活动 rows of pages 48–50 sit beside the label column merged from page 47.
    expect(t!.cells.filter((g) => g.kind === 'missing')).toEqual([]);
    const activities = textRows(t!).map((r) => r[1]!);
    expect(activities).toContain('律师公证管理');
    expect(activities.at(-1)).toBe('司法综合事务');
    // The label printed again in that column on pages 48 and 49 is the table's, not a paragraph between two tables.
    expect(doc.blocks.filter((b) => b.text === '整体绩效目标').map((b) => b.role)).toEqual(['furniture', 'furniture']);
  });
});

describe('西安 部门综合预算: columns that move from page to page', () => {
  it('joins 表5, 表6 and 表8, whose continuation pages sit 4–9 pt to the side', async () => {
    const doc = await load(XIAN);
    const byNumber = (n: string) => doc.tables.find((t) => t.number === n)!;
    expect(['表5', '表6', '表8'].map((n) => [n, byNumber(n).pages])).toEqual([
      ['表5', [33, 34]],
      ['表6', [35, 36, 37]],
      ['表8', [39, 40]],
    ]);
  });

  it('keeps one 绩效目标 form per project: a form goes on over the page with fewer rulings, the next project’s form starts a table', async () => {
    const doc = await load(XIAN);
    const forms = doc.tables.filter((t) => compact(textRows(t)[0]![0]!).startsWith('专项（项目）名称'));
    // 表14's four projects and 表16's six, each on two pages.
    expect(forms.map((t) => t.pages)).toEqual([
      [50, 51],
      [52, 53],
      [53, 54],
      [54, 55],
      [58, 59],
      [59, 60],
      [60, 61],
      [61, 62],
      [62, 63],
      [63, 64],
    ]);
    // Page 60's piece draws a column boundary the form's first page has not: the form takes it.
    const widened = forms[5]!;
    expect([widened.nCols, cellPages(widened)]).toEqual([6, [59, 60]]);
  });
});

describe('广州 部门预算: tables printed without rulings', () => {
  const byNumber = (doc: DocModel, n: string): Table[] => doc.tables.filter((t) => t.number === n);
  const column = (t: Table, c: number): string[] =>
    textRows(t)
      .slice(t.headerRows)
      .map((r) => compact(r[c] ?? ''));

  it('finds an empty 表9 and 表10: a header band over one 合计 row of 0.00', async () => {
    const doc = await load(GUANGZHOU_BUDGET);
    for (const n of ['表9', '表10']) {
      const [t, ...more] = byNumber(doc, n);
      expect([more.length, t!.report.method, t!.headerRows]).toEqual([0, 'stream', 2]);
      expect(textRows(t!).slice(t!.headerRows)).toEqual([['合计', '0.00', '0.00', '0.00']]);
    }
  });

  it('gives a group label printed over several columns all of them, and a label over its own column one', async () => {
    const doc = await load(GUANGZHOU_BUDGET);
    const paths = (n: string): string[] => {
      const [t] = byNumber(doc, n);
      return Array.from({ length: t!.nCols }, (_, c) => headerPath(t!, c).join('›'));
    };
    // 收入 and 支出 centred over 项目 | 预算 each.
    expect(paths('表1')).toEqual(['收入›项目', '收入›预算', '支出›项目', '支出›预算']);
    expect(paths('表4')).toEqual(['收入›项目', '收入›预算', '支出›项目', '支出›预算']);
    // 功能分类科目 over 科目编码 | 科目名称; 合计 … 上缴上级支出 stand for the header's whole height, under no
    // group; 对附属单位补助支 / 出 is one label wrapped over its own column.
    expect(paths('表3')).toEqual([
      '功能分类科目›科目编码',
      '功能分类科目›科目名称',
      '合计',
      '基本支出',
      '项目支出',
      '事业单位经营支出',
      '对附属单位补助支›出',
      '上缴上级支出',
    ]);
    expect(paths('表9')).toEqual([
      '功能分类科目›科目编码科目名称',
      '政府性基金预算支出›小计',
      '政府性基金预算支出›其中:基本支出',
      '政府性基金预算支出›项目支出',
    ]);
  });

  it('reads two amounts a space apart as two cells (表2: 合计 and 一般公共预算 side by side)', async () => {
    const doc = await load(GUANGZHOU_BUDGET);
    const [t] = byNumber(doc, '表2');
    const row = textRows(t!).find((r) => r[0] === '广州市人民政府办公厅')!;
    expect(row.slice(0, 4)).toEqual(['广州市人民政府办公厅', '14,554.26', '14,554.26', '0.00']);
  });

  it('keeps 表11 whole where a 单位 name wraps over three lines around its amounts', async () => {
    const doc = await load(GUANGZHOU_BUDGET);
    const [t, ...more] = byNumber(doc, '表11');
    expect(more).toHaveLength(0);
    expect(column(t!, 0)).toContain('广州地区公文交换站（广州市人民政府公报编辑部）');
    expect(column(t!, 1).at(-1)).toBe('68.07');
  });

  it('reads 表12 as one table over pages 21–23: a 绩效目标 of many lines beside each project, in a column of its own', async () => {
    const doc = await load(GUANGZHOU_BUDGET);
    const [t, ...more] = byNumber(doc, '表12');
    expect([more.length, t!.pages, t!.nCols]).toEqual([0, [21, 22, 23], 9]);
    // 其他资金 prints 0.00 on every row; the text beside it (touching the last 0.00) is the 绩效目标's.
    expect(new Set(column(t!, 7))).toEqual(new Set(['0.00']));
    const goals = column(t!, 8);
    expect(goals[2]).toBe(
      compact(
        '通过把纪律挺在前面，严肃开展监督执纪问责，力促5 个综合监督单位落实全面从严治党主体责任，促进5个综 合监督单位党风廉政建设工作的深入开展。保障市政府 办公厅因公出国（境）任务有效开展。',
      ),
    );
    expect(goals.at(-1)!.endsWith('效益等方面考核运维绩效。')).toBe(true);
    // The lines of the last project's cells are the table's, not paragraphs after it.
    expect(doc.blocks.some((b) => b.text.includes('维服务'))).toBe(false);
  });

  it('finds the untitled 项目 | 预算数 | 绩效目标 table of the 情况说明, with its one project', async () => {
    const doc = await load(GUANGZHOU_BUDGET);
    const t = doc.tables.find((x) => x.pages.includes(26))!;
    expect(textRows(t).map((r) => compact(r[0]!) + '|' + r[1])).toEqual(['项目|预算数（单位：万元）', '专项工作经费（广州市人民政府办公厅）|749.25']);
  });
});

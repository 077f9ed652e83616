import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/classify-document.js';
import { classifyTable, MIN_SCORE, titleKey } from '../../src/classify/classify-table.js';
import { TABLE_KINDS } from '../../src/classify/table-kinds.js';
import { parseFixture } from '../helpers/fixtures.js';

const FA = ['fa01', 'fa02', 'fa03', 'fa04', 'fa05', 'fa06', 'fa07', 'fa08', 'fa09'];
const BU = ['bu01', 'bu02', 'bu03', 'bu04', 'bu05', 'bu06', 'bu07', 'bu08', 'bu09'];

/** Every table of every fixture, with the kind a person reading it gives it. */
const EXPECTED: Record<string, string[]> = {
  'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf': ['units', ...FA],
  'fixtures/real/24年普陀区财政局（测试问题版本）.pdf': ['units', ...FA.filter((k) => k !== 'fa03')],
  'fixtures/real/附件2：部门决算模板.pdf': ['units', ...FA],
  'fixtures/real/上海市财政局25年预算.pdf': BU,
  'fixtures/real/上海市普陀区财政局部门25年预算.pdf': BU,
  'fixtures/real/dept_budget.pdf': BU,
  'fixtures/real/unit_budget.pdf': BU,
  'fixtures/seeds/000_4d0b4c40ef830124.docx': ['bd', 'st-dept'],
  'fixtures/seeds/001_217e79579315e879.pdf': ['st-dept'],
  'fixtures/seeds/002_3947c5881660c658.html': ['fw', 'bd', 'fw', 'st-project', 'st-project'],
  'fixtures/seeds/004_d487b3c520216221.html': ['fa01', 'fa02', 'fa03', 'fa04', 'fa05', 'fa07', 'fa08', 'fa09', 'st-dept'],
  'fixtures/synthetic/unruled-expenditure.pdf': ['fa03'],
  'fixtures/odd/gbk-page.html': ['fa02'],
};

describe('table kinds', () => {
  it('has unique ids, and titles that are distinct after stripping', () => {
    expect(new Set(TABLE_KINDS.map((k) => k.id)).size).toBe(TABLE_KINDS.length);
    const keys = TABLE_KINDS.flatMap((k) => k.titles.map((t) => `${titleKey(t)}→${k.id}`));
    const byKey = new Map<string, string>();
    for (const entry of keys) {
      const [key, id] = entry.split('→') as [string, string];
      expect(byKey.get(key) ?? id, key).toBe(id);
      byKey.set(key, id);
    }
  });

  it.each([
    ['2025年预算单位财务收支预算总表', '财务收支预算总表'],
    ['2021 年度部门整体支出绩效自评表', '整体支出绩效自评表'],
    ['2023年度部门（单位）整体支出绩效自评表', '整体支出绩效自评表'],
    ['一般公共预算财政拨款“三公”经费支出决算表', '一般公共预算财政拨款三公经费支出决算表'],
    ['部门整体支出绩效评价共性指标框架（参考）', '整体支出绩效评价共性指标框架'],
  ])('titleKey(%j) = %j', (title, key) => expect(titleKey(title)).toBe(key));
});

describe('classifying every fixture table', () => {
  for (const [file, kinds] of Object.entries(EXPECTED)) {
    it(file, async () => {
      const doc = await parseFixture(file);
      const got = classifyDocument(doc).tables;
      expect(got.map((c) => c.kind)).toEqual(kinds);
      for (const c of got) {
        // A match is clear of its runner-up; an unknown says what came closest and how close.
        if (c.kind !== 'unknown') expect(c.score - c.runnerUpScore, `${c.table} ${c.kind} vs ${c.runnerUp}`).toBeGreaterThan(0.1);
        else expect(c.runnerUpScore).toBeLessThan(MIN_SCORE);
      }
    });
  }
});

describe('tables without a title of their own', () => {
  it('a form repeated under one title takes the kind of the titled one before it (西安 表14, 表16)', async () => {
    const doc = await parseFixture('fixtures/real/人力资源和社会保障局_2026年部门预算.pdf');
    const got = classifyDocument(doc).tables;
    const forms = doc.tables.filter((t) => t.cells[0]?.kind === 'cell' && t.cells[0].raw.replace(/\s+/g, '').startsWith('专项（项目）名称'));
    const kinds = forms.map((t) => got.find((c) => c.table === t.id)!);
    expect(kinds.map((c) => c.kind)).toEqual([...Array(4).fill('pt-project'), ...Array(6).fill('pt-fund')]);
    expect(kinds.map((c) => c.reason)).toEqual([
      null,
      ...[1, 2, 3].map((i) => `the form of ${forms[i - 1]!.id} again, under its title`),
      null,
      ...[5, 6, 7, 8, 9].map((i) => `the form of ${forms[i - 1]!.id} again, under its title`),
    ]);
  });

  it('a header that names only a measure (预算数) names no kind: 广州’s 项目 | 预算数 | 绩效目标 is no 机关运行经费预算表', async () => {
    const doc = await parseFixture('fixtures/real/2026年广州市人民政府办公厅部门预算.pdf');
    const t = doc.tables.find((x) => x.pages.includes(26))!;
    // Alone, untitled, it is unknown; in its document the lead above it names it (lead-title.ts).
    expect(classifyTable(t, { family: '预算' }).kind).toBe('unknown');
    expect(classifyDocument(doc).tables.find((c) => c.table === t.id)!.kind).toBe('pt-project');
  });
});

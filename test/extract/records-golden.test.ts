import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/report/text/extract.js';
import type { DocumentRecords } from '../../src/extract/records.js';
import { expectGolden } from '../helpers/fixtures.js';
import { recordsOf } from '../helpers/records.js';
import { performanceSummary } from '../rules/performance/records-summary.js';

/**
 * The records of the 财政局 2024 决算 and of every seed, as `gongkai extract` prints them, against
 * goldens read by a person (test/golden/records/); and, for every fixture with tables, the kinds
 * recognised against the kinds a reader sees in it, and the facts drawn.
 */
const EXPECTED: Record<string, string[]> = {
  'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf': ['units', 'fa01', 'fa02', 'fa03', 'fa04', 'fa05', 'fa06', 'fa07', 'fa08', 'fa09'],
  'fixtures/real/24年普陀区财政局（测试问题版本）.pdf': ['units', 'fa01', 'fa02', 'fa04', 'fa05', 'fa06', 'fa07', 'fa08', 'fa09'],
  'fixtures/real/附件2：部门决算模板.pdf': ['units', 'fa01', 'fa02', 'fa03', 'fa04', 'fa05', 'fa06', 'fa07', 'fa08', 'fa09'],
  'fixtures/real/上海市财政局25年预算.pdf': ['bu01', 'bu02', 'bu03', 'bu04', 'bu05', 'bu06', 'bu07', 'bu08', 'bu09'],
  'fixtures/real/上海市普陀区财政局部门25年预算.pdf': ['bu01', 'bu02', 'bu03', 'bu04', 'bu05', 'bu06', 'bu07', 'bu08', 'bu09'],
  'fixtures/real/dept_budget.pdf': ['bu01', 'bu02', 'bu03', 'bu04', 'bu05', 'bu06', 'bu07', 'bu08', 'bu09'],
  'fixtures/real/unit_budget.pdf': ['bu01', 'bu02', 'bu03', 'bu04', 'bu05', 'bu06', 'bu07', 'bu08', 'bu09'],
  'fixtures/seeds/000_4d0b4c40ef830124.html': ['bd', 'st-dept'],
  'fixtures/seeds/001_217e79579315e879.html': ['st-dept'],
  'fixtures/seeds/002_3947c5881660c658.html': ['fw', 'bd', 'fw', 'st-project', 'st-project'],
  'fixtures/seeds/004_d487b3c520216221.html': ['fa01', 'fa02', 'fa03', 'fa04', 'fa05', 'fa07', 'fa08', 'fa09', 'st-dept'],
  'fixtures/synthetic/unruled-expenditure.html': ['fa03'],
  'fixtures/odd/gbk-page.html': ['fa02'],
};

const GOLDEN = ['fixtures/real/上海市普陀区财政局2024年度部门决算.pdf', ...Object.keys(EXPECTED).filter((f) => f.startsWith('fixtures/seeds/'))];

const facts = (r: DocumentRecords) =>
  r.lineItems.length +
  r.sangong.length +
  r.selfEval.reduce((n, t) => n + t.items.length + t.fundRows.length, 0) +
  r.basicData.length +
  r.frameworks.length +
  r.narrative.length;

describe('extracted records', () => {
  it('recognises every table a reader sees in each fixture, and reports the facts drawn', async () => {
    const lines: string[] = ['fixture · tables recognised / expected · facts (line items, 三公, 自评表 rows, 基础数据表, 框架, narrative)'];
    for (const [file, kinds] of Object.entries(EXPECTED)) {
      const r = await recordsOf(file);
      const got = r.tables.map((t) => t.kind);
      expect(got, file).toEqual(kinds);
      lines.push(
        `${file} · ${got.filter((k) => k !== 'unknown').length} / ${kinds.length} · ${facts(r)} (${r.lineItems.length}, ${r.sangong.length}, ${r.selfEval.reduce((n, t) => n + t.items.length + t.fundRows.length, 0)}, ${r.basicData.length}, ${r.frameworks.length}, ${r.narrative.length})`,
      );
    }
    console.log(lines.join('\n'));
  });

  it.each(GOLDEN)('%s: the records as gongkai extract prints them', async (file) => {
    expectGolden(`records/${file.replace(/^fixtures\//, '').replace(/\//g, '__')}.records.txt`, extractText(await recordsOf(file)));
  });
});

describe('seed 000: the 2022 三公 total in every place the document states it', () => {
  it('three times in the narrative (2.33 once, 3.32 twice), in the 基础数据表 and in the 自评表', async () => {
    const r = await recordsOf('fixtures/seeds/000_4d0b4c40ef830124.html');
    const where = (e: { kind: string; block?: string; table?: string; row?: number; col?: number }) =>
      e.kind === 'text' ? e.block : `${e.table}[${e.row},${e.col}]`;
    const places: string[] = [];
    for (const f of r.narrative)
      if (f.kind === 'breakdown' && f.family === 'sangong') places.push(`text ${f.total.figure.value.toFixed()} @${where(f.total.figure.evidence)}`);
    for (const t of performanceSummary(r).basicData) if (t.rows.sangong?.[0]) places.push(`基础数据表 当年决算 ${t.rows.sangong[0]}`);
    for (const t of r.selfEval)
      if (t.split?.nat.sangong?.state === 'number')
        places.push(`自评表 其中：三公经费 ${t.split.nat.sangong.figure.value.toFixed()} @${where(t.split.nat.sangong.figure.evidence)}`);
    expect(places).toEqual(['text 2.33 @b32', 'text 3.32 @b34', 'text 3.32 @b40', '基础数据表 当年决算 2.33万元', '自评表 其中：三公经费 2.33 @t1[6,6]']);
  });
});

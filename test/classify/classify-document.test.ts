import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/classify-document.js';
import { parseDocument } from '../../src/parse/index.js';
import { fromBytes } from '../../src/sources/file.js';
import { parseFixture } from '../helpers/fixtures.js';

/** Every document fixture: kind, department, year, level, and the conflicts it must report. */
const EXPECTED: [string, string, string | null, number | null, string | null, string[]][] = [
  ['fixtures/real/上海市普陀区财政局2024年度部门决算.pdf', '决算', '上海市普陀区财政局', 2024, '部门', []],
  ['fixtures/real/24年普陀区财政局（测试问题版本）.pdf', '决算', '上海市普陀区财政局', 2024, '部门', ['conflicting-department', 'conflicting-year']],
  ['fixtures/real/附件2：部门决算模板.pdf', '决算', '上海市XX局', 2024, '部门', []],
  ['fixtures/real/上海市财政局25年预算.pdf', '预算', '上海市财政局', 2025, '单位', []],
  ['fixtures/real/上海市普陀区财政局部门25年预算.pdf', '预算', '上海市普陀区财政局', 2025, '部门', []],
  ['fixtures/real/dept_budget.pdf', '预算', '上海市普陀区司法局', 2026, '部门', []],
  ['fixtures/real/unit_budget.pdf', '预算', '上海市普陀区司法局', 2026, '单位', []],
  ['fixtures/seeds/000_4d0b4c40ef830124.html', '自评报告', '衡阳县社会保险服务中心', 2022, '部门', []],
  ['fixtures/seeds/001_217e79579315e879.docx', '评价报告', '正宁县社会保险局', 2023, '部门', []],
  ['fixtures/seeds/002_3947c5881660c658.html', '指标框架', null, 2020, '部门', []],
  ['fixtures/seeds/004_d487b3c520216221.pdf', '决算', '株洲市社会保险服务中心', 2021, '部门', []],
  ['fixtures/odd/gbk-page.html', '决算', '株洲市社会保险服务中心', 2021, '部门', []],
  // Named only by its 部门整体支出绩效目标表's 部门名称 row.
  ['fixtures/real/司法局_附件2：北京市司法局2026年度部门预算报表.pdf', '预算', '北京市司法局', 2026, null, []],
  // A report's cover: made by 长沙市财政局 (长沙市财政局制), on the 2020 project it evaluates (评价项目名称：2020 年度…).
  ['fixtures/real/国有资产监督管理委员会_2026年部门预算.pdf', '评价报告', '长沙市财政局', 2020, null, []],
  // Not disclosures, but official documents (公文): the issuer their title names before 关于 (over three
  // heading lines in 包头's; the first of nine issuers in 厦门's), the year of their number (包府办发〔2026〕11号,
  // 厦商务规〔２０２４〕２号).
  ['fixtures/real/2026年包头市政府办公厅部门预算.pdf', 'other', '包头市人民政府办公室', 2026, null, ['not-a-disclosure']],
  ['fixtures/real/2026年厦门市市场监督管理局部门预算.pdf', 'other', '厦门市商务局', 2024, null, ['not-a-disclosure']],
];

describe('classifying documents', () => {
  for (const [file, kind, department, year, level, conflicts] of EXPECTED) {
    it(file, async () => {
      const c = classifyDocument(await parseFixture(file));
      expect([c.kind, c.department, c.year, c.level]).toEqual([kind, department, year, level]);
      expect(c.diagnostics.map((d) => d.code)).toEqual(conflicts);
      // A document that is not a disclosure has no kind evidence: what it says of itself is its issuer's and its year's.
      expect((kind === 'other' ? c.evidence.department : c.evidence.kind).length).toBeGreaterThan(0);
    });
  }

  it('names every value and where it was printed when the evidence disagrees', async () => {
    const c = classifyDocument(await parseFixture('fixtures/real/24年普陀区财政局（测试问题版本）.pdf'));
    const year = c.diagnostics.find((d) => d.code === 'conflicting-year')!;
    expect([year.severity, year.stage]).toEqual(['warning', 'classify']);
    expect(Object.keys(year.detail ?? {}).sort()).toEqual(['2023', '2024']);
    expect(JSON.stringify(year.detail)).toContain('2023年度部门决算情况说明');
    const dept = c.diagnostics.find((d) => d.code === 'conflicting-department')!;
    expect(dept.message).toContain('上海市普陀区XX局');
  });

  it('does not take a 预决算 column name in a page’s breadcrumb for a kind', async () => {
    const page =
      '<html><body><div>当前位置：首页 &gt; 信息公开 &gt; 财政预决算</div><h1>衡阳县社会保险服务中心2022年度部门整体支出绩效自评报告</h1><p>正文</p></body></html>';
    const c = classifyDocument(await parseDocument(fromBytes('page.html', Buffer.from(page))));
    expect([c.kind, c.department, c.year]).toEqual(['自评报告', '衡阳县社会保险服务中心', 2022]);
    expect(c.diagnostics).toEqual([]);
  });
});

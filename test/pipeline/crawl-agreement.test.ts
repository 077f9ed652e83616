import { describe, expect, it } from 'vitest';
import { checkAgreement, sameBody } from '../../src/pipeline/crawl/agreement.js';
import { departmentInHeadline, kindIn, regionOf, statedBy } from '../../src/pipeline/crawl/stated.js';
import type { DiscoveryToCheck } from '../../src/store/crawl.js';

describe('what a link and its page state', () => {
  it('reads body, region, year and kind from headlines as sites print them', () => {
    expect(statedBy({ link: '2026年武汉市信访局部门预算', title: null, source: null })).toEqual({
      department: '武汉市信访局',
      region: '武汉市',
      year: 2026,
      kind: '预算',
      from: { department: 'link', region: 'link', year: 'link', kind: 'link' },
    });
    expect(departmentInHeadline('上海市普陀区财政局2024年度部门决算')).toBe('上海市普陀区财政局');
    expect(departmentInHeadline('附件1：北京市司法局2026年度部门预算')).toBe('北京市司法局');
    expect(departmentInHeadline('关于公开2026年部门预算的说明')).toBeNull();
  });

  it('takes each field from the first text that states it: the link, then the title, then the source line', () => {
    const s = statedBy({ link: '附件1：2026年部门预算.pdf', title: '厦门市市场监督管理局2026年部门预算', source: '厦门市市场监督管理局' });
    expect(s).toMatchObject({ department: '厦门市市场监督管理局', region: '厦门市', year: 2026, kind: '预算' });
    expect(s.from).toEqual({ year: 'link', kind: 'link', department: 'title', region: 'title' });
    const bySource = statedBy({ link: 'P020260213.pdf', title: '部门预算公开', source: '上海市普陀区司法局' });
    expect(bySource).toMatchObject({
      department: '上海市普陀区司法局',
      region: '上海市普陀区',
      year: null,
      kind: '预算',
      from: { department: 'source', kind: 'title' },
    });
    expect(statedBy({ link: '下载', title: null, source: '本网' }).department).toBeNull();
  });

  it('does not take 预决算 (a column name) for either kind, and knows the other kinds', () => {
    expect(kindIn('财政预决算')).toBeNull();
    expect(kindIn('2024年度部门决算')).toBe('决算');
    expect(kindIn('2022年度部门整体支出绩效自评报告')).toBe('自评报告');
    expect(kindIn('正宁县社会保险局2023年度部门整体支出绩效评价报告')).toBe('评价报告');
    expect(kindIn('部门整体支出绩效评价共性指标体系框架')).toBe('指标框架');
  });

  it('reads the region units a body name starts with', () => {
    expect(['上海市普陀区财政局', '北京市卫生健康委员会', '厦门市市场监督管理局', '国家信访局', '普陀区人民政府', '上海市'].map(regionOf)).toEqual([
      '上海市普陀区',
      '北京市',
      '厦门市',
      null,
      '普陀区',
      null,
    ]);
  });

  it('takes a body named without its region for the same body', () => {
    expect(sameBody('上海市普陀区财政局', '普陀区财政局')).toBe(true);
    expect(sameBody('武汉市信访局', '国家信访局')).toBe(false);
  });
});

const row = (over: Partial<DiscoveryToCheck>): DiscoveryToCheck => ({
  id: 1,
  url: 'http://h/c/P1.pdf',
  found_on: 'http://h/c/t1.html',
  link_text: '2026年部门预算.pdf',
  page_title: '武汉市信访局2026年部门预算',
  stated_department: '武汉市信访局',
  stated_region: '武汉市',
  stated_year: 2026,
  stated_kind: '预算',
  stated_from: JSON.stringify({ year: 'link', kind: 'link', department: 'title', region: 'title' }),
  link_format: 'pdf',
  sha256: 'a'.repeat(64),
  format: 'pdf',
  status: 'ok',
  kind: '预算',
  department: '武汉市信访局',
  year: 2026,
  ...over,
});

describe('whether a document is what the site says', () => {
  it('agrees when every field both sides state is the same', () => {
    expect(checkAgreement(row({}))).toEqual({ agreement: 'agrees', diagnostics: [] });
    expect(checkAgreement(row({ department: null, year: null })).agreement).toBe('agrees');
  });

  it('gives another body with both sides and the text that stated it', () => {
    const a = checkAgreement(row({ department: '国家信访局' }));
    expect(a.agreement).toBe('mismatch');
    const d = a.diagnostics[0]!;
    expect([d.code, d.severity, d.stage]).toEqual(['source-mismatch', 'warning', 'classify']);
    expect(d.detail!.disagreements).toEqual([
      { field: 'department', stated: '武汉市信访局', statedBy: 'page title «武汉市信访局2026年部门预算»', document: '国家信访局' },
    ]);
  });

  it('gives another year and another region', () => {
    const a = checkAgreement(row({ year: 2020, department: '西安市人力资源和社会保障局', stated_department: '人力资源和社会保障局', stated_region: null }));
    expect((a.diagnostics[0]!.detail!.disagreements as { field: string }[]).map((x) => x.field)).toEqual(['year']);
    const b = checkAgreement(row({ department: '北京市信访局' }));
    expect(
      (b.diagnostics[0]!.detail!.disagreements as { field: string; stated: string; document: string }[]).map((x) => [x.field, x.stated, x.document]),
    ).toEqual([
      ['department', '武汉市信访局', '北京市信访局'],
      ['region', '武汉市', '北京市'],
    ]);
  });

  it('flags a file that is no disclosure, and an HTML page served for a .pdf, whatever the link said', () => {
    const notice = checkAgreement(row({ kind: 'other', department: null, year: 2024 }));
    expect((notice.diagnostics[0]!.detail!.disagreements as { field: string; document: unknown }[]).map((x) => [x.field, x.document])).toEqual([
      ['kind', 'other'],
      ['year', 2024],
    ]);
    const page = checkAgreement(row({ format: 'html', kind: 'unknown', department: null, year: null, stated_kind: null, stated_from: '{}' }));
    expect(page.diagnostics[0]!.detail!.disagreements).toEqual([
      { field: 'format', stated: 'pdf', statedBy: 'link «2026年部门预算.pdf» (http://h/c/P1.pdf)', document: 'html' },
      { field: 'kind', stated: 'a disclosure', statedBy: 'the crawled column', document: 'unknown' },
    ]);
  });

  it('leaves a document that could not be read unchecked, unless its bytes already contradict the link', () => {
    expect(checkAgreement(row({ status: 'failed', kind: null, department: null, year: null })).agreement).toBe('unchecked');
    expect(checkAgreement(row({ status: 'failed', format: 'unknown', kind: null })).agreement).toBe('mismatch');
  });
});

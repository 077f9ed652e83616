import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTENSIONS, DEFAULT_LINK_TEXT, fileLink, fileResponse } from '../../src/sources/crawl/attachment.js';
import { dateIn, readPage } from '../../src/sources/crawl/page.js';
import { RobotsRules, productToken } from '../../src/sources/crawl/robots.js';
import { pageInScope, resolveLink, scopeOf } from '../../src/sources/crawl/scope.js';
import { ROOT } from '../helpers/fixtures.js';
import { gbk } from './gov-site.js';

const RULES = { extensions: [...DEFAULT_EXTENSIONS], linkText: DEFAULT_LINK_TEXT };
const at = (u: string): URL => new URL(u);

describe('reading a listing page', () => {
  const listing = gbk(`<html><head><meta charset="gb2312"><title>财政预决算_某区人民政府</title></head><body>
<ul><li><a href="./202602/t20260213_2001.html" title="武汉市信访局2026年部门预算公开">武汉市信访局2026年部...</a><span>2026-02-13</span></li>
<li><a href="../qtlm/t1.html">政策文件</a></li>
<li><a href="javascript:void(0)">打印</a><a href="#top">顶部</a><a href="mailto:a@b.cn">信箱</a></li></ul>
<script>createPageHTML(4, 1, "index", "shtml");</script><a href="index_2.shtml">下一页</a></body></html>`);
  const r = readPage(listing, at('http://www.example.gov.cn/zwgk/czyjs/index_1.shtml'));

  it('decodes GBK and resolves links against the page, taking the full title a listing truncates and the date beside it', () => {
    expect(r.encoding).toBe('gb18030');
    expect(r.links.map((l) => [l.url.href, l.text, l.date])).toEqual([
      ['http://www.example.gov.cn/zwgk/czyjs/202602/t20260213_2001.html', '武汉市信访局2026年部门预算公开', '2026-02-13'],
      ['http://www.example.gov.cn/zwgk/qtlm/t1.html', '政策文件', null],
      ['http://www.example.gov.cn/zwgk/czyjs/index_2.shtml', '下一页', null],
    ]);
  });

  it('reads the pages a TRS pager script writes, which are not in the markup', () => {
    expect(r.pager.map((u) => u.pathname)).toEqual([
      '/zwgk/czyjs/index.shtml',
      '/zwgk/czyjs/index_1.shtml',
      '/zwgk/czyjs/index_2.shtml',
      '/zwgk/czyjs/index_3.shtml',
    ]);
    expect(readPage(Buffer.from('<script>var countPage = 3;</script>'), at('http://h/a/index.html')).pager.map((u) => u.pathname)).toEqual([
      '/a/index.html',
      '/a/index_1.html',
      '/a/index_2.html',
    ]);
  });
});

describe('reading a detail page', () => {
  it('takes the title, date and source from the meta tags a TRS page carries, and resolves links against <base href>', () => {
    const page =
      Buffer.from(`<html><head><base href="http://files.example.gov.cn/czyjs/"><meta name="ArticleTitle" content="上海市普陀区财政局2024年度部门决算">
<meta name="PubDate" content="2025-06-13 10:00"><meta name="ContentSource" content="上海市普陀区财政局"><title>站点</title></head>
<body><h1>标题</h1><a href="P0202506.pdf">附件</a></body></html>`);
    const r = readPage(page, at('http://www.example.gov.cn/zwgk/czyjs/t1.html'));
    expect([r.title, r.published, r.source]).toEqual(['上海市普陀区财政局2024年度部门决算', '2025-06-13', '上海市普陀区财政局']);
    expect(r.links[0]!.url.href).toBe('http://files.example.gov.cn/czyjs/P0202506.pdf');
  });

  it('falls back to the printed 发布时间 and 来源 and the first heading', () => {
    const r = readPage(Buffer.from('<html><body><h1>某局2026年部门预算</h1><p>发布日期：2026年2月3日 来源：某市某局</p></body></html>'), at('http://h/x.html'));
    expect([r.title, r.published, r.source]).toEqual(['某局2026年部门预算', '2026-02-03', '某市某局']);
  });

  it('counts a disclosure printed inline as data tables, and a layout table as none', () => {
    const seed = readFileSync(path.join(ROOT, 'fixtures/seeds/000_4d0b4c40ef830124.html'));
    expect(readPage(seed, at('http://h/x.html')).dataTables).toBeGreaterThan(0);
    const layout = Buffer.from(
      '<table><tr><td><table><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td></tr></table></td></tr></table><table><tr><td>首页</td><td>2024</td></tr></table>',
    );
    // The inner table has eight amounts: the outer one holds a table and is layout.
    expect(readPage(layout, at('http://h/x.html')).dataTables).toBe(1);
    expect(readPage(Buffer.from('<table><tr><td>首页</td><td>2024</td><td>联系我们</td></tr></table>'), at('http://h/x.html')).dataTables).toBe(0);
  });

  it('reads dates as printed on government pages', () => {
    expect(['2026-02-13', '2026/2/3', '2026.02.03', '2026年2月3日', '２０２６－０２－０３'].map(dateIn)).toEqual([
      '2026-02-13',
      '2026-02-03',
      '2026-02-03',
      '2026-02-03',
      '2026-02-03',
    ]);
    expect(dateIn('2026-13-01')).toBeNull();
  });
});

describe('which links are files', () => {
  it('by the extension in the path or a query value, by the text, or by 附件/下载', () => {
    expect(fileLink(at('http://h/c/P020260213.pdf'), '附件1', RULES)).toEqual({ by: 'url', extension: 'pdf' });
    expect(fileLink(at('http://h/c/%E9%A2%84%E7%AE%97.XLSX'), '', RULES)).toEqual({ by: 'url', extension: 'xlsx' });
    expect(fileLink(at('http://h/module/download/downfile.jsp?classid=0&filename=2602.doc'), '', RULES)).toEqual({ by: 'url', extension: 'doc' });
    expect(fileLink(at('http://h/attach/123'), '2026年部门预算.pdf', RULES)).toEqual({ by: 'text', extension: 'pdf' });
    expect(fileLink(at('http://h/attach/123'), '附件2', RULES)).toEqual({ by: 'text', extension: null });
    expect(fileLink(at('http://h/c/t2026.html'), '2026年部门预算', RULES)).toBeNull();
    expect(fileLink(at('http://h/c/t2026.html'), '', { ...RULES, extensions: ['pdf'] })).toBeNull();
  });

  it('a response is a file unless its bytes are HTML, and HTML sent as an attachment is one too', () => {
    expect(fileResponse('pdf', null)).toBe(true);
    expect(fileResponse('html', null)).toBe(false);
    expect(fileResponse('html', 'attachment; filename="a.htm"')).toBe(true);
    expect(fileResponse('html', 'inline')).toBe(false);
  });
});

describe('scope', () => {
  it('is the start pages’ hosts and folders unless given; a prefix given as a URL adds its host', () => {
    const s = scopeOf(['http://www.a.gov.cn/zwgk/czyjs/index.html']);
    expect([...s.hosts]).toEqual(['www.a.gov.cn']);
    expect(s.prefixes).toEqual(['/zwgk/czyjs/']);
    expect(pageInScope(at('http://www.a.gov.cn/zwgk/czyjs/202602/t1.html'), s)).toBe(true);
    expect(pageInScope(at('http://www.a.gov.cn/'), s)).toBe(false);
    expect(pageInScope(at('http://www.a.gov.cn/zwgk/qtlm/index.html'), s)).toBe(false);
    expect(pageInScope(at('http://www.b.gov.cn/zwgk/czyjs/index.html'), s)).toBe(false);
    const given = scopeOf(['http://www.a.gov.cn/zwgk/czyjs/index.html'], { prefixes: ['/zwgk/czyjs/', 'https://czj.a.gov.cn/yjsgk/'] });
    expect([...given.hosts].sort()).toEqual(['czj.a.gov.cn', 'www.a.gov.cn']);
    expect(given.prefixes).toEqual(['/zwgk/czyjs/', '/yjsgk/']);
  });

  it('keys a link without its fragment and ignores what is not http(s)', () => {
    const base = at('http://h/c/index.html');
    expect(resolveLink('./t1.html#top', base)!.href).toBe('http://h/c/t1.html');
    expect(resolveLink('javascript:void(0)', base)).toBeNull();
    expect(resolveLink('#', base)).toBeNull();
    expect(resolveLink('ftp://h/x.pdf', base)).toBeNull();
  });
});

describe('robots.txt', () => {
  const agent = 'gongkai/0.1 (government disclosure reader)';
  it('is read for the product token, with its disallowed paths and Crawl-delay', () => {
    expect(productToken(agent)).toBe('gongkai');
    const r = RobotsRules.parsed(
      'http://h/robots.txt',
      'User-agent: *\nDisallow: /zwgk/czyjs/nbgl/\n\nUser-agent: gongkai\nDisallow: /search/\nCrawl-delay: 3\n',
    );
    // The group naming gongkai is the one that applies, not `*`.
    expect(r.allows(at('http://h/zwgk/czyjs/nbgl/t1.html'), agent)).toBe(true);
    expect(r.allows(at('http://h/search/x'), agent)).toBe(false);
    expect(r.crawlDelaySeconds(agent)).toBe(3);
    const star = RobotsRules.parsed('http://h/robots.txt', 'User-agent: *\nDisallow: /zwgk/czyjs/nbgl/\n');
    expect(star.allows(at('http://h/zwgk/czyjs/nbgl/t1.html'), agent)).toBe(false);
    expect(star.allows(at('http://h/zwgk/czyjs/t1.html'), agent)).toBe(true);
  });

  it('allows everything when there is none, and nothing when it could not be read', () => {
    expect(RobotsRules.none('HTTP 404').allows(at('http://h/a'), agent)).toBe(true);
    expect(RobotsRules.unreachable('HTTP 503').allows(at('http://h/a'), agent)).toBe(false);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import JSZip from 'jszip';
import { ROOT } from '../helpers/fixtures.js';
import { startServer, type TestServer } from './http-server.js';

/**
 * A government site on 127.0.0.1 built the way TRS-made 区 sites are: a 信息公开 › 财政预决算 column
 * (`/zwgk/czyjs/`) whose listing pages are `index.html`, `index_1.html`, `index_2.html` (the pager
 * written by a `createPageHTML` script, one page also with a plain 下一页 link), entries dated beside
 * their links, detail pages under `YYYYMM/tYYYYMMDD_N.html` with `ArticleTitle`/`PubDate`/
 * `ContentSource` meta tags, attachments named `P0…pdf` linked relatively and absolutely, one served
 * by `downfile.jsp` with a Content-Disposition, and the trouble real sites have: GBK pages, a
 * robots.txt that disallows a folder, a moved page (301), a removed page (404), a slow page, links
 * to the home page, another column and another host, an HTML error page served for a `.pdf`, the
 * same file linked twice, a detail page whose body is the disclosure. The attachments are real
 * fixture files, several of them what a keyword crawler brought back under the wrong name.
 */

/** Node has no GBK encoder; the table is the inverse of its GBK decoder (every two-byte code). */
let gbkTable: Map<string, number[]> | null = null;
export function gbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const d = new TextDecoder('gbk', { fatal: true });
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        try {
          const s = d.decode(Uint8Array.of(a, b));
          if (s.length === 1 && !gbkTable.has(s)) gbkTable.set(s, [a, b]);
        } catch {
          // not a GBK code
        }
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

const fixture = (p: string): Buffer => readFileSync(path.join(ROOT, 'fixtures', p));

/**
 * The real files behind the site's attachments, and lighter stand-ins (the seeds, rebuilt as PDF
 * and DOCX) for tests that run the crawl and its ingest many times over.
 */
const LIGHT: Record<string, string> = {
  'real/上海市普陀区财政局2024年度部门决算.pdf': 'seeds/004_d487b3c520216221.pdf',
  'real/2026年武汉市信访局部门预算.pdf': 'seeds/001_217e79579315e879.pdf',
  'real/国有资产监督管理委员会_2026年部门预算.pdf': 'seeds/000_4d0b4c40ef830124.docx',
  'real/2026年北京市卫生健康委员会部门预算.pdf': 'seeds/002_3947c5881660c658.pdf',
};

/** Seed 004's DOCX saved again with a new modification time: a republished file, new bytes, the same disclosure. */
export async function republished(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const core = await zip.file('docProps/core.xml')!.async('string');
  zip.file('docProps/core.xml', core.replace(/<dcterms:modified([^>]*)>[^<]*</, '<dcterms:modified$1>2021-07-20T09:00:00Z<'));
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

const COLUMN = '/zwgk/czyjs/';

/** One listing entry: its detail page (or file) and how the listing prints it. */
interface Entry {
  href: string;
  text: string;
  date: string;
}

interface Page {
  body: Buffer;
  type: string;
  headers?: Record<string, string>;
  /** ms before the answer. */
  delay?: number;
}

export interface GovSite {
  server: TestServer;
  /** Another host (another port of 127.0.0.1) that the column links to; it must see no request. */
  other: TestServer;
  base: string;
  start: string;
  /** The documents the column holds, by URL: what each is, for the tests' expectations. */
  documents: Map<string, { foundOn: string; linkText: string; fixture: string }>;
  /** Republishes the 株洲 决算: new attachment bytes, a new date on its listing entry and detail page. */
  republish(): Promise<void>;
  close(): Promise<void>;
}

const shell = (o: { title: string; meta?: string; charset: string; body: string; otherHost: string }): string => `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${o.charset}">
<title>${o.title}_上海市普陀区人民政府</title>${o.meta ?? ''}</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/index.html">政务公开</a> | <a href="/zwgk/qtlm/index.html">政策文件</a> | <a href="/hdjl/index.html">互动交流</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/index.html">信息公开</a> &gt; <a href="${COLUMN}index.html">财政预决算</a></div>
${o.body}
<div class="foot"><a href="${o.otherHost}/zwgk/czyjs/index.html">上海市财政局预决算公开</a> | <a href="http://www.gov.cn/">中国政府网</a> | <a href="mailto:webmaster@example.gov.cn">联系我们</a></div>
</body></html>`;

const listing = (entries: Entry[], page: number, pages: number, plainNext: boolean): string => `<div class="list"><ul>
${entries.map((e) => `<li><a href="${e.href}" title="${e.text}" target="_blank">${e.text.length > 16 ? `${e.text.slice(0, 16)}...` : e.text}</a><span class="date">${e.date}</span></li>`).join('\n')}
</ul></div>
<div class="page"><script type="text/javascript">createPageHTML(${pages}, ${page}, "index", "html");</script>${plainNext && page + 1 < pages ? `<a href="index_${page + 1}.html">下一页</a>` : ''}</div>`;

const detail = (o: { title: string; date: string; source: string; body: string }): { title: string; meta: string; body: string } => ({
  title: o.title,
  meta: `\n<meta name="ArticleTitle" content="${o.title}">\n<meta name="PubDate" content="${o.date} 10:00">\n<meta name="ContentSource" content="${o.source}">\n<meta name="ColumnName" content="财政预决算">`,
  body: `<div class="article"><h1>${o.title}</h1><div class="info">发布时间：${o.date}　来源：${o.source}</div>
<div class="content">${o.body}</div>
<div class="related"><a href="../index.html">返回列表</a></div></div>`,
});

/** Starts the site; every page answers with an ETag and honours If-None-Match. `light`: seeds stand in for the real PDFs. */
export async function startGovSite(opts: { light?: boolean } = {}): Promise<GovSite> {
  const real = (p: string): string => (opts.light ? (LIGHT[p] ?? p) : p);
  const server = await startServer();
  const other = await startServer();
  const base = server.base;
  const pages = new Map<string, Page>();
  const documents: GovSite['documents'] = new Map();
  const html = (p: string, doc: { title: string; meta?: string; body: string }, enc: 'utf-8' | 'gbk' = 'utf-8', delay = 0): void => {
    const text = shell({ ...doc, charset: enc === 'gbk' ? 'gb2312' : 'utf-8', otherHost: other.base });
    pages.set(p, {
      body: enc === 'gbk' ? gbk(text) : Buffer.from(text),
      type: `text/html; charset=${enc === 'gbk' ? 'gb2312' : 'utf-8'}`,
      ...(delay ? { delay } : {}),
    });
  };
  const file = (p: string, fixturePath: string, foundOn: string, linkText: string, type = 'application/pdf', headers: Record<string, string> = {}): void => {
    pages.set(p, { body: fixture(real(fixturePath)), type, headers });
    documents.set(`${base}${p}`, { foundOn, linkText, fixture: real(fixturePath) });
  };

  pages.set('/robots.txt', { body: Buffer.from('User-agent: *\nDisallow: /zwgk/czyjs/nbgl/\nDisallow: /search/\n'), type: 'text/plain' });
  html('/', { title: '首页', body: `<a href="${COLUMN}index.html">财政预决算</a> <a href="/zwgk/qtlm/index.html">政策文件</a>` });

  // Detail pages (and the files they link), in listing order.
  const d1 = `${COLUMN}202506/t20250613_1001.html`;
  html(
    d1,
    detail({
      title: '上海市普陀区财政局2024年度部门决算',
      date: '2025-06-13',
      source: '上海市普陀区财政局',
      body: '<p>根据预算法规定，现将上海市普陀区财政局2024年度部门决算公开如下。</p><p><a href="./P020250613385412345678.pdf">附件：上海市普陀区财政局2024年度部门决算.pdf</a></p>',
    }),
  );
  file(
    `${COLUMN}202506/P020250613385412345678.pdf`,
    'real/上海市普陀区财政局2024年度部门决算.pdf',
    `${base}${d1}`,
    '附件：上海市普陀区财政局2024年度部门决算.pdf',
  );

  // GBK page, absolute link; the file is 国家信访局's budget, published under 武汉's name.
  const d2 = `${COLUMN}202602/t20260213_2001.html`;
  html(
    d2,
    detail({
      title: '武汉市信访局2026年部门预算',
      date: '2026-02-13',
      source: '武汉市信访局',
      body: `<p>武汉市信访局2026年部门预算公开。</p><p>附件：<a href="${base}${COLUMN}202602/P020260213000001.pdf">2026年部门预算.pdf</a></p>`,
    }),
    'gbk',
  );
  file(`${COLUMN}202602/P020260213000001.pdf`, 'real/2026年武汉市信访局部门预算.pdf', `${base}${d2}`, '2026年部门预算.pdf');

  // A file served by a download script (no extension in the path), its type only in the headers: a 2020 evaluation report published as a 2026 budget.
  const d3 = `${COLUMN}202602/t20260214_2002.html`;
  const sasac = real('real/国有资产监督管理委员会_2026年部门预算.pdf');
  html(
    d3,
    detail({
      title: '长沙市国有资产监督管理委员会2026年部门预算',
      date: '2026-02-14',
      source: '长沙市国有资产监督管理委员会',
      body: '<p><a href="/module/download/downfile.jsp?classid=0&amp;filename=2602141530">附件1</a></p>',
    }),
  );
  pages.set('/module/download/downfile.jsp', {
    body: fixture(sasac),
    type: 'application/octet-stream',
    headers: { 'content-disposition': 'attachment; filename="2602141530.pdf"' },
  });
  documents.set(`${base}/module/download/downfile.jsp?classid=0&filename=2602141530`, { foundOn: `${base}${d3}`, linkText: '附件1', fixture: sasac });

  // The same file linked twice (text link, relative; icon link, root-relative), and a second attachment that is gone.
  const d4 = `${COLUMN}202107/t20210715_3001.html`;
  const d4Page = (date: string, note: string): void =>
    html(
      d4,
      detail({
        title: '株洲市社会保险服务中心2021年度部门决算',
        date,
        source: '株洲市社会保险服务中心',
        body: `<p>株洲市社会保险服务中心2021年度部门决算公开${note}。</p><p><a href="./P020210715555.docx">附件1：2021年度部门决算.docx</a> <a href="${COLUMN}202107/P020210715555.docx" title="下载"><img src="/images/doc.gif"></a></p><p><a href="./P020210715556.xls">附件2：2021年度部门决算表.xls</a></p>`,
      }),
    );
  d4Page('2021-07-15', '');
  file(
    `${COLUMN}202107/P020210715555.docx`,
    'seeds/004_d487b3c520216221.docx',
    `${base}${d4}`,
    '附件1：2021年度部门决算.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );

  // A detail page whose body is the disclosure: seed 000's tables inline, GBK.
  const d5 = `${COLUMN}202301/t20230110_4001.html`;
  const seed000 = fixture('seeds/000_4d0b4c40ef830124.html').toString('utf8');
  const inline = /<body[^>]*>([\s\S]*)<\/body>/i.exec(seed000)![1]!;
  html(
    d5,
    detail({ title: '衡阳县社会保险服务中心2022年度部门整体支出绩效自评报告', date: '2023-01-10', source: '衡阳县社会保险服务中心', body: inline }),
    'gbk',
  );
  documents.set(`${base}${d5}`, {
    foundOn: `${base}${COLUMN}index.html`,
    linkText: '衡阳县社会保险服务中心2022年度部门整体支出绩效自评报告',
    fixture: 'seeds/000_4d0b4c40ef830124.html',
  });

  // Moved: the listing still links the old address.
  const d6old = `${COLUMN}202401/t20240105_5001.html`;
  const d6 = `${COLUMN}202401/t20240105_5001_1.html`;
  pages.set(d6old, { body: Buffer.alloc(0), type: 'text/html', headers: { location: d6 } });
  html(
    d6,
    detail({
      title: '正宁县社会保险局2023年度部门整体支出绩效评价报告',
      date: '2024-01-05',
      source: '正宁县社会保险局',
      body: '<p><a href="P020240105001.docx">附件：正宁县社会保险局2023年度部门整体支出绩效评价报告.docx</a></p>',
    }),
  );
  file(
    `${COLUMN}202401/P020240105001.docx`,
    'seeds/001_217e79579315e879.docx',
    `${base}${d6}`,
    '附件：正宁县社会保险局2023年度部门整体支出绩效评价报告.docx',
    'application/msword',
  );

  // A slow page.
  const d8 = `${COLUMN}202602/t20260216_7001.html`;
  html(
    d8,
    detail({
      title: '2020年度部门整体支出绩效评价共性指标框架',
      date: '2026-02-16',
      source: '财政局',
      body: '<p><a href="./P020260216123.docx">部门整体支出绩效评价共性指标框架</a></p>',
    }),
    'utf-8',
    700,
  );
  file(
    `${COLUMN}202602/P020260216123.docx`,
    'seeds/002_3947c5881660c658.docx',
    `${base}${d8}`,
    '部门整体支出绩效评价共性指标框架',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );

  // Behind robots.txt: never asked.
  const d9 = `${COLUMN}nbgl/t20250101_8001.html`;
  html(d9, detail({ title: '内部资料', date: '2025-01-01', source: '办公室', body: '<p><a href="./P020250101.pdf">附件.pdf</a></p>' }));

  // An HTML error page served (200) for a `.pdf`.
  const d10 = `${COLUMN}202602/t20260215_2003.html`;
  html(
    d10,
    detail({
      title: '广州市人民政府办公厅2026年部门预算',
      date: '2026-02-15',
      source: '广州市人民政府办公厅',
      body: '<p><a href="./P020260215999.pdf">2026年部门预算.pdf</a></p>',
    }),
  );
  pages.set(`${COLUMN}202602/P020260215999.pdf`, {
    body: Buffer.from(
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 页面不存在</title></head><body><h1>对不起，您访问的页面不存在或已被删除！</h1><p><a href="/">返回首页</a></p></body></html>',
    ),
    type: 'text/html; charset=utf-8',
  });
  documents.set(`${base}${COLUMN}202602/P020260215999.pdf`, { foundOn: `${base}${d10}`, linkText: '2026年部门预算.pdf', fixture: '(an HTML error page)' });

  // Listings: three pages; one GBK; the last lists a file directly.
  const listingPage = (p: string, entries: Entry[], n: number, enc: 'utf-8' | 'gbk', plainNext = false): void =>
    html(p, { title: '财政预决算', meta: '\n<meta name="ColumnName" content="财政预决算">', body: listing(entries, n, 3, plainNext) }, enc);
  const rel = (p: string): string => p.slice(COLUMN.length);
  const page0 = (d4date: string): Entry[] => [
    { href: `./${rel(d10)}`, text: '广州市人民政府办公厅2026年部门预算', date: '2026-02-15' },
    { href: `./${rel(d8)}`, text: '2020年度部门整体支出绩效评价共性指标框架', date: '2026-02-16' },
    { href: `./${rel(d2)}`, text: '武汉市信访局2026年部门预算', date: '2026-02-13' },
    { href: `./${rel(d3)}`, text: '长沙市国有资产监督管理委员会2026年部门预算', date: '2026-02-14' },
    { href: `./${rel(d5)}`, text: '衡阳县社会保险服务中心2022年度部门整体支出绩效自评报告', date: '2023-01-10' },
    { href: `./${rel(d4)}`, text: '株洲市社会保险服务中心2021年度部门决算', date: d4date },
  ];
  listingPage(`${COLUMN}index.html`, page0('2021-07-15'), 0, 'utf-8');
  listingPage(
    `${COLUMN}index_1.html`,
    [
      { href: `./${rel(d1)}`, text: '上海市普陀区财政局2024年度部门决算', date: '2025-06-13' },
      { href: `./${rel(d9)}`, text: '内部资料', date: '2025-01-01' },
      { href: `./${rel(d6old)}`, text: '正宁县社会保险局2023年度部门整体支出绩效评价报告', date: '2024-01-05' },
      { href: `./202402/t20240220_6001.html`, text: '2023年度部门决算（已撤回）', date: '2024-02-20' },
    ],
    1,
    'gbk',
    true,
  );
  listingPage(`${COLUMN}index_2.html`, [{ href: './202602/P020260220777.pdf', text: '北京市卫生健康委员会2026年部门预算', date: '2026-02-20' }], 2, 'utf-8');
  file(
    `${COLUMN}202602/P020260220777.pdf`,
    'real/2026年北京市卫生健康委员会部门预算.pdf',
    `${base}${COLUMN}index_2.html`,
    '北京市卫生健康委员会2026年部门预算',
  );

  const answer = (req: IncomingMessage, res: ServerResponse): void | Promise<void> => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(p);
    if (!page) return void res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body>404</body></html>');
    if (page.headers?.location) return void res.writeHead(301, { location: page.headers.location }).end();
    const etag = `"${createHash('sha1').update(page.body).digest('hex').slice(0, 16)}"`;
    const send = (): void => {
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': page.type, etag, 'content-length': String(page.body.length), ...page.headers }).end(page.body);
    };
    if (page.delay) return new Promise<void>((ok) => setTimeout(() => ok(send()), page.delay));
    send();
  };
  for (const p of pages.keys()) server.route(p, answer);

  return {
    server,
    other,
    base,
    start: `${base}${COLUMN}index.html`,
    documents,
    republish: async () => {
      const docx = `${COLUMN}202107/P020210715555.docx`;
      pages.set(docx, { ...pages.get(docx)!, body: await republished(fixture('seeds/004_d487b3c520216221.docx')) });
      d4Page('2021-07-20', '（更新）');
      listingPage(`${COLUMN}index.html`, page0('2021-07-20'), 0, 'utf-8');
    },
    close: async () => {
      await server.close();
      await other.close();
    },
  };
}

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand, reportOptions } from '../../src/cli/report.js';
import { cellAnchor, esc, readReportData, renderReport, resolveEvidence } from '../../src/report/html/index.js';
import { atPlaces, displayPlaces, halfUnitsOf } from '../../src/report/numbers.js';
import type { Db } from '../../src/store/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { buildStore, STORE_FIXTURES } from '../export/store.js';
import { tempDir } from '../pipeline/helpers.js';

/**
 * Debian's chromium (apt-get install chromium), driven by playwright-core; no browser is downloaded.
 * CHROMIUM_PATH names another binary. Missing, the test fails: it is never skipped.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = path.join(ROOT, 'docs', 'report.png');

const dir = tempDir('gongkai-report-');
const html = path.join(dir, 'report.html');
const SCRIPT = '<script>window.__pwned = 1</script>';
const INJECTED = {
  cell: `${SCRIPT}行政运行`,
  title: '<img src=x onerror="window.__pwned = 2">收入支出决算总表',
  department: '<b onmouseover="window.__pwned = 3">株洲</b>',
  message: `${SCRIPT}</p></article><script>window.__pwned = 4</script>`,
};
const HOSTILE = STORE_FIXTURES[0]!;
/** The seeds, a PDF whose file is at hand (page links), and a file that cannot be read. */
const PDF = 'fixtures/seeds/004_d487b3c520216221.pdf';
const UNREADABLE = 'fixtures/odd/empty.pdf';
const FIXTURES = [...STORE_FIXTURES, PDF, UNREADABLE];
let db: Db;
let hostileCell = '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  db = await buildStore(path.join(dir, 'store.db'), FIXTURES, (rows, fixture) => {
    if (fixture !== HOSTILE) return;
    // Document text that is markup: it must reach the page as text.
    const t = rows.tables[0]!;
    t.title = INJECTED.title;
    const cell = t.cells.find((c) => c[4] === 0)!;
    cell[5] = INJECTED.cell;
    hostileCell = `${t.key}:${cell[0]}:${cell[1]}`;
    rows.department = INJECTED.department;
    rows.findings[0]!.messageZh += INJECTED.message;
    rows.findings[0]!.evidence[0]!.text += SCRIPT;
  });
  expect(existsSync(CHROMIUM), `no chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH)`).toBe(true);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  db?.close();
});

/** Distinct table cells that are evidence of a stored finding (every evidence cell is an origin cell). */
const distinctCellEvidence = (): number =>
  (
    db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT DISTINCT f.document_id, e.table_key, e.row, e.col FROM evidence e JOIN findings f ON f.id = e.finding_id WHERE e.kind = 'cell')`,
      )
      .get() as { n: number }
  ).n;

describe('renderReport', () => {
  it('escapes every document string', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const page = renderReport(readReportData(db), { reportDir: dir });
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<b onmouseover/i);
    expect(page).toContain(esc(INJECTED.cell));
    expect(page).toContain(esc(INJECTED.title));
    // Self-contained: no external resource of any kind; the only links out open the documents' own PDFs at a page.
    expect(page).not.toMatch(/<link|<[a-z][^>]*\s(src)=|url\(|@import/i);
    const out = [...page.matchAll(/\shref="([^"#][^"]*)"/g)].map((m) => m[1]!);
    expect(out.length).toBeGreaterThan(0);
    for (const href of out) expect(href).toMatch(/^[^:]*\.pdf#page=\d+$/);
    // sources as they were given, never this machine's absolute paths (a page link is relative to the report)
    expect(page.replace(/\shref="[^"]*"/g, '')).not.toContain(ROOT);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });

  it('flags each cell that is evidence once, with the most severe of its findings', () => {
    const data = readReportData(db);
    const flagged = data.documents.reduce((a, d) => a + resolveEvidence(d).flags.size, 0);
    expect(flagged).toBe(distinctCellEvidence());
    expect(flagged).toBeGreaterThan(0);
    for (const d of data.documents) {
      const r = resolveEvidence(d);
      for (const f of d.findings)
        for (const e of f.evidence) if (e.kind === 'cell') expect(r.flags.get(r.anchors.get(`${f.id}:${e.seq}`)!)?.findings).toContain(f.id);
    }
  });
});

describe('gongkai report in a browser', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    expect(reportOptions({ out: html, db: path.join(dir, 'store.db') })).toEqual({ out: html, db: path.join(dir, 'store.db') });
    const writes: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (writes.push(s), true)) as typeof process.stdout.write;
    try {
      expect(reportCommand({ out: html, db: path.join(dir, 'store.db') })).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(writes.join('')).toMatch(/report\.html: 5 documents \(1 unreadable, 0 read in part\), /);
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(pathToFileURL(html).href);
  }, 60_000);

  it('validates its options', () => {
    expect(reportOptions({})).toMatch(/--out FILE.html/);
    expect(reportOptions({ out: 'report.pdf' })).toMatch(/\.html/);
    expect(reportOptions({ out: 'r.html' })).toEqual({ out: 'r.html', db: 'data/gongkai.db' });
  });

  it('did not run the markup in document text, and shows it as text', async () => {
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.evaluate('document.querySelectorAll("script, img, b[onmouseover]").length')).toBe(0);
    const { id } = db.prepare('SELECT id FROM documents WHERE source = ?').get(HOSTILE) as { id: number };
    const [table, row, col] = hostileCell.split(':');
    const anchor = cellAnchor(id, table!, Number(row), Number(col));
    expect(await page.evaluate(`document.getElementById(${JSON.stringify(anchor)}).textContent`)).toContain(INJECTED.cell);
    expect(await page.evaluate(`document.body.textContent.includes(${JSON.stringify(INJECTED.title)})`)).toBe(true);
    expect(await page.evaluate(`document.body.textContent.includes(${JSON.stringify(INJECTED.message)})`)).toBe(true);
  });

  it('highlights exactly the cells that are evidence of the stored findings', async () => {
    const cells = (await page.evaluate(`[...document.querySelectorAll('table.grid td, table.grid th')].map((c) => ({
      id: c.id, flag: c.classList.contains('flag'), bg: getComputedStyle(c).backgroundColor, findings: c.dataset.findings ?? null,
    }))`)) as { id: string; flag: boolean; bg: string; findings: string | null }[];
    const ordinary = new Set(cells.filter((c) => !c.flag).map((c) => c.bg));
    const flagged = cells.filter((c) => c.flag);
    expect(flagged.length).toBe(distinctCellEvidence());
    for (const c of flagged) expect(ordinary.has(c.bg), `${c.id} has the background ${c.bg} of an ordinary cell`).toBe(false);
    // Counted by colour alone, the highlighted cells are the same number.
    expect(cells.filter((c) => !ordinary.has(c.bg)).length).toBe(distinctCellEvidence());
    // Severity colours: an error cell differs from a warning or info one.
    const bySeverity = (await page.evaluate(`Object.fromEntries(['error', 'warning', 'info'].map((s) => {
      const c = document.querySelector('table.grid .flag-' + s);
      return [s, c ? getComputedStyle(c).backgroundColor : null];
    }))`)) as Record<string, string | null>;
    const present = Object.values(bySeverity).filter((x): x is string => x !== null);
    expect(present.length).toBeGreaterThanOrEqual(2);
    expect(new Set(present).size).toBe(present.length);
    // Each flagged cell names findings that are on the page, and each cell evidence links to a flagged cell.
    const ids = new Set((await page.evaluate(`[...document.querySelectorAll('article.finding')].map((a) => a.id)`)) as string[]);
    for (const c of flagged) for (const f of c.findings!.split(' ')) expect(ids.has(`f${f}`), `${c.id} → #${f}`).toBe(true);
    const links = (await page.evaluate(`[...document.querySelectorAll('ol.evidence a:not(.open):not(.qref)')].map((a) => {
      const t = document.getElementById(a.getAttribute('href').slice(1));
      return { href: a.getAttribute('href'), flag: !!t && t.classList.contains('flag'), finding: a.closest('article').id, cites: t ? t.dataset.findings : null };
    })`)) as { href: string; flag: boolean; finding: string; cites: string | null }[];
    expect(links.length).toBe((db.prepare(`SELECT count(*) AS n FROM evidence WHERE kind = 'cell'`).get() as { n: number }).n);
    for (const l of links) {
      expect(l.flag, l.href).toBe(true);
      expect(l.cites!.split(' '), l.href).toContain(l.finding.slice(1));
    }
  });

  it('shows each finding with both sides, the difference, the tolerance and its evidence', async () => {
    const f = db
      .prepare(
        `SELECT id, message_zh, message_en, left_value, right_value, difference, tolerance, left_operands, right_operands FROM findings WHERE difference != '0' ORDER BY id LIMIT 1`,
      )
      .get() as Record<string, string>;
    const text = (await page.evaluate(`document.getElementById('f${f.id}').textContent`)) as string;
    // numbers at the precision they were printed, plus one digit; the exact value is the cell's title
    const places = displayPlaces([...halfUnitsOf(f.left_operands), ...halfUnitsOf(f.right_operands)]);
    for (const k of ['message_zh', 'message_en'] as const) expect(text, k).toContain(f[k]);
    for (const k of ['left_value', 'right_value', 'difference', 'tolerance'] as const) expect(text, k).toContain(atPlaces(f[k]!, places));
    expect(await page.evaluate(`document.getElementById('f${f.id}').querySelector('tr.diff td.n').title`)).toBe(f.difference);
    // a text evidence points to its sentence, quoted once in the document's list
    const quote = db.prepare(`SELECT e.finding_id, e.block, e.text FROM evidence e WHERE e.kind = 'text' ORDER BY e.finding_id, e.seq LIMIT 1`).get() as {
      finding_id: number;
      block: string;
      text: string;
    };
    const ref = (await page.evaluate(
      `(() => { const a = document.getElementById('f${quote.finding_id}').querySelector('.ev-text a.qref'); const q = document.getElementById(a.getAttribute('href').slice(1)); return { ev: a.closest('li').textContent, quote: q.querySelector('blockquote').textContent, cites: q.querySelector('.frefs').textContent }; })()`,
    )) as { ev: string; quote: string; cites: string };
    expect(ref.ev).toContain(quote.block);
    expect(ref.quote).toBe(quote.text);
    expect(ref.cites).toContain(`#${quote.finding_id}`);
    // The index lists every document.
    expect(await page.evaluate(`document.querySelectorAll('section.summary tbody tr').length`)).toBe(FIXTURES.length);
  });

  it('quotes each sentence once per document', async () => {
    const docs = db.prepare('SELECT id FROM documents').all() as { id: number }[];
    for (const { id } of docs) {
      const distinct = (
        db
          .prepare(
            `SELECT count(*) AS n FROM (SELECT DISTINCT e.block, e.text FROM evidence e JOIN findings f ON f.id = e.finding_id WHERE f.document_id = ? AND e.kind = 'text')`,
          )
          .get(id) as { n: number }
      ).n;
      const shown = (await page.evaluate(
        `[...document.querySelectorAll('#doc-${id} blockquote')].map((b) => b.closest('li').querySelector('.block').textContent + '␟' + b.textContent)`,
      )) as string[];
      expect(shown.length, `document ${id}`).toBe(distinct);
      expect(new Set(shown).size).toBe(shown.length);
    }
  });

  it('lists errors first: the index by errors, each document’s findings by severity, info notes folded', async () => {
    const index = (await page.evaluate(
      `[...document.querySelectorAll('section.summary tbody tr')].map((r) => Number(r.children[3].textContent) || 0)`,
    )) as number[];
    expect(index).toEqual([...index].sort((a, b) => b - a));
    const order = (await page.evaluate(
      `[...document.querySelectorAll('section.document')].map((s) => [...s.querySelectorAll('article.finding')].map((a) => a.querySelector('.sev').textContent))`,
    )) as string[][];
    const rank: Record<string, number> = { error: 0, warning: 1, info: 2 };
    expect(order.flat().length).toBe((db.prepare('SELECT count(*) AS n FROM findings').get() as { n: number }).n);
    for (const list of order) expect(list.map((x) => rank[x])).toEqual(list.map((x) => rank[x]!).sort((a, b) => a - b));
    expect(order.some((l) => l[0] === 'error')).toBe(true);
    // info notes are there but folded until asked for
    const info = (await page.evaluate(`[...document.querySelectorAll('article.finding.sev-info')].map((a) => a.checkVisibility())`)) as boolean[];
    expect(info.length).toBeGreaterThan(0);
    expect(info.every((v) => !v)).toBe(true);
    await page.click('section.document .fold-info label');
    expect(
      await page.evaluate(`[...document.querySelector('section.document .fold-info').querySelectorAll('article.finding')].every((a) => a.checkVisibility())`),
    ).toBe(true);
    await page.click('section.document .fold-info label');
  });

  it('filters by severity and by rule, with no script', async () => {
    const visible = async (): Promise<{ sev: string; rule: string }[]> =>
      (await page.evaluate(
        `[...document.querySelectorAll('article.finding')].filter((a) => a.checkVisibility()).map((a) => ({ sev: a.querySelector('.sev').textContent, rule: a.querySelector('.rule').textContent }))`,
      )) as { sev: string; rule: string }[];
    const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    // errors and warnings shown (info folded); uncheck warnings: errors only
    expect((await visible()).length).toBe(count(`SELECT count(*) AS n FROM findings WHERE severity != 'info'`));
    await page.click('label[for="show-warning"]');
    const errors = await visible();
    expect(errors.length).toBe(count(`SELECT count(*) AS n FROM findings WHERE severity = 'error'`));
    expect(new Set(errors.map((f) => f.sev))).toEqual(new Set(['error']));
    await page.click('label[for="show-warning"]');
    // one rule: only its findings, its documents, its index rows — its folded info notes too
    const rule = db
      .prepare(
        `SELECT rule, count(*) AS n, count(DISTINCT document_id) AS docs FROM findings GROUP BY rule HAVING sum(severity = 'info') > 0 ORDER BY n DESC LIMIT 1`,
      )
      .get() as { rule: string; n: number; docs: number };
    const id = (await page.evaluate(
      `[...document.querySelectorAll('label.rule')].find((l) => l.querySelector('code').textContent === ${JSON.stringify(rule.rule)}).htmlFor`,
    )) as string;
    await page.click(`label[for="${id}"]`);
    const only = await visible();
    expect(only.length).toBe(rule.n);
    expect(new Set(only.map((f) => f.rule))).toEqual(new Set([rule.rule]));
    expect(await page.evaluate(`[...document.querySelectorAll('section.document')].filter((s) => s.checkVisibility()).length`)).toBe(rule.docs);
    expect(await page.evaluate(`[...document.querySelectorAll('section.summary tbody tr')].filter((r) => r.checkVisibility()).length`)).toBe(rule.docs);
    await page.click('label[for="rule-all"]');
    expect((await visible()).length).toBe(count(`SELECT count(*) AS n FROM findings WHERE severity != 'info'`));
    expect(await page.evaluate('document.scripts.length')).toBe(0);
  });

  it('says which documents could not be read, apart from what was found', async () => {
    const { id } = db.prepare('SELECT id FROM documents WHERE source = ?').get(UNREADABLE) as { id: number };
    const row = (await page.evaluate(
      `[...document.querySelectorAll('section.summary tbody tr')].find((r) => r.querySelector('a').getAttribute('href') === '#doc-${id}').textContent`,
    )) as string;
    expect(row).toContain('unreadable');
    expect(row).toContain('empty-file');
    expect(await page.evaluate(`document.querySelector('section.summary .reading-note').textContent`)).toMatch(/^1 document could not be read \(not checked\)/);
    const section = (await page.evaluate(`document.getElementById('doc-${id}').textContent`)) as string;
    expect(section).toMatch(/Not checked: nothing could be read from this file \(未检查：无法读取\)\. empty-file: the file is empty/);
    expect(section).not.toMatch(/no findings/);
    const readOk = (await page.evaluate(`[...document.querySelectorAll('section.document .reading')].map((b) => b.textContent)`)) as string[];
    expect(readOk.filter((t) => t === 'unreadable')).toHaveLength(1);
    expect(readOk.filter((t) => t === 'read')).toHaveLength(FIXTURES.length - 1);
  });

  it('links PDF evidence to its page in the file, where the file is at hand', async () => {
    const links = (await page.evaluate(`[...document.querySelectorAll('a.open')].map((a) => a.getAttribute('href'))`)) as string[];
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const [file, frag] = href.split('#');
      expect(frag).toMatch(/^page=\d+$/);
      expect(existsSync(path.resolve(dir, decodeURIComponent(file!))), href).toBe(true);
      expect(path.resolve(dir, decodeURIComponent(file!))).toBe(path.join(ROOT, PDF));
    }
    const pages = db
      .prepare(
        `SELECT DISTINCT e.page FROM evidence e JOIN findings f ON f.id = e.finding_id JOIN documents d ON d.id = f.document_id WHERE d.source = ? AND e.page IS NOT NULL`,
      )
      .all(PDF) as { page: number }[];
    for (const { page: p } of pages)
      expect(
        links.some((l) => l.endsWith(`#page=${p}`)),
        `page ${p}`,
      ).toBe(true);
  });

  it('takes the screenshot of docs/report.png when asked (WRITE_SCREENSHOT=1)', async () => {
    const shot = await page.screenshot();
    expect(shot.length).toBeGreaterThan(1000);
    if (!process.env.WRITE_SCREENSHOT) return;
    if (process.env.CI) throw new Error('WRITE_SCREENSHOT is set under CI: docs/report.png is never rewritten by CI');
    // The filters, then the first document whose tables have an error cell, its tables beside its findings.
    await page.evaluate(`(() => {
      const cell = document.querySelector('table.grid .flag-error') ?? document.querySelector('table.grid .flag');
      const section = cell.closest('section.document');
      window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - document.querySelector('nav.filters').offsetHeight - 8);
    })()`);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
  });
});

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand, reportOptions } from '../../src/cli/report.js';
import { cellAnchor, esc, readReportData, renderReport, resolveEvidence } from '../../src/report/html/index.js';
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
let db: Db;
let hostileCell = '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  db = await buildStore(path.join(dir, 'store.db'), STORE_FIXTURES, (rows, fixture) => {
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
  (db.prepare(`SELECT count(*) AS n FROM (SELECT DISTINCT f.document_id, e.table_key, e.row, e.col FROM evidence e JOIN findings f ON f.id = e.finding_id WHERE e.kind = 'cell')`).get() as { n: number }).n;

describe('renderReport', () => {
  it('escapes every document string', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const page = renderReport(readReportData(db));
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<b onmouseover/i);
    expect(page).toContain(esc(INJECTED.cell));
    expect(page).toContain(esc(INJECTED.title));
    // Self-contained: no external resource of any kind.
    expect(page).not.toMatch(/<link|<[a-z][^>]*\s(src|href)=(?!["']?#)|url\(|@import/i);
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
    expect(reportCommand({ out: html, db: path.join(dir, 'store.db') })).toBe(0);
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
    const links = (await page.evaluate(`[...document.querySelectorAll('ol.evidence a')].map((a) => {
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
    const f = db.prepare(`SELECT id, message_zh, message_en, left_value, right_value, difference, tolerance FROM findings WHERE difference != '0' ORDER BY id LIMIT 1`).get() as Record<string, string | number>;
    const text = (await page.evaluate(`document.getElementById('f${f.id}').textContent`)) as string;
    for (const k of ['message_zh', 'message_en', 'left_value', 'right_value', 'difference', 'tolerance'] as const) expect(text, k).toContain(String(f[k]));
    const quote = db.prepare(`SELECT e.finding_id, e.block, e.text FROM evidence e WHERE e.kind = 'text' ORDER BY e.finding_id, e.seq LIMIT 1`).get() as { finding_id: number; block: string; text: string };
    const quoted = (await page.evaluate(`document.getElementById('f${quote.finding_id}').querySelector('.ev-text').textContent`)) as string;
    expect(quoted).toContain(quote.block);
    expect(quoted).toContain(quote.text);
    // The summary lists every document.
    expect(await page.evaluate(`document.querySelectorAll('section.summary tbody tr').length`)).toBe(STORE_FIXTURES.length);
  });

  it('takes the screenshot of docs/report.png when asked (WRITE_SCREENSHOT=1)', async () => {
    const shot = await page.screenshot();
    expect(shot.length).toBeGreaterThan(1000);
    if (!process.env.WRITE_SCREENSHOT) return;
    if (process.env.CI) throw new Error('WRITE_SCREENSHOT is set under CI: docs/report.png is never rewritten by CI');
    // The first document whose tables have an error cell, its tables beside its findings.
    await page.evaluate(`(() => {
      const cell = document.querySelector('table.grid .flag-error') ?? document.querySelector('table.grid .flag');
      const figure = cell.closest('figure');
      window.scrollTo(0, figure.getBoundingClientRect().top + window.scrollY - 8);
    })()`);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
  });
});

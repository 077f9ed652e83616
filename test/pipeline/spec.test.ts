import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { crawlName } from '../../src/pipeline/crawl/spec.js';
import { loadPipelineSpec, parsePipelineSpec, runDirOf } from '../../src/pipeline/spec.js';
import { readUrlList } from '../../src/sources/url-list.js';

describe('pipeline specs', () => {
  it('reads pipelines/fixtures.json: folders, outputs, defaults', async () => {
    const loaded = await loadPipelineSpec('pipelines/fixtures.json');
    if ('error' in loaded) throw new Error(loaded.error);
    const { spec } = loaded;
    expect(spec.name).toBe('fixtures');
    expect(spec.sources).toEqual([
      'fixtures/real',
      'fixtures/seeds',
      'fixtures/office',
      'fixtures/synthetic',
      'fixtures/layouts',
      'fixtures/scanned',
      'fixtures/odd',
    ]);
    expect(spec.urls).toEqual([]);
    // the fixtures' own store: the user's default, data/gongkai.db, never holds them
    expect(spec.outputs).toEqual({ db: 'data/fixtures.db', report: 'data/report.html' });
    expect(runDirOf(spec)).toBe('data/runs/fixtures');
  });

  it('reads pipelines/nightly.example.json with its URL list and HTTP limits', async () => {
    const loaded = await loadPipelineSpec('pipelines/nightly.example.json');
    if ('error' in loaded) throw new Error(loaded.error);
    const { spec } = loaded;
    expect(spec.name).toBe('nightly');
    expect(spec.concurrency).toBe(4);
    expect(spec.limits).toEqual({ documentTimeoutSeconds: 120, maxDocumentBytes: 52428800 });
    expect(spec.outputs.export).toEqual({ dir: 'data/export/nightly', format: 'csv' });
    expect(runDirOf(spec)).toBe('data/runs/nightly');
    const group = spec.urls[0]!;
    expect(group.http).toMatchObject({ minIntervalSeconds: 2, perHostConcurrency: 1, timeoutSeconds: 60, maxBytes: 52428800, maxRedirects: 5 });
    expect(group.http.userAgent).toMatch(/^gongkai/);
    const list = await readUrlList(group.list!);
    if ('error' in list) throw new Error(list.error);
    expect(list.urls.length).toBeGreaterThan(0);
    for (const u of list.urls) expect(new URL(u).protocol).toBe('https:');
  });

  it('every pipelines/*.json is a valid spec named after its file', async () => {
    const specs = (await readdir('pipelines')).filter((f) => f.endsWith('.json'));
    expect(specs.length).toBeGreaterThanOrEqual(2);
    for (const f of specs) {
      const loaded = await loadPipelineSpec(`pipelines/${f}`);
      if ('error' in loaded) throw new Error(loaded.error);
      expect(f.replace(/(\.example)?\.json$/, '')).toBe(loaded.spec.name);
    }
  });

  it('fills HTTP defaults for a URL group that gives none', () => {
    const r = parsePipelineSpec({ name: 'x', urls: [{ urls: ['https://example.gov.cn/a.pdf'] }] });
    if ('error' in r) throw new Error(r.error);
    expect(r.spec.sources).toEqual([]);
    expect(r.spec.urls[0]!.http).toEqual({
      minIntervalSeconds: 1,
      perHostConcurrency: 2,
      timeoutSeconds: 60,
      maxBytes: 52428800,
      maxRedirects: 5,
      userAgent: 'gongkai/0.1 (government disclosure reader)',
    });
  });

  it('reads the crawl of pipelines/nightly.example.json: a column of a real site, polite limits', async () => {
    const loaded = await loadPipelineSpec('pipelines/nightly.example.json');
    if ('error' in loaded) throw new Error(loaded.error);
    const c = loaded.spec.crawls[0]!;
    expect(crawlName(c)).toBe('shpt-czyjs');
    expect(c.start.map((u) => new URL(u).protocol)).toEqual(['https:']);
    expect(c.scope.prefixes!.every((p) => new URL(c.start[0]!).pathname.startsWith(p))).toBe(true);
    expect(c.http).toMatchObject({ minIntervalSeconds: 2, perHostConcurrency: 1 });
    expect(c.description).toMatch(/without network access/);
  });

  it('fills crawl defaults and names a crawl after its first start page', () => {
    const r = parsePipelineSpec({ name: 'c', crawls: [{ start: ['https://www.a.gov.cn/zwgk/czyjs/index.html'] }] });
    if ('error' in r) throw new Error(r.error);
    const c = r.spec.crawls[0]!;
    expect(crawlName(c)).toBe('www.a.gov.cn/zwgk/czyjs/');
    expect(c.follow).toEqual({ listing: '/(?:index(?:_\\d+)?\\.s?html?)?$', maxDepth: 2, maxPages: 2000 });
    expect([c.timeBudgetSeconds, c.recheckAfterDays, c.http.minIntervalSeconds]).toEqual([3600, 30, 1]);
    expect(c.attachments.extensions).toContain('pdf');
    for (const bad of [
      { start: ['ftp://a.gov.cn/x'] },
      { start: [] },
      { start: ['https://a.gov.cn/'], follow: { listing: '(' } },
      { start: ['https://a.gov.cn/'], depth: 3 },
    ]) {
      expect('error' in parsePipelineSpec({ name: 'c', crawls: [bad] }), JSON.stringify(bad)).toBe(true);
    }
  });

  it("gives zod's message for a bad spec", () => {
    const r = parsePipelineSpec(
      { name: 'Bad Name', sources: ['x'], concurrency: 0, outputs: { export: { dir: 'out', format: 'pdf' } }, extra: 1 },
      'pipelines/bad.json',
    );
    if (!('error' in r)) throw new Error('expected an error');
    expect(r.error).toMatch(/^pipelines\/bad\.json: /);
    expect(r.error).toMatch(/Unrecognized key: "extra"/);
    expect(r.error).toMatch(/→ at name/);
    expect(r.error).toMatch(/→ at concurrency/);
    expect(r.error).toMatch(/→ at outputs\.export\.format/);
  });

  it('refuses a spec with nothing to read and a URL group with no URLs', () => {
    const none = parsePipelineSpec({ name: 'empty' });
    expect('error' in none && none.error).toMatch(/at least one entry in "sources", "urls" or "crawls"/);
    const group = parsePipelineSpec({ name: 'g', urls: [{ http: { perHostConcurrency: 1 } }] });
    expect('error' in group && group.error).toMatch(/needs "list"/);
    const typo = parsePipelineSpec({ name: 'g', urls: [{ urls: ['https://a.gov.cn/'], http: { intervalSeconds: 1 } }] });
    expect('error' in typo && typo.error).toMatch(/Unrecognized key: "intervalSeconds"/);
  });

  it('reports unreadable JSON with the file name', async () => {
    const r = await loadPipelineSpec('pipelines/none.json');
    expect('error' in r && r.error).toMatch(/^pipelines\/none\.json: ENOENT/);
  });
});

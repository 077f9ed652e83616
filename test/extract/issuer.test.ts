import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/classify-document.js';
import { resolveIssuer } from '../../src/extract/issuer.js';
import { parseDocument } from '../../src/parse/index.js';
import { fromBytes } from '../../src/sources/file.js';
import { parseFixture, ROOT } from '../helpers/fixtures.js';

const REAL = path.join(ROOT, 'fixtures', 'real');
/** The two 预算 of 万里街道 have no truth file: their covers print 上海市普陀区人民政府万里街道办事处. */
const WANLI = { region: '上海市普陀区', department: '上海市普陀区人民政府万里街道办事处' };
const truthOf = (file: string): { region: string; department: string | null } =>
  file.includes('万里街道') ? WANLI : JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'truth', `${file}.json`), 'utf8')).document;

/** The documents whose body gongkai cannot name, and the reason it must give (read from each document). */
const UNRESOLVED: Record<string, RegExp> = {
  '附件2：部门决算模板.pdf': /placeholder \(上海市XX局\)/,
};

describe('every real document resolves to its region and body, or says why not', () => {
  const files = readdirSync(REAL).filter((f) => f.endsWith('.pdf'));
  it('covers the 25 real documents', () => expect(files).toHaveLength(25));

  it.each(files)(
    '%s',
    async (file) => {
      const doc = await parseFixture(`fixtures/real/${file}`);
      const { issuer, diagnostics } = resolveIssuer(doc, classifyDocument(doc));
      const truth = truthOf(file);
      if (UNRESOLVED[file]) {
        expect(issuer.unresolved).toMatch(UNRESOLVED[file]);
        expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['body-unresolved', 'info']]);
        expect(diagnostics[0]!.message).toContain(issuer.unresolved);
        // What the cover does say is kept: the region, where it names one, is the truth file's.
        if (issuer.region) expect(issuer.region.name).toBe(truth.region);
        return;
      }
      expect(issuer.unresolved).toBeNull();
      expect(diagnostics).toEqual([]);
      expect(issuer.region?.name).toBe(truth.region);
      expect(issuer.printed).toBe(truth.department?.replace(/（本级）$/, ''));
    },
    60_000,
  );
});

describe('resolving an issuer', () => {
  const page = (cover: string, dept: string): Promise<ReturnType<typeof resolveIssuer>> =>
    parseDocument(fromBytes('page.html', Buffer.from(`<html><body><h1>${cover}</h1><p>部门：${dept}</p><p>正文</p></body></html>`))).then((doc) =>
      resolveIssuer(doc, classifyDocument(doc)),
    );

  it('places a body that prints an ambiguous county by the region words of the cover', async () => {
    const r = await page('上海市普陀区2025年区级部门预算', '普陀区财政局');
    expect([r.issuer.region?.code, r.issuer.name, r.issuer.regionFrom, r.issuer.unresolved]).toEqual(['310107', '财政局', 'context', null]);
    expect([r.issuer.region?.province, r.issuer.region?.city, r.issuer.region?.county]).toEqual([
      { code: '310000', name: '上海市' },
      { code: '310100', name: '上海市' },
      { code: '310107', name: '普陀区' },
    ]);
  });

  it('says why when nothing decides between the places a name may be', async () => {
    const r = await page('2025年区级部门预算', '普陀区财政局');
    expect(r.issuer.unresolved).toBe(
      '“普陀区财政局” names 2 places (上海市普陀区 310107, 浙江省舟山市普陀区 330903) and nothing else in the document says which',
    );
    expect(r.issuer.region).toBeNull();
  });

  it('takes the region of a body that names none from its cover, and refuses when the cover names none', async () => {
    expect((await page('深圳市2026年部门预算', '财政局')).issuer).toMatchObject({
      name: '财政局',
      region: { code: '440300', name: '广东省深圳市', level: '市' },
      regionFrom: 'context',
    });
    expect((await page('2026年部门预算', '财政局')).issuer.unresolved).toBe('“财政局” names no region and neither do the document’s titles or 部门 lines');
  });

  it('gives central bodies 中央 and a party body its region after 中共', async () => {
    expect((await page('2026年部门预算', '财政部')).issuer).toMatchObject({
      name: '财政部',
      region: { code: '000000', name: '中央', level: '中央' },
      regionFrom: 'central',
    });
    expect((await page('2026年部门预算', '中共上海市普陀区委员会办公室')).issuer).toMatchObject({ name: '中共委员会办公室', region: { code: '310107' } });
  });

  it('keys a body by its name without region words, 人民政府 as 政府', async () => {
    const doc = await parseFixture('fixtures/seeds/000_4d0b4c40ef830124.html');
    expect(resolveIssuer(doc, classifyDocument(doc)).issuer).toMatchObject({
      printed: '衡阳县社会保险服务中心',
      name: '社会保险服务中心',
      region: { code: '430421', name: '湖南省衡阳市衡阳县', level: '县' },
    });
    expect((await page('2025年部门预算', '上海市普陀区人民政府万里街道办事处')).issuer).toMatchObject({
      name: '政府万里街道办事处',
      region: { code: '310107' },
    });
  });
});

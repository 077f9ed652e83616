import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openBundle } from '../../src/parse/bundle.js';
import { detectFormat } from '../../src/sources/sniff/detect.js';
import { documentStatus } from '../../src/pipeline/status.js';
import { fromBytes } from '../../src/sources/file.js';
import { parseFixture, ROOT } from '../helpers/fixtures.js';

const RELEASE = 'fixtures/office/release-gbk.zip';
const release = () => fromBytes(RELEASE, new Uint8Array(readFileSync(path.join(ROOT, RELEASE))));

const zipOf = async (files: Record<string, Uint8Array | string>): Promise<Uint8Array> => {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};

describe('ZIP bundles', () => {
  it('opens a release whose member names are GBK: each member a document named bundle!/member, by its own bytes', async () => {
    const opened = await openBundle(release());
    if (opened.kind !== 'bundle') throw new Error(`not opened: ${opened.kind}`);
    const { members, diagnostics } = opened.bundle;
    expect(members.map((m) => m.source)).toEqual([
      `${RELEASE}!/2024年度部门决算公开/公开表/上海市普陀区财政局2024年度部门决算公开表.xls`,
      `${RELEASE}!/2024年度部门决算公开/上海市普陀区财政局2024年度部门决算情况说明.doc`,
      `${RELEASE}!/2024年度部门决算公开/附件/株洲市社会保险服务中心2021年度部门决算.zip`,
    ]);
    // The members are the fixtures' own bytes: the same sha256, so the same documents.
    const own = (f: string) => fromBytes(f, new Uint8Array(readFileSync(path.join(ROOT, f)))).sha256;
    expect(members[0]!.sha256).toBe(own('fixtures/office/czj-2024.xls'));
    expect(members[1]!.sha256).toBe(own('fixtures/office/czj-2024.doc'));
    expect(members.map((m) => detectFormat(m.bytes, []).format)).toEqual(['xls', 'doc', 'zip']);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['bundle', 'info'],
      ['bundle-names-gbk', 'info'],
    ]);
  });

  it('opens a bundle inside the bundle in turn', async () => {
    const opened = await openBundle(release());
    if (opened.kind !== 'bundle') throw new Error('not opened');
    const inner = await openBundle(opened.bundle.members[2]!);
    if (inner.kind !== 'bundle') throw new Error('inner not opened');
    expect(inner.bundle.members.map((m) => m.source.split('!/').slice(1))).toEqual([
      ['2024年度部门决算公开/附件/株洲市社会保险服务中心2021年度部门决算.zip', '株洲市社会保险服务中心2021年度部门决算公开表.xlsx'],
      ['2024年度部门决算公开/附件/株洲市社会保险服务中心2021年度部门决算.zip', '株洲市社会保险服务中心2021年度部门决算情况说明.doc'],
    ]);
  });

  it('parsed alone, a bundle is a document that lists its members', async () => {
    const doc = await parseFixture(RELEASE);
    expect([doc.format, doc.tables.length, doc.blocks.length, documentStatus(doc)]).toEqual(['zip', 0, 0, 'ok']);
    expect(doc.diagnostics[0]?.message).toContain(
      'a bundle of 3 document(s), each read as a document of its own: 2024年度部门决算公开/公开表/上海市普陀区财政局2024年度部门决算公开表.xls',
    );
  });

  it('reads UTF-8-flagged names as UTF-8, leaves out what is not a document, and is not fooled by an Office file', async () => {
    const bundle = await zipOf({
      '公开表/收入决算表.html': '<table><tr><td>1</td></tr></table>',
      '__MACOSX/._x': 'fork',
      '.DS_Store': 'x',
      'docs/Thumbs.db': 'x',
    });
    const opened = await openBundle(fromBytes('b.zip', bundle));
    if (opened.kind !== 'bundle') throw new Error('not opened');
    expect(opened.bundle.members.map((m) => m.source)).toEqual(['b.zip!/公开表/收入决算表.html']);
    expect(opened.bundle.diagnostics.map((d) => d.code)).toEqual(['bundle']);
    expect(opened.bundle.diagnostics[0]!.detail).toMatchObject({ skipped: ['__MACOSX/._x', '.DS_Store', 'docs/Thumbs.db'] });
    const xlsx = new Uint8Array(readFileSync(path.join(ROOT, 'fixtures/office/czj-2024.xlsx')));
    expect((await openBundle(fromBytes('a.xlsx', xlsx))).kind).toBe('not-a-bundle');
    expect((await openBundle(fromBytes('a.pdf', new TextEncoder().encode('%PDF-1.7')))).kind).toBe('not-a-bundle');
  });

  it('refuses a bundle past the member cap, past the expansion left to it, or nested too deep', async () => {
    const many = await zipOf(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`${i}.html`, `<p>${i}</p>`])));
    const capped = await openBundle(fromBytes('many.zip', many), { maxBundleMembers: 5 });
    expect(capped.kind === 'refused' && capped.diagnostic.code).toBe('bundle-too-many-members');
    const big = await zipOf({ 'a.html': `<p>${'收入'.repeat(50_000)}</p>` });
    const bomb = await openBundle(fromBytes('big.zip', big), { maxZipExpanded: 1000 });
    expect(bomb.kind === 'refused' && bomb.diagnostic.code).toBe('zip-bomb');
    const deep = await openBundle(fromBytes('a.zip!/b.zip!/c.zip!/d.zip!/e.zip', many));
    expect(deep.kind === 'refused' && deep.diagnostic.code).toBe('bundle-too-deep');
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/sources/collect.js';
import { globBase, globToRegExp, hasGlob } from '../../src/sources/glob.js';

describe('globToRegExp', () => {
  it('matches *, ** and ? by segment', () => {
    const re = globToRegExp('fixtures/**/*.pdf');
    expect(re.test('fixtures/real/a.pdf')).toBe(true);
    expect(re.test('fixtures/a.pdf')).toBe(true);
    expect(re.test('fixtures/x/y/z.pdf')).toBe(true);
    expect(re.test('fixtures/a.pdf.html')).toBe(false);
    expect(re.test('other/a.pdf')).toBe(false);
    expect(globToRegExp('a/*.pdf').test('a/b/c.pdf')).toBe(false);
    expect(globToRegExp('a/?.pdf').test('a/b.pdf')).toBe(true);
    expect(globToRegExp('a/?.pdf').test('a/bb.pdf')).toBe(false);
    expect(globToRegExp('a/(1)+[x].pdf').test('a/(1)+[x].pdf')).toBe(true);
    expect(globToRegExp('a/**').test('a/b/c')).toBe(true);
  });

  it('starts the walk below the literal part', () => {
    expect(globBase('fixtures/**/*.pdf')).toBe('fixtures');
    expect(globBase('fixtures/seeds/00?_*.docx')).toBe('fixtures/seeds');
    expect(globBase('*.pdf')).toBe('.');
    expect(hasGlob('fixtures/real')).toBe(false);
  });
});

describe('collectFiles with globs', () => {
  it('expands fixtures/**/*.pdf over the fixtures folder, sorted, skipping build sources', async () => {
    const { files, diagnostics } = await collectFiles(['fixtures/**/*.pdf']);
    expect(diagnostics).toEqual([]);
    expect(files.every((f) => f.endsWith('.pdf'))).toBe(true);
    expect(files).toContain('fixtures/odd/docx-named-pdf.pdf');
    expect(files).toContain('fixtures/real/dept_budget.pdf');
    expect(files).toContain('fixtures/seeds/000_4d0b4c40ef830124.pdf');
    expect(files).toEqual([...files].sort());
    // The same set a folder walk gives, filtered by extension.
    const walked = (await collectFiles(['fixtures'])).files.filter((f) => f.endsWith('.pdf'));
    expect(new Set(files)).toEqual(new Set(walked));
  });

  it('does not descend into build, golden or dot folders through **, unless named', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'gongkai-glob-'));
    try {
      for (const f of ['a/z.pdf', 'build/x.pdf', '.hidden/y.pdf', 'a/golden/g.pdf', 'b/c/d.pdf', 'b/c/d.txt']) {
        await mkdir(path.dirname(path.join(root, f)), { recursive: true });
        await writeFile(path.join(root, f), '%PDF-1.4');
      }
      const { files } = await collectFiles([`${root}/**/*.pdf`]);
      expect(files.map((f) => path.relative(root, f))).toEqual(['a/z.pdf', 'b/c/d.pdf']);
      const named = await collectFiles([`${root}/build/*.pdf`]);
      expect(named.files.map((f) => path.relative(root, f))).toEqual(['build/x.pdf']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('matches ? and * within a folder', async () => {
    const { files } = await collectFiles(['fixtures/seeds/00?_*.docx']);
    expect(files).toEqual([
      'fixtures/seeds/000_4d0b4c40ef830124.docx',
      'fixtures/seeds/001_217e79579315e879.docx',
      'fixtures/seeds/002_3947c5881660c658.docx',
      'fixtures/seeds/004_d487b3c520216221.docx',
    ]);
  });

  it('says so when a glob matches nothing, and keeps folders and files as before', async () => {
    const { files, diagnostics } = await collectFiles(['fixtures/**/*.nothing', 'fixtures/odd', 'fixtures/synthetic/unruled-expenditure.pdf', 'nope']);
    expect(diagnostics).toEqual(['no files match glob: fixtures/**/*.nothing', 'no such file or folder: nope']);
    expect(files).toEqual([
      'fixtures/odd/docx-named-pdf.pdf',
      'fixtures/odd/empty.pdf',
      'fixtures/odd/encrypted.pdf',
      'fixtures/odd/gbk-page.html',
      'fixtures/odd/no-tounicode.pdf',
      'fixtures/synthetic/unruled-expenditure.pdf',
    ]);
  });
});

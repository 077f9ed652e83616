import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes, parseFixture, ROOT } from '../helpers/fixtures.js';

const REAL = 'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf';

describe('PDF (recognised; content extraction comes with the PDF parser)', () => {
  it('reads the page list of a real 决算 PDF and says its content was not extracted', async () => {
    const doc = await parseFixture(REAL);
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toHaveLength(25);
    expect(doc.pages[0]).toEqual({ number: 1, width: 595, height: 842 });
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([['pdf-content-not-extracted', 'warning']]);
  });

  it('gives a truncated PDF an error diagnostic, never an exception', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, REAL))).slice(0, 4000);
    const doc = await parseBytes('cut.pdf', bytes);
    expect(doc.format).toBe('pdf');
    const errors = doc.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((c) => c.startsWith('pdf-'))).toBe(true);
  });

  it('gives a header-only PDF an error diagnostic', async () => {
    const doc = await parseBytes('x.pdf', '%PDF-1.4\n%%EOF\n');
    expect(doc.pages).toEqual([]);
    expect(doc.diagnostics.map((d) => d.severity)).toContain('error');
  });
});

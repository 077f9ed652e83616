import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extensionFor } from '../../src/sources/url-sniff.js';

describe('extensionFor', () => {
  it('goes by the bytes before the Content-Type', async () => {
    expect(extensionFor(await readFile('fixtures/real/dept_budget.pdf'), 'application/octet-stream')).toBe('pdf');
    expect(extensionFor(await readFile('fixtures/odd/docx-named-pdf.pdf'), 'application/pdf')).toBe('docx');
    expect(extensionFor(await readFile('fixtures/odd/gbk-page.html'), null)).toBe('html');
    expect(extensionFor(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'application/vnd.ms-excel')).toBe('xls');
    expect(extensionFor(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), null)).toBe('doc');
  });

  it('falls back to a fixed table of media types, else bin: the server text never becomes a name', () => {
    const junk = Buffer.from('\x00\x01garbage', 'latin1');
    expect(extensionFor(junk, 'application/pdf; charset=binary')).toBe('pdf');
    expect(extensionFor(junk, 'text/plain')).toBe('bin');
    expect(extensionFor(junk, 'application/../../evil')).toBe('bin');
    expect(extensionFor(new Uint8Array(0), null)).toBe('bin');
  });
});

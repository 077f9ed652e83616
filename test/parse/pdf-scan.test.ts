import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPdfJs, openPdf } from '../../src/parse/pdf/load.js';
import { pageImageCoverage, SCAN_THRESHOLDS, scanInfo, scanPage, textLayerChars } from '../../src/parse/pdf/scan.js';

const SCANNED = 'fixtures/scanned/scanned-page.pdf';
const REAL = ['fixtures/real/上海市普陀区财政局2024年度部门决算.pdf', 'fixtures/real/上海市财政局25年预算.pdf'];

// Not from ../helpers/fixtures.js: that pulls in the whole parser, and this test needs only pdfjs.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (rel: string): Uint8Array => new Uint8Array(readFileSync(path.join(ROOT, rel)));

describe('scanInfo: the thresholds', () => {
  const decide = (coverage: number, chars: number) => {
    const s = scanInfo(coverage, chars);
    return [s.needsOcr, s.reason];
  };

  it('a blank page (no text, no image) is not a scan', () => {
    expect(decide(0, 0)).toEqual([false, null]);
  });

  it('no text layer: a scan from a third of the page up; a logo or seal below that is not', () => {
    expect(SCAN_THRESHOLDS.noTextCoverage).toBe(0.3);
    expect(decide(0.29, 0)).toEqual([false, null]);
    expect(decide(0.3, 0)).toEqual([true, 'no-text-layer']);
    expect(decide(1, 0)).toEqual([true, 'no-text-layer']);
  });

  it('a page-sized image with a few stamped characters is a scan; with a line of text it is not', () => {
    expect(decide(0.5, 1)).toEqual([true, 'image-with-little-text']);
    expect(decide(0.5, 19)).toEqual([true, 'image-with-little-text']);
    expect(decide(0.5, 20)).toEqual([false, null]);
    expect(decide(0.49, 1)).toEqual([false, null]);
    expect(decide(0.4, 5)).toEqual([false, null]);
  });

  it('a scan that already carries an OCR text layer needs no OCR', () => {
    expect(decide(1, 800)).toEqual([false, null]);
  });

  it('clamps out-of-range measurements instead of throwing', () => {
    expect(scanInfo(1.7, 0)).toEqual({ imageCoverage: 1, textChars: 0, needsOcr: true, reason: 'no-text-layer' });
    expect(scanInfo(Number.NaN, -3)).toEqual({ imageCoverage: 0, textChars: 0, needsOcr: false, reason: null });
  });
});

describe('textLayerChars', () => {
  it('counts non-whitespace characters of items with a str, full-width and no-break spaces excluded', () => {
    expect(textLayerChars([{ str: '收入决算表' }, { str: ' 单位：万元　' }, { type: 'beginMarkedContent' }, { str: '1\u00a02' }, null])).toBe(5 + 5 + 2);
  });
});

/** A stream object; its data is ASCII, so its length in characters is its length in bytes. */
const stream = (dict: string, data: string): string => `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;

/**
 * A one-page PDF around a content stream, with an 8-bit gray image /Im0 (2×2), a stencil mask /M0
 * (8×8, not a single pixel: pdfjs turns those into a fill) and any extra objects, from object 8 on.
 */
function pdf(content: string, opts: { page?: string; resources?: string; extra?: string[] } = {}): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources 5 0 R ${opts.page ?? ''} >>`,
    stream('', content),
    `<< /XObject << /Im0 6 0 R /M0 7 0 R ${opts.resources ?? ''} >> >>`,
    stream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', 'ABCD'),
    stream('/Type /XObject /Subtype /Image /Width 8 /Height 8 /ImageMask true', 'UUUUUUUU'),
    ...(opts.extra ?? []),
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out); // all ASCII: string length = byte offset
}

/** Coverage of page 1 of a PDF, with the names of the image ops pdfjs emitted for it. */
async function coverage(bytes: Uint8Array): Promise<{ coverage: number; ops: string[] }> {
  const { OPS } = await loadPdfJs();
  const doc = await openPdf(bytes);
  try {
    const page = await doc.getPage(1);
    const list = await page.getOperatorList();
    const names = new Map(Object.entries(OPS).map(([k, v]) => [v, k]));
    const ops = [...new Set(list.fnArray.map((f) => names.get(f) ?? '?'))].filter((n) => /Image/.test(n));
    return { coverage: pageImageCoverage(list, page.getViewport({ scale: 1 }), OPS), ops };
  } finally {
    await doc.destroy();
  }
}

// Pages are 200×100 pt, so the 100×100 raster has 2×1 pt cells and images on even x, whole y
// cover whole cells: the expected coverages are exact.
describe('pageImageCoverage on PDFs pdfjs really reads', () => {
  it('counts overlapping images once and the parts off the page not at all', async () => {
    // 0–100 × 0–50 and 50–150 × 0–50 overlap; 150–250 × 0–100 is half off the page.
    const c = await coverage(pdf('q 100 0 0 50 0 0 cm /Im0 Do Q q 100 0 0 50 50 0 cm /Im0 Do Q q 100 0 0 100 150 0 cm /Im0 Do Q'));
    expect(c.ops).toEqual(['paintImageXObject']);
    expect(c.coverage).toBeCloseTo((150 * 50 + 50 * 100) / 20000, 10);
  });

  it('follows the CTM through nested save/restore and a form XObject', async () => {
    const form = stream('/Type /XObject /Subtype /Form /BBox [0 0 100 50] /Matrix [1 0 0 1 100 50] /Resources 5 0 R', '50 0 0 50 0 0 cm /Im0 Do');
    const c = await coverage(pdf('q 2 0 0 2 0 0 cm q 25 0 0 25 0 0 cm /Im0 Do Q Q /Fm0 Do', { resources: '/Fm0 8 0 R', extra: [form] }));
    expect(c.coverage).toBeCloseTo((2500 + 2500) / 20000, 10);
  });

  it('clips to the page as displayed: a /Rotate 90 page', async () => {
    const c = await coverage(pdf('q 400 0 0 50 0 0 cm /Im0 Do Q', { page: '/Rotate 90' }));
    expect(c.coverage).toBeCloseTo(0.5, 10);
  });

  it('places annotation appearances from the page space, whatever transform the content left', async () => {
    const ap = stream('/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources 5 0 R', '/Im0 Do');
    const annot = '<< /Type /Annot /Subtype /Stamp /Rect [0 0 100 100] /AP << /N 8 0 R >> >>';
    const c = await coverage(pdf('2 0 0 2 0 0 cm', { page: '/Annots [9 0 R]', extra: [ap, annot] }));
    expect(c.coverage).toBeCloseTo(0.5, 10);
  });

  it('runs of q cm Do Q, stencil masks and inline images (getOperatorList leaves them unmerged)', async () => {
    const xs = [0, 20, 40, 60, 80, 100, 120, 140, 160, 180];
    const images = await coverage(pdf(xs.map((x) => `q 10 0 0 10 ${x} 0 cm /Im0 Do Q`).join(' ')));
    expect(images.ops).toEqual(['paintImageXObject']);
    expect(images.coverage).toBeCloseTo((10 * 100) / 20000, 10);
    const masks = await coverage(pdf(xs.map((x, i) => `q 10 0 0 ${i % 2 ? 20 : 10} ${x} 50 cm /M0 Do Q`).join(' ')));
    expect(masks.ops).toEqual(['paintImageMaskXObject']);
    expect(masks.coverage).toBeCloseTo((5 * 100 + 5 * 200) / 20000, 10);
    const inline = await coverage(pdf(xs.map((x) => `q 10 0 0 10 ${x} 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID ABCD EI Q`).join('\n')));
    expect(inline.ops).toEqual(['paintInlineImageXObject']);
    expect(inline.coverage).toBeCloseTo((10 * 100) / 20000, 10);
  });

  it('gives 0 for an unusable viewport and ignores malformed arguments', async () => {
    const { OPS } = await loadPdfJs();
    const list = { fnArray: [OPS.transform, OPS.paintImageXObjectRepeat, OPS.paintImageXObject], argsArray: [['x'], [null, 1], null] };
    expect(pageImageCoverage(list, { width: 0, height: 100, transform: [1, 0, 0, -1, 0, 100] }, OPS)).toBe(0);
    // The bad transform and the repeat without positions are skipped; the image paints the unit
    // square, which this viewport scales to the whole page.
    expect(pageImageCoverage(list, { width: 100, height: 100, transform: [100, 0, 0, -100, 0, 100] }, OPS)).toBe(1);
  });
});

/**
 * The merged ops pdfjs's worker makes of such runs when it builds a list for rendering
 * (QueueOptimizer in pdf.worker.mjs), with their arguments laid out as it lays them out.
 */
describe('pageImageCoverage: the merged image ops, as the worker lays out their arguments', () => {
  const viewport = { width: 200, height: 100, transform: [1, 0, 0, -1, 0, 100] };
  const cover = async (ops: [string, unknown[]][]): Promise<number> => {
    const { OPS } = await loadPdfJs();
    const fnArray = ops.map(([name]) => OPS[name as keyof typeof OPS]);
    return pageImageCoverage({ fnArray, argsArray: ops.map(([, args]) => args) }, viewport, OPS);
  };
  const at = (...xy: number[]) => new Float32Array(xy);

  it('paintImageXObjectRepeat [objId, scaleX, scaleY, positions], under the CTM', async () => {
    const c = await cover([
      ['save', []],
      ['transform', [1, 0, 0, 1, 0, 10]],
      ['paintImageXObjectRepeat', ['img_p0_1', 20, 20, at(0, 0, 40, 0, 80, 0, 120, 0, 160, 0)]],
      ['restore', []],
    ]);
    expect(c).toBeCloseTo((5 * 400) / 20000, 10);
  });

  it('paintImageMaskXObjectRepeat [img, scaleX, skewX, skewY, scaleY, positions]', async () => {
    const img = { data: 'mask_p0_1', width: 8, height: 8, interpolate: undefined, count: 1 };
    expect(await cover([['paintImageMaskXObjectRepeat', [img, 10, 0, 0, 10, at(0, 0, 20, 0, 40, 0)]]])).toBeCloseTo(300 / 20000, 10);
  });

  it('paintImageMaskXObjectGroup [images], each with its transform', async () => {
    const mask = (transform: number[]) => ({ data: 'mask_p0_1', width: 8, height: 8, interpolate: undefined, count: 1, transform });
    const c = await cover([['paintImageMaskXObjectGroup', [[mask([10, 0, 0, 10, 0, 0]), mask([10, 0, 0, 20, 20, 0])]]]]);
    expect(c).toBeCloseTo((100 + 200) / 20000, 10);
  });

  it('paintInlineImageXObjectGroup [img, map], each map entry with its transform', async () => {
    const img = { width: 6, height: 4, kind: 3, data: new Uint8Array(96) };
    const map = [
      { transform: [10, 0, 0, 10, 0, 0], x: 1, y: 1, w: 2, h: 2 },
      { transform: [20, 0, 0, 20, 100, 0], x: 3, y: 1, w: 2, h: 2 },
    ];
    expect(await cover([['paintInlineImageXObjectGroup', [img, map]]])).toBeCloseTo((100 + 400) / 20000, 10);
  });

  it('paintSolidColorImageMask is a filled rectangle, not an image', async () => {
    expect(
      await cover([
        ['transform', [200, 0, 0, 100, 0, 0]],
        ['paintSolidColorImageMask', []],
      ]),
    ).toBe(0);
  });
});

describe('scan detection on real pages', () => {
  it(`${SCANNED}: the whole page is the image and there is no text`, async () => {
    const doc = await openPdf(read(SCANNED));
    try {
      expect(doc.numPages).toBe(1);
      const s = await scanPage(await doc.getPage(1));
      expect(s.imageCoverage).toBeGreaterThanOrEqual(0.95);
      expect(s).toMatchObject({ textChars: 0, needsOcr: true, reason: 'no-text-layer' });
    } finally {
      await doc.destroy();
    }
  });

  it.each(REAL)('%s: no page needs OCR', async (rel) => {
    const doc = await openPdf(read(rel));
    try {
      const pages = [];
      for (let n = 1; n <= doc.numPages; n++) pages.push(await scanPage(await doc.getPage(n)));
      expect(pages.flatMap((s, i) => (s.needsOcr ? [i + 1] : []))).toEqual([]);
      // These files paint no image at all: not a logo, not a seal.
      expect(Math.max(...pages.map((s) => s.imageCoverage))).toBe(0);
      // The 决算's page 14 prints only an empty ruled row that ran over from page 13: no text, no
      // image, and not a scan.
      if (rel.includes('2024年度部门决算')) expect(pages[13]).toMatchObject({ textChars: 0, needsOcr: false });
    } finally {
      await doc.destroy();
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdfJs, openPdf } from '../../src/parse/pdf/load.js';
import { mergeSegments, pageRulings, type Segment } from '../../src/parse/pdf/rulings.js';
import { ROOT } from '../helpers/fixtures.js';

let OPS: Record<string, number>;
beforeAll(async () => {
  OPS = (await loadPdfJs()).OPS;
});

async function rulingsOf(bytes: Uint8Array, pageNo: number): Promise<{ raw: Segment[]; merged: Segment[] }> {
  const doc = await openPdf(bytes);
  try {
    const page = await doc.getPage(pageNo);
    const raw = pageRulings(await page.getOperatorList(), page.getViewport({ scale: 1 }), OPS);
    return { raw, merged: mergeSegments(raw) };
  } finally {
    await doc.destroy();
  }
}
const fixture = (rel: string): Uint8Array => new Uint8Array(readFileSync(path.join(ROOT, rel)));

/** Differences beyond tol between two position lists, as readable strings (empty: they agree). */
function offBy(actual: number[], expected: number[], tol: number): string[] {
  if (actual.length !== expected.length) return [`${actual.length} positions, expected ${expected.length}: ${actual.map((a) => a.toFixed(2)).join(' ')}`];
  return actual.flatMap((a, i) => (Math.abs(a - (expected[i] ?? NaN)) > tol ? [`#${i}: ${a.toFixed(2)} vs ${expected[i]}`] : []));
}
const positions = (segs: Segment[], dir: 'h' | 'v'): number[] => [...new Set(segs.filter((s) => s.dir === dir).map((s) => s.at))].sort((a, b) => a - b);

/**
 * One 收入决算表-like page per producer. The expected column rules were measured on the page as
 * poppler renders it (pdftoppm -r 144 -gray: pixel columns dark for more than 30pt), not from the
 * operator list, and agree with the column boundaries seen on the page; `rows` is the number of
 * horizontal rules seen, `top`/`bottom` the first and last.
 */
const PAGES = [
  {
    producer: 'ONLYOFFICE 8: one 0.75pt stroke per cell edge',
    file: 'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf',
    page: 8,
    cols: [66.5, 108.8, 149.3, 189.8, 345.8, 422.5, 499.3, 566.5, 616.0, 665.3, 723.5, 775.5],
    rows: 19,
    top: 157.0,
    bottom: 512.0,
    widths: [0.75],
  },
  {
    producer: 'WPS 文字: one 0.72pt stroke per whole line, under a y-flip cm',
    file: 'fixtures/real/24年普陀区财政局（测试问题版本）.pdf',
    page: 8,
    cols: [72.8, 99.5, 120.8, 142.0, 320.8, 394.5, 468.5, 542.3, 595.0, 647.8, 716.3, 769.3],
    rows: 22,
    top: 128.5,
    bottom: 491.5,
    widths: [0.72],
  },
  {
    producer: 'WPS 表格: 0.6pt eoFilled rectangles only',
    file: 'fixtures/real/dept_budget.pdf',
    page: 11,
    cols: [165.3, 188.5, 211.8, 235.0, 375.3, 438.3, 507.3, 563.5, 619.8, 676.0],
    rows: 26,
    top: 120.3,
    bottom: 519.3,
    widths: [0.6],
  },
  {
    producer: 'Excel 2007: every line twice, a 0.14pt stroke and a 0.96pt eoFill',
    file: 'fixtures/real/上海市财政局25年预算.pdf',
    page: 8,
    cols: [43.0, 74.5, 106.0, 137.5, 354.0, 442.0, 530.5, 620.0, 709.5, 796.5],
    rows: 18,
    top: 133.0,
    bottom: 527.0,
    widths: [0.14, 0.96],
  },
  {
    producer: 'LibreOffice 7.4: grey strokes, 0.75pt frame, 0.25pt inside',
    file: 'fixtures/seeds/004_d487b3c520216221.pdf',
    page: 7,
    cols: [56.8, 154.5, 343.0, 421.5, 499.8, 569.8, 621.0, 672.3, 760.8, 813.5],
    rows: 16,
    top: 150.5,
    bottom: 394.0,
    widths: [0.25, 0.75],
  },
];

describe('pageRulings + mergeSegments on real 收入决算表 / 收入预算总表 pages', () => {
  for (const p of PAGES) {
    it(`${p.producer} (${path.basename(p.file)} p${p.page})`, async () => {
      const { raw, merged } = await rulingsOf(fixture(p.file), p.page);
      // The producer's own line widths, and nothing else (no text, no white backgrounds).
      expect([...new Set(raw.map((s) => Math.round(s.width * 100) / 100))].sort((a, b) => a - b)).toEqual(p.widths);

      const cols = positions(merged, 'v');
      const rows = positions(merged, 'h');
      expect(offBy(cols, p.cols, 0.6)).toEqual([]);
      expect(rows).toHaveLength(p.rows);
      expect(offBy([rows[0] ?? NaN, rows[rows.length - 1] ?? NaN], [p.top, p.bottom], 0.6)).toEqual([]);

      // The outer frame is closed: its two sides run from the top rule to the bottom one, and
      // the top and bottom rules from the left side to the right one.
      const [left, right] = [cols[0] ?? NaN, cols[cols.length - 1] ?? NaN];
      const [top, bottom] = [rows[0] ?? NaN, rows[rows.length - 1] ?? NaN];
      for (const x of [left, right]) {
        const side = merged.filter((s) => s.dir === 'v' && s.at === x);
        expect(side).toHaveLength(1);
        expect(offBy([side[0]?.from ?? NaN, side[0]?.to ?? NaN], [top, bottom], 1)).toEqual([]);
      }
      for (const y of [top, bottom]) {
        const edge = merged.filter((s) => s.dir === 'h' && s.at === y);
        expect(edge).toHaveLength(1);
        expect(offBy([edge[0]?.from ?? NaN, edge[0]?.to ?? NaN], [left, right], 1)).toEqual([]);
      }
    });
  }

  it('Excel 2007: the stroke and the fill of one border merge into one rule at the fill', async () => {
    const { raw, merged } = await rulingsOf(fixture('fixtures/real/上海市财政局25年预算.pdf'), 8);
    const leftRaw = raw.filter((s) => s.dir === 'v' && s.at < 45).map((s) => [s.at, s.width]);
    // 42.56 stroke (0.14pt) and 42.98 fill centre (0.96pt), as the content stream draws them.
    expect(leftRaw.map(([at, w]) => [Math.round((at ?? 0) * 100) / 100, Math.round((w ?? 0) * 100) / 100])).toEqual([
      [42.56, 0.14],
      [42.98, 0.96],
    ]);
    const left = merged.filter((s) => s.dir === 'v' && s.at < 45);
    expect(left).toHaveLength(1);
    expect(left[0]?.width).toBeCloseTo(0.96, 2);
    expect(left[0]?.at).toBeGreaterThan(42.9); // the ink is the fill's, not the hairline's
  });

  it('does not take cell backgrounds for borders: the WPS 表格 目录 page fills 24 white 677×20 rows and draws no rules', async () => {
    const { raw } = await rulingsOf(fixture('fixtures/real/dept_budget.pdf'), 2);
    expect(raw).toEqual([]);
  });
});

/** A one-page PDF: MediaBox [100 200 700 600], /Rotate 90, the content given, and a form /Fm1. */
function buildPdf(content: string, form: string): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [100 200 700 600] /Rotate 90 /Contents 4 0 R /Resources << /XObject << /Fm1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /XObject /Subtype /Form /BBox [0 0 600 400] /Matrix [1 0 0 1 10 0] /Length ${form.length} >>\nstream\n${form}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('pageRulings on a constructed page (/Rotate 90, MediaBox offset)', () => {
  // Rotated 90° clockwise, user (x, y) shows at (y − 200, x − 100): a user-space horizontal line
  // is a vertical rule on the page, and the other way round.
  const content = [
    '0 0 0 RG 2 w 150 300 m 450 300 l S', // rule, user y 300 → v at 100, 50..350, 2pt
    '1 1 1 RG 150 320 m 450 320 l S', // white stroke: none
    '0 G q 2 0 0 2 0 0 cm 0.5 w 100 170 m 100 270 l S Q', // cm doubles it: user x 200 → h at 100, 140..340, 1pt
    '0.5 g 150 500 300 1 re f', // thin grey fill → v at 300.5, 50..350, 1pt
    '0 0 0 1 k 150 520 300 40 re f', // a large black fill (shading): none
    'q 160 210 50 30 re W n Q', // a clip path, never painted: none
    '0 0 0 1 K 1 w 600 250 50 100 re S', // stroked rectangle: 4 rules
    '1 0 0 0 k 620 380 0.8 100 re f', // thin cyan fill → h at 520.4, 180..280, 0.8pt
    '0 0 0 0 k 640 380 0.8 100 re f', // thin CMYK-white fill: none
    '0 0 1 RG 150 580 m 450 580.3 l S', // 0.3pt off square: still a rule, v at 380.15
    '150 590 m 450 591 l S', // 1pt off square: none
    '300 300 m 300 300 l S', // zero length: none
    '150 260 m 200 280 250 240 300 260 c S', // a curve: none
    'q 160 210 100 30 re W n 150 225 m 450 225 l S Q', // clipped to user x 160..260 → v at 25, 60..160
    '/Fm1 Do', // the form's /Matrix moves its line 10pt right: h at 410, 20..40
  ].join('\n');
  const form = '0 g 0.5 w 500 220 m 500 240 l S';
  const expected: Segment[] = [
    { dir: 'v', at: 100, from: 50, to: 350, width: 2 },
    { dir: 'h', at: 100, from: 140, to: 340, width: 1 },
    { dir: 'v', at: 300.5, from: 50, to: 350, width: 1 },
    { dir: 'v', at: 50, from: 500, to: 550, width: 1 },
    { dir: 'h', at: 550, from: 50, to: 150, width: 1 },
    { dir: 'v', at: 150, from: 500, to: 550, width: 1 },
    { dir: 'h', at: 500, from: 50, to: 150, width: 1 },
    { dir: 'h', at: 520.4, from: 180, to: 280, width: 0.8 },
    { dir: 'v', at: 380.15, from: 50, to: 350, width: 1 },
    { dir: 'v', at: 25, from: 60, to: 160, width: 1 },
    { dir: 'h', at: 410, from: 20, to: 40, width: 0.5 },
  ];
  const round = (s: Segment): Segment => ({
    dir: s.dir,
    at: Math.round(s.at * 100) / 100,
    from: Math.round(s.from * 100) / 100,
    to: Math.round(s.to * 100) / 100,
    width: Math.round(s.width * 100) / 100,
  });

  it('maps every rule through CTM, form matrix, rotation and offset; keeps only visible ones', async () => {
    const doc = await openPdf(buildPdf(content, form));
    try {
      const page = await doc.getPage(1);
      const vp = page.getViewport({ scale: 1 });
      const opList = await page.getOperatorList();
      expect(pageRulings(opList, vp, OPS).map(round)).toEqual(expected);
      // A viewport known only by convertToViewportPoint gives the same rules.
      const bare = { convertToViewportPoint: (x: number, y: number) => vp.convertToViewportPoint(x, y) };
      expect(pageRulings(opList, bare, OPS).map(round)).toEqual(expected);
    } finally {
      await doc.destroy();
    }
  });
});

describe('pageRulings on bad input', () => {
  const vp = { transform: [1, 0, 0, -1, 0, 842], width: 595, height: 842 };
  it('returns [] or what it can read, never throws', () => {
    const junk: unknown[] = [null, undefined, 1, 'x', {}, [], [null], [1, 2], [NaN], [[1, 'a']], [OPS?.stroke, [null], null]];
    const c = OPS.constructPath ?? -1;
    const bad = [
      { fnArray: [c, c, c, c], argsArray: [null, [], [OPS.stroke, null], [OPS.stroke, [[0, 1, 2]]]] },
      { fnArray: [c], argsArray: [[OPS.stroke, [new Float32Array([0, 0, 1, 1, 9, 1, 1, NaN, 4, 77, 1, 1])]]] },
      {
        fnArray: [OPS.restore ?? -1, OPS.restore ?? -1, OPS.transform ?? -1, OPS.setGState ?? -1, OPS.paintFormXObjectEnd ?? -1],
        argsArray: [null, 5, ['a'], [[null, ['LW']]], null],
      },
      { fnArray: Object.values(OPS), argsArray: Object.values(OPS).map((_, i) => junk[i % junk.length]) },
      { fnArray: null, argsArray: null },
    ];
    for (const ops of bad) {
      expect(() => pageRulings(ops as unknown as { fnArray: number[]; argsArray: unknown[] }, vp, OPS)).not.toThrow();
    }
    expect(pageRulings(bad[1] as { fnArray: number[]; argsArray: unknown[] }, vp, OPS)).toEqual([{ dir: 'h', at: 841, from: 0, to: 9, width: 1 }]);
    expect(pageRulings({ fnArray: [], argsArray: [] }, {} as never, OPS)).toEqual([]);
    expect(pageRulings(bad[1] as { fnArray: number[]; argsArray: unknown[] }, 5 as never, OPS)).toEqual([]);
    expect(pageRulings({ fnArray: [1], argsArray: [[]] }, vp, null as never)).toEqual([]);
  });
});

describe('mergeSegments', () => {
  const h = (at: number, from: number, to: number, width = 1): Segment => ({ dir: 'h', at, from, to, width });
  const v = (at: number, from: number, to: number, width = 1): Segment => ({ dir: 'v', at, from, to, width });

  it('joins overlapping and nearly touching pieces of one line, not ones further apart', () => {
    expect(mergeSegments([h(10, 0, 5), h(10, 4, 8), h(10, 8.9, 12), h(10, 13.5, 20)])).toEqual([h(10, 0, 12), h(10, 13.5, 20)]);
  });

  it('snaps positions within tol to their ink-weighted mean, keeps distinct lines apart', () => {
    const m = mergeSegments([v(100, 0, 50, 0.5), v(100.5, 0, 50, 0.5), v(102, 0, 50, 0.5)]);
    expect(m.map((s) => s.at)).toEqual([100.25, 102]);
    expect(mergeSegments([v(100, 0, 50, 0.1), v(100.9, 0, 50, 0.9)])[0]?.at).toBeCloseTo(100.81, 2);
    // a wider tolerance joins what the default keeps apart
    expect(mergeSegments([v(100, 0, 50), v(102, 0, 50)], 2.5)).toHaveLength(1);
  });

  it('keeps the thickest width, sorts h before v, and mends reversed extents', () => {
    expect(mergeSegments([v(5, 10, 0, 0.2), h(3, 0, 10, 0.25), h(3, 2, 12, 0.75)])).toEqual([h(3, 0, 12, 0.75), v(5, 0, 10, 0.2)]);
  });

  it('drops malformed segments instead of throwing', () => {
    const junk = [null, {}, { dir: 'x', at: 1, from: 0, to: 1, width: 1 }, h(NaN, 0, 1), h(1, 0, Infinity), h(2, 0, 1)];
    expect(mergeSegments(junk as Segment[])).toEqual([h(2, 0, 1)]);
    expect(mergeSegments(null as never)).toEqual([]);
    expect(mergeSegments([h(2, 0, 1)], NaN)).toEqual([h(2, 0, 1)]);
  });
});

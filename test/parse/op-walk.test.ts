/**
 * The one walk of a page's operator list (src/parse/pdf/op-walk.ts): the graphics and text state it
 * keeps, on a page pdfjs really reads and on operator lists written by hand. (That rulings, text and
 * image coverage read every fixture as before is test/parse/golden.test.ts and the pdfjs
 * equivalence test.)
 */
import { describe, expect, it } from 'vitest';
import { loadPdfJs, openPdf } from '../../src/parse/pdf/load.js';
import { apply, type Matrix } from '../../src/parse/pdf/matrix.js';
import { type OpFont, type PageOps, walkOps } from '../../src/parse/pdf/op-walk.js';
import { serialise } from '../robustness/pdf-writer.js';

const { OPS } = await loadPdfJs();
const O = OPS as unknown as Record<string, number>;

const r2 = (v: number): number => Math.round(v * 100) / 100;
/** A point of user space through a matrix, rounded to 0.01. */
const at = (m: Matrix, x: number, y: number): [number, number] => {
  const p = apply(m, x, y);
  return [r2(p.x), r2(p.y)];
};
/** Where each painted path's straight edges end up on the page, rounded. */
const edgesOnPage = (ops: PageOps): [number, number][][] =>
  ops.paths.flatMap((p) => p.subpaths.flatMap((sp) => sp.edges.map(([a, b]) => [at(p.toPage, a.x, a.y), at(p.toPage, b.x, b.y)])));

/** A one-page PDF (MediaBox 0 0 600 800) with the content, a form /Fm1 and the standard font Helvetica as /F1. */
function pdf(content: string, form: { matrix: string; content: string }): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /XObject << /Fm1 5 0 R >> /Font << /F1 6 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /XObject /Subtype /Form /BBox [0 0 300 300] /Matrix [${form.matrix}] /Length ${form.content.length} >>\nstream\n${form.content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  return serialise(objs);
}

describe('walkOps on a page pdfjs reads', () => {
  it('takes paths and text to page space through cm inside q/Q and inside a form XObject', async () => {
    const content = [
      'q 2 0 0 2 0 0 cm 1 w 10 10 m 60 10 l S Q', // doubled: (20, 20)–(120, 20), y 780 on the page
      '10 10 m 60 10 l S', // after Q: as written, y 790
      '/Fm1 Do', // the form's line at (0, 50) + cm, then + /Matrix
      '5 5 m 25 5 l S', // after the form: as written again, y 795
      'BT /F1 12 Tf 72 700 Td (Hi) Tj ET',
    ].join('\n');
    const form = { matrix: '1 0 0 1 100 200.5', content: 'q 1 0 0 1 0 50 cm 0 0 m 20 0 l S Q' };
    const doc = await openPdf(pdf(content, form));
    try {
      const page = await doc.getPage(1);
      const viewport = page.getViewport({ scale: 1 });
      const fontOf = (name: string): OpFont | null => (page.commonObjs.has(name) ? (page.commonObjs.get(name) as OpFont) : null);
      const ops = walkOps(await page.getOperatorList(), O, { viewport, fontOf });
      expect(edgesOnPage(ops)).toEqual([
        [
          [20, 780],
          [120, 780],
        ],
        [
          [10, 790],
          [60, 790],
        ],
        // (0, 0) → cm (0, 50) → /Matrix (100, 250.5) → page y 800 − 250.5.
        [
          [100, 549.5],
          [120, 549.5],
        ],
        [
          [5, 795],
          [25, 795],
        ],
      ]);
      // The stroke inside the form is clipped to its /BBox on the page; the others to the page.
      expect(ops.paths.map((p) => p.clip && [r2(p.clip.x0), r2(p.clip.y0), r2(p.clip.x1), r2(p.clip.y1)])).toEqual([
        [0, 0, 600, 800],
        [0, 0, 600, 800],
        [100, 299.5, 400, 599.5],
        [0, 0, 600, 800],
      ]);
      expect(ops.textUnread).toBeNull();
      expect(ops.texts).toHaveLength(1);
      const t = ops.texts[0]!;
      expect([t.font, t.fontPs, t.size, [...t.m]]).toEqual([expect.any(String), 'Helvetica', 12, [1, 0, 0, 1, 72, 700]]);
      // Helvetica's H is 722/1000 em wide: the i starts 8.664pt after it.
      expect(t.at.map(r2)).toEqual([0, 8.66]);
      expect(ops.images).toEqual([]);
    } finally {
      await doc.destroy();
    }
  });
});

describe('walkOps on operator lists written by hand', () => {
  const viewport = { transform: [1, 0, 0, -1, 0, 800], width: 600, height: 800 };
  const line = (x0: number, y0: number, x1: number, y1: number): unknown[] => [O.stroke, [new Float32Array([0, x0, y0, 1, x1, y1])], null];
  const walk = (ops: [string, unknown][], options = {}): PageOps =>
    walkOps({ fnArray: ops.map(([n]) => O[n]!), argsArray: ops.map(([, a]) => a) }, O, { viewport, ...options });

  it('restores the CTM at Q and at the end of a form, and composes cm after the form matrix', () => {
    const ops = walk([
      ['transform', [2, 0, 0, 2, 10, 20]],
      ['save', null],
      ['transform', [1, 0, 0, 1, 5, 5]],
      ['constructPath', line(0, 0, 10, 0)],
      ['paintImageXObject', ['img1', 1, 1]],
      ['restore', null],
      ['constructPath', line(0, 0, 10, 0)],
      ['paintFormXObjectBegin', [new Float32Array([1, 0, 0, 1, 100, 0]), null]],
      ['transform', [1, 0, 0, 1, 0, 3]],
      ['constructPath', line(0, 0, 10, 0)],
      ['paintImageXObject', ['img2', 1, 1]],
      ['paintFormXObjectEnd', null],
      ['paintImageXObject', ['img3', 1, 1]],
    ]);
    expect(edgesOnPage(ops)).toEqual([
      // (0, 0) + (5, 5), doubled, + (10, 20): user (20, 30), page (20, 770).
      [
        [20, 770],
        [40, 770],
      ],
      [
        [10, 780],
        [30, 780],
      ],
      // (0, 0) + (0, 3), + (100, 0), doubled, + (10, 20): user (210, 26), page (210, 774).
      [
        [210, 774],
        [230, 774],
      ],
    ]);
    expect(ops.images.map((i) => [...i.matrix])).toEqual([
      [2, 0, 0, 2, 20, 30],
      [2, 0, 0, 2, 210, 26],
      [2, 0, 0, 2, 10, 20],
    ]);
  });

  it('an unbalanced Q restores nothing; a merged image op places each image under the CTM', () => {
    const ops = walk([
      ['restore', null],
      ['transform', [1, 0, 0, 1, 50, 0]],
      ['paintImageXObjectRepeat', ['img', 10, 20, new Float32Array([0, 0, 30, 40])]],
    ]);
    expect(ops.images.map((i) => [...i.matrix])).toEqual([
      [10, 0, 0, 20, 50, 0],
      [10, 0, 0, 20, 80, 40],
    ]);
  });

  it('marks soft-mask and annotation paths hidden and places annotation images from the page space', () => {
    const ops = walk([
      ['transform', [3, 0, 0, 3, 0, 0]],
      ['beginGroup', [{ smask: { subtype: 'Alpha' } }]],
      ['constructPath', line(0, 0, 10, 0)],
      ['endGroup', null],
      ['beginAnnotation', ['a1', [0, 0, 10, 10], [1, 0, 0, 1, 7, 8], [1, 0, 0, 1, 0, 0], false]],
      ['constructPath', line(0, 0, 10, 0)],
      ['paintImageXObject', ['img', 1, 1]],
      ['endAnnotation', null],
      ['constructPath', line(0, 0, 10, 0)],
    ]);
    expect(ops.paths.map((p) => p.hidden)).toEqual([true, true, false]);
    expect(ops.images.map((i) => [...i.matrix])).toEqual([[1, 0, 0, 1, 7, 8]]);
    expect(edgesOnPage(ops).at(-1)).toEqual([
      [0, 800],
      [30, 800],
    ]);
  });

  it('narrows the clip box after the path that carries the clip is painted, and Q widens it again', () => {
    const ops = walk([
      ['save', null],
      ['clip', null],
      ['constructPath', [O.endPath, [new Float32Array([0, 100, 100, 1, 200, 100, 1, 200, 200, 1, 100, 200, 4])], null]],
      ['constructPath', line(0, 150, 600, 150)],
      ['restore', null],
      ['constructPath', line(0, 150, 600, 150)],
    ]);
    expect(ops.paths.map((p) => p.clip)).toEqual([
      { x0: 100, y0: 600, x1: 200, y1: 700 },
      { x0: 0, y0: 0, x1: 600, y1: 800 },
    ]);
  });

  it('lays out text in a form by the matrix the PDF wrote, and not in an annotation; says why text it cannot follow is not read', () => {
    const font: OpFont = { name: 'SimSun', fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };
    const fontOf = (n: string): OpFont | null => (n === 'F1' ? font : n === 'T3' ? { ...font, isType3Font: true } : null);
    const g = (u: string): object => ({ unicode: u, width: 1000, originalCharCode: u.charCodeAt(0) });
    const ops = walk(
      [
        ['paintFormXObjectBegin', [new Float32Array([1, 0, 0, 1, 95.49, 0]), null]],
        ['beginText', null],
        ['setFont', ['F1', 10]],
        ['setCharSpacing', [1]],
        ['showText', [[g('收'), -500, g('入')]]],
        ['showText', [[g('表')]]],
        ['paintFormXObjectEnd', null],
        // The form's font went with its state.
        ['setFont', ['F1', 10]],
        ['beginAnnotation', ['a1', [0, 0, 10, 10], [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0], false]],
        ['showText', [[g('注')]]],
        ['endAnnotation', null],
      ],
      { fontOf },
    );
    expect(ops.textUnread).toBeNull();
    // 95.49 comes as a float32 (95.48999786…); the text state reads the number written.
    expect(ops.texts.map((t) => [[...t.m], t.at])).toEqual([
      [
        [1, 0, 0, 1, 95.49, 0],
        [0, 11, 16],
      ],
      // After 收 (10 + 1), −500 (5) and 入 (10 + 1): Tm moved 27.
      [[1, 0, 0, 1, 95.49 + 27, 0], [0]],
    ]);
    // The paths' CTM keeps pdfjs's float32, as the canvas draws it.
    const path = walk([
      ['paintFormXObjectBegin', [new Float32Array([1, 0, 0, 1, 95.49, 0]), null]],
      ['constructPath', line(0, 0, 10, 0)],
    ]).paths[0]!;
    expect(path.toPage[4]).toBe(Math.fround(95.49));

    const unread = (ops: [string, unknown][]): string | null => walk(ops, { fontOf }).textUnread;
    expect(
      unread([
        ['setFont', ['T3', 10]],
        ['showText', [[g('a')]]],
      ]),
    ).toMatch(/not modelled/);
    expect(unread([['setFont', ['F1', -1]]])).toMatch(/negative/);
    expect(unread([['showText', [[g('a')]]]])).toMatch(/without glyphs or a font/);
    expect(
      unread([
        ['setFont', ['F1', 10]],
        ['showText', [[g('a'), null]]],
      ]),
    ).toMatch(/neither a glyph nor a number/);
    expect(
      unread([
        ['setFont', ['F1', 10]],
        ['showText', [[g('a')]]],
      ]),
    ).toBeNull();
  });
});

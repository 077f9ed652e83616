/**
 * The text model of src/parse/pdf/op-text.ts on operator lists written by hand. (That it reads every
 * fixture and real PDF as getTextContent does is test/parse/pdfjs-equivalence.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../src/parse/pdf/load.js';
import { type OpFont, textFromOps } from '../../src/parse/pdf/op-text.js';

const { OPS, normalizeUnicode } = await loadPdfJs();
const O = OPS as unknown as Record<string, number>;

describe('text from the operator list', () => {
  const font: OpFont = { name: 'SimSun', fontMatrix: [0.001, 0, 0, 0.001, 0, 0], isType3Font: false, vertical: false };
  const fonts: Record<string, OpFont> = { F1: font, F2: { ...font, name: 'SimHei' }, T3: { ...font, isType3Font: true }, V: { ...font, vertical: true } };
  const g = (u: string, width = 1000, code = u.charCodeAt(0)): object => ({ unicode: u, width, originalCharCode: code });
  const run = (ops: [string, unknown[] | null][], view = [0, 0, 595, 842]) =>
    textFromOps({ fnArray: ops.map(([n]) => O[n]!), argsArray: ops.map(([, a]) => a) }, O, (n) => fonts[n] ?? null, view, normalizeUnicode);
  const show = (...glyphs: unknown[]): [string, unknown[]] => ['showText', [glyphs]];

  it('places glyphs by the text matrix, font size, spacing and CTM', () => {
    const items = run([
      ['transform', [2, 0, 0, 2, 10, 20]],
      ['beginText', null],
      ['setFont', ['F1', 10]],
      ['setCharSpacing', [1]],
      ['moveText', [5, 100]],
      show(g('收'), g('入')),
    ]);
    // Trm = [10 0 0 10 0 0] × T(5,100) × CTM: origin (2·5+10, 2·100+20), em 20 in user space.
    expect(items).toEqual([{ str: '收入', transform: [20, 0, 0, 20, 20, 220], width: 42, height: 20, fontName: 'F1' }]);
  });

  it('reads a TJ gap of a third of an em as a space and one over 0.6 em as a new item; skips space glyphs and text outside the page', () => {
    const items = run([
      ['beginText', null],
      ['setFont', ['F1', 10]],
      ['setTextMatrix', [new Float32Array([1, 0, 0, 1, 295.49, 549.84])]],
      show(g('合'), -330, g('计'), -1000, g('2'), g(' ', 250), g('0')),
      ['setTextMatrix', [[1, 0, 0, 1, 700, 10]]],
      show(g('外')),
    ]);
    expect(items?.map((i) => i.str)).toEqual(['合 计', '2 0']);
    // The float32 matrix pdfjs sends is read as the number the PDF wrote.
    expect(items?.[0]?.transform).toEqual([10, 0, 0, 10, 295.49, 549.84]);
    expect(items?.[1]?.transform[4]).toBeCloseTo(295.49 + 10 + 3.3 + 10 + 10, 9);
  });

  it('starts a new item for another font or size, or another line; Q restores the state q saved', () => {
    const items = run([
      ['beginText', null],
      ['setFont', ['F1', 10]],
      ['moveText', [0, 700]],
      show(g('一')),
      ['setFont', ['F2', 10]],
      show(g('、')),
      ['save', null],
      ['setFont', ['F1', 12]],
      show(g('大')),
      ['restore', null],
      ['setLeading', [14]],
      ['nextLine', null],
      show(g('二')),
    ]);
    expect(items?.map((i) => [i.str, i.fontName, i.transform[5]])).toEqual([
      ['一', 'F1', 700],
      ['、', 'F2', 700],
      ['大', 'F1', 700],
      ['二', 'F2', 686],
    ]);
  });

  it('places text in a form XObject by its matrix, and not after it ends', () => {
    const items = run([
      [
        'paintFormXObjectBegin',
        [
          [1, 0, 0, 1, 100, 0],
          [0, 0, 50, 50],
        ],
      ],
      ['beginText', null],
      ['setFont', ['F1', 10]],
      ['moveText', [0, 500]],
      show(g('表')),
      ['endText', null],
      ['paintFormXObjectEnd', null],
      ['beginText', null],
      // The form's font went with its graphics state.
      ['setFont', ['F1', 10]],
      ['moveText', [0, 400]],
      show(g('外')),
    ]);
    expect(items?.map((i) => [i.str, i.transform[4], i.transform[5]])).toEqual([
      ['表', 100, 500],
      ['外', 0, 400],
    ]);
  });

  it('leaves annotation text out', () => {
    const items = run([
      ['beginText', null],
      ['setFont', ['F1', 10]],
      ['beginAnnotation', ['a1', [0, 0, 10, 10], [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0], false]],
      show(g('注')),
      ['endAnnotation', null],
      show(g('正')),
    ]);
    expect(items?.map((i) => i.str)).toEqual(['正']);
  });

  it('gives null (getTextContent is asked instead) for Type3 and vertical fonts, a font not sent, right-to-left text, a negative size', () => {
    expect(run([['setFont', ['T3', 10]], show(g('a'))])).toBeNull();
    expect(run([['setFont', ['V', 10]], show(g('a'))])).toBeNull();
    expect(run([['setFont', ['missing', 10]], show(g('a'))])).toBeNull();
    expect(run([['setFont', ['F1', 10]], show(g('ש'))])).toBeNull();
    expect(run([['setFont', ['F1', -10]], show(g('a'))])).toBeNull();
    expect(run([['setFont', ['F1', 10]], show(g('a'))])).toHaveLength(1);
  });
});

/**
 * One pass over a page's pdfjs operator list: the graphics and text state kept as the list is
 * read, and what the page paints handed on as events, for rulings (./rulings.ts), text (./op-text.ts)
 * and image coverage (./scan.ts) to read without following the state themselves.
 *
 * - PathEvent: a stroked or filled path, its subpaths in user space with the matrix that takes them
 *   to page space (top-left origin, as the viewport gives), the line width, colours, alphas and the
 *   clip box in force, and whether it is drawn off the page (soft mask, annotation appearance).
 * - TextEvent: a showText laid out by the PDF text model (ISO 32000-1 9.4.4): the glyphs, the pen's
 *   offset in text space before each, Tm × CTM at its start, the font and size.
 * - ImageEvent: an image painted, as the matrix of its unit square in user space.
 *
 * Two stacks are kept, as each reader has always followed them:
 * - the graphics state (CTM as pdfjs sent it, line width, colours, alphas, clip box, hidden) is
 *   saved by q, a form XObject, a group and an annotation, and restored by their ends, as pdfjs's
 *   canvas does; an annotation's appearance starts from the page space its own matrices give.
 * - the text state (CTM with the numbers the PDF wrote, Tm, Tlm, font, size, spacing, scale,
 *   leading, rise) is saved by q and a form XObject only, as getTextContent does, which sees neither
 *   groups nor annotations; text in an annotation is not laid out.
 * For a list pdfjs builds the two agree on the CTM up to the float32 reading (q and Q balanced in
 * every stream, groups wrapping forms); lists written by hand may unbalance them, and each keeps
 * what it did.
 *
 * pdfjs 5 operator-list format (pdf.worker.mjs `buildPath` and the `OPS.stroke…endPath` case of
 * `getOperatorList`; consumed by canvas `constructPath` / `makePathFromDrawOPS` in pdf.mjs): the
 * path operators never reach the list. Each painting operator becomes one
 * `OPS.constructPath` whose arguments are `[paintOp, [Float32Array | null], minMax | null]`; the
 * buffer holds DrawOPS codes, each followed by its coordinates in user space (the CTM in force when
 * it is painted applies): moveTo x y, lineTo x y, curveTo x1 y1 x2 y2 x y, quadraticCurveTo x1 y1
 * x y, closePath. `re` arrives as moveTo + 3 lineTo + closePath (moveTo + lineTo + closePath when
 * its width or height is 0). A clip (`W`, `W*`) is emitted as OPS.clip/eoClip just before the
 * constructPath that carries its path. Colours arrive as setStrokeRGBColor/setFillRGBColor with one
 * "#rrggbb" string whatever the PDF's colour space (gray, CMYK, SC/SCN included);
 * setStrokeTransparent/setFillTransparent mean "paint nothing".
 *
 * Paths are made only with a viewport (they are events in page space); text only with `fontOf`.
 * Text the model does not follow (see `textUnread`) stops nothing else: rulings and images are read
 * to the end.
 */
import { decodePath, type Subpath } from './draw-path.js';
import { apply, type Box, compose, IDENTITY, isNum, listOf, type Matrix, matrixFrom, type PageViewportLike, type Point, viewportMatrix } from './matrix.js';

/** A colour as an operator set it: the space its arguments are in, and the arguments; null paints nothing (setStroke/FillTransparent). */
export type Colour = { space: 'rgb' | 'gray' | 'cmyk' | 'any'; args: ArrayLike<unknown> } | null;

export interface PathEvent {
  stroke: boolean;
  fill: boolean;
  /** In user space. */
  subpaths: Subpath[];
  /** User space → page space: the CTM, then the viewport's matrix. */
  toPage: Matrix;
  lineWidth: number;
  strokeColour: Colour;
  fillColour: Colour;
  strokeAlpha: number;
  fillAlpha: number;
  /** Bounding box (page space) of the clip region it is painted in; null = the whole plane. */
  clip: Box | null;
  /** Inside a soft-mask group or an annotation: drawn, but not as page content. */
  hidden: boolean;
}

/** What is needed of a font pdfjs sent (page.commonObjs): its PostScript name and how it is drawn. */
export interface OpFont {
  name?: unknown;
  fontMatrix?: unknown;
  isType3Font?: unknown;
  vertical?: unknown;
}

/** A glyph as pdfjs sends it in showText. */
export interface Glyph {
  unicode?: unknown;
  width?: unknown;
  originalCharCode?: unknown;
}

export interface TextEvent {
  /** pdfjs's entries: glyphs, and numbers (TJ adjustments, in thousandths of an em). */
  glyphs: ArrayLike<unknown>;
  /** The pen's offset along the text line (text space) before each entry. */
  at: number[];
  /** Tm × CTM at the start of the run. */
  m: Matrix;
  size: number;
  /** Horizontal scaling as a factor (Tz / 100). */
  hScale: number;
  rise: number;
  /** The font's name in the page's resources, and its PostScript name. */
  font: string;
  fontPs: string;
  /** Glyph space → text space along x (the font matrix's first entry). */
  fontW: number;
}

export interface ImageEvent {
  /** The image's unit square → user space. */
  matrix: Matrix;
}

export interface PageOps {
  paths: PathEvent[];
  texts: TextEvent[];
  images: ImageEvent[];
  /** Why the page's text cannot be read from its operator list (then nothing in `texts` is the page's text); null when it can. */
  textUnread: string | null;
}

export interface WalkOptions {
  /** The page's viewport: with it paths are made, in its space, clipped to its box when it has a size. */
  viewport?: PageViewportLike;
  /** The fonts pdfjs sent, by their name in the page's resources: with it text is laid out. */
  fontOf?: (loadedName: string) => OpFont | null;
}

/** A glyph's advance along the line in text space (before character and word spacing). */
export const glyphAdvance = (width: unknown, fontW: number, size: number, hScale: number): number => (isNum(width) ? width * fontW : 0) * size * hScale;

interface GState {
  ctm: Matrix;
  /** ctm then the viewport's matrix, made when a path first needs it after the ctm changed. */
  toPage: Matrix | null;
  lineWidth: number;
  stroke: Colour;
  fill: Colour;
  strokeAlpha: number;
  fillAlpha: number;
  clip: Box | null;
  hidden: boolean;
}

interface TextState {
  ctm: Matrix;
  tm: Matrix;
  tlm: Matrix;
  font: string | null;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

const K = {
  save: 0,
  restore: 1,
  transform: 2,
  lineWidth: 3,
  gstate: 4,
  strokeColour: 5,
  fillColour: 6,
  strokeNone: 7,
  fillNone: 8,
  clip: 9,
  path: 10,
  formBegin: 11,
  formEnd: 12,
  groupBegin: 13,
  groupEnd: 14,
  annotBegin: 15,
  annotEnd: 16,
  beginText: 17,
  setFont: 18,
  charSpacing: 19,
  wordSpacing: 20,
  hScale: 21,
  leading: 22,
  rise: 23,
  moveText: 24,
  leadingMoveText: 25,
  textMatrix: 26,
  nextLine: 27,
  showText: 28,
  /** TJ, ' and ": pdfjs folds them into showText and never sends them. */
  showOther: 29,
  image: 30,
  imageRepeat: 31,
  maskRepeat: 32,
  maskGroup: 33,
  inlineGroup: 34,
} as const;
type Kind = (typeof K)[keyof typeof K];

const KIND_OF_OP: Record<string, Kind> = {
  save: K.save,
  restore: K.restore,
  transform: K.transform,
  setLineWidth: K.lineWidth,
  setGState: K.gstate,
  setStrokeRGBColor: K.strokeColour,
  setFillRGBColor: K.fillColour,
  setStrokeGray: K.strokeColour,
  setFillGray: K.fillColour,
  setStrokeCMYKColor: K.strokeColour,
  setFillCMYKColor: K.fillColour,
  setStrokeColor: K.strokeColour,
  setFillColor: K.fillColour,
  setStrokeColorN: K.strokeColour,
  setFillColorN: K.fillColour,
  setStrokeTransparent: K.strokeNone,
  setFillTransparent: K.fillNone,
  clip: K.clip,
  eoClip: K.clip,
  constructPath: K.path,
  paintFormXObjectBegin: K.formBegin,
  paintFormXObjectEnd: K.formEnd,
  beginGroup: K.groupBegin,
  endGroup: K.groupEnd,
  beginAnnotation: K.annotBegin,
  endAnnotation: K.annotEnd,
  beginText: K.beginText,
  setFont: K.setFont,
  setCharSpacing: K.charSpacing,
  setWordSpacing: K.wordSpacing,
  setHScale: K.hScale,
  setLeading: K.leading,
  setTextRise: K.rise,
  moveText: K.moveText,
  setLeadingMoveText: K.leadingMoveText,
  setTextMatrix: K.textMatrix,
  nextLine: K.nextLine,
  showText: K.showText,
  showSpacedText: K.showOther,
  nextLineShowText: K.showOther,
  nextLineSetSpacingShowText: K.showOther,
  // paintSolidColorImageMask is left out on purpose: pdfjs emits it for a 1×1 opaque stencil, which
  // paints a filled rectangle, not a picture.
  paintImageXObject: K.image,
  paintInlineImageXObject: K.image,
  paintImageMaskXObject: K.image,
  paintImageXObjectRepeat: K.imageRepeat,
  paintImageMaskXObjectRepeat: K.maskRepeat,
  paintImageMaskXObjectGroup: K.maskGroup,
  paintInlineImageXObjectGroup: K.inlineGroup,
};

/** The colour space each colour operator reports its components in. */
const COLOUR_SPACE: Record<string, NonNullable<Colour>['space']> = {
  setStrokeRGBColor: 'rgb',
  setFillRGBColor: 'rgb',
  setStrokeGray: 'gray',
  setFillGray: 'gray',
  setStrokeCMYKColor: 'cmyk',
  setFillCMYKColor: 'cmyk',
  setStrokeColor: 'any',
  setFillColor: 'any',
  setStrokeColorN: 'any',
  setFillColorN: 'any',
};

const PAINT_STROKE = ['stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'];
const PAINT_FILL = ['fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'];

const NO_ARGS: ArrayLike<unknown> = Object.freeze([]);

/** The PDF's initial colour, black in DeviceGray. */
const BLACK: Colour = { space: 'gray', args: [0] };

export const boxOf = (pts: Point[]): Box => {
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
};

const intersect = (a: Box | null, b: Box): Box => {
  if (!a) return b;
  const r = { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
  // An empty intersection stays an (inverted-free) empty box that nothing fits in.
  return r.x0 <= r.x1 && r.y0 <= r.y1 ? r : { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
};

const translate = (tx: number, ty: number, m: Matrix): Matrix => compose([1, 0, 0, 1, tx, ty], m);

const WRITTEN = new Map<number, number>();
const WRITTEN_MAX = 1 << 16;

/**
 * pdfjs sends text and form matrices as Float32Array: 295.49 in the content stream comes as
 * 295.489990234375. The number written in the PDF is the shortest decimal that rounds to that
 * float32 (content streams write a few decimals), and it is the one getTextContent works with.
 */
function written(v: number): number {
  if (!Number.isFinite(v) || Math.fround(v) !== v || Number.isInteger(v)) return v;
  const known = WRITTEN.get(v);
  if (known !== undefined) return known;
  let w = v;
  for (let digits = 1; digits <= 9; digits++) {
    const d = Number(v.toPrecision(digits));
    if (Math.fround(d) === v) {
      w = d;
      break;
    }
  }
  // A page's positions repeat (one column's x, one row's y): each float is worked out once.
  if (WRITTEN.size >= WRITTEN_MAX) WRITTEN.clear();
  WRITTEN.set(v, w);
  return w;
}

/** A matrix argument, with the numbers the PDF wrote when pdfjs sent it as float32 (for the text state). */
function writtenMatrix(v: unknown): Matrix | undefined {
  const m = matrixFrom(v);
  if (!m || !(v instanceof Float32Array)) return m;
  return [written(m[0]), written(m[1]), written(m[2]), written(m[3]), written(m[4]), written(m[5])];
}

/** Exactly six finite numbers, from an array or a typed array (image and annotation matrices). */
export function matrix6(v: unknown): Matrix | null {
  const l = listOf(v);
  if (!l || l.length !== 6) return null;
  const m = [l[0], l[1], l[2], l[3], l[4], l[5]];
  return m.every(isNum) ? (m as unknown as Matrix) : null;
}

/** Finite numbers from an array or a typed array, or null when anything else is in it. */
function numbers(v: unknown): number[] | null {
  const l = listOf(v);
  if (!l) return null;
  const out = Array.from(l);
  return out.every(isNum) ? out : null;
}

const num = (v: unknown): number | null => (isNum(v) ? v : null);

/** An op's k-th argument when its arguments are an array (image and annotation ops). */
const argAt = (args: unknown, k: number): unknown => (Array.isArray(args) ? args[k] : undefined);

/** The transforms of the entries of a group op (`{ transform }` objects, pdfjs's image groups). */
function entryTransforms(v: unknown): Matrix[] {
  if (!Array.isArray(v)) return [];
  const out: Matrix[] = [];
  for (const e of v) {
    const m = matrix6((e as { transform?: unknown } | null)?.transform);
    if (m) out.push(m);
  }
  return out;
}

/** Images placed by a `…Repeat` op: one matrix with the translation taken from each position pair. */
function repeated(a: number | null, b: number | null, c: number | null, d: number | null, positions: unknown): Matrix[] {
  const p = numbers(positions);
  if (a === null || b === null || c === null || d === null || !p) return [];
  const out: Matrix[] = [];
  for (let i = 0; i + 1 < p.length; i += 2) out.push([a, b, c, d, p[i]!, p[i + 1]!]);
  return out;
}

/** Walks one page's operator list (page.getOperatorList(), read once) and returns what it paints. */
export function walkOps(
  opList: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  OPS: Record<string, number>,
  options: WalkOptions = {},
): PageOps {
  const out: PageOps = { paths: [], texts: [], images: [], textUnread: null };
  const fnArray = listOf(opList?.fnArray);
  const argsArray = listOf(opList?.argsArray);
  if (!fnArray || !argsArray || !OPS || typeof OPS !== 'object') return out;

  // pdfjs's OPS codes are small integers: each op's kind is looked up by its code (-1: not read).
  const codes = Object.keys(KIND_OF_OP).map((name) => OPS[name]);
  const kinds = new Int8Array(Math.max(0, ...codes.filter((c): c is number => isNum(c) && Number.isInteger(c) && c >= 0 && c < 4096)) + 1).fill(-1);
  const spaces = new Map<unknown, NonNullable<Colour>['space']>();
  for (const [name, kind] of Object.entries(KIND_OF_OP)) {
    const code = OPS[name];
    if (!isNum(code) || !Number.isInteger(code) || code < 0 || code >= kinds.length) continue;
    kinds[code] = kind;
    const space = COLOUR_SPACE[name];
    if (space) spaces.set(code, space);
  }
  const opSet = (names: string[]): Set<unknown> => new Set(names.map((n) => OPS[n]).filter(isNum));
  const strokeOps = opSet(PAINT_STROKE);
  const fillOps = opSet(PAINT_FILL);

  const { viewport, fontOf } = options;
  const vpm = viewport && typeof viewport === 'object' ? viewportMatrix(viewport) : undefined;
  const vw = viewport?.width;
  const vh = viewport?.height;
  // Nothing outside the page is seen; WPS's clips reach past it.
  const pageBox: Box | null = isNum(vw) && isNum(vh) ? { x0: 0, y0: 0, x1: vw, y1: vh } : null;

  let gs: GState = { ctm: IDENTITY, toPage: null, lineWidth: 1, stroke: BLACK, fill: BLACK, strokeAlpha: 1, fillAlpha: 1, clip: pageBox, hidden: false };
  const gstack: GState[] = [];
  const save = (): void => {
    gstack.push(gs);
    gs = { ...gs };
  };
  const restore = (): void => {
    gs = gstack.pop() ?? gs;
  };
  const transform = (m: Matrix): void => {
    gs.ctm = compose(m, gs.ctm);
    gs.toPage = null;
  };
  // A clip (W, W*) comes just before the constructPath that carries its path.
  let pendingClip = false;

  let ts: TextState = { ctm: IDENTITY, tm: IDENTITY, tlm: IDENTITY, font: null, size: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 };
  const tstack: TextState[] = [];
  let inAnnotation = 0;
  const unread = (why: string): void => {
    out.textUnread ??= why;
  };
  const moveLine = (tx: number, ty: number): void => {
    ts.tlm = translate(tx, ty, ts.tlm);
    ts.tm = ts.tlm;
  };

  const fonts = new Map<string, { name: string; w: number } | null>();
  const fontInfo = (loadedName: string): { name: string; w: number } | null => {
    if (fonts.has(loadedName)) return fonts.get(loadedName)!;
    const f = fontOf ? fontOf(loadedName) : null;
    const fm = f ? listOf(f.fontMatrix) : undefined;
    let info: { name: string; w: number } | null = null;
    // Type3 glyphs are scaled by their own matrix and bounding box; vertical fonts advance down.
    if (f && !f.isType3Font && !f.vertical) {
      const w = fm && isNum(fm[0]) ? fm[0] : 0.001;
      if (!fm || (fm[1] === 0 && fm[2] === 0)) info = { name: typeof f.name === 'string' ? f.name : loadedName, w };
    }
    fonts.set(loadedName, info);
    return info;
  };

  const n = Math.min(fnArray.length, argsArray.length);
  for (let i = 0; i < n; i++) {
    const fn = fnArray[i];
    const kind = typeof fn === 'number' ? (kinds[fn] ?? -1) : -1;
    if (kind < 0) continue;
    const raw = argsArray[i];
    const args: ArrayLike<unknown> = listOf(raw) ?? NO_ARGS;
    switch (kind) {
      case K.save:
        save();
        tstack.push(ts);
        ts = { ...ts };
        break;
      case K.restore:
        restore();
        ts = tstack.pop() ?? ts;
        break;
      case K.transform: {
        // Six numbers (pdfjs sends an array); the text state also takes one float32 array of six.
        const m = matrixFrom(args);
        if (m) transform(m);
        const t = args.length === 1 ? writtenMatrix(args[0]) : args instanceof Float32Array ? writtenMatrix(args) : m;
        if (t) ts.ctm = compose(t, ts.ctm);
        break;
      }
      case K.lineWidth:
        if (isNum(args[0])) gs.lineWidth = Math.abs(args[0]);
        break;
      case K.gstate: {
        // [[key, value], …] from an ExtGState: LW (line width), CA/ca (stroke/fill alpha).
        const entries = listOf(args[0]) ?? [];
        for (let k = 0; k < entries.length; k++) {
          const e = listOf(entries[k]);
          const [key, value] = e ? [e[0], e[1]] : [];
          if (key === 'LW' && isNum(value)) gs.lineWidth = Math.abs(value);
          else if (key === 'CA' && isNum(value)) gs.strokeAlpha = value;
          else if (key === 'ca' && isNum(value)) gs.fillAlpha = value;
        }
        break;
      }
      case K.strokeColour:
        gs.stroke = { space: spaces.get(fn)!, args };
        break;
      case K.fillColour:
        gs.fill = { space: spaces.get(fn)!, args };
        break;
      case K.strokeNone:
        gs.stroke = null;
        break;
      case K.fillNone:
        gs.fill = null;
        break;
      case K.clip:
        pendingClip = true;
        break;
      case K.path: {
        if (!vpm) break;
        // [paintOp, [DrawOPS buffer], minMax] (./draw-path.ts).
        const paint = args[0];
        const stroke = strokeOps.has(paint);
        const fill = fillOps.has(paint);
        if (!stroke && !fill && !pendingClip) break;
        const buf = listOf(listOf(args[1])?.[0]);
        const subpaths = buf ? decodePath(buf) : [];
        const toPage = (gs.toPage ??= compose(gs.ctm, vpm));
        if (stroke || fill) {
          out.paths.push({
            stroke,
            fill,
            subpaths,
            toPage,
            lineWidth: gs.lineWidth,
            strokeColour: gs.stroke,
            fillColour: gs.fill,
            strokeAlpha: gs.strokeAlpha,
            fillAlpha: gs.fillAlpha,
            clip: gs.clip,
            hidden: gs.hidden,
          });
        }
        // The clip takes effect after the path is painted (PDF 8.5.4); any clip region lies inside
        // its path's bounding box, so narrowing to that box never hides what is visible.
        if (pendingClip) {
          pendingClip = false;
          const det = Math.abs(toPage[0] * toPage[3] - toPage[1] * toPage[2]);
          const pts = subpaths.flatMap((sp) => sp.points).map((p) => apply(toPage, p.x, p.y));
          if (pts.length > 0 && det > 0) gs.clip = intersect(gs.clip, boxOf(pts));
        }
        break;
      }
      case K.formBegin: {
        // [matrix | null, bbox | null]: canvas saves, applies the matrix, clips to the bbox.
        save();
        const m = matrixFrom(args[0]);
        if (m) transform(m);
        const bb = listOf(args[1]);
        const [x0, y0, x1, y1] = bb ? [bb[0], bb[1], bb[2], bb[3]] : [];
        if (vpm && isNum(x0) && isNum(y0) && isNum(x1) && isNum(y1)) {
          const mv = compose(gs.ctm, vpm);
          const corners = [apply(mv, x0, y0), apply(mv, x1, y0), apply(mv, x0, y1), apply(mv, x1, y1)];
          gs.clip = intersect(gs.clip, boxOf(corners));
        }
        tstack.push(ts);
        ts = { ...ts };
        const t = writtenMatrix(args[0]);
        if (t) ts.ctm = compose(t, ts.ctm);
        break;
      }
      case K.formEnd:
        restore();
        ts = tstack.pop() ?? ts;
        break;
      case K.groupBegin: {
        // A soft mask's content is drawn into the mask, not onto the page.
        save();
        const g = args[0];
        if (g && typeof g === 'object' && 'smask' in g && g.smask) gs.hidden = true;
        break;
      }
      case K.groupEnd:
        restore();
        break;
      case K.annotBegin:
        // [id, rect, transform, matrix, …]: an appearance stream is placed from the page's own space,
        // whatever the content left behind. Its paths are not the page's tables, its text not page text.
        save();
        gs.hidden = true;
        gs.ctm = compose(matrix6(argAt(raw, 3)) ?? IDENTITY, compose(matrix6(argAt(raw, 2)) ?? IDENTITY, IDENTITY));
        gs.toPage = null;
        inAnnotation++;
        break;
      case K.annotEnd:
        restore();
        inAnnotation = Math.max(0, inAnnotation - 1);
        break;
      case K.beginText:
        ts.tm = IDENTITY;
        ts.tlm = IDENTITY;
        break;
      case K.setFont: {
        const [name, size] = [args[0], args[1]];
        if (typeof name !== 'string' || !isNum(size)) unread('a setFont without a font name and size');
        else if (size < 0) unread('a negative font size');
        else {
          ts.font = name;
          ts.size = size;
        }
        break;
      }
      case K.charSpacing:
        if (isNum(args[0])) ts.charSpacing = args[0];
        break;
      case K.wordSpacing:
        if (isNum(args[0])) ts.wordSpacing = args[0];
        break;
      case K.hScale:
        if (isNum(args[0])) ts.hScale = args[0] / 100;
        break;
      case K.leading:
        if (isNum(args[0])) ts.leading = args[0];
        break;
      case K.rise:
        if (isNum(args[0])) ts.rise = args[0];
        break;
      case K.moveText:
        if (isNum(args[0]) && isNum(args[1])) moveLine(args[0], args[1]);
        break;
      case K.leadingMoveText:
        if (isNum(args[0]) && isNum(args[1])) {
          ts.leading = -args[1];
          moveLine(args[0], args[1]);
        }
        break;
      case K.textMatrix: {
        const m = writtenMatrix(args.length === 1 ? args[0] : args);
        if (m) {
          ts.tm = m;
          ts.tlm = m;
        }
        break;
      }
      case K.nextLine:
        moveLine(0, -ts.leading);
        break;
      case K.showOther:
        unread('a text operator pdfjs does not send (TJ, \', ")');
        break;
      case K.showText: {
        const glyphs = listOf(args[0]);
        if (!glyphs || !ts.font) {
          unread('text shown without glyphs or a font');
          break;
        }
        const font = fontInfo(ts.font);
        if (!font) {
          unread(`font ${ts.font} is not modelled (Type3, vertical, skewed or not sent)`);
          break;
        }
        // Annotation appearances (form fields, stamps) are not page text; getTextContent leaves them out too.
        if (inAnnotation > 0 || out.textUnread !== null) break;
        // Within one showText the text matrix only moves along its x axis: the pen's offset from Tm.
        const size = ts.size;
        const th = ts.hScale;
        const at: number[] = [];
        let ox = 0;
        let ok = true;
        for (let g = 0; g < glyphs.length; g++) {
          const item = glyphs[g];
          at.push(ox);
          if (typeof item === 'number') {
            if (isNum(item)) ox += (-item / 1000) * size * th;
            continue;
          }
          if (!item || typeof item !== 'object') {
            ok = false;
            break;
          }
          const glyph = item as Glyph;
          ox += glyphAdvance(glyph.width, font.w, size, th) + (ts.charSpacing + (glyph.originalCharCode === 0x20 ? ts.wordSpacing : 0)) * th;
        }
        if (!ok) {
          unread('a showText entry that is neither a glyph nor a number');
          break;
        }
        out.texts.push({ glyphs, at, m: compose(ts.tm, ts.ctm), size, hScale: th, rise: ts.rise, font: ts.font, fontPs: font.name, fontW: font.w });
        if (ox !== 0) ts.tm = translate(ox, 0, ts.tm);
        break;
      }
      case K.image:
        out.images.push({ matrix: gs.ctm });
        break;
      case K.imageRepeat: // [objId, scaleX, scaleY, positions]
        for (const m of repeated(num(argAt(raw, 1)), 0, 0, num(argAt(raw, 2)), argAt(raw, 3))) out.images.push({ matrix: compose(m, gs.ctm) });
        break;
      case K.maskRepeat: // [img, scaleX, skewX, skewY, scaleY, positions]
        for (const m of repeated(num(argAt(raw, 1)), num(argAt(raw, 2)) ?? 0, num(argAt(raw, 3)) ?? 0, num(argAt(raw, 4)), argAt(raw, 5)))
          out.images.push({ matrix: compose(m, gs.ctm) });
        break;
      case K.maskGroup: // [images], each with its transform
        for (const m of entryTransforms(argAt(raw, 0))) out.images.push({ matrix: compose(m, gs.ctm) });
        break;
      case K.inlineGroup: // [img, map], each map entry with its transform
        for (const m of entryTransforms(argAt(raw, 1))) out.images.push({ matrix: compose(m, gs.ctm) });
        break;
    }
  }
  return out;
}

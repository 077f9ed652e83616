/**
 * A page's text items from its operator list, so that a page's content stream is interpreted once
 * (pdfjs's getTextContent would interpret it a second time, for ~40% of a page's parse).
 *
 * The operator list carries what text extraction needs: every showText with its glyphs (their
 * Unicode from the font's ToUnicode map or encoding, their widths from the font dictionary), and
 * the operators that place them (text matrix, line moves, character, word and horizontal spacing,
 * rise, CTM, q/Q, form XObjects). Glyphs are placed by the PDF text model (ISO 32000-1 9.4.4):
 *
 *   Trm = [Tfs·Th 0 0 Tfs 0 Trise] × Tm × CTM;  after a glyph  tx = (w0·Tfs + Tc + Tw?)·Th
 *   (Tw for the single-byte code 32), after a TJ number n  tx = −n/1000 · Tfs · Th.
 *
 * and grouped into items as a reader would: a glyph continues the item when it sits on the same
 * baseline, in the same font and size, close after the previous glyph; a gap of about a tenth of an
 * em or more reads as a space (as does a space glyph with some width); a gap of more than 0.6 em, a
 * step back, or a move off the baseline starts a new item. Whitespace is never an item (textRuns
 * drops it anyway). The item strings get pdfjs's own Unicode normalisation.
 *
 * The result has getTextContent's item shape (str, transform, width, height, fontName). Pages this
 * does not model — Type3 or vertical fonts, a font pdfjs has not sent, right-to-left text, a
 * negative font size, text running on from one font object into another of the same PostScript
 * name — return null, and the caller asks pdfjs's getTextContent instead.
 * test/parse/pdfjs-equivalence.test.ts holds the two to the same parse of every fixture and real PDF.
 */
import { compose, IDENTITY, isNum, listOf, type Matrix, matrixFrom } from './matrix.js';

/** What is needed of a font pdfjs sent (page.commonObjs): its PostScript name and how it is drawn. */
export interface OpFont {
  name?: unknown;
  fontMatrix?: unknown;
  isType3Font?: unknown;
  vertical?: unknown;
}

export interface OpTextItem {
  str: string;
  /** The text rendering matrix at the item's first glyph, in PDF user space (as getTextContent's). */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
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

interface Glyph {
  unicode?: unknown;
  width?: unknown;
  originalCharCode?: unknown;
}

/** A gap of at least this share of an em between glyphs reads as a space. */
const SPACE_GAP = 0.102;
/** A space glyph followed by less than this (of an em) is no space (a zero-width space in the font). */
const NOT_A_SPACE = 0.03;
/** A gap wider than this (of an em) separates items: another cell, another column. */
const ITEM_GAP = 0.6;
/** A step back of more than this (of an em) starts a new item (overprinting, a return). */
const STEP_BACK = -0.2;
/** A baseline move of more than this share of the font size starts a new item. */
const BASELINE_SHIFT = 0.25;

const PRINTS = 0;
const SPACE = 1;
/** Nothing to read: no Unicode, or only invisible format marks (soft hyphen, zero-width joiners, bidi marks). */
const NOTHING = 2;
/** Hebrew, Arabic and the like: their order needs the bidi algorithm, which getTextContent applies. */
const RIGHT_TO_LEFT = 3;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const WHITESPACE = /^\s+$/u;
const FORMAT_MARK = /^[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]+$/u;

/** What a glyph's Unicode is to the reader; one code unit in the common ranges is decided without a regex. */
function classify(u: string): number {
  if (u.length === 0) return NOTHING;
  if (u.length === 1) {
    const c = u.charCodeAt(0);
    if (c > 0x20 && c < 0x7f) return PRINTS;
    if (c >= 0x3001 && c <= 0x9fff) return PRINTS;
    if (c >= 0xff01 && c <= 0xff5e) return PRINTS;
  }
  if (RTL.test(u)) return RIGHT_TO_LEFT;
  if (WHITESPACE.test(u)) return SPACE;
  if (FORMAT_MARK.test(u)) return NOTHING;
  return PRINTS;
}

const translate = (tx: number, ty: number, m: Matrix): Matrix => compose([1, 0, 0, 1, tx, ty], m);

const WRITTEN = new Map<number, number>();
const WRITTEN_MAX = 1 << 16;

/**
 * pdfjs sends text and transformation matrices as Float32Array: 295.49 in the content stream comes
 * as 295.489990234375. The number written in the PDF is the shortest decimal that rounds to that
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

/** A matrix argument, with the numbers the PDF wrote when pdfjs sent it as float32. */
function matrixArg(v: unknown): Matrix | undefined {
  const m = matrixFrom(v);
  if (!m || !(v instanceof Float32Array)) return m;
  return [written(m[0]), written(m[1]), written(m[2]), written(m[3]), written(m[4]), written(m[5])];
}

type Normalise = (s: string) => string;

/**
 * The text items of one page, or null when the page uses something this does not model.
 * `view` is the page's view box in user space ([x0, y0, x1, y1], pdfjs's page.view): glyphs wholly
 * outside it are not page text.
 */
export function textFromOps(
  opList: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  OPS: Record<string, number>,
  fontOf: (loadedName: string) => OpFont | null,
  view: ArrayLike<number>,
  normalise: Normalise,
): OpTextItem[] | null {
  const fnArray = opList.fnArray;
  const argsArray = opList.argsArray;
  const [vx0 = -Infinity, vy0 = -Infinity, vx1 = Infinity, vy1 = Infinity] = Array.from(view);

  const fonts = new Map<string, { name: string; w: number } | null>();
  const fontInfo = (loadedName: string): { name: string; w: number } | null => {
    if (fonts.has(loadedName)) return fonts.get(loadedName)!;
    const f = fontOf(loadedName);
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

  let st: TextState = { ctm: IDENTITY, tm: IDENTITY, tlm: IDENTITY, font: null, size: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 };
  const stack: TextState[] = [];
  let inAnnotation = 0;

  const items: OpTextItem[] = [];
  // The item being built.
  let cur: { chars: string[]; start: number[]; font: string; fontPs: string; size: number; endX: number; endY: number; ux: number; uy: number } | null = null;
  let pendingSpace = false;
  const flush = (): void => {
    if (cur) {
      const str = normalise(cur.chars.join(''));
      const width = (cur.endX - cur.start[4]!) * cur.ux + (cur.endY - cur.start[5]!) * cur.uy;
      items.push({ str, transform: cur.start, width: Math.abs(width), height: Math.hypot(cur.start[2]!, cur.start[3]!), fontName: cur.font });
    }
    cur = null;
    pendingSpace = false;
  };

  const op = (name: string): number => OPS[name] ?? -1;
  const O = {
    save: op('save'),
    restore: op('restore'),
    transform: op('transform'),
    beginText: op('beginText'),
    setFont: op('setFont'),
    setCharSpacing: op('setCharSpacing'),
    setWordSpacing: op('setWordSpacing'),
    setHScale: op('setHScale'),
    setLeading: op('setLeading'),
    setTextRise: op('setTextRise'),
    moveText: op('moveText'),
    setLeadingMoveText: op('setLeadingMoveText'),
    setTextMatrix: op('setTextMatrix'),
    nextLine: op('nextLine'),
    showText: op('showText'),
    showSpacedText: op('showSpacedText'),
    nextLineShowText: op('nextLineShowText'),
    nextLineSetSpacingShowText: op('nextLineSetSpacingShowText'),
    formBegin: op('paintFormXObjectBegin'),
    formEnd: op('paintFormXObjectEnd'),
    annotBegin: op('beginAnnotation'),
    annotEnd: op('endAnnotation'),
  };
  const moveLine = (tx: number, ty: number): void => {
    st.tlm = translate(tx, ty, st.tlm);
    st.tm = st.tlm;
  };

  const n = Math.min(fnArray.length, argsArray.length);
  for (let i = 0; i < n; i++) {
    const fn = fnArray[i];
    const args = (listOf(argsArray[i]) ?? []) as ArrayLike<unknown>;
    if (fn === O.save) {
      stack.push(st);
      st = { ...st };
    } else if (fn === O.restore) {
      st = stack.pop() ?? st;
    } else if (fn === O.transform) {
      const m = matrixArg(args.length === 1 ? args[0] : args);
      if (m) st.ctm = compose(m, st.ctm);
    } else if (fn === O.formBegin) {
      stack.push(st);
      st = { ...st };
      const m = matrixArg(args[0]);
      if (m) st.ctm = compose(m, st.ctm);
    } else if (fn === O.formEnd) {
      st = stack.pop() ?? st;
    } else if (fn === O.annotBegin) {
      inAnnotation++;
    } else if (fn === O.annotEnd) {
      inAnnotation = Math.max(0, inAnnotation - 1);
    } else if (fn === O.beginText) {
      st.tm = IDENTITY;
      st.tlm = IDENTITY;
    } else if (fn === O.setFont) {
      const [name, size] = [args[0], args[1]];
      if (typeof name !== 'string' || !isNum(size)) return null;
      if (size < 0) return null;
      st.font = name;
      st.size = size;
    } else if (fn === O.setCharSpacing) {
      if (isNum(args[0])) st.charSpacing = args[0];
    } else if (fn === O.setWordSpacing) {
      if (isNum(args[0])) st.wordSpacing = args[0];
    } else if (fn === O.setHScale) {
      if (isNum(args[0])) st.hScale = args[0] / 100;
    } else if (fn === O.setLeading) {
      if (isNum(args[0])) st.leading = args[0];
    } else if (fn === O.setTextRise) {
      if (isNum(args[0])) st.rise = args[0];
    } else if (fn === O.moveText) {
      if (isNum(args[0]) && isNum(args[1])) moveLine(args[0], args[1]);
    } else if (fn === O.setLeadingMoveText) {
      if (isNum(args[0]) && isNum(args[1])) {
        st.leading = -args[1];
        moveLine(args[0], args[1]);
      }
    } else if (fn === O.setTextMatrix) {
      const m = matrixArg(args.length === 1 ? args[0] : args);
      if (m) {
        st.tm = m;
        st.tlm = m;
      }
    } else if (fn === O.nextLine) {
      moveLine(0, -st.leading);
    } else if (fn === O.showText || fn === O.showSpacedText || fn === O.nextLineShowText || fn === O.nextLineSetSpacingShowText) {
      // pdfjs turns TJ, ' and " into nextLine / spacing ops and one showText of glyphs and numbers.
      if (fn !== O.showText) return null;
      const glyphs = listOf(args[0]);
      if (!glyphs || !st.font) return null;
      const font = fontInfo(st.font);
      if (!font) return null;
      // Annotation appearances (form fields, stamps) are not page text; getTextContent leaves them out too.
      if (inAnnotation > 0) continue;
      const tsize = st.size;
      const th = st.hScale;
      // Within one showText the text matrix only moves along its x axis: with M = Tm × CTM at the
      // start and ox the pen's offset in text space, a glyph's Trm is [Tfs·Th·M0, Tfs·Th·M1, Tfs·M2,
      // Tfs·M3] at M applied to (ox, Trise).
      const m = compose(st.tm, st.ctm);
      const emX = Math.hypot(m[0], m[1]);
      const em = tsize * emX;
      const ux = emX > 0 ? m[0] / emX : 1;
      const uy = emX > 0 ? m[1] / emX : 0;
      const t0 = tsize * th * m[0];
      const t1 = tsize * th * m[1];
      const t2 = tsize * m[2];
      const t3 = tsize * m[3];
      const height = Math.hypot(t2, t3);
      const rx = st.rise * m[2] + m[4];
      const ry = st.rise * m[3] + m[5];
      let ox = 0;
      for (let g = 0; g < glyphs.length; g++) {
        const item = glyphs[g];
        if (typeof item === 'number') {
          if (isNum(item)) ox += (-item / 1000) * tsize * th;
          continue;
        }
        if (!item || typeof item !== 'object') return null;
        const glyph = item as Glyph;
        const unicode = typeof glyph.unicode === 'string' ? glyph.unicode : '';
        const w0 = isNum(glyph.width) ? glyph.width * font.w : 0;
        const advance = w0 * tsize * th;
        const spacing = (st.charSpacing + (glyph.originalCharCode === 0x20 ? st.wordSpacing : 0)) * th;
        const kind = classify(unicode);
        if (kind === RIGHT_TO_LEFT) return null;
        if (kind === NOTHING) {
          // Nothing to read; the pen still moves.
          ox += advance + spacing;
          continue;
        }
        if (kind === SPACE) {
          pendingSpace = true;
          ox += advance + spacing;
          continue;
        }
        const x = ox * m[0] + rx;
        const y = ox * m[1] + ry;
        const glyphLen = advance * emX;
        // Off the page's view box: not page text.
        if (x + Math.max(glyphLen, 0) < vx0 || x > vx1 || y < vy0 || y > vy1) {
          ox += advance + spacing;
          continue;
        }
        let space = false;
        if (cur) {
          const dx = x - cur.endX;
          const dy = y - cur.endY;
          // Along and across the writing direction: in ems, and in user space.
          const along = em > 0 ? (dx * cur.ux + dy * cur.uy) / em : 0;
          const across = Math.abs(-dx * cur.uy + dy * cur.ux);
          // Two font objects of one PostScript name (a subset split in two, as WPS writes them): where
          // getTextContent splits and spaces their text is not modelled here; it reads the page.
          if (cur.font !== st.font && cur.fontPs === font.name) return null;
          const sameStyle = cur.size === tsize && cur.font === st.font;
          const inFlow = along >= STEP_BACK && along <= ITEM_GAP;
          const sameRun = sameStyle && inFlow && across <= BASELINE_SHIFT * height;
          if (!sameRun) {
            // A glyph in the flow but shifted off the baseline by less than a line ends the item, as in
            // getTextContent, whose item then spans the gap up to that glyph (its width counts it).
            if (sameStyle && inFlow && across <= height) {
              const a = dx * cur.ux + dy * cur.uy;
              cur.endX += a * cur.ux;
              cur.endY += a * cur.uy;
            }
            flush();
          } else if (along > SPACE_GAP) space = true;
          else if (pendingSpace && along > NOT_A_SPACE) flush();
        }
        if (!cur) {
          cur = { chars: [], start: [t0, t1, t2, t3, x, y], font: st.font, fontPs: font.name, size: tsize, endX: x, endY: y, ux, uy };
        } else if (space) {
          cur.chars.push(' ');
        }
        pendingSpace = false;
        cur.chars.push(unicode);
        cur.endX = x + glyphLen * ux;
        cur.endY = y + glyphLen * uy;
        ox += advance + spacing;
      }
      if (ox !== 0) st.tm = translate(ox, 0, st.tm);
    }
  }
  flush();
  return items;
}

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
import { type Glyph, glyphAdvance, type OpFont, type PageOps, walkOps } from './op-walk.js';

export type { OpFont } from './op-walk.js';

export interface OpTextItem {
  str: string;
  /** The text rendering matrix at the item's first glyph, in PDF user space (as getTextContent's). */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
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

type Normalise = (s: string) => string;

/**
 * The text items of one page from its walk (walkOps with `fontOf`), or null when the page uses
 * something this does not model. `view` is the page's view box in user space ([x0, y0, x1, y1],
 * pdfjs's page.view): glyphs wholly outside it are not page text.
 */
export function textItems(ops: Pick<PageOps, 'texts' | 'textUnread'>, view: ArrayLike<number>, normalise: Normalise): OpTextItem[] | null {
  if (ops.textUnread !== null) return null;
  const [vx0 = -Infinity, vy0 = -Infinity, vx1 = Infinity, vy1 = Infinity] = Array.from(view);

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

  for (const t of ops.texts) {
    const { glyphs, at, m, size: tsize, hScale: th } = t;
    // With M = Tm × CTM at the start and ox the pen's offset in text space, a glyph's Trm is
    // [Tfs·Th·M0, Tfs·Th·M1, Tfs·M2, Tfs·M3] at M applied to (ox, Trise).
    const emX = Math.hypot(m[0], m[1]);
    const em = tsize * emX;
    const ux = emX > 0 ? m[0] / emX : 1;
    const uy = emX > 0 ? m[1] / emX : 0;
    const t0 = tsize * th * m[0];
    const t1 = tsize * th * m[1];
    const t2 = tsize * m[2];
    const t3 = tsize * m[3];
    const height = Math.hypot(t2, t3);
    const rx = t.rise * m[2] + m[4];
    const ry = t.rise * m[3] + m[5];
    for (let g = 0; g < glyphs.length; g++) {
      const item = glyphs[g];
      // Numbers only move the pen (in `at`); the walk has checked every other entry is a glyph.
      if (typeof item === 'number') continue;
      const glyph = item as Glyph;
      const unicode = typeof glyph.unicode === 'string' ? glyph.unicode : '';
      const kind = classify(unicode);
      if (kind === RIGHT_TO_LEFT) return null;
      // Nothing to read, or a space: the pen still moves.
      if (kind === NOTHING) continue;
      if (kind === SPACE) {
        pendingSpace = true;
        continue;
      }
      const ox = at[g]!;
      const x = ox * m[0] + rx;
      const y = ox * m[1] + ry;
      const glyphLen = glyphAdvance(glyph.width, t.fontW, tsize, th) * emX;
      // Off the page's view box: not page text.
      if (x + Math.max(glyphLen, 0) < vx0 || x > vx1 || y < vy0 || y > vy1) continue;
      let space = false;
      if (cur) {
        const dx = x - cur.endX;
        const dy = y - cur.endY;
        // Along and across the writing direction: in ems, and in user space.
        const along = em > 0 ? (dx * cur.ux + dy * cur.uy) / em : 0;
        const across = Math.abs(-dx * cur.uy + dy * cur.ux);
        // Two font objects of one PostScript name (a subset split in two, as WPS writes them): where
        // getTextContent splits and spaces their text is not modelled here; it reads the page.
        if (cur.font !== t.font && cur.fontPs === t.fontPs) return null;
        const sameStyle = cur.size === tsize && cur.font === t.font;
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
        cur = { chars: [], start: [t0, t1, t2, t3, x, y], font: t.font, fontPs: t.fontPs, size: tsize, endX: x, endY: y, ux, uy };
      } else if (space) {
        cur.chars.push(' ');
      }
      pendingSpace = false;
      cur.chars.push(unicode);
      cur.endX = x + glyphLen * ux;
      cur.endY = y + glyphLen * uy;
    }
  }
  flush();
  return items;
}

/** The text items of one page from its operator list, or null when the page uses something this does not model (see textItems). */
export function textFromOps(
  opList: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  OPS: Record<string, number>,
  fontOf: (loadedName: string) => OpFont | null,
  view: ArrayLike<number>,
  normalise: Normalise,
): OpTextItem[] | null {
  return textItems(walkOps(opList, OPS, { fontOf }), view, normalise);
}

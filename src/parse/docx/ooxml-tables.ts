import * as cheerio from 'cheerio';
import type { DomNode } from '../html/dom.js';

/**
 * Reads Word tables straight from `word/document.xml` and writes them as HTML tables for the
 * shared HTML path. mammoth does the same job but was measured at 2.7 s for a 30-table DOCX and
 * 33 s / 2.3 GB for 300 tables (README, design notes); reading the XML directly is much faster
 * and keeps gridSpan, vMerge and gridBefore exactly.
 */

const W = (n: DomNode, name: string): boolean => n.type === 'tag' && n.name === name;

/** Children with the given name, looking through content controls (w:sdt) and custom XML wrappers. */
function kids(n: DomNode, name: string): DomNode[] {
  const out: DomNode[] = [];
  for (const c of n.children ?? []) {
    if (W(c, name)) out.push(c);
    else if (W(c, 'w:sdt'))
      for (const sc of c.children ?? [])
        if (W(sc, 'w:sdtContent')) out.push(...kids(sc, name));
        else if (W(c, 'w:customXml') || W(c, 'w:smartTag')) out.push(...kids(c, name));
  }
  return out;
}

const child = (n: DomNode, name: string): DomNode | undefined => (n.children ?? []).find((c) => W(c, name));
const val = (n: DomNode | undefined): string | undefined => n?.attribs?.['w:val'];
const intVal = (n: DomNode | undefined, dflt: number): number => {
  const v = Number.parseInt(val(n) ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};
const on = (n: DomNode | undefined): boolean => n !== undefined && !['false', '0', 'off'].includes(val(n) ?? 'true');

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text of a run-level subtree: w:t, tabs and breaks; deleted text and field instructions are not printed. */
function runText(n: DomNode, out: string[]): void {
  for (const c of n.children ?? []) {
    if (c.type !== 'tag') continue;
    switch (c.name) {
      case 'w:t':
        out.push((c.children ?? []).map((t) => t.data ?? '').join(''));
        break;
      case 'w:tab':
      case 'w:ptab':
        out.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        out.push('\n');
        break;
      case 'w:noBreakHyphen':
        out.push('-');
        break;
      case 'w:del':
      case 'w:delText':
      case 'w:instrText':
      case 'w:pPr':
      case 'w:rPr':
      case 'w:fldData':
        break;
      default:
        runText(c, out);
    }
  }
}

/** The HTML content of one cell: a <p> per paragraph, nested tables in place. */
function cellHtml(tc: DomNode, path: string): string {
  const parts: string[] = [];
  let nested = 0;
  for (const c of tc.children ?? []) {
    if (W(c, 'w:p')) {
      const out: string[] = [];
      runText(c, out);
      parts.push(`<p>${esc(out.join('')).replace(/\n/g, '<br>')}</p>`);
    } else if (W(c, 'w:tbl')) {
      nested++;
      parts.push(tableHtml(c, `${path}/tbl${nested}`));
    } else if (W(c, 'w:sdt') || W(c, 'w:customXml')) {
      for (const p of kids(c, 'w:p')) {
        const out: string[] = [];
        runText(p, out);
        parts.push(`<p>${esc(out.join('')).replace(/\n/g, '<br>')}</p>`);
      }
    }
  }
  return parts.join('');
}

interface PlacedCell {
  tc: DomNode;
  col: number;
  span: number;
  /** `restart`, `continue`, or undefined when not vertically merged. */
  vMerge: 'restart' | 'continue' | undefined;
  index: number;
}

/**
 * Most grid columns a w:gridBefore or w:gridSpan may claim (Word itself stops at 63 columns): a
 * damaged or hostile file that says 2,000,000,000 would otherwise make a grid of that width.
 */
const MAX_GRID = 1000;
const gridInt = (n: number): number => Math.min(Math.max(0, n), MAX_GRID);

/** One w:tbl element as an HTML <table>, every cell carrying its document.xml path in data-gk-path. */
export function tableHtml(tbl: DomNode, path: string): string {
  const rows = kids(tbl, 'w:tr');
  const placed: PlacedCell[][] = rows.map((tr) => {
    const trPr = child(tr, 'w:trPr');
    let col = trPr ? gridInt(intVal(child(trPr, 'w:gridBefore'), 0)) : 0;
    return kids(tr, 'w:tc').map((tc, index) => {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, gridInt(intVal(tcPr && child(tcPr, 'w:gridSpan'), 1)));
      const vm = tcPr && child(tcPr, 'w:vMerge');
      const vMerge = vm === undefined ? undefined : val(vm) === 'restart' ? 'restart' : 'continue';
      const p: PlacedCell = { tc, col, span, vMerge, index };
      col += span;
      return p;
    });
  });
  const html: string[] = [`<table data-gk-path="${esc(path)}">`];
  rows.forEach((tr, r) => {
    const trPr = child(tr, 'w:trPr');
    const header = trPr !== undefined && on(child(trPr, 'w:tblHeader'));
    const gridBefore = trPr ? gridInt(intVal(child(trPr, 'w:gridBefore'), 0)) : 0;
    const cells: string[] = [];
    let first = true;
    for (const cell of placed[r]!) {
      if (cell.vMerge === 'continue') {
        // Covered by the restart cell above, which carries the rowspan; a continue cell with no
        // restart above it is printed as an ordinary cell.
        const above = placed[r - 1]?.some((c) => c.col === cell.col && c.vMerge !== undefined);
        if (above) continue;
      }
      let rowSpan = 1;
      if (cell.vMerge === 'restart') {
        while (placed[r + rowSpan]?.some((c) => c.col === cell.col && c.vMerge === 'continue')) rowSpan++;
      }
      const tag = header ? 'th' : 'td';
      const attrs = [`data-gk-path="${esc(`${path}/tr${r + 1}/tc${cell.index + 1}`)}"`];
      if (cell.span > 1) attrs.push(`colspan="${cell.span}"`);
      if (rowSpan > 1) attrs.push(`rowspan="${rowSpan}"`);
      if (first && gridBefore > 0) attrs.push(`data-gk-skip-before="${gridBefore}"`);
      first = false;
      cells.push(`<${tag} ${attrs.join(' ')}>${cellHtml(cell.tc, `${path}/tr${r + 1}/tc${cell.index + 1}`)}</${tag}>`);
    }
    html.push(`<tr>${cells.join('')}</tr>`);
  });
  html.push('</table>');
  return html.join('');
}

/**
 * Formatting the reader never looks at: run and paragraph properties, borders, shading, widths.
 * Word and LibreOffice repeat them in every cell, and they are most of a table's XML (a LibreOffice
 * 收入决算表 cell is ~500 bytes of which ~20 are text); dropping them before the XML is parsed
 * makes the parse several times faster and smaller. None of them nests inside itself.
 */
const FORMATTING = /<w:(rPr|pPr|tcBorders|tblBorders|shd|tblCellMar|tcMar|tblPr|tblGrid)\b[^>]*?(?:\/>|>[\s\S]*?<\/w:\1>)/g;

/** Parses one top-level `<w:tbl>…</w:tbl>` fragment (namespace prefixes kept as written). */
export function fragmentTableHtml(xml: string, path: string): string {
  const $ = cheerio.load(xml.replace(FORMATTING, ''), { xml: { xmlMode: true, decodeEntities: true } });
  const tbl = $.root().children().get(0) as unknown as DomNode | undefined;
  return tbl ? tableHtml(tbl, path) : '';
}

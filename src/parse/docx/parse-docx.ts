import type JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Diagnostic } from '../../model/index.js';
import type { DomNode } from '../html/dom.js';
import { parseHtmlString } from '../html/parse-html.js';
import type { PathOf } from '../html/tables.js';
import type { WalkResult } from '../html/walk.js';
import { fragmentTableHtml } from './ooxml-tables.js';

/** Word style names (English and Chinese UI names) that mean a heading, for mammoth. */
const STYLE_MAP = [1, 2, 3, 4, 5, 6].flatMap((n) => [
  `p[style-name='标题 ${n}'] => h${n}:fresh`,
  `p[style-name='标题${n}'] => h${n}:fresh`,
  `p[style-name='Heading ${n}'] => h${n}:fresh`,
]);

/** Largest document.xml read (uncompressed); a bigger one is refused rather than expanded. */
export const MAX_DOCUMENT_XML = 256 * 1024 * 1024;

export interface DocxParse extends WalkResult {
  declaredPages: number | null;
}

const PART = 'word/document.xml';
const TABLE_TAG = /<(\/?)w:tbl(?=[\s>/])[^>]*?(\/?)>/g;
const PARA_OPEN = /<w:p(?=[\s>/])([^>]*)>/g;
const placeholder = (n: number): string => `GKTABLE${n}END`;

/** Splits document.xml into its top-level tables (as HTML) and the rest with a placeholder paragraph per table. */
function extractTables(xml: string): { rest: string; tables: string[] } {
  const tables: string[] = [];
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let last = 0;
  for (const m of xml.matchAll(TABLE_TAG)) {
    if (m[2] === '/') continue; // <w:tbl/>: an empty table element
    if (m[1] === '') {
      if (depth === 0) start = m.index;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) {
        const end = m.index + m[0].length;
        const n = tables.length + 1;
        tables.push(fragmentTableHtml(xml.slice(start, end), `${PART}#tbl${n}`));
        out.push(xml.slice(last, start), `<w:p><w:r><w:t>${placeholder(n)}</w:t></w:r></w:p>`);
        last = end;
      }
    }
  }
  out.push(xml.slice(last));
  return { rest: out.join(''), tables };
}

/** Puts a bookmark at the start of every paragraph so that each HTML block can name its w:p. */
function markParagraphs(xml: string): string {
  let n = 0;
  return xml.replace(PARA_OPEN, (whole, attrs: string) => {
    if (attrs.trimEnd().endsWith('/')) return whole;
    n++;
    const id = 900000 + n;
    return `${whole}<w:bookmarkStart w:id="${id}" w:name="gkp${n}"/><w:bookmarkEnd w:id="${id}"/>`;
  });
}

function firstAnchor(n: DomNode): string | undefined {
  for (const c of n.children ?? []) {
    if (c.type !== 'tag') continue;
    const id = c.name === 'a' ? c.attribs?.id : undefined;
    if (id) return id;
    const inner = firstAnchor(c);
    if (inner) return inner;
  }
  return undefined;
}

/** Maps an element of the converted HTML back to where it sits in word/document.xml. */
const docxPath: PathOf = (el, css) => {
  const gk = el.attribs?.['data-gk-path'];
  if (gk) return gk;
  const anchor = firstAnchor(el);
  const m = anchor ? /gkp(\d+)$/.exec(anchor) : null;
  return m ? `${PART}#p${m[1]}` : `${PART}#html(${css})`;
};

/** Reads a DOCX: tables straight from the XML, everything else through mammoth, then the shared HTML path. */
export async function parseDocx(zip: JSZip): Promise<DocxParse> {
  const diagnostics: Diagnostic[] = [];
  const entry = zip.file(PART);
  if (!entry) throw new Error('parseDocx called without word/document.xml');
  const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  if (size !== undefined && size > MAX_DOCUMENT_XML) {
    return {
      blocks: [],
      tables: [],
      declaredPages: null,
      diagnostics: [
        {
          code: 'docx-too-large',
          severity: 'error',
          stage: 'parse',
          message: `word/document.xml expands to ${size} bytes, over the ${MAX_DOCUMENT_XML}-byte limit`,
          provenance: { kind: 'file' },
          detail: { uncompressedSize: size, limit: MAX_DOCUMENT_XML },
        },
      ],
    };
  }
  const xml = await entry.async('string');
  const { rest, tables } = extractTables(xml);
  zip.file(PART, markParagraphs(rest));
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  const converted = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true });
  for (const m of converted.messages) {
    if (m.type === 'error') {
      diagnostics.push({ code: 'docx-converter-error', severity: 'warning', stage: 'parse', message: m.message, provenance: { kind: 'file' } });
    }
  }
  const html = converted.value.replace(/<p>(?:<a id="[^"]*"><\/a>)*GKTABLE(\d+)END<\/p>/g, (_w, n: string) => tables[Number(n) - 1] ?? '');
  const result = parseHtmlString(`<html><body>${html}</body></html>`, docxPath);
  const app = await zip.file('docProps/app.xml')?.async('string');
  const pages = app ? /<Pages>(\d+)<\/Pages>/.exec(app)?.[1] : undefined;
  return {
    ...result,
    diagnostics: [...diagnostics, ...result.diagnostics],
    declaredPages: pages !== undefined ? Number(pages) : null,
  };
}

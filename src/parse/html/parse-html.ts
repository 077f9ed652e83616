import * as cheerio from 'cheerio';
import type { Diagnostic } from '../../model/index.js';
import { decodeHtml } from '../../sources/sniff/decode-html.js';
import type { DomNode } from './dom.js';
import type { PathOf } from './tables.js';
import { walkBody, type WalkResult } from './walk.js';

const cssPath: PathOf = (_el, path) => path;

/** Deepest element nesting read as markup; the readers recurse, and a page 20,000 <div>s deep would overflow the stack. */
export const MAX_DOM_DEPTH = 400;

/**
 * Cuts the tree at MAX_DOM_DEPTH (iteratively, so that any depth is safe): an element that deep
 * keeps its text, joined, as one text node, and loses its structure. Returns how many were cut.
 */
function limitDepth(root: DomNode): number {
  let cut = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (depth >= MAX_DOM_DEPTH && n.children?.length) {
      const text: string[] = [];
      const inner: DomNode[] = [...n.children];
      while (inner.length) {
        const d = inner.pop()!;
        if (d.type === 'text') text.push(d.data ?? '');
        else if (d.type === 'tag' && d.children) for (const c of d.children) inner.push(c);
      }
      text.reverse();
      n.children = [{ type: 'text', data: text.join(' ') }];
      cut++;
      continue;
    }
    for (const c of n.children ?? []) if (c.children?.length) stack.push([c, depth + 1]);
  }
  return cut;
}

/** Parses an HTML string (already decoded) into blocks and tables. */
export function parseHtmlString(html: string, pathOf: PathOf = cssPath): WalkResult {
  const $ = cheerio.load(html);
  const body = $('body').get(0) as unknown as DomNode | undefined;
  if (!body) return { blocks: [], tables: [], diagnostics: [] };
  const cut = limitDepth(body);
  const result = walkBody(body, 'body', pathOf);
  if (cut) {
    result.diagnostics.push({
      code: 'markup-nesting-too-deep',
      severity: 'warning',
      stage: 'parse',
      message: `elements are nested more than ${MAX_DOM_DEPTH} deep; below that depth only their text was read (${cut} subtree(s))`,
      provenance: { kind: 'file' },
      detail: { limit: MAX_DOM_DEPTH, subtrees: cut },
    });
  }
  return result;
}

export interface HtmlParse extends WalkResult {
  encoding: string;
}

/** Parses HTML bytes: decodes them (declared charset checked against the bytes), then walks the body. */
export function parseHtml(bytes: Uint8Array): HtmlParse {
  const decoded = decodeHtml(bytes);
  const result = parseHtmlString(decoded.text);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics, ...result.diagnostics];
  if (result.blocks.length === 0 && result.tables.length === 0) {
    diagnostics.push({
      code: 'no-content',
      severity: 'warning',
      stage: 'parse',
      message: 'the page has no text and no tables',
      provenance: { kind: 'file' },
    });
  }
  return { ...result, diagnostics, encoding: decoded.encoding };
}

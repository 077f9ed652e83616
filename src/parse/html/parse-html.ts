import * as cheerio from 'cheerio';
import type { Diagnostic } from '../../model/index.js';
import { decodeHtml } from './decode.js';
import type { DomNode } from './dom.js';
import type { PathOf } from './tables.js';
import { walkBody, type WalkResult } from './walk.js';

const cssPath: PathOf = (_el, path) => path;

/** Parses an HTML string (already decoded) into blocks and tables. */
export function parseHtmlString(html: string, pathOf: PathOf = cssPath): WalkResult {
  const $ = cheerio.load(html);
  const body = $('body').get(0) as unknown as DomNode | undefined;
  if (!body) return { blocks: [], tables: [], diagnostics: [] };
  return walkBody(body, 'body', pathOf);
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

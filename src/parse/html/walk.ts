import type { Block, Diagnostic, Table } from '../../model/index.js';
import { assembleTables, domContinuation } from '../common/assemble.js';
import { type BlockDraft, classifyBlock, demoteListItems, markTableOfContents } from '../common/roles.js';
import { BLOCK, childElements, type DomNode, HEADING, hasDescendant, isElement, SKIP, tagOf } from './dom.js';
import { type PathOf, readTable } from './tables.js';
import { renderText } from './text.js';

export interface WalkResult {
  blocks: Block[];
  tables: Table[];
  diagnostics: Diagnostic[];
}

/** Tables nested deeper than this are not descended into (a guard against pathological markup). */
const MAX_TABLE_DEPTH = 8;

const opensBlockOrTable = (d: DomNode): boolean => {
  const t = tagOf(d);
  return t === 'table' || (BLOCK.has(t) && t !== 'br');
};

/**
 * Walks a document body in reading order: headings and paragraphs become blocks, each <table> a
 * table (nested tables after their parent, pointing back to the cell that holds them).
 */
export function walkBody(body: DomNode, bodyPath: string, pathOf: PathOf): WalkResult {
  const drafts: (BlockDraft & { order: number })[] = [];
  const tables: Table[] = [];
  const diagnostics: Diagnostic[] = [];
  let order = 0;
  let inline: { nodes: DomNode[]; path: string } | null = null;

  const addBlock = (text: string, headingLevel: number | null, path: string): void => {
    if (text.trim() === '') return;
    drafts.push({ text, headingLevel, provenance: { kind: 'dom', path }, order: order++ });
  };
  const flush = (): void => {
    if (inline) addBlock(renderText(inline.nodes), null, inline.path);
    inline = null;
  };

  const table = (el: DomNode, path: string, parent: Table['parent'], depth: number): void => {
    if (depth > MAX_TABLE_DEPTH) {
      diagnostics.push({
        code: 'table-nesting-too-deep',
        severity: 'warning',
        stage: 'parse',
        message: `a table nested more than ${MAX_TABLE_DEPTH} levels deep was not read`,
        provenance: { kind: 'dom', path: pathOf(el, path) },
      });
      return;
    }
    const index = tables.length;
    const { table: t, nested, diagnostic } = readTable(el, path, index, order++, pathOf, parent);
    tables.push(t);
    if (diagnostic) diagnostics.push(diagnostic);
    for (const n of nested) table(n.el, n.path, { table: t.id, row: n.row, col: n.col }, depth + 1);
  };

  const walk = (node: DomNode, path: string): void => {
    let textIndex = 0;
    const elements = childElements(node, path);
    let next = elements.next();
    for (const child of node.children ?? []) {
      if (!isElement(child)) {
        if (child.type === 'text') {
          textIndex++;
          if (!inline) inline = { nodes: [], path: `${pathOf(node, path)} > text()[${textIndex}]` };
          inline.nodes.push(child);
        }
        continue;
      }
      const { el, path: p } = next.value as { el: DomNode; path: string };
      next = elements.next();
      const tag = tagOf(el);
      if (SKIP.has(tag)) continue;
      if (tag === 'table') {
        flush();
        table(el, p, null, 0);
        continue;
      }
      const heading = HEADING.exec(tag);
      const container = hasDescendant(el, opensBlockOrTable);
      if (heading && !hasDescendant(el, (d) => tagOf(d) === 'table')) {
        flush();
        addBlock(renderText(el), Number(heading[1]), pathOf(el, p));
      } else if (container) {
        flush();
        walk(el, p);
        flush();
      } else if (BLOCK.has(tag)) {
        flush();
        addBlock(renderText(el), null, pathOf(el, p));
      } else {
        if (!inline) inline = { nodes: [], path: pathOf(el, p) };
        inline.nodes.push(el);
      }
    }
  };

  walk(body, bodyPath);
  flush();
  const blocks = drafts.map((d, i) => classifyBlock(d, `b${i}`, d.order));
  demoteListItems(blocks);
  markTableOfContents(
    blocks,
    tables.map((t) => t.order),
  );
  const assembled = assembleTables(blocks, tables, domContinuation);
  return { blocks, tables: assembled.tables, diagnostics: [...diagnostics, ...assembled.diagnostics] };
}

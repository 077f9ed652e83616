import { BLOCK, type DomNode, isElement, SKIP, tagOf } from './dom.js';

const NL = '\n';

function collect(n: DomNode, out: string[], skipTables: boolean): void {
  if (n.type === 'text') {
    // HTML collapses ASCII whitespace only; U+3000 and U+00A0 are printed and are kept.
    out.push((n.data ?? '').replace(/[ \t\n\r\f]+/g, ' '));
    return;
  }
  if (!isElement(n)) return;
  const tag = tagOf(n);
  if (SKIP.has(tag)) return;
  if (tag === 'br') {
    out.push(NL);
    return;
  }
  if (tag === 'table' && skipTables) {
    out.push(NL);
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.push(NL);
  for (const c of n.children ?? []) collect(c, out, skipTables);
  if (block) out.push(NL);
}

/** Joins collected text into lines: ASCII spaces collapsed and trimmed per line, empty lines dropped. */
export function finishText(parts: readonly string[]): string {
  return parts
    .join('')
    .split(NL)
    .map((l) => l.replace(/ {2,}/g, ' ').replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((l) => l !== '')
    .join(NL);
}

/**
 * The text of a node as a browser prints it: whitespace collapsed, a line break for <br> and
 * around block elements. Tables nested inside are left out when `skipTables` (they are tables
 * of their own).
 */
export function renderText(nodes: DomNode | readonly DomNode[], skipTables = true): string {
  const out: string[] = [];
  for (const n of Array.isArray(nodes) ? nodes : [nodes as DomNode]) collect(n, out, skipTables);
  return finishText(out);
}

import type { Block, NumberingStyle } from '../../model/index.js';
import { OUTLINE_LEVEL } from '../../parse/common/numbering.js';

/**
 * The outline of a 情况说明 / 编制说明: 第三部分 › 五、 › （三） › 1. › （1） › ①. Every block that opens
 * with a numbering marker starts a node one level under the nearest open node of a higher level (a
 * document may skip a level: 一、 › 1.); the text after it belongs to that node until a marker of the
 * same or a higher level. A figure belongs to the node it is printed in.
 */

/** One open node: its marker as printed (without the 、/. after it), its level, and what kind of node it is. */
export interface OutlineEntry {
  marker: string;
  style: NumberingStyle;
  level: number;
  /** The numbered line, compact (the section's title, or an item's first sentence). */
  title: string;
  /**
   * `section` when the numbered line is a title (a heading, or a short line with no figure: "（三）支出预算情况说明");
   * `item` when it states a figure of its own ("1.一般公共预算财政拨款收入19572.91万元"): one entry of a list.
   */
  kind: 'section' | 'item';
  /** The block that opened it. */
  block: string;
}

/** The path of a node: the markers from the outermost part down, as the truth files and readers write them. */
export const pathOf = (stack: readonly OutlineEntry[]): string[] => stack.map((e) => e.marker);

/** The marker without the punctuation after it and outer spaces: `三、` → `三`, `1.` → `1`, `（三）` as printed. */
export function markerOf(printed: string): string {
  return printed.replace(/\s+/g, '').replace(/[、，,．.]$/, '');
}

const FIGURE = /\d+(?:\.\d+)?\s*(?:万元|元|亿元|%|％|人|辆|个)/;

/**
 * The outline after `b`: unchanged for a block without numbering; otherwise every open node at `b`'s level
 * or deeper is closed and `b` opens a node. Page furniture, 目录 entries and unit notes never open one.
 */
export function stepOutline(stack: readonly OutlineEntry[], b: Block): OutlineEntry[] {
  if (!b.numbering || b.role === 'furniture' || b.role === 'toc' || b.role === 'unit-note') return [...stack];
  const level = OUTLINE_LEVEL[b.numbering.style];
  const title = b.text.replace(/\s+/g, '');
  const firstSentence = title.split(/[。；;]/)[0] ?? title;
  const kind = b.role === 'paragraph' && FIGURE.test(firstSentence.slice(b.numbering.marker.replace(/\s+/g, '').length)) ? 'item' : 'section';
  const kept = stack.filter((e) => e.level < level);
  return [...kept, { marker: markerOf(b.numbering.marker), style: b.numbering.style, level, title, kind, block: b.id }];
}

/** Whether `child` is a node directly or indirectly under `parent` (paths compared marker by marker). */
export function isUnder(child: readonly string[], parent: readonly string[]): boolean {
  return child.length > parent.length && parent.every((m, i) => child[i] === m);
}

export const samePath = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((m, i) => b[i] === m);

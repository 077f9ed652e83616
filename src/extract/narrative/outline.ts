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
  /** It opened with a short title and a colon ("（一）基本支出：…"): an entry of its parent's list when the parent states a total. */
  titled: boolean;
}

/** The path of a node: the markers from the outermost part down, as the truth files and readers write them. */
export const pathOf = (stack: readonly OutlineEntry[]): string[] => stack.map((e) => e.marker);

/** The marker without the punctuation after it and outer spaces: `三、` → `三`, `1.` → `1`, `（三）` as printed. */
export function markerOf(printed: string): string {
  return printed.replace(/\s+/g, '').replace(/[、，,．.]$/, '');
}

const TITLED = /^[^，,。；;：:\d]{2,24}[：:]/;
const FIGURE = /\d+(?:\.\d+)?\s*(?:万元|元|亿元|%|％|人|辆|个)/;

/**
 * The outline after `b`: unchanged for a block without numbering; otherwise every open node at `b`'s level
 * or deeper is closed and `b` opens a node. Page furniture, 目录 entries and unit notes never open one.
 */
export function stepOutline(stack: readonly OutlineEntry[], printed: Block): OutlineEntry[] {
  const b = withYearItem(printed);
  // An unnumbered heading is a chapter whose number the body leaves out (dept_budget 2026 prints "2026年部门预算编制说明"
  // where its 目录 says 四、): it closes every node under the part, and its list items are its own.
  if (!b.numbering && b.role === 'heading' && !/^\s*(?:图|表|附|注)/.test(b.text)) return stack.filter((e) => e.style === 'part');
  if (!b.numbering || b.role === 'furniture' || b.role === 'toc' || b.role === 'unit-note') return [...stack];
  const level = OUTLINE_LEVEL[b.numbering.style];
  const title = b.text.replace(/\s+/g, '');
  const kept = stack.filter((e) => e.level < level);
  const rest = title.slice(b.numbering.marker.replace(/\s+/g, '').length);
  const titled = b.role === 'paragraph' && TITLED.test(rest);
  return [...kept, { marker: markerOf(b.numbering.marker), style: b.numbering.style, level, title, kind: kindOf(b, rest, titled), block: b.id, titled }];
}

/**
 * "1.2026 年，根据…已安排…资金18,878.16万元" (北京卫健委 2026 五(五)): a list marker run into the year it opens
 * with, which the parser's numbering takes for the decimal 1.2026. A year after the point is no decimal.
 */
function withYearItem(b: Block): Block {
  if (b.numbering || b.role !== 'paragraph') return b;
  const m = /^\s*(\d{1,2})\.(?=20\d{2}\s*年)/.exec(b.text);
  return m ? { ...b, numbering: { style: 'arabic-dot', marker: `${m[1]}.`, ordinal: Number(m[1]) }, outlineLevel: OUTLINE_LEVEL['arabic-dot'] } : b;
}

/**
 * A numbered line is an item when it states its own figure at once ("1.一般公共预算财政拨款收入19572.91万元")
 * or names a 类/款/项 ("1.一般公共服务（类）…行政运行（项）。年初预算为…"); a heading, a title line, or a line
 * that opens with a short title and a colon ("（一）收入预算：2025年本单位收入预算68632.12万元…", 长沙 2025)
 * opens a section, whose figures are its totals and parts.
 */
function kindOf(b: Block, rest: string, titled: boolean): OutlineEntry['kind'] {
  if (b.role !== 'paragraph' || titled) return 'section';
  if (/[(（]\d*项[)）]/.test(rest.split(/[。；;]/)[0] ?? '')) return 'item';
  return FIGURE.test(rest.split(/[。；;]/)[0] ?? '') ? 'item' : 'section';
}

/** Whether `child` is a node directly or indirectly under `parent` (paths compared marker by marker). */
export function isUnder(child: readonly string[], parent: readonly string[]): boolean {
  return child.length > parent.length && parent.every((m, i) => child[i] === m);
}

export const samePath = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((m, i) => b[i] === m);

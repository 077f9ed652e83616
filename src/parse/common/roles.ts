import type { Block, BlockRole } from '../../model/index.js';
import { detectNumbering, OUTLINE_LEVEL } from './numbering.js';

/** A unit note: 单位：万元, 金额单位：元, 单位:亿元 (also inside a longer line such as 填报单位：… 单位：万元). */
export const UNIT_NOTE = /(?:金额|计量)?单位\s*[:：]\s*(?:人民币)?\s*(?:万元|千元|百万元|亿元|元)/;
const UNIT_NOTE_START = new RegExp(`^[\\s\\u3000]*${UNIT_NOTE.source}[\\s\\u3000]*$`);

/** Page furniture in flowing text: `- 3 -`, `第 3 页`, `第3页 共10页`, a bare page number. */
export const FURNITURE =
  /^[\s\u3000]*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,3})[\s\u3000]*$/;

/** Sentence-ending punctuation: a numbered line that ends like this is body text, not a heading. */
const SENTENCE_END = /[。；;！!？?]$/;

export interface BlockDraft {
  text: string;
  headingLevel: number | null;
  /** Printed larger than the body text (PDF): a short such line is a heading. */
  large?: boolean;
  provenance: Block['provenance'];
}

/** Role, numbering and outline level of one block of text. */
export function classifyBlock(d: BlockDraft, id: string, order: number): Block {
  const text = d.text;
  const numbering = detectNumbering(text);
  let role: BlockRole = 'paragraph';
  if (d.headingLevel !== null) role = 'heading';
  else if (UNIT_NOTE_START.test(text)) role = 'unit-note';
  else if (FURNITURE.test(text)) role = 'furniture';
  else if (d.large && text.length <= 40 && !text.includes('\n') && !SENTENCE_END.test(text.trim())) role = 'heading';
  else if (
    numbering &&
    ['part', 'cn-comma', 'cn-paren'].includes(numbering.style) &&
    text.length <= (numbering.style === 'cn-paren' ? 30 : 40) &&
    !text.includes('\n') &&
    !SENTENCE_END.test(text.trim())
  ) {
    // 一、收入支出决算总体情况说明 and 第一部分 … are headings even when the markup does not say so.
    role = 'heading';
  }
  return {
    id,
    order,
    text,
    role,
    outlineLevel: numbering ? OUTLINE_LEVEL[numbering.style] : null,
    numbering,
    headingLevel: d.headingLevel,
    provenance: d.provenance,
  };
}

const isInferredHeading = (b: Block): boolean => b.role === 'heading' && b.headingLevel === null;

/**
 * A line numbered like a heading is body text when its neighbours with the same numbering are
 * sentences (seed 004's duty list: （四）… is the only item printed without a closing 。).
 */
export function demoteListItems(blocks: Block[]): void {
  blocks.forEach((b, i) => {
    if (!isInferredHeading(b) || !b.numbering) return;
    const { style, ordinal } = b.numbering;
    // A sibling is the item just before or after in the same list: same style, consecutive number.
    const sibling = (j: number, step: number): boolean => {
      const n = blocks[j];
      return (
        n !== undefined && n.numbering?.style === style && n.numbering.ordinal === ordinal + step && n.role === 'paragraph' && SENTENCE_END.test(n.text.trim())
      );
    };
    if (sibling(i - 1, -1) || sibling(i + 1, 1)) b.role = 'paragraph';
  });
}

const TOC_TITLE = /^目\s*录$/;
const compactText = (s: string): string => s.replace(/[\s\u3000.…·・]+|\d+$/g, '');

/**
 * Marks the entries of a table of contents: the blocks after a 目录 line, up to the first block
 * that is marked up as a heading, repeats an entry (the body begins), or reads as body text.
 */
export function markTableOfContents(blocks: Block[], tableOrders: readonly number[]): void {
  const start = blocks.findIndex((b) => TOC_TITLE.test(b.text.trim()));
  if (start < 0) return;
  const seen = new Set<string>();
  const nextTable = Math.min(...tableOrders.filter((o) => o > blocks[start]!.order), Infinity);
  for (let i = start + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    const key = compactText(b.text.split('\n')[0]!);
    if (b.order > nextTable || b.headingLevel !== null || seen.has(key) || b.text.length > 60 || SENTENCE_END.test(b.text.trim())) break;
    seen.add(key);
    b.role = 'toc';
  }
}

const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** A table title: short, and ends in 表 / 框架 / 清单, optionally followed by a bracketed remark (（参考）). */
export function isTitle(text: string): boolean {
  const t = compact(text);
  if (t.length < 3 || t.length > 60) return false;
  if (/^(?:公开)?\d{1,2}表$/.test(t) || /^附(?:件|表)[\d\-－—]*[:：]?$/.test(t)) return false;
  if (/^(?:部门|单位|填报单位|编制单位)[:：]/.test(t)) return false;
  if (/[。；;]$/.test(t)) return false;
  return /(?:表|框架|清单)(?:[（(][^）)]{0,12}[)）])?$/.test(t);
}

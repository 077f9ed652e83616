import type { Block, BlockRole, Table } from '../../model/index.js';
import { detectNumbering, OUTLINE_LEVEL } from './numbering.js';

/** A unit note: 单位：万元, 金额单位：元, 单位:亿元 (also inside a longer line such as 填报单位：… 单位：万元). */
export const UNIT_NOTE = /(?:金额|计量)?单位\s*[:：]\s*(?:人民币)?\s*(?:万元|千元|百万元|亿元|元)/;
const UNIT_NOTE_START = new RegExp(`^[\\s\\u3000]*${UNIT_NOTE.source}[\\s\\u3000]*$`);

/** Page furniture in flowing text: `- 3 -`, `第 3 页`, `第3页 共10页`, a bare page number. */
const FURNITURE = /^[\s\u3000]*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,3})[\s\u3000]*$/;

/** Sentence-ending punctuation: a numbered line that ends like this is body text, not a heading. */
const SENTENCE_END = /[。；;！!？?]$/;

export interface BlockDraft {
  text: string;
  headingLevel: number | null;
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

/** How many blocks above a table are searched for its title and unit note. */
const CAPTION_WINDOW = 7;

const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** A table title: short, and ends in 表 / 框架 / 清单, optionally followed by a bracketed remark (（参考）). */
function isTitle(text: string): boolean {
  const t = compact(text);
  if (t.length < 3 || t.length > 60) return false;
  if (/^(?:公开)?\d{1,2}表$/.test(t) || /^附(?:件|表)[\d\-－—]*[:：]?$/.test(t)) return false;
  if (/^(?:部门|单位|填报单位|编制单位)[:：]/.test(t)) return false;
  if (/[。；;]$/.test(t)) return false;
  return /(?:表|框架|清单)(?:[（(][^）)]{0,12}[)）])?$/.test(t);
}

/**
 * Finds each table's title (the caption printed above it) and unit note among the blocks just
 * above it, and marks a title block as a caption. Nested tables take neither.
 */
export function attachCaptions(blocks: Block[], tables: Table[]): void {
  const byOrder = [...blocks].sort((a, b) => a.order - b.order);
  const tablesInOrder = tables.filter((t) => t.parent === null).sort((a, b) => a.order - b.order);
  let prevTableOrder = -1;
  for (const t of tablesInOrder) {
    const above = byOrder.filter((b) => b.order < t.order && b.order > prevTableOrder).slice(-CAPTION_WINDOW).reverse();
    prevTableOrder = t.order;
    for (const b of above) {
      if (t.unitNote === null) {
        const m = UNIT_NOTE.exec(b.text);
        if (m) {
          t.unitNote = m[0].trim();
          t.unitBlock = b.id;
        }
      }
      if (t.title === null && b.role !== 'furniture' && isTitle(b.text)) {
        t.title = b.text.trim();
        t.titleBlock = b.id;
        if (b.role === 'paragraph') b.role = 'caption';
      }
    }
  }
}

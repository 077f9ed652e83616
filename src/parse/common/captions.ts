import type { Table } from '../../model/index.js';
import type { BlockRange } from './reading-order.js';
import { isTitle, UNIT_NOTE } from './roles.js';
import { stripFacts, stripPieces, titleKey, titleNumber } from './strip.js';

/** How many blocks above a table are searched for its title and unit note. */
const CAPTION_WINDOW = 7;

/**
 * Finds each table's title (the caption printed above it) and unit note among the blocks just
 * above it, and marks a title block as a caption; the table number, 部门 and year come from the
 * lines of the strip printed right above it (深圳: 表1 / 收支总表 / 部门名称：… / 单位：万元). What the
 * table already has (from a strip table or title rows of its own, nearer to it) is kept. Nested
 * tables take nothing.
 */
export function attachCaptions(range: BlockRange, tablesInOrder: readonly Table[]): void {
  let prevTableOrder = -1;
  for (const t of tablesInOrder) {
    const above = range.before(t.order, prevTableOrder, CAPTION_WINDOW);
    prevTableOrder = t.order;
    let inStrip = true;
    for (const b of above) {
      if (t.unitNote === null) {
        const m = UNIT_NOTE.exec(b.text);
        if (m) {
          t.unitNote = m[0].trim();
          t.unitBlock = b.id;
          t.unitSource = 'caption';
        }
      }
      // A title the table has from its own strip may be printed above it too (seed 001): that line is its caption.
      const same = t.title !== null && t.titleBlock === null && isTitle(b.text) && titleKey(b.text) === titleKey(t.title);
      if ((t.title === null || same) && b.role !== 'furniture' && isTitle(b.text)) {
        t.title ??= b.text.trim();
        t.titleBlock = b.id;
        // A title printed large (PDF) reads as a heading; above a table it is the table's caption.
        if (b.role === 'paragraph' || (b.role === 'heading' && b.headingLevel === null && b.numbering === null)) b.role = 'caption';
      }
      if (!inStrip || b.role === 'furniture') continue;
      const facts = b.role === 'toc' ? null : stripPieces(b.text);
      const f = facts ? stripFacts(facts) : null;
      if (!f) {
        inStrip = false;
        continue;
      }
      if (f.number !== undefined) t.number ??= f.number;
      if (f.department !== undefined) t.department ??= f.department;
      if (f.year !== undefined) t.year ??= f.year;
    }
    if (t.number === undefined && t.title) {
      const n = titleNumber(t.title);
      if (n) t.number = n;
    }
  }
}

import type { Diagnostic, Table } from '../../model/index.js';
import type { BlockRange } from './reading-order.js';

/** A unit in a title: 收入决算表（万元）, 支出表(单位：元). */
const TITLE_UNIT = /[（(]\s*(?:(?:金额)?单位\s*[:：]\s*)?(?:人民币)?\s*(?:百万元|亿元|千元|万元|元)\s*[)）]/;
/** A line that states the unit of the tables in general: 本套报表金额单位为万元, 以下各表单位：元. */
const DOCUMENT_UNIT =
  /(?:本套?(?:报表|表格|公开表)|以下各表|下列各表)[^。；;]{0,8}?(?:金额)?单位均?(?:为|是|[:：])\s*(?:人民币)?\s*(?:百万元|亿元|千元|万元|元)/;
/** A cell that states the unit of its column or row: 金额（万元）, 预算数(元), 单位：万元. */
const CELL_UNIT = /(?:百万元|亿元|千元|万元|元)\s*[)）]|单位\s*[:：]?\s*(?:人民币)?\s*(?:百万元|亿元|千元|万元|元)/;
/** An amount as tables print it: with decimals or thousands separators. */
const AMOUNT = /^[-−(（]?\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\s*[)）]?$/;

const printsAmounts = (t: Table): boolean => t.cells.some((g) => g.kind === 'cell' && g.row >= t.headerRows && AMOUNT.test(g.raw.replace(/[\s\u3000]+/g, '')));
const cellsStateUnit = (t: Table): boolean => t.cells.some((g) => g.kind === 'cell' && CELL_UNIT.test(g.raw));

/**
 * The unit of each table without a unit note of its own (strip, caption) from the next statement of
 * it: its title, else a line of the document that states the unit of its tables. A table that prints
 * amounts and states no unit anywhere (its cells and column labels included) is reported: its
 * amounts are read without a unit, never as 万元.
 */
export function resolveUnits(range: BlockRange, tables: readonly Table[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let documentNote: { text: string; block: string } | null | undefined;
  for (const t of tables) {
    if (t.unitNote !== null) continue;
    const inTitle = t.title ? TITLE_UNIT.exec(t.title) : null;
    if (inTitle) {
      t.unitNote = inTitle[0].trim();
      t.unitBlock = t.titleBlock;
      t.unitSource = 'title';
      continue;
    }
    if (documentNote === undefined) {
      documentNote = null;
      for (const b of range.between(-1, Infinity)) {
        const m = DOCUMENT_UNIT.exec(b.text);
        if (m) {
          documentNote = { text: m[0], block: b.id };
          break;
        }
      }
    }
    if (documentNote) {
      t.unitNote = documentNote.text;
      t.unitBlock = documentNote.block;
      t.unitSource = 'document';
      continue;
    }
    if (!printsAmounts(t) || cellsStateUnit(t)) continue;
    diagnostics.push({
      code: 'unit-unstated',
      severity: 'info',
      stage: 'parse',
      message: `table ${t.id}${t.title ? ` (${t.title})` : ''} prints amounts but states no unit: no unit note, strip, title, column label or line of the document names one; its amounts are read without a unit`,
      provenance: t.provenance,
      detail: { table: t.id },
    });
  }
  return diagnostics;
}

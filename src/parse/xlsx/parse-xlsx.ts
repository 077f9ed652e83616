import type { Block, Diagnostic, Table } from '../../model/index.js';
import { assembleTables, type Continuation } from '../common/assemble.js';
import { type BlockDraft, classifyBlock, isTitle } from '../common/roles.js';
import { sheetContent } from './sheet-table.js';
import { readWorkbook } from './workbook.js';

/** Spreadsheets: each sheet's grid is one table, never a piece of another sheet's. */
const SHEETS_APART: Continuation = { pageBreak: () => false, inferredHeaders: false, columns: () => null };
export interface XlsxParse {
  blocks: Block[];
  tables: Table[];
  diagnostics: Diagnostic[];
}

/**
 * An Excel workbook (XLSX) into the document model: sheet by sheet in tab order, the lines above a
 * sheet's grid, the grid as one table, the lines below it. Hidden sheets are read and marked.
 * Throws on a workbook exceljs cannot open (the caller reports it as damaged).
 */
export async function parseXlsx(bytes: Uint8Array): Promise<XlsxParse> {
  const sheets = await readWorkbook(bytes);
  const drafts: (BlockDraft & { order: number })[] = [];
  let tables: Table[] = [];
  const diagnostics: Diagnostic[] = [];
  /** The sheet each table came from, for a title where the sheet prints none. */
  const sheetOf = new Map<Table, string>();
  let order = 0;
  for (const sheet of sheets) {
    if (sheet.state !== 'visible') {
      diagnostics.push({
        code: 'sheet-hidden',
        severity: 'warning',
        stage: 'parse',
        message: `sheet ${sheet.name} is hidden (${sheet.state}); it was read, though a reader of the workbook does not see it`,
        provenance: { kind: 'file' },
        detail: { sheet: sheet.name, state: sheet.state },
      });
    }
    const content = sheetContent(sheet, tables.length, 0);
    for (const d of content.above) drafts.push({ ...d, order: order++ });
    if (content.table) {
      content.table.order = order++;
      tables.push(content.table);
      sheetOf.set(content.table, sheet.name);
    }
    for (const d of content.below) drafts.push({ ...d, order: order++ });
    diagnostics.push(...content.diagnostics);
  }
  const blocks = drafts.map((d, i) => classifyBlock(d, `b${i}`, d.order));
  // A sheet is a table of its own: its title strip and unit lines fold into it, and no sheet continues another.
  const assembled = assembleTables(blocks, tables, SHEETS_APART);
  tables = assembled.tables;
  diagnostics.push(...assembled.diagnostics);
  // A sheet that prints no title line is often named for its table (收入决算表): the tab is the title then.
  for (const t of tables) {
    const name = sheetOf.get(t)!.trim();
    if (t.title === null && isTitle(name)) t.title = name;
  }
  if (blocks.length === 0 && tables.length === 0) {
    diagnostics.push({
      code: 'no-content',
      severity: 'warning',
      stage: 'parse',
      message: 'the workbook has no cell that prints anything',
      provenance: { kind: 'file' },
    });
  }
  return { blocks, tables, diagnostics };
}

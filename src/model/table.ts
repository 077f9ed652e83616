import { z } from 'zod';
import { Provenance } from './provenance.js';

/** A grid position that holds a cell's own content (the top-left position of a merged cell). */
export const OriginCell = z.object({
  kind: z.literal('cell'),
  /** 0-based grid row. */
  row: z.number().int().min(0),
  /** 0-based grid column. */
  col: z.number().int().min(0),
  rowSpan: z.number().int().min(1),
  colSpan: z.number().int().min(1),
  /** True for column-header cells (th, a table header row, or a Word repeated header row). */
  header: z.boolean(),
  /** Text exactly as printed (HTML whitespace collapsed as a browser shows it); `\n` between lines/paragraphs. */
  raw: z.string(),
  /**
   * Spreadsheets only: the value the cell stores, before its number format is applied — a number in
   * its shortest round-trip decimal form (`1246.25` for a cell printed `1,246.25`, `0.125` for
   * `12.5%`), `TRUE`/`FALSE`, an error such as `#DIV/0!`, or text when it differs from `raw`. Absent
   * when the cell stores nothing or exactly what it prints, and in other formats. Checks read `raw`:
   * the printed precision is what a reader was given.
   */
  value: z.string().optional(),
  provenance: Provenance,
});
export type OriginCell = z.infer<typeof OriginCell>;

/** A grid position covered by a merged cell; `origin` points back to the cell that covers it. */
export const SpannedCell = z.object({
  kind: z.literal('spanned'),
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  /** 0-based [row, col] of the origin cell. */
  origin: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
});
export type SpannedCell = z.infer<typeof SpannedCell>;

/** A grid position no cell covers (a ragged row shorter than the table). */
export const MissingCell = z.object({
  kind: z.literal('missing'),
  row: z.number().int().min(0),
  col: z.number().int().min(0),
});
export type MissingCell = z.infer<typeof MissingCell>;

export const GridCell = z.discriminatedUnion('kind', [OriginCell, SpannedCell, MissingCell]);
export type GridCell = z.infer<typeof GridCell>;

/** How a table was built, and how clean the result is (after camelot's parsing report). */
export const ParsingReport = z.object({
  /** `dom`: read from HTML/DOCX markup; `sheet`: a spreadsheet's cells; `lattice`: from ruling lines; `stream`: from whitespace. */
  method: z.enum(['dom', 'sheet', 'lattice', 'stream']),
  rows: z.number().int().min(0),
  cols: z.number().int().min(0),
  /** Share of origin cells whose text is blank, 0–1. */
  emptyShare: z.number().min(0).max(1),
  /** Rows whose cells cover fewer grid columns than the table (filled with `missing`). */
  raggedRows: z.number().int().min(0),
  /** Where the header rows came from: markup (th, thead, a Word header row), inferred from content, or none. */
  headerSource: z.enum(['markup', 'inferred', 'none']),
  /** PDF only: text runs inside the table's area that fell outside every cell. */
  outsideRuns: z.number().int().min(0).optional(),
  /**
   * Pieces the table was assembled from, when more than one: a table continued on the next page or
   * printed as a table and a 续表 (the pieces' repeated titles and header rows dropped).
   */
  parts: z.number().int().min(2).optional(),
});
export type ParsingReport = z.infer<typeof ParsingReport>;

export const Table = z.object({
  /** `t0`, `t1`, … in reading order. */
  id: z.string(),
  /** 0-based index among the document's tables, in reading order. */
  index: z.number().int().min(0),
  /** Position in the document's reading order, shared with blocks. */
  order: z.number().int().min(0),
  /**
   * The caption printed above the table (收入决算表), as printed; null when none was found. A
   * spreadsheet's table with no title line above it takes its sheet's name when that reads as a
   * title (a tab named 收入决算表, not one named 公开02表 or Sheet1).
   */
  title: z.string().nullable(),
  /** Id of the block the title came from (null when it came from `<caption>` or a title row). */
  titleBlock: z.string().nullable(),
  /** The unit note that governs the table (单位：万元), as printed; null when none was found. */
  unitNote: z.string().nullable(),
  unitBlock: z.string().nullable(),
  /**
   * Where the unit note was read, the nearest statement first: `strip` (a one- or two-row table above
   * the table, or title/unit rows at the top of its grid), `caption` (a line printed above it), `title`
   * (the title itself: 收入决算表（万元）), `document` (a line stating the unit of all the tables).
   * Absent when no unit note was found.
   */
  unitSource: z.enum(['strip', 'caption', 'title', 'document']).optional(),
  /** The table's number as printed near its title (公开01表, 表1, 预算01表, 表3-1); absent when none is printed. */
  number: z.string().optional(),
  /** The 部门/单位 the table is printed for, from the line or strip above it (部门：国家信访局 → 国家信访局). */
  department: z.string().optional(),
  /** The year the strip above the table states (2024年度 → 2024). */
  year: z.number().int().optional(),
  /** 1-based pages the table is printed on (PDF); empty for HTML, DOCX and spreadsheets. */
  pages: z.array(z.number().int().min(1)),
  /** For a table nested in another table's cell: the outer table's id and the cell's grid position. */
  parent: z.object({ table: z.string(), row: z.number().int(), col: z.number().int() }).nullable(),
  nRows: z.number().int().min(0),
  nCols: z.number().int().min(0),
  /** Number of leading rows that are column headers. */
  headerRows: z.number().int().min(0),
  /** Every grid position, row-major: nRows × nCols entries. */
  cells: z.array(GridCell),
  provenance: Provenance,
  report: ParsingReport,
});
export type Table = z.infer<typeof Table>;

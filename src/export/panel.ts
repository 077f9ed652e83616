import { SUBJECT_EDITION } from '../normalise/subject-names.js';
import { exportCount, panelRows } from '../store/export-rows.js';
import type { Column, ExportTable } from './tables.js';

/**
 * The panel (v_panel) as a file a researcher loads: one row per printed amount of a current document,
 * by region code, body, fiscal year and 科目, with the amount exact. The column list is the data
 * dictionary the export's README prints.
 */

const c = (name: string, type: Column['type'], note: string, parquet?: Column['parquet']): Column => ({ name, type, note, ...(parquet ? { parquet } : {}) });

export const PANEL_COLUMNS: readonly Column[] = [
  c(
    'region_code',
    'text',
    '6-digit 行政区划代码 (GB/T 2260) of the issuing body’s region (310107); 000000 for 中央, which GB/T 2260 does not code; null when the body could not be placed',
  ),
  c('region_name', 'text', 'the region as a reader writes it: 上海市普陀区, 广东省深圳市, 中央'),
  c('region_level', 'text', '中央, 省 (provinces and 直辖市), 市 (prefectures), 县 (counties and districts)'),
  c('province_code', 'text', '6-digit code of the province (310000)'),
  c('province_name', 'text', 'the province'),
  c('city_code', 'text', '6-digit code of the prefecture (440300); null for a 直辖市 and its districts, which have no prefecture'),
  c('city_name', 'text', 'the prefecture'),
  c('county_code', 'text', '6-digit code of the county or district'),
  c('county_name', 'text', 'the county or district'),
  c(
    'body_id',
    'integer',
    'the publishing body’s id in the store: stable across documents, years and renamings (gongkai bodies lists, merges and renames them); null when the body could not be resolved (the document’s body-unresolved note says why)',
  ),
  c('body_name', 'text', 'the body’s name (the first printed, or the one gongkai bodies rename gave)'),
  c('level', 'text', '部门 (a department with its units) or 单位 (one unit), as the document says'),
  c('document_id', 'integer', 'the document in the store (documents file, v_documents)'),
  c('document_kind', 'text', '预算 or 决算 (or the other kinds gongkai reads)'),
  c('document_year', 'integer', 'the year the document is of'),
  c('fiscal_year', 'integer', 'the year the amount is of: the document’s, or another its column names (a 2026 预算’s 2025年执行数 is 2025’s)'),
  c(
    'basis',
    'text',
    'budget (the year’s budget as approved: 预算数, 年初预算), budget-adjusted (全年/调整预算; a 决算 table’s bare 预算数), execution (执行数), final (决算数), change (a difference or rate between columns)',
  ),
  c('table_kind', 'text', 'the table’s kind (src/classify/table-kinds.ts): fa01–fa09 for a 决算’s 公开 tables, bu01–bu09 and bu-* for a 预算’s'),
  c('table_title', 'text', 'the table’s title as printed'),
  c('funds', 'text', 'the money the table covers: all, fiscal (财政拨款), gpb (一般公共预算), gov-fund (政府性基金), soe (国有资本经营)'),
  c('scheme', 'text', 'func (支出功能分类), econ (部门预算支出经济分类), econ-gov (政府预算支出经济分类); null for lines without a code'),
  c('code', 'text', 'the 科目 code as printed, digits joined from 类/款/项 (2080505); * for a 合计 row; null when the row prints none'),
  c('code_class', 'text', '类: the code’s first 3 digits (208)'),
  c('code_section', 'text', '款: digits 4–5 (05), when the code has them'),
  c('code_item', 'text', '项: digits 6–7 (05), when the code has them'),
  c('code_level', 'integer', '1 类, 2 款, 3 项, 0 合计'),
  c('name_printed', 'text', 'the 科目 name (or line label) as the document prints it'),
  c(
    'name_current',
    'text',
    `the code’s name in the ${SUBJECT_EDITION} edition of the 政府收支分类科目 (data/subject-names.json); null when that table does not list the code`,
  ),
  c(
    'group',
    'text',
    'the unit or project the line is printed under, when the table prints one beside the name (a 部门’s table by 预算单位); null for the body’s own lines — sum only those',
  ),
  c('side', 'text', '收入 or 支出 for the lines of a two-sided 总表'),
  c('measure', 'text', 'the column’s label as printed: 合计, 基本支出, 项目支出, 决算数, 2025年执行数 …'),
  c('measure_path', 'json', 'every header label over the column, outermost first'),
  c('amount_wan', 'decimal', 'the amount in 万元, exact decimal text (元 and 亿元 converted exactly); null for a dash or an amount whose unit nothing states'),
  c(
    'amount_wan_decimal',
    'decimal',
    'the same amount as a number for arithmetic: in Parquet a DECIMAL(38,6), exact, null where the amount has more than 6 decimals in 万元 (amount_wan has it); elsewhere the same text as amount_wan',
    'decimal-38-6',
  ),
  c('printed', 'text', 'the cell as printed (31,214,205.80; —)'),
  c('value', 'decimal', 'the amount in the printed unit, exact decimal text'),
  c('unit', 'text', 'the printed unit: 元, 千元, 万元, 亿元; null when nothing states it'),
  c('state', 'text', 'number, or dash (— printed on purpose: no amount)'),
  c('decimals', 'integer', 'digits printed after the decimal point: the amount is exact to half of the last one'),
  c('table_key', 'text', 't0, t1 … : the table in the document'),
  c('row', 'integer', '0-based grid row of the cell'),
  c('col', 'integer', '0-based grid column of the cell'),
  c('provenance', 'json', 'where the cell was printed: PDF page and box (points, origin top-left), or the DOM/DOCX path'),
  c('sha256', 'text', 'SHA-256 of the document’s bytes'),
  c('source', 'text', 'the path or URL the document was read from'),
];

/** The v_panel column of each panel column: amount_wan_decimal is amount_wan again, written as a second type. */
const FROM_VIEW = PANEL_COLUMNS.map((col) => (col.name === 'amount_wan_decimal' ? 'amount_wan' : col.name));

/** The panel as an export table, written beside the others in every format. */
export const PANEL_TABLE: ExportTable = {
  name: 'panel',
  note: 'one row per printed amount of a current document (the store’s v_panel), by region code, body id, fiscal year and 科目: the table to build a panel across bodies and years from',
  columns: [...PANEL_COLUMNS],
  rows: (db) => panelRows(db, FROM_VIEW),
  count: (db) => exportCount(db, 'panel'),
};

/** 208 社会保障和就业支出 by region and year from panel.parquet in DuckDB: the project README's example, for the export's README. */
export const PANEL_208_DUCKDB =
  "SELECT region_code, region_name, fiscal_year, document_kind, sum(amount_wan_decimal) AS wan FROM 'panel.parquet' WHERE code = '208' AND table_kind IN ('bu03', 'fa03') AND measure IN ('合计', '本年支出合计', '支出总计') AND basis IN ('budget', 'final') AND \"group\" IS NULL GROUP BY ALL ORDER BY ALL;";

import JSZip from 'jszip';
import { XLSX_MAX_PLACES, xlsxDecimal } from './values.js';
import type { Column } from './tables.js';

/**
 * A minimal SpreadsheetML (OOXML) workbook written directly: one worksheet per sheet, strings as
 * inline strings (no shared-string table), one bold style for the header row, the header frozen and
 * filterable. Excel, LibreOffice and every xlsx reader open it.
 */

/** Excel's limits: characters in a cell, rows in a sheet, characters in a sheet name. */
export const XLSX_MAX_CELL = 32767;
export const XLSX_MAX_ROWS = 1_048_576;

export interface Sheet {
  name: string;
  columns: readonly Pick<Column, 'name' | 'type'>[];
  rows: Iterable<readonly unknown[]>;
}

export interface SheetResult {
  name: string;
  rows: number;
  /** Cells written as numbers; of the amounts among them, those whose number is the nearest double rather than the decimal itself; text cells cut at Excel's cell limit. */
  numbers: number;
  inexact: number;
  truncated: number;
}

// XML 1.0 allows tab, LF, CR and U+0020 up; lone surrogates are not characters either.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for XML character data or an attribute value: escaped, and characters XML cannot hold replaced by U+FFFD. */
export const xmlText = (s: string): string =>
  s.replace(INVALID_XML, '\uFFFD').replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));

/** A, B, …, Z, AA, AB, … */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters. */
export const sheetName = (s: string): string => s.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'sheet';

function inlineString(ref: string, s: string, style: number, r: SheetResult): string {
  let text = s;
  if (text.length > XLSX_MAX_CELL) {
    text = text.slice(0, XLSX_MAX_CELL - 1) + '…';
    r.truncated++;
  }
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

function sheetXml(sheet: Sheet, result: SheetResult): string {
  const cols = sheet.columns;
  const widths = cols.map((c) => Math.max(8, Math.min(60, [...c.name].length + 2)));
  const rows: string[] = [];
  const header = cols.map((c, i) => inlineString(`${columnName(i)}1`, c.name, 1, result)).join('');
  rows.push(`<row r="1">${header}</row>`);
  let r = 1;
  for (const values of sheet.rows) {
    r++;
    if (r > XLSX_MAX_ROWS)
      throw new Error(`sheet ${sheet.name} has more rows than Excel allows (${XLSX_MAX_ROWS - 1} besides the header): export it as csv or jsonl`);
    const cells: string[] = [];
    cols.forEach((c, i) => {
      const v = values[i];
      if (v === null || v === undefined || v === '') return;
      const ref = `${columnName(i)}${r}`;
      if (c.type === 'integer' && typeof v === 'number' && Number.isSafeInteger(v)) {
        cells.push(`<c r="${ref}"><v>${v}</v></c>`);
        result.numbers++;
        return;
      }
      const s = String(v);
      if (c.type === 'decimal') {
        const n = xlsxDecimal(s);
        if (n !== null) {
          cells.push(`<c r="${ref}" s="${AMOUNT_STYLE + n.places}"><v>${n.v}</v></c>`);
          result.numbers++;
          if (!n.exact) result.inexact++;
          return;
        }
      }
      if (r <= 200) widths[i] = Math.max(widths[i]!, Math.min(60, [...s].length + 2));
      cells.push(inlineString(ref, s, 0, result));
    });
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  result.rows = r - 1;
  const last = `${columnName(Math.max(cols.length - 1, 0))}${Math.max(r, 1)}`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<dimension ref="A1:${last}"/>`,
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`,
    `<sheetData>${rows.join('')}</sheetData>`,
    cols.length ? `<autoFilter ref="A1:${last}"/>` : '',
    '</worksheet>',
  ].join('');
}

/** Style 2 + p: an amount with thousands separators and p places (`#,##0.00`); number formats 164 + p. */
const AMOUNT_STYLE = 2;
const PLACES = Array.from({ length: XLSX_MAX_PLACES + 1 }, (_, p) => p);
const numFmt = (p: number): string => `#,##0${p ? `.${'0'.repeat(p)}` : ''}`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="${PLACES.length}">${PLACES.map((p) => `<numFmt numFmtId="${164 + p}" formatCode="${numFmt(p)}"/>`).join('')}</numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="${AMOUNT_STYLE + PLACES.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>${PLACES.map((p) => `<xf numFmtId="${164 + p}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** Writes the sheets into one workbook; returns its bytes and, per sheet, what was written. */
export async function writeXlsx(sheets: readonly Sheet[]): Promise<{ bytes: Buffer; sheets: SheetResult[] }> {
  const zip = new JSZip();
  const results: SheetResult[] = [];
  const names = new Set<string>();
  const entries = sheets.map((s, i) => {
    let name = sheetName(s.name);
    for (let k = 2; names.has(name.toLowerCase()); k++) name = sheetName(`${s.name.slice(0, 28)}_${k}`);
    names.add(name.toLowerCase());
    const result: SheetResult = { name, rows: 0, numbers: 0, inexact: 0, truncated: 0 };
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, result));
    results.push(result);
    return { name, id: i + 1, hasFilter: s.columns.length > 0, last: `${columnName(Math.max(s.columns.length - 1, 0))}${result.rows + 1}` };
  });
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${entries
      .map(
        (e) => `<Override PartName="/xl/worksheets/sheet${e.id}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join(
        '',
      )}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>gongkai export</dc:title><dc:creator>gongkai</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}</dcterms:created></cp:coreProperties>`,
  );
  zip.file(
    'docProps/app.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>gongkai</Application></Properties>`,
  );
  // Excel keeps each sheet's filter range as a hidden defined name; it opens a workbook without them too, but writes them itself.
  const filters = entries
    .filter((e) => e.hasFilter)
    .map(
      (e) =>
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${e.id - 1}" hidden="1">'${xmlText(e.name.replace(/'/g, "''"))}'!$A$1:$${e.last.replace(/(\d+)$/, '$$$1')}</definedName>`,
    );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${entries
      .map((e) => `<sheet name="${xmlText(e.name)}" sheetId="${e.id}" r:id="rId${e.id}"/>`)
      .join('')}</sheets>${filters.length ? `<definedNames>${filters.join('')}</definedNames>` : ''}</workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries
      .map(
        (e) =>
          `<Relationship Id="rId${e.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${e.id}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${entries.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file('xl/styles.xml', STYLES);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes, sheets: results };
}

import { z } from 'zod';
import { Block } from './block.js';
import { Diagnostic } from './diagnostic.js';
import { Table } from './table.js';

/**
 * The format decided from the bytes (never from the file name). `xls` and `doc` are OLE2 compound
 * files told apart by their streams (a `Workbook`/`Book` stream: Excel 97–2003, and WPS 表格's .et;
 * a `WordDocument` stream: Word 97–2003, and WPS 文字's .wps); `ole` is any other OLE2 file (an
 * encrypted Office file, an installer). `zip` is an archive that is not an Office document: a bundle
 * whose members are documents of their own. `rar` and `7z` are archives gongkai does not open.
 */
export const Format = z.enum(['pdf', 'docx', 'html', 'xlsx', 'xls', 'doc', 'ole', 'zip', 'rar', '7z', 'empty', 'unknown']);
export type Format = z.infer<typeof Format>;

export const Page = z.object({
  /** 1-based page number. */
  number: z.number().int().min(1),
  /** Page width in PDF points, after /Rotate. */
  width: z.number(),
  /** Page height in PDF points, after /Rotate. */
  height: z.number(),
});
export type Page = z.infer<typeof Page>;

export const DocModel = z.object({
  /** sha256 of the file's bytes, lowercase hex. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  /** Where the bytes came from (a path relative to where gongkai ran, or a URL). */
  source: z.string(),
  /** Size of the file in bytes. */
  bytes: z.number().int().min(0),
  format: Format,
  /** Text encoding the HTML was decoded with (`utf-8`, `gb18030`, …); null for other formats. */
  encoding: z.string().nullable(),
  /** Pages with their sizes (PDF). Empty for formats without fixed pages (HTML, DOCX). */
  pages: z.array(Page),
  /** Page count the file itself declares (DOCX `docProps/app.xml`), when it has no fixed pages. */
  declaredPages: z.number().int().min(0).nullable(),
  blocks: z.array(Block),
  tables: z.array(Table),
  diagnostics: z.array(Diagnostic),
});
export type DocModel = z.infer<typeof DocModel>;

import type { DocumentRecords } from '../../src/extract/records.js';
import { jsonExact } from '../../src/store/rows.js';

/** Where a record was printed (page and box, sheet cell, DOM path, table and block ids, spans): what differs between twins by nature. */
const PLACE = new Set(['provenance', 'evidence', 'table', 'block', 'start', 'end', 'id', 'group']);

/**
 * Records as data with every place dropped and whitespace removed from text: LibreOffice's PDF
 * spaces Chinese from digits (`2021 年度`), the other renderings print `2021年度`. Amounts are their
 * exact decimal strings.
 */
export const placeless = (v: unknown): unknown =>
  JSON.parse(jsonExact(v), (k, x: unknown) => (PLACE.has(k) ? undefined : typeof x === 'string' ? x.replace(/\s+/g, '') : x));

/** What each table gave: its kind, title, unit note and the amounts printed in it. */
export const tableFacts = (r: DocumentRecords, kinds: (k: string) => boolean) =>
  placeless(r.tables.filter((t) => kinds(t.kind)).map((t) => ({ kind: t.kind, title: t.title, unitNote: t.unitNote, numericCells: t.numericCells })));

/** The records a table twin must share with the PDF: per table, the line items, the 三公 and the 决算 records. */
export const tableRecords = (r: DocumentRecords, kinds: (k: string) => boolean) => ({
  tables: tableFacts(r, kinds),
  lineItems: placeless(r.lineItems.filter((l) => kinds(l.tableKind))),
  sangong: placeless(r.sangong),
  fa: placeless(r.fa),
});

export const isPublicTable = (k: string): boolean => /^fa0\d$/.test(k);

import { z } from 'zod';

/** A box on a PDF page. PDF points (1/72 in), origin at the page's top-left corner, y grows downwards. */
export const BBox = z.object({
  /** Left edge, PDF points from the page's left edge. */
  x0: z.number(),
  /** Top edge, PDF points from the page's top edge. */
  y0: z.number(),
  /** Right edge, PDF points. */
  x1: z.number(),
  /** Bottom edge, PDF points. */
  y1: z.number(),
});
export type BBox = z.infer<typeof BBox>;

/** Where something was printed in a PDF: a 1-based page number and a box on it. */
export const PdfProvenance = z.object({
  kind: z.literal('pdf'),
  /** 1-based page number. */
  page: z.number().int().min(1),
  bbox: BBox,
});

/**
 * Where something sits in an HTML or DOCX file. `path` is a CSS-style element path into the HTML
 * (`body > table:nth-of-type(2) > tbody > tr:nth-child(3) > td:nth-child(1)`), or for DOCX an
 * XPath-style path into `word/document.xml` (`/w:document/w:body/w:tbl[2]/w:tr[3]/w:tc[1]`).
 */
export const DomProvenance = z.object({
  kind: z.literal('dom'),
  path: z.string(),
  /** For table cells: 0-based index of the table in the document's reading order. */
  table: z.number().int().min(0).optional(),
  /** For table cells: 0-based grid row. */
  row: z.number().int().min(0).optional(),
  /** For table cells: 0-based grid column. */
  col: z.number().int().min(0).optional(),
});

/**
 * Where something sits in a spreadsheet: the sheet as its tab names it and an A1 reference — a
 * cell (`D7`), or a range (`A3:K25`) for a table or a merged cell's whole area. `公开02表!D7` is the
 * cell a reader finds by opening the tab 公开02表 and going to D7. For a workbook converted from a
 * legacy format (XLS, ET) the names and references are those of the original: conversion keeps them.
 */
export const SheetProvenance = z.object({
  kind: z.literal('sheet'),
  /** The sheet's name as on its tab. */
  sheet: z.string(),
  /** A1-style reference into the sheet: `D7`, or `A3:K25` for a range. Columns by letter, rows 1-based. */
  ref: z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*(?::[A-Z]{1,3}[1-9][0-9]*)?$/),
  /** For table cells: 0-based index of the table in the document's reading order. */
  table: z.number().int().min(0).optional(),
  /** For table cells: 0-based grid row. */
  row: z.number().int().min(0).optional(),
  /** For table cells: 0-based grid column. */
  col: z.number().int().min(0).optional(),
});

/** The file as a whole (a diagnostic about the bytes, the format, the encoding). */
export const FileProvenance = z.object({
  kind: z.literal('file'),
  /** Byte offset the finding refers to, when there is one. */
  offset: z.number().int().min(0).optional(),
});

export const Provenance = z.discriminatedUnion('kind', [PdfProvenance, DomProvenance, SheetProvenance, FileProvenance]);
export type Provenance = z.infer<typeof Provenance>;
export type PdfProvenance = z.infer<typeof PdfProvenance>;
export type DomProvenance = z.infer<typeof DomProvenance>;
export type SheetProvenance = z.infer<typeof SheetProvenance>;

import type { Diagnostic, DocModel, Stage } from '../model/index.js';
import { classifyDocument, type DocumentClassification } from '../classify/classify-document.js';
import { detectFormat } from '../sources/sniff/detect.js';
import { parseDocument, type ParseOptions } from '../parse/index.js';
import { extractRecords } from '../extract/index.js';
import type { DocumentRecords } from '../extract/records.js';
import { checkDocument, type CheckReport } from '../rules/engine.js';
import type { SourceBytes } from '../sources/file.js';
import { documentRows, type DocumentRows, type Processed } from '../store/rows.js';
import { readingOf, statusOfReading, type ReadingStatus } from './status.js';

/** One document through parse → extract → check: the store's type (it writes it), named here too as the pipeline's result. */
export type { Processed };

/** A diagnostic for an exception thrown by our own code: a defect, reported for this document only. */
export function internalError(stage: Stage, e: unknown, code = 'internal-error'): Diagnostic {
  const err = e instanceof Error ? e : new Error(String(e));
  return {
    code,
    severity: 'error',
    stage,
    message: `${code === 'internal-error' ? `gongkai failed in ${stage}` : stage}: ${err.message}`,
    provenance: { kind: 'file' },
    detail: { stack: err.stack?.split('\n').slice(0, 8).join('\n') ?? '' },
  };
}

/** The format of bytes nothing could be read from: what detection says, else unknown. */
function formatOf(src: SourceBytes): DocModel['format'] {
  try {
    return detectFormat(src.bytes).format;
  } catch {
    // the format stays unknown; the diagnostic says why the document failed
    return 'unknown';
  }
}

/**
 * The model of a document with no content of its own: one nothing could be read from (parse itself
 * failed, or it was stopped; its format detected), or a bundle whose content is its members.
 */
export function emptyModel(src: SourceBytes, diagnostics: Diagnostic[], format: DocModel['format'] = formatOf(src)): DocModel {
  return {
    id: src.sha256,
    source: src.source,
    bytes: src.bytes.length,
    format,
    encoding: null,
    pages: [],
    declaredPages: null,
    blocks: [],
    tables: [],
    diagnostics,
  };
}

/** A document nothing could be read from, for one reason (parse threw, its worker was stopped). */
export function failedDocument(src: SourceBytes, d: Diagnostic): Processed {
  return { doc: emptyModel(src, [d]), records: null, check: null, reading: { reading: 'unreadable', reasons: [d] }, status: 'failed', diagnostics: [d] };
}

/** The store rows of a failed document (failedDocument); `retry`: the failure says nothing about the bytes (a stopped worker). */
export function failedRows(src: SourceBytes, d: Diagnostic, durationMs: number | null, retry = false): DocumentRows {
  return documentRows(failedDocument(src, d), durationMs, retry);
}

/** The stages, replaceable so that a test can make one throw. */
export interface Stages {
  parse: (src: SourceBytes) => Promise<DocModel>;
  extract: (doc: DocModel) => DocumentRecords;
  check: (records: DocumentRecords) => CheckReport;
}

const STAGES: Stages = { parse: parseDocument, extract: extractRecords, check: (r) => checkDocument(r) };

/** The stages with parse options (OCR, limits): plain data, as a batch posts them to a worker. */
export const stagesWith = (parse: ParseOptions = {}): Stages => ({ ...STAGES, parse: (src) => parseDocument(src, parse) });

/** One document parsed: its model, or, when our parse code threw, a model with nothing read and the `internal-error` that says why. */
export async function parseInNet(src: SourceBytes, parse: Stages['parse'] = STAGES.parse): Promise<DocModel> {
  try {
    return await parse(src);
  } catch (e) {
    return emptyModel(src, [internalError('parse', e)]);
  }
}

/** One document parsed (in the net, as parseInNet) and classified: what it is and what each of its tables is. */
export interface Classified {
  doc: DocModel;
  /** `tables[i]` is the kind of `doc.tables[i]`. */
  classification: DocumentClassification;
}

/** One document parsed in the net (parseInNet), then classified (`gongkai parse` shows each table's kind). */
export async function classifiedInNet(src: SourceBytes, parse: Stages['parse'] = STAGES.parse): Promise<Classified> {
  const doc = await parseInNet(src, parse);
  return { doc, classification: classifyDocument(doc) };
}

/** One document parsed and its records extracted, not checked. */
export interface Extracted {
  doc: DocModel;
  /** Null when parse or extract threw (an `internal-error` among the diagnostics says which). */
  records: DocumentRecords | null;
  /** The model's diagnostics, then the extraction's. */
  diagnostics: Diagnostic[];
  reading: ReadingStatus;
}

/** Parse, then extract, inside the net (processDocument's first two stages): an exception of ours is an `internal-error` of this document. */
export async function extractInNet(src: SourceBytes, stages: Pick<Stages, 'parse' | 'extract'> = STAGES): Promise<Extracted> {
  let doc: DocModel;
  try {
    doc = await stages.parse(src);
  } catch (e) {
    // Nothing was read: no records to draw from it.
    const d = internalError('parse', e);
    return { doc: emptyModel(src, [d]), records: null, diagnostics: [d], reading: { reading: 'unreadable', reasons: [d] } };
  }
  const diagnostics: Diagnostic[] = [...doc.diagnostics];
  let records: DocumentRecords | null = null;
  try {
    records = stages.extract(doc);
    diagnostics.push(...records.diagnostics);
  } catch (e) {
    diagnostics.push(internalError('extract', e));
  }
  return { doc, records, diagnostics, reading: readingOf(doc, diagnostics) };
}

/**
 * The whole pipeline for one document. Bad input yields diagnostics (the stages never throw for it);
 * an exception is a defect of ours: it becomes an `internal-error` naming the stage and the document
 * is `failed` (what was stored of it is incomplete), and the batch goes on.
 */
export async function processDocument(src: SourceBytes, stages: Stages = STAGES): Promise<Processed> {
  // A parse that threw leaves a model with nothing read and no records: unreadable, as failedDocument says.
  const { doc, records, diagnostics } = await extractInNet(src, stages);
  let check: CheckReport | null = null;
  if (records) {
    try {
      check = stages.check(records);
    } catch (e) {
      diagnostics.push(internalError('check', e));
    }
  }
  const reading = readingOf(doc, diagnostics);
  return { doc, records, check, reading, status: statusOfReading(reading.reading), diagnostics };
}

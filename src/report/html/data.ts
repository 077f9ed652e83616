import { existsSync } from 'node:fs';
import type { Severity } from '../../model/index.js';
import { readTransaction, type Db } from '../../store/db.js';
import { documentDetails } from '../../store/details.js';
import { localPaths, olderVersionsOf, readingTotals } from '../../store/read.js';
import { documentSummaries, type DocumentSummary } from '../../store/summary.js';
import type { EvidenceRow } from '../../store/rows.js';

/** What the HTML report shows, read from the store. */
export interface ReportData {
  generatedAt: string;
  /** The current version of each source (an older version of a source is not reported). */
  documents: ReportDocument[];
  /** Documents the store keeps as older versions of sources, not in the report. */
  olderVersions: number;
}

/** A current document as the store summarises it (store/summary.ts), with its tables and findings. */
export interface ReportDocument extends Pick<
  DocumentSummary,
  'id' | 'sha256' | 'source' | 'paths' | 'format' | 'pages' | 'kind' | 'department' | 'year' | 'level' | 'reading' | 'reason'
> {
  /** The diagnostic codes that say why it was not read wholly (`reason` is the first with its message). */
  readingReasons: string[];
  /** The document's file where it is at hand (an absolute path that exists), for open-at-page links. */
  file: string | null;
  /** Older versions its sources have had (kept in the store, not reported). */
  olderVersions: number;
  /** The document types the checks recognised in it (FA, BU, PR, ST, BD, FW); none: no rule applied. */
  codes: string[];
  engineVersion: string;
  lineItems: number;
  narrativeFacts: number;
  counts: Record<Severity, number>;
  tables: ReportTable[];
  findings: ReportFinding[];
}

export interface ReportCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  header: boolean;
  raw: string;
}

export interface ReportTable {
  key: string;
  kind: string | null;
  title: string | null;
  unitNote: string | null;
  pages: number[];
  nRows: number;
  nCols: number;
  notes: { block?: string; text: string }[];
  cells: ReportCell[];
}

export interface ReportSide {
  label: string;
  value: string;
  low: string;
  high: string;
  operands: { label: string; value: string; halfUnit?: string; printed?: string; unit?: string | null }[];
}

/**
 * One number's evidence as the store holds it (store/rows.ts), in order; of its provenance JSON only
 * the place a page number cannot give: a spreadsheet cell (`公开02表!D7`), else null.
 */
export type ReportEvidence = Omit<EvidenceRow, 'provenance'> & { seq: number; place: string | null };

/** `sheet!ref` of a spreadsheet provenance (stored as JSON), else null. */
function sheetPlace(json: unknown): string | null {
  try {
    const p = JSON.parse(String(json)) as { kind?: string; sheet?: string; ref?: string };
    return p.kind === 'sheet' ? `${p.sheet}!${p.ref}` : null;
  } catch {
    return null;
  }
}

export interface ReportFinding {
  id: number;
  seq: number;
  rule: string;
  severity: Severity;
  messageZh: string;
  messageEn: string;
  diagnostic: string | null;
  left: ReportSide;
  right: ReportSide;
  difference: string;
  tolerance: string;
  evidence: ReportEvidence[];
}

const json = <T>(s: string | null, fallback: T): T => {
  if (s === null) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

function operands(s: string): ReportSide['operands'] {
  const list = json<unknown>(s, []);
  if (!Array.isArray(list)) return [];
  return list.flatMap((o: unknown) => {
    if (!o || typeof o !== 'object') return [];
    const r = o as Record<string, unknown>;
    return [
      {
        label: String(r.label ?? ''),
        value: String(r.value ?? ''),
        ...(typeof r.halfUnit === 'string' ? { halfUnit: r.halfUnit } : {}),
        ...(typeof r.printed === 'string' ? { printed: r.printed } : {}),
        unit: typeof r.unit === 'string' ? r.unit : null,
      },
    ];
  });
}

/** Reads every document with its tables (origin cells), findings and evidence, in one read transaction. */
export function readReportData(db: Db, o: { documents?: readonly string[] } = {}): ReportData {
  return readTransaction(db, (): ReportData => {
    const docs = documentSummaries(db, o);
    const details = documentDetails(db);
    return {
      generatedAt: new Date().toISOString(),
      olderVersions: readingTotals(db).olderVersions,
      documents: docs.map((d): ReportDocument => ({
        id: d.id,
        sha256: d.sha256,
        source: d.source,
        paths: d.paths,
        format: d.format,
        pages: d.pages,
        kind: d.kind,
        department: d.department,
        year: d.year,
        level: d.level,
        reading: d.reading,
        readingReasons: json<string[]>(d.reading_reasons, []),
        reason: d.reason,
        file: localPaths(db, d.id).find((p) => existsSync(p)) ?? null,
        olderVersions: olderVersionsOf(db, d.id),
        codes: json<string[]>(d.codes, []),
        engineVersion: d.engine_version,
        lineItems: d.line_items,
        narrativeFacts: d.narrative_facts,
        counts: { error: d.errors, warning: d.warnings, info: d.infos },
        tables: details.tables(d.id).map((t) => ({
          key: String(t.table_key),
          kind: t.kind ?? null,
          title: t.title ?? null,
          unitNote: t.unit_note ?? null,
          pages: json<number[]>(t.pages, []),
          nRows: t.n_rows,
          nCols: t.n_cols,
          notes: json<{ block?: string; text: string }[]>(t.notes, []).filter((n) => n && typeof n.text === 'string'),
          cells: details.cells(t.id).map((c) => ({
            row: c.row,
            col: c.col,
            rowSpan: c.row_span,
            colSpan: c.col_span,
            header: c.header === 1,
            raw: String(c.raw),
          })),
        })),
        findings: details.findings(d.id).map((f) => ({
          id: f.id,
          seq: f.seq,
          rule: String(f.rule),
          severity: f.severity,
          messageZh: String(f.message_zh),
          messageEn: String(f.message_en),
          diagnostic: f.diagnostic ?? null,
          left: {
            label: String(f.left_label),
            value: String(f.left_value),
            low: String(f.left_low),
            high: String(f.left_high),
            operands: operands(f.left_operands),
          },
          right: {
            label: String(f.right_label),
            value: String(f.right_value),
            low: String(f.right_low),
            high: String(f.right_high),
            operands: operands(f.right_operands),
          },
          difference: String(f.difference),
          tolerance: String(f.tolerance),
          evidence: details.evidence(f.id).map((e) => ({
            seq: e.seq,
            kind: e.kind,
            table: e.table ?? null,
            tableKind: e.tableKind ?? null,
            row: e.row ?? null,
            col: e.col ?? null,
            block: e.block ?? null,
            start: e.start ?? null,
            end: e.end ?? null,
            text: String(e.text),
            page: e.page ?? null,
            place: sheetPlace(e.provenance),
          })),
        })),
      })),
    };
  });
}

import { existsSync } from 'node:fs';
import type { Severity } from '../../model/index.js';
import type { Reading } from '../../pipeline/status.js';
import type { Db } from '../../store/db.js';
import { localPaths, olderVersionsOf, readingTotals } from '../../store/read.js';
import type { EvidenceRow } from '../../store/rows.js';

/** What the HTML report shows, read from the store. */
export interface ReportData {
  generatedAt: string;
  /** The current version of each source (an older version of a source is not reported). */
  documents: ReportDocument[];
  /** Documents the store keeps as older versions of sources, not in the report. */
  olderVersions: number;
}

export interface ReportDocument {
  id: number;
  sha256: string;
  source: string;
  paths: string | null;
  format: string;
  pages: number | null;
  kind: string | null;
  department: string | null;
  year: number | null;
  level: string | null;
  /** How well it was read, the diagnostic codes that say why not wholly, and the first with its message. */
  reading: Reading;
  readingReasons: string[];
  reason: string | null;
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

interface DocRow {
  id: number;
  sha256: string;
  source: string;
  paths: string | null;
  format: string;
  pages: number | null;
  kind: string | null;
  department: string | null;
  year: number | null;
  level: string | null;
  reading: Reading;
  reading_reasons: string;
  reason: string | null;
  codes: string;
  engine_version: string;
  line_items: number;
  narrative_facts: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Reads every document with its tables (origin cells), findings and evidence, in one read transaction. */
export function readReportData(db: Db, o: { documents?: readonly string[] } = {}): ReportData {
  const read = db.transaction((): ReportData => {
    const docs = db
      .prepare(
        `SELECT d.id, d.sha256, d.source,
           (SELECT group_concat(p, '; ') FROM (SELECT DISTINCT coalesce(given, path) AS p FROM files f WHERE f.document_id = d.id ORDER BY p)) AS paths,
           d.format, d.pages, d.kind, d.department, d.year, d.level, d.reading, d.reading_reasons, d.reason, d.codes, d.engine_version,
           (SELECT count(*) FROM line_items x WHERE x.document_id = d.id) AS line_items,
           (SELECT count(*) FROM narrative_facts x WHERE x.document_id = d.id) AS narrative_facts,
           (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'error') AS errors,
           (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'warning') AS warnings,
           (SELECT count(*) FROM findings x WHERE x.document_id = d.id AND x.severity = 'info') AS infos
         FROM documents d
         WHERE d.id IN (SELECT id FROM current_documents) ${o.documents ? 'AND d.sha256 IN (SELECT value FROM json_each(?))' : ''}
         ORDER BY d.department IS NULL, d.department, d.year, d.source, d.id`,
      )
      .all(...(o.documents ? [JSON.stringify(o.documents)] : [])) as DocRow[];
    const tablesQ = db.prepare('SELECT id, table_key, kind, title, unit_note, pages, n_rows, n_cols, notes FROM tables WHERE document_id = ? ORDER BY idx');
    const cellsQ = db.prepare('SELECT row, col, row_span, col_span, header, raw FROM cells WHERE table_id = ? ORDER BY row, col');
    const findingsQ = db.prepare('SELECT * FROM findings WHERE document_id = ? ORDER BY seq');
    const evidenceQ = db.prepare('SELECT * FROM evidence WHERE finding_id = ? ORDER BY seq');
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
        tables: (tablesQ.all(d.id) as Record<string, unknown>[]).map((t) => ({
          key: String(t.table_key),
          kind: (t.kind as string | null) ?? null,
          title: (t.title as string | null) ?? null,
          unitNote: (t.unit_note as string | null) ?? null,
          pages: json<number[]>(t.pages as string, []),
          nRows: t.n_rows as number,
          nCols: t.n_cols as number,
          notes: json<{ block?: string; text: string }[]>(t.notes as string, []).filter((n) => n && typeof n.text === 'string'),
          cells: (cellsQ.all(t.id) as Record<string, unknown>[]).map((c) => ({
            row: c.row as number,
            col: c.col as number,
            rowSpan: c.row_span as number,
            colSpan: c.col_span as number,
            header: c.header === 1,
            raw: String(c.raw),
          })),
        })),
        findings: (findingsQ.all(d.id) as Record<string, unknown>[]).map((f) => ({
          id: f.id as number,
          seq: f.seq as number,
          rule: String(f.rule),
          severity: f.severity as Severity,
          messageZh: String(f.message_zh),
          messageEn: String(f.message_en),
          diagnostic: (f.diagnostic as string | null) ?? null,
          left: {
            label: String(f.left_label),
            value: String(f.left_value),
            low: String(f.left_low),
            high: String(f.left_high),
            operands: operands(f.left_operands as string),
          },
          right: {
            label: String(f.right_label),
            value: String(f.right_value),
            low: String(f.right_low),
            high: String(f.right_high),
            operands: operands(f.right_operands as string),
          },
          difference: String(f.difference),
          tolerance: String(f.tolerance),
          evidence: (evidenceQ.all(f.id) as Record<string, unknown>[]).map((e) => ({
            seq: e.seq as number,
            kind: e.kind as 'cell' | 'text',
            table: (e.table_key as string | null) ?? null,
            tableKind: (e.table_kind as string | null) ?? null,
            row: (e.row as number | null) ?? null,
            col: (e.col as number | null) ?? null,
            block: (e.block as string | null) ?? null,
            start: (e.start as number | null) ?? null,
            end: (e.end as number | null) ?? null,
            text: String(e.text),
            page: (e.page as number | null) ?? null,
            place: sheetPlace(e.provenance),
          })),
        })),
      })),
    };
  });
  return read.deferred();
}

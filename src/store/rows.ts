import { Decimal } from 'decimal.js';
import { kindSpec } from '../classify/table-kinds.js';
import { amountBasis } from '../extract/amount-basis.js';
import type { EvidenceRef } from '../extract/figure.js';
import type { Issuer } from '../extract/issuer.js';
import type { DocumentRecords } from '../extract/records.js';
import { statedAmounts } from '../extract/stated-amounts.js';
import type { Diagnostic, DocModel } from '../model/index.js';
import { reasonCodes, type DocumentStatus, type Reading, type ReadingStatus } from '../model/reading.js';
import { currentSubjectName, subjectScheme } from '../normalise/subject-names.js';
import type { CheckReport, RuleOutcome } from '../rules/engine.js';
import type { Finding, Side } from '../rules/_lib/types.js';

/** One document through parse → extract → check; `records` and `check` are null when a stage did not get that far. */
export interface Processed {
  doc: DocModel;
  records: DocumentRecords | null;
  check: CheckReport | null;
  /** How well it was read, and why not wholly. */
  reading: ReadingStatus;
  /** The reading in the store's older words (`failed` = unreadable, `needs-review` = read in part). */
  status: DocumentStatus;
  /** Every diagnostic of the document: parse's, extract's, and any `internal-error` of ours. */
  diagnostics: Diagnostic[];
}

/**
 * One processed document as the store writes it: plain strings and numbers only, so a worker thread
 * can post it (structured clone drops a Decimal's prototype) and the writer needs no pipeline types.
 * Every amount is an exact decimal string (`Decimal#toFixed()`: never exponent notation).
 */
export interface DocumentRows {
  sha256: string;
  source: string;
  bytes: number;
  format: string;
  encoding: string | null;
  pages: number | null;
  kind: string | null;
  department: string | null;
  year: number | null;
  level: string | null;
  /** How well it was read: read, partial (read in part) or unreadable. */
  reading: Reading;
  /** JSON array: the diagnostic codes that say why it is not read wholly, most telling first. */
  readingReasons: string;
  /** The reading in the older words (`failed` = unreadable, `needs-review` = read in part, `ok` = read). */
  status: DocumentStatus;
  /** One line: why it is not read wholly (the first reason's code and message). */
  reason: string | null;
  /** JSON arrays. */
  diagnostics: string;
  codes: string;
  review: string;
  /** The result says nothing about the bytes (timeout, crashed worker): try again next run. */
  retry: boolean;
  durationMs: number | null;
  tables: TableRow[];
  lineItems: LineItemRow[];
  narrative: { kind: string; payload: string }[];
  outcomes: RuleOutcome[];
  findings: FindingRow[];
  /** Who published it (null when nothing was extracted). */
  issuer: Issuer | null;
  /** The amounts it states about a year, for the checks that take two documents. */
  stated: StatedAmountRow[];
}

/** A stated amount as the store writes it (src/extract/stated-amounts.ts). */
export interface StatedAmountRow {
  year: number;
  basis: string;
  own: boolean;
  scope: string;
  subject: string;
  split: string;
  label: string;
  value: string;
  halfUnit: string;
  printed: string;
  unit: string | null;
  source: string;
  /** JSON EvidenceRef. */
  evidence: string;
}

export interface TableRow {
  key: string;
  idx: number;
  kind: string | null;
  score: number | null;
  title: string | null;
  unitNote: string | null;
  pages: string;
  parent: string | null;
  nRows: number;
  nCols: number;
  headerRows: number;
  method: string;
  report: string;
  notes: string;
  /** Origin cells: [row, col, rowSpan, colSpan, header 0/1, raw, provenance JSON]. */
  cells: [number, number, number, number, number, string, string][];
}

export interface LineItemRow {
  table: string;
  tableKind: string;
  row: number;
  col: number;
  code: string | null;
  level: number | null;
  name: string;
  measure: string;
  measurePath: string;
  state: 'number' | 'dash';
  printed: string;
  value: string | null;
  unit: string | null;
  unitSource: string | null;
  wan: string | null;
  decimals: number | null;
  provenance: string;
  /** What the amount is of (line_item_dims): the year and basis of its column, its unit or project, its 总表 side, its 科目 scheme and current name, its table's funds. */
  fiscalYear: number | null;
  basis: string;
  group: string | null;
  side: string | null;
  scheme: string | null;
  nameCurrent: string | null;
  funds: string | null;
}

export interface SideRow {
  label: string;
  value: string;
  low: string;
  high: string;
  /** JSON array of { label, value, halfUnit, printed, unit, evidence }. */
  operands: string;
}

export interface EvidenceRow {
  kind: 'cell' | 'text';
  table: string | null;
  tableKind: string | null;
  row: number | null;
  col: number | null;
  block: string | null;
  start: number | null;
  end: number | null;
  text: string;
  page: number | null;
  provenance: string;
}

export interface FindingRow {
  rule: string;
  severity: string;
  messageZh: string;
  messageEn: string;
  diagnostic: string | null;
  left: SideRow;
  right: SideRow;
  difference: string;
  tolerance: string;
  data: string;
  evidence: EvidenceRow[];
}

const dec = (d: Decimal): string => d.toFixed();

/** JSON with every Decimal as its exact fixed-point string (Decimal's own toJSON may use exponents). */
export function jsonExact(v: unknown): string {
  return JSON.stringify(v, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    return Decimal.isDecimal(original) ? (original as Decimal).toFixed() : value;
  });
}

/** Why a document is not read wholly, in one line: its most telling reason's code and message. */
export function readingReason(r: ReadingStatus): string | null {
  const d = r.reasons[0];
  return d ? `${d.code}: ${d.message}` : null;
}

const pageOf = (e: EvidenceRef): number | null => (e.provenance.kind === 'pdf' ? e.provenance.page : null);

function evidenceRow(e: EvidenceRef): EvidenceRow {
  if (e.kind === 'cell')
    return {
      kind: 'cell',
      table: e.table,
      tableKind: e.tableKind,
      row: e.row,
      col: e.col,
      block: null,
      start: null,
      end: null,
      text: e.raw,
      page: pageOf(e),
      provenance: JSON.stringify(e.provenance),
    };
  return {
    kind: 'text',
    table: null,
    tableKind: null,
    row: null,
    col: null,
    block: e.block,
    start: e.start,
    end: e.end,
    text: e.quote,
    page: pageOf(e),
    provenance: JSON.stringify(e.provenance),
  };
}

function sideRow(s: Side): SideRow {
  const operands = s.operands.map((o) => ({
    label: o.label,
    value: dec(o.figure.value),
    halfUnit: dec(o.figure.halfUnit),
    printed: o.figure.printed,
    unit: o.figure.unit,
    evidence: o.figure.evidence,
  }));
  return { label: s.label, value: dec(s.value), low: dec(s.low), high: dec(s.high), operands: JSON.stringify(operands) };
}

export function findingRow(f: Finding): FindingRow {
  return {
    rule: f.rule,
    severity: f.severity,
    messageZh: f.message.zh,
    messageEn: f.message.en,
    diagnostic: f.diagnostic ?? null,
    left: sideRow(f.left),
    right: sideRow(f.right),
    difference: dec(f.difference),
    tolerance: dec(f.tolerance),
    data: JSON.stringify(f.data),
    evidence: f.evidence.map(evidenceRow),
  };
}

/** The rows of one processed document. */
export function documentRows(p: Processed, durationMs: number | null = null, retry = false): DocumentRows {
  const { doc, records, check } = p;
  const review = check?.review ?? [];
  const info = new Map(records?.tables.map((t) => [t.table, t]) ?? []);
  const tables: TableRow[] = doc.tables.map((t) => {
    const ti = info.get(t.id);
    const cells: TableRow['cells'] = [];
    for (const c of t.cells) if (c.kind === 'cell') cells.push([c.row, c.col, c.rowSpan, c.colSpan, c.header ? 1 : 0, c.raw, JSON.stringify(c.provenance)]);
    return {
      key: t.id,
      idx: t.index,
      kind: ti?.kind ?? null,
      score: ti?.score ?? null,
      title: t.title,
      unitNote: t.unitNote,
      pages: JSON.stringify(t.pages),
      parent: t.parent ? JSON.stringify(t.parent) : null,
      nRows: t.nRows,
      nCols: t.nCols,
      headerRows: t.headerRows,
      method: t.report.method,
      report: JSON.stringify(t.report),
      notes: JSON.stringify(ti?.notes ?? []),
      cells,
    };
  });
  const lineItems: LineItemRow[] = (records?.lineItems ?? []).flatMap((li): LineItemRow[] => {
    const a = li.amount;
    if (a.state !== 'number' && a.state !== 'dash') return [];
    const spec = kindSpec(li.tableKind);
    const b = amountBasis(li.measurePath, records!.document);
    const scheme = subjectScheme(spec?.rows ?? null, li.code);
    const dims = {
      fiscalYear: b.year,
      basis: b.basis,
      group: li.group,
      side: li.side,
      scheme,
      nameCurrent: scheme && li.code ? currentSubjectName(scheme, li.code) : null,
      funds: spec?.funds ?? null,
    };
    const base = {
      table: li.table,
      tableKind: li.tableKind,
      row: li.row,
      col: li.col,
      code: li.code,
      level: li.level,
      name: li.name,
      measure: li.measure,
      measurePath: JSON.stringify(li.measurePath),
      printed: a.printed,
      provenance: JSON.stringify(li.provenance),
      ...dims,
    };
    if (a.state === 'dash') return [{ ...base, state: 'dash', value: null, unit: null, unitSource: null, wan: null, decimals: null }];
    return [{ ...base, state: 'number', value: dec(a.value), unit: a.unit, unitSource: a.unitSource, wan: a.wan ? dec(a.wan) : null, decimals: a.decimals }];
  });
  return {
    sha256: doc.id,
    source: doc.source,
    bytes: doc.bytes,
    format: doc.format,
    encoding: doc.encoding,
    pages: doc.pages.length ? doc.pages.length : doc.declaredPages,
    kind: records?.document.kind ?? null,
    department: records?.document.department ?? null,
    year: records?.document.year ?? null,
    level: records?.document.level ?? null,
    reading: p.reading.reading,
    readingReasons: JSON.stringify(reasonCodes(p.reading)),
    status: p.status,
    reason: readingReason(p.reading),
    diagnostics: jsonExact(p.diagnostics),
    codes: JSON.stringify(check?.codes ?? []),
    review: JSON.stringify(review),
    retry,
    durationMs,
    tables,
    lineItems,
    narrative: (records?.narrative ?? []).map((n) => ({ kind: n.kind, payload: jsonExact(n) })),
    outcomes: check?.outcomes ?? [],
    findings: (check?.findings ?? []).map(findingRow),
    issuer: records?.document.issuer ?? null,
    stated: (records ? statedAmounts(records) : []).map((x) => ({
      year: x.year,
      basis: x.basis,
      own: x.own,
      scope: x.scope,
      subject: x.subject,
      split: x.split,
      label: x.label,
      value: dec(x.figure.value),
      halfUnit: dec(x.figure.halfUnit),
      printed: x.figure.printed,
      unit: x.figure.unit,
      source: x.source,
      evidence: JSON.stringify(x.figure.evidence),
    })),
  };
}

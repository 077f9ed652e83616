import { writeDatasetRows } from './bodies.js';
import path from 'node:path';
import type { Db } from './db.js';
import type { DocumentRows } from './rows.js';

const now = (): string => new Date().toISOString();

export interface RunCounts {
  files: number;
  processed: number;
  skipped: number;
  ok: number;
  needsReview: number;
  failed: number;
  findings: number;
}

/** Starts a run row; its `ended_at` stays null until endRun (a killed run keeps it null). */
export function beginRun(db: Db, engineVersion: string, options: Record<string, unknown> = {}): number {
  const r = db
    .prepare('INSERT INTO runs (engine_version, started_at, options) VALUES (?, ?, ?) RETURNING id')
    .get(engineVersion, now(), JSON.stringify(options)) as { id: number };
  return r.id;
}

export function endRun(db: Db, runId: number, c: RunCounts): void {
  db.prepare(`UPDATE runs SET ended_at = ?, files = ?, processed = ?, skipped = ?, ok = ?, needs_review = ?, failed = ?, findings = ? WHERE id = ?`).run(
    now(),
    c.files,
    c.processed,
    c.skipped,
    c.ok,
    c.needsReview,
    c.failed,
    c.findings,
    runId,
  );
}

/** The stored document for these bytes when it was written by this engine version and needs no retry. */
export function storedDocument(db: Db, sha256: string, engineVersion: string): { id: number; status: string } | undefined {
  return db.prepare('SELECT id, status FROM documents WHERE sha256 = ? AND engine_version = ? AND retry = 0').get(sha256, engineVersion) as
    { id: number; status: string } | undefined;
}

/**
 * A source as the store keys it: a URL as it is, a local path made absolute (so `a.pdf` given in one
 * folder and `docs/a.pdf` given in its parent are one source).
 */
export const sourceKey = (given: string): string => (/^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : path.resolve(given));

/**
 * Records that a source (a path as given, or a URL) was given to a run and holds the bytes of a
 * stored document: that document becomes the source's current version, and the source's versions
 * keep it beside any it held before.
 */
export function recordFile(db: Db, given: string, documentId: number, runId: number | null): void {
  const at = now();
  const key = sourceKey(given);
  db.prepare(
    `INSERT INTO files (path, given, document_id, error, run_id, seen_at) VALUES (?, ?, ?, NULL, ?, ?)
     ON CONFLICT(path) DO UPDATE SET given = excluded.given, document_id = excluded.document_id, error = NULL, run_id = excluded.run_id, seen_at = excluded.seen_at`,
  ).run(key, given, documentId, runId, at);
  db.prepare(
    `INSERT INTO source_versions (source, document_id, first_seen_at, last_seen_at, first_run_id, last_run_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(source, document_id) DO UPDATE SET last_seen_at = excluded.last_seen_at, last_run_id = excluded.last_run_id`,
  ).run(key, documentId, at, at, runId, runId);
}

/** Records a source whose bytes could not be read at all (gone, a permission error): there is no document to store, and it has no current version. */
export function recordFileError(db: Db, given: string, error: string, runId: number | null): void {
  db.prepare(
    `INSERT INTO files (path, given, document_id, error, run_id, seen_at) VALUES (?, ?, NULL, ?, ?, ?)
     ON CONFLICT(path) DO UPDATE SET given = excluded.given, document_id = NULL, error = excluded.error, run_id = excluded.run_id, seen_at = excluded.seen_at`,
  ).run(sourceKey(given), given, error, runId, now());
}

const CHILDREN = ['findings', 'rule_outcomes', 'narrative_facts', 'line_items', 'tables'] as const;

/**
 * Writes one document and everything derived from it in one transaction: either all of it is in the
 * store or none of it. The same bytes stored before (an older engine version, a retry) are replaced:
 * the document keeps its id and its files, its derived rows are rewritten.
 */
export function writeDocument(db: Db, d: DocumentRows, ctx: { engineVersion: string; runId: number | null; paths: readonly string[] }): number {
  return db
    .transaction((): number => {
      const { id } = db
        .prepare(
          `INSERT INTO documents (sha256, source, bytes, format, encoding, pages, kind, department, year, level, reading, reading_reasons, status, reason,
             diagnostics, codes, review, engine_version, retry, run_id, processed_at, duration_ms)
           VALUES (@sha256, @source, @bytes, @format, @encoding, @pages, @kind, @department, @year, @level, @reading, @readingReasons, @status, @reason,
             @diagnostics, @codes, @review, @engineVersion, @retry, @runId, @processedAt, @durationMs)
           ON CONFLICT(sha256) DO UPDATE SET bytes = excluded.bytes, format = excluded.format, encoding = excluded.encoding,
             pages = excluded.pages, kind = excluded.kind, department = excluded.department, year = excluded.year,
             level = excluded.level, reading = excluded.reading, reading_reasons = excluded.reading_reasons, status = excluded.status, reason = excluded.reason, diagnostics = excluded.diagnostics,
             codes = excluded.codes, review = excluded.review, engine_version = excluded.engine_version, retry = excluded.retry,
             run_id = excluded.run_id, processed_at = excluded.processed_at, duration_ms = excluded.duration_ms
           RETURNING id`,
        )
        .get({
          sha256: d.sha256,
          source: d.source,
          bytes: d.bytes,
          format: d.format,
          encoding: d.encoding,
          pages: d.pages,
          kind: d.kind,
          department: d.department,
          year: d.year,
          level: d.level,
          reading: d.reading,
          readingReasons: d.readingReasons,
          status: d.status,
          reason: d.reason,
          diagnostics: d.diagnostics,
          codes: d.codes,
          review: d.review,
          engineVersion: ctx.engineVersion,
          retry: d.retry ? 1 : 0,
          runId: ctx.runId,
          processedAt: now(),
          durationMs: d.durationMs === null ? null : Math.round(d.durationMs),
        }) as { id: number };
      for (const t of CHILDREN) db.prepare(`DELETE FROM ${t} WHERE document_id = ?`).run(id);

      const insTable = db.prepare(
        `INSERT INTO tables (document_id, table_key, idx, kind, score, title, unit_note, pages, parent, n_rows, n_cols, header_rows, method, report, notes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      );
      const insCell = db.prepare('INSERT INTO cells (table_id, row, col, row_span, col_span, header, raw, provenance) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      const tableIds = new Map<string, number>();
      for (const t of d.tables) {
        const r = insTable.get(
          id,
          t.key,
          t.idx,
          t.kind,
          t.score,
          t.title,
          t.unitNote,
          t.pages,
          t.parent,
          t.nRows,
          t.nCols,
          t.headerRows,
          t.method,
          t.report,
          t.notes,
        ) as { id: number };
        tableIds.set(t.key, r.id);
        for (const c of t.cells) insCell.run(r.id, ...c);
      }

      const insItem = db.prepare(
        `INSERT INTO line_items (document_id, table_id, table_kind, row, col, code, level, name, measure, measure_path, state, printed, value, unit, unit_source, wan, decimals, provenance)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const li of d.lineItems) {
        const tableId = tableIds.get(li.table);
        if (tableId === undefined) throw new Error(`line item of table ${li.table}, which the document does not have`);
        insItem.run(
          id,
          tableId,
          li.tableKind,
          li.row,
          li.col,
          li.code,
          li.level,
          li.name,
          li.measure,
          li.measurePath,
          li.state,
          li.printed,
          li.value,
          li.unit,
          li.unitSource,
          li.wan,
          li.decimals,
          li.provenance,
        );
      }

      const insFact = db.prepare('INSERT INTO narrative_facts (document_id, seq, kind, payload) VALUES (?, ?, ?, ?)');
      d.narrative.forEach((n, i) => insFact.run(id, i, n.kind, n.payload));

      const insOutcome = db.prepare('INSERT INTO rule_outcomes (document_id, rule, family, outcome, checked, findings, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const o of d.outcomes) insOutcome.run(id, o.rule, o.family, o.outcome, o.checked, o.findings, o.reason ?? null);

      const insFinding = db.prepare(
        `INSERT INTO findings (document_id, seq, rule, severity, message_zh, message_en, diagnostic, left_label, left_value, left_low, left_high,
           right_label, right_value, right_low, right_high, difference, tolerance, data, left_operands, right_operands)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      );
      const insEvidence = db.prepare(
        `INSERT INTO evidence (finding_id, seq, kind, table_key, table_kind, row, col, block, start, "end", text, page, provenance)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      d.findings.forEach((f, i) => {
        const { l, r } = { l: f.left, r: f.right };
        const row = insFinding.get(
          id,
          i,
          f.rule,
          f.severity,
          f.messageZh,
          f.messageEn,
          f.diagnostic,
          l.label,
          l.value,
          l.low,
          l.high,
          r.label,
          r.value,
          r.low,
          r.high,
          f.difference,
          f.tolerance,
          f.data,
          l.operands,
          r.operands,
        ) as { id: number };
        f.evidence.forEach((e, j) =>
          insEvidence.run(row.id, j, e.kind, e.table, e.tableKind, e.row, e.col, e.block, e.start, e.end, e.text, e.page, e.provenance),
        );
      });

      writeDatasetRows(db, id, d);
      for (const p of ctx.paths) recordFile(db, p, id, ctx.runId);
      return id;
    })
    .immediate();
}

/** One document for writeDocuments: its rows and what writeDocument takes with them. */
export interface DocumentWrite {
  rows: DocumentRows;
  ctx: { engineVersion: string; runId: number | null; paths: readonly string[] };
}

/**
 * Writes several documents in one transaction, each in a savepoint of its own (writeDocument nested):
 * a document whose rows fail to write is rolled back alone and its error returned in its place; the
 * others are committed together. A process killed before the commit has written none of them.
 */
export function writeDocuments(db: Db, docs: readonly DocumentWrite[]): (number | Error)[] {
  return db
    .transaction((): (number | Error)[] =>
      docs.map((d) => {
        try {
          return writeDocument(db, d.rows, d.ctx);
        } catch (e) {
          return e instanceof Error ? e : new Error(String(e));
        }
      }),
    )
    .immediate();
}

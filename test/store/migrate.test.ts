import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, migrations, openStore } from '../../src/store/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('store migrations', () => {
  it('are numbered 1, 2, … and apply on an empty database, setting user_version', () => {
    const all = migrations();
    expect(all.map((m) => m.version)).toEqual(all.map((_, i) => i + 1));
    const db = new Database(path.join(dir, 'empty.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(migrate(db)).toEqual(all.map((m) => m.name));
    expect(db.pragma('user_version', { simple: true })).toBe(all.length);
    const names = (db.prepare("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").all() as { name: string; type: string }[]).map((r) => `${r.type} ${r.name}`);
    for (const t of ['documents', 'runs', 'files', 'tables', 'cells', 'line_items', 'narrative_facts', 'rule_outcomes', 'findings', 'evidence', 'crawl_runs', 'crawl_urls', 'discoveries', 'crawl_fetches']) expect(names).toContain(`table ${t}`);
    expect(names).toContain('view v_line_items');
    expect(names).toContain('view v_findings');
    expect(names).toContain('view v_documents');
    expect(names).toContain('view v_discoveries');
    db.close();
  });

  it('are idempotent: a second migrate applies nothing and keeps the data', () => {
    const file = path.join(dir, 'twice.db');
    const db = openStore(file);
    db.prepare("INSERT INTO runs (engine_version, started_at) VALUES ('x', 'now')").run();
    expect(migrate(db)).toEqual([]);
    db.close();
    const again = openStore(file);
    expect(again.pragma('user_version', { simple: true })).toBe(migrations().length);
    expect(again.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 1 });
    again.close();
  });

  it('opens in WAL mode with foreign keys on', () => {
    const db = openStore(path.join(dir, 'wal.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare("INSERT INTO tables (document_id, table_key, idx, n_rows, n_cols, header_rows) VALUES (999, 't0', 0, 1, 1, 0)").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuses a database from a newer gongkai', () => {
    const file = path.join(dir, 'newer.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations().length + 1}`);
    raw.close();
    expect(() => openStore(file)).toThrow(/newer gongkai/);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, migrations, openStore } from '../../src/store/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('store migrations', () => {
  it('have distinct rising numbers and apply on an empty database, setting user_version to the highest', () => {
    const all = migrations();
    const versions = all.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    const db = new Database(path.join(dir, 'empty.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(migrate(db)).toEqual(all.map((m) => m.name));
    expect(db.pragma('user_version', { simple: true })).toBe(all.at(-1)!.version);
    expect((db.prepare('SELECT version FROM migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version)).toEqual(versions);
    const names = (
      db.prepare("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").all() as { name: string; type: string }[]
    ).map((r) => `${r.type} ${r.name}`);
    for (const t of [
      'documents',
      'runs',
      'files',
      'tables',
      'cells',
      'line_items',
      'narrative_facts',
      'rule_outcomes',
      'findings',
      'evidence',
      'crawl_runs',
      'crawl_urls',
      'discoveries',
      'crawl_fetches',
    ])
      expect(names).toContain(`table ${t}`);
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
    expect(again.pragma('user_version', { simple: true })).toBe(migrations().at(-1)!.version);
    expect(again.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 1 });
    again.close();
  });

  it('apply a migration numbered below the version when the store has not had it (one that landed later)', () => {
    const all = migrations();
    const [first, second, ...later] = all;
    const db = new Database(path.join(dir, 'gap.db'));
    // A store that had 001 and 002 and then a migration numbered above every one of ours.
    db.exec(first!.sql);
    db.exec(second!.sql);
    db.exec(`CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    db.prepare('INSERT INTO migrations VALUES (?, ?, ?), (?, ?, ?)').run(first!.version, first!.name, 'then', second!.version, second!.name, 'then');
    db.pragma(`user_version = ${all.at(-1)!.version}`);
    expect(migrate(db)).toEqual(later.map((m) => m.name));
    expect(db.pragma('user_version', { simple: true })).toBe(all.at(-1)!.version);
    db.close();
  });

  it('opens in WAL mode with foreign keys on', () => {
    const db = openStore(path.join(dir, 'wal.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare("INSERT INTO tables (document_id, table_key, idx, n_rows, n_cols, header_rows) VALUES (999, 't0', 0, 1, 1, 0)").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });

  it('refuses a database from a newer gongkai', () => {
    const file = path.join(dir, 'newer.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations().at(-1)!.version + 1}`);
    raw.close();
    expect(() => openStore(file)).toThrow(/newer gongkai/);
  });
});

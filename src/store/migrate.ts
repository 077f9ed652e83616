import { readdirSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';

const DIR = new URL('./migrations/', import.meta.url);
const NAME = /^(\d{3})-[a-z0-9-]+\.sql$/;

export interface Migration {
  /** 1, 2, …: its number; the database's user_version is the highest number applied. */
  version: number;
  name: string;
  sql: string;
}

/**
 * The migrations in src/store/migrations/, in order. Numbers are distinct and rising; a gap is
 * allowed (a number can be taken by a change that lands later), and `migrate` applies a migration
 * numbered below the database's version when it was not applied yet.
 */
export function migrations(): Migration[] {
  const out = readdirSync(DIR)
    .filter((f) => NAME.test(f))
    .sort()
    .map((name) => ({ version: Number(NAME.exec(name)![1]), name, sql: readFileSync(new URL(name, DIR), 'utf8') }));
  out.forEach((m, i) => {
    if (m.version < 1 || (i > 0 && m.version === out[i - 1]!.version)) throw new Error(`store migrations must have distinct numbers from 001: ${m.name}`);
  });
  return out;
}

/** The migrations a database has had: the `migrations` table, or, in a store made before it, every known one up to its user_version. */
function appliedVersions(db: Database.Database, all: readonly Migration[]): Set<number> {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`).get();
  if (exists) return new Set((db.prepare('SELECT version FROM migrations').all() as { version: number }[]).map((r) => r.version));
  const current = db.pragma('user_version', { simple: true }) as number;
  return new Set(all.filter((m) => m.version <= current).map((m) => m.version));
}

/**
 * Brings the database up to the newest schema: applies each migration it has not had, in order, each
 * in its own transaction with its record in `migrations` and the user_version bump, so a killed
 * process leaves the schema at one migration or the next. Returns the migrations it applied.
 */
export function migrate(db: Database.Database): string[] {
  const all = migrations();
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = all.at(-1)?.version ?? 0;
  if (current > newest) throw new Error(`the database has schema version ${current}; this gongkai knows ${newest}: use a newer gongkai`);
  const done = appliedVersions(db, all);
  const applied: string[] = [];
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const record = db.prepare('INSERT OR IGNORE INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of all) if (done.has(m.version)) record.run(m.version, m.name, 'before the migrations table');
  }).immediate();
  for (const m of all) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      db.pragma(`user_version = ${Math.max(m.version, db.pragma('user_version', { simple: true }) as number)}`);
    }).immediate();
    applied.push(m.name);
  }
  return applied;
}

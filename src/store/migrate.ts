import { readdirSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';

const DIR = new URL('./migrations/', import.meta.url);
const NAME = /^(\d{3})-[a-z0-9-]+\.sql$/;

export interface Migration {
  /** 1, 2, …: the user_version the database has once it is applied. */
  version: number;
  name: string;
  sql: string;
}

/** The migrations in src/store/migrations/, in order; their numbers must run 1, 2, 3 … without gaps. */
export function migrations(): Migration[] {
  const out = readdirSync(DIR)
    .filter((f) => NAME.test(f))
    .sort()
    .map((name) => ({ version: Number(NAME.exec(name)![1]), name, sql: readFileSync(new URL(name, DIR), 'utf8') }));
  out.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`store migrations must be numbered 001, 002, … without gaps: ${m.name} is number ${i + 1}`);
  });
  return out;
}

/**
 * Brings the database up to the newest schema: applies each migration numbered above its
 * `PRAGMA user_version`, each in its own transaction with the version bump, so a killed process
 * leaves the schema at one version or the next. Returns the migrations it applied.
 */
export function migrate(db: Database.Database): string[] {
  const applied: string[] = [];
  const all = migrations();
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > all.length) throw new Error(`the database has schema version ${current}; this gongkai knows ${all.length}: use a newer gongkai`);
  for (const m of all) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    applied.push(m.name);
  }
  return applied;
}

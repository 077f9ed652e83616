import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

export type Db = Database.Database;

/** Where `gongkai ingest` and `start` keep their results unless told otherwise (git-ignored). */
export const DEFAULT_DB = 'data/gongkai.db';

/**
 * Opens (creating when needed) a store: WAL so readers never block the one writer, foreign keys on
 * (they are off by default in SQLite), a busy timeout for a second process, and the schema migrated.
 */
export function openStore(file: string, options: { readonly?: boolean } = {}): Db {
  if (file !== ':memory:' && !options.readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // WAL with synchronous=NORMAL is durable against a killed process (not against power loss), which is what a batch needs.
    db.pragma('synchronous = NORMAL');
    migrate(db);
  }
  return db;
}

/**
 * Runs `read` in one read transaction (or in the one open already), so that what it reads is one
 * snapshot of the store, whatever a batch writes meanwhile.
 */
export const readTransaction = <T>(db: Db, read: () => T): T => db.transaction(read).deferred();

/**
 * Opens a read transaction unless one is open, for reads that await between queries; the function it
 * returns ends it. Call that when the reads are done, also when they fail.
 */
export function beginRead(db: Db): () => void {
  if (db.inTransaction) return () => {};
  db.exec('BEGIN');
  return () => db.exec('COMMIT');
}

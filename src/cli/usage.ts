import { statSync } from 'node:fs';

/**
 * A mistake in how gongkai was called: printed as one line naming the command, exit code 2. Thrown
 * by argument checks before any document is read.
 */
export class UsageError extends Error {}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/** The candidates closest to a mistyped word (within 40% of its length), best first. */
export function suggest(word: string, candidates: readonly string[]): string[] {
  const max = Math.max(1, Math.floor(word.length * 0.4));
  const scored = candidates.map((c) => ({ c, d: editDistance(word, c) })).filter((x) => x.d <= max);
  const best = Math.min(...scored.map((x) => x.d));
  const close = scored.filter((x) => x.d === best).map((x) => x.c);
  // An id typed short (`xt-02-03` for `xt-02-03-func`) is a mistake too: what it starts comes first.
  return [...new Set([...candidates.filter((c) => c.startsWith(word)), ...close])].slice(0, 3);
}

export const didYouMean = (word: string, candidates: readonly string[]): string => {
  const s = suggest(word, candidates);
  return s.length ? ` (did you mean ${s.slice(0, 3).join(' or ')}?)` : '';
};

/** A FILE argument: it must exist and be a file (a folder goes to `ingest` or `parse`). */
export function existingFile(file: string, command: string): string {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' || code === 'ENOTDIR' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`);
  }
  if (st.isDirectory()) throw new UsageError(`${file} is a folder; ${command} reads one file (gongkai parse and gongkai ingest read folders)`);
  if (!st.isFile()) throw new UsageError(`${file} is not a regular file`);
  return file;
}

/** A store a command reads: it must be there (a command that reads one never makes an empty one). */
export function existingStore(db: string): string {
  try {
    if (statSync(db).isFile()) return db;
  } catch {
    throw new UsageError(`no store at ${db} (gongkai ingest makes one; --db names another)`);
  }
  throw new UsageError(`${db} is not a store file`);
}

/** Where `ingest`, `findings`, `export` and `report` keep and read results unless `--db` says: the user's store, not the fixtures' (`npm start` has its own). */
export const defaultStore = (): string => process.env.GONGKAI_DB || 'data/gongkai.db';

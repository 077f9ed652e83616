import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { expandGlob, hasGlob } from './glob.js';

/** Files and names that are never documents (notes beside fixtures, goldens, build sources). */
const IGNORED = /(?:^|\/)(?:\.[^/]*|SOURCES\.md|README\.md|node_modules|build|golden)(?:\/|$)/;

export const isIgnoredName = (name: string): boolean => IGNORED.test(name);

/** A source path that gave no files. */
export interface CollectProblem {
  readonly code: 'no-such-path' | 'glob-no-match';
  readonly path: string;
  readonly message: string;
}

/**
 * Expands files, folders (recursively, sorted) and globs (`fixtures/**\/*.pdf`) into the list of
 * files to read. A path that exists is taken literally even when its name has `*` or `?`.
 */
export async function collectFiles(paths: readonly string[]): Promise<{ files: string[]; diagnostics: string[] }> {
  const { files, problems } = await collectPaths(paths);
  return { files, diagnostics: problems.map((p) => p.message) };
}

/** `collectFiles` with its problems as data. */
export async function collectPaths(paths: readonly string[]): Promise<{ files: string[]; problems: CollectProblem[] }> {
  const files: string[] = [];
  const problems: CollectProblem[] = [];
  const visit = async (p: string, top: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch {
      if (top && hasGlob(p)) {
        const matched = await expandGlob(p, isIgnoredName);
        if (matched.length) files.push(...matched);
        else problems.push({ code: 'glob-no-match', path: p, message: `no files match glob: ${p}` });
        return;
      }
      problems.push({ code: 'no-such-path', path: p, message: `no such file or folder: ${p}` });
      return;
    }
    if (st.isDirectory()) {
      if (!top && IGNORED.test(path.basename(p))) return;
      const entries = (await readdir(p)).sort();
      for (const e of entries) await visit(path.join(p, e), false);
    } else if (st.isFile()) {
      if (!top && IGNORED.test(path.basename(p))) return;
      files.push(p);
    }
  };
  for (const p of paths) await visit(p, true);
  return { files, problems };
}

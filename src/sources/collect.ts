import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Files and names that are never documents (notes beside fixtures, goldens, build sources). */
const IGNORED = /(?:^|\/)(?:\.[^/]*|SOURCES\.md|README\.md|node_modules|build|golden)(?:\/|$)/;

/** Expands files and folders (recursively, sorted) into the list of files to read. */
export async function collectFiles(paths: readonly string[]): Promise<{ files: string[]; diagnostics: string[] }> {
  const files: string[] = [];
  const diagnostics: string[] = [];
  const visit = async (p: string, top: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch {
      diagnostics.push(`no such file or folder: ${p}`);
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
  return { files, diagnostics };
}

import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** True when a path has glob syntax (`*`, `?`); Node 20 has no fs.glob, so src/sources matches them itself. */
export const hasGlob = (p: string): boolean => /[*?]/.test(p);

const escape = (s: string): string => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/**
 * A glob as a regular expression over `/`-separated paths: `**` any number of folders (a whole
 * segment only), `*` any characters within a segment, `?` one character within a segment.
 * Everything else is literal.
 */
export function globToRegExp(pattern: string): RegExp {
  const segs = toPosix(pattern).split('/');
  let re = '';
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg === '**') {
      re += last ? '.*' : '(?:[^/]*/)*';
      return;
    }
    re += seg
      .split(/(\*+|\?)/)
      .map((part) => (part.startsWith('*') ? '[^/]*' : part === '?' ? '[^/]' : escape(part)))
      .join('');
    if (!last) re += '/';
  });
  return new RegExp(`^${re}$`);
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** The folder a glob's walk starts from: its segments before the first one with glob syntax. */
export function globBase(pattern: string): string {
  const segs = toPosix(pattern).split('/');
  const i = segs.findIndex(hasGlob);
  const base = segs.slice(0, i < 0 ? segs.length : i).join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

/**
 * Files matching a glob, sorted. Folders the walk descends into that are `ignored` (dotfiles,
 * goldens, build sources — the same rule as a folder source) are skipped unless the pattern names
 * them literally.
 */
export async function expandGlob(pattern: string, ignored: (name: string) => boolean): Promise<string[]> {
  const posix = toPosix(pattern).replace(/^(?:\.\/)+/, '');
  const base = globBase(posix);
  const re = globToRegExp(posix);
  const literalSegments = new Set(posix.split('/').filter((s) => !hasGlob(s)));
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (ignored(e.name) && !literalSegments.has(e.name)) continue;
      const p = dir === '.' ? e.name : `${dir === '/' ? '' : dir}/${e.name}`;
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && re.test(p)) out.push(p);
    }
  };
  await walk(base);
  return out;
}

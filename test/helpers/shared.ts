import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures.js';

/** The shared materials beside the repository (real documents, the rule catalogue), when this checkout has them. */
export const SHARED = path.join(ROOT, '..', 'shared');

/**
 * A path under ../shared, or null when it is absent — then says so, naming what the caller's tests
 * cover instead (a clean clone has no ../shared: those tests assert on the fixtures alone, never
 * pass on nothing).
 */
export function sharedPath(rel: string, instead: string): string | null {
  const p = path.join(SHARED, rel);
  if (existsSync(p)) return p;
  console.warn(`../shared/${rel} is absent: ${instead}`);
  return null;
}

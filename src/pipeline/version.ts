import { readFileSync } from 'node:fs';

/**
 * Bump when a change to parse, extract or the rules changes what is stored for the same bytes: every
 * document stored under an older engine version is then read and checked again.
 */
export const ENGINE_REVISION = 2;

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** `0.1.0+r1`: the package version and the engine revision. A store row records the version that wrote it. */
export const ENGINE_VERSION = `${pkg.version}+r${ENGINE_REVISION}`;

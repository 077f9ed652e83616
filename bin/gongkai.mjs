#!/usr/bin/env node
// The `gongkai` command (package.json `bin`, `npm start`). It runs the CLI compiled into dist/ by
// `npm run build` (scripts/build.mjs, which `npm ci` runs through `prepare`): plain JavaScript, no
// transpiler at run time. When dist/ is missing, or a file of src/ is newer than it (sources edited
// or checked out since the build), it runs the TypeScript sources through tsx instead
// (src/cli/gongkai.mjs, as the tests do), and says so, so that what runs is never an old build.
//
// `gongkai --help` and `gongkai` alone print what the compiled CLI printed for them when it was
// built (dist/help.json), without loading the pipeline: loading it is most of a command's start-up.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** The newest modification time (ms) of the files under dir. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function built() {
  let at;
  try {
    at = statSync(path.join(dist, 'help.json')).mtimeMs;
  } catch {
    return 'there is no compiled build in dist/';
  }
  return newest(path.join(root, 'src')) > at ? 'src/ has changed since dist/ was built' : null;
}

const why = built();
if (why) {
  process.stderr.write(`gongkai: ${why} (npm run build compiles it); running the sources through tsx\n`);
  await import('../src/cli/gongkai.mjs');
} else {
  const args = process.argv.slice(2);
  const help = JSON.parse(readFileSync(path.join(dist, 'help.json'), 'utf8'));
  const known = Object.values(help).find((h) => h.args.length === args.length && h.args.every((a, i) => a === args[i]));
  if (known) {
    process.stdout.write(known.stdout);
    process.stderr.write(known.stderr);
    process.exitCode = known.status;
  } else {
    await import('../dist/gongkai.mjs');
  }
}

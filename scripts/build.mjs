// Compiles src/ into dist/ ahead of time: `npm run build`, and `prepare`, which `npm ci` runs. The
// `gongkai` command (bin/gongkai.mjs), `npm start` and the batch workers run what it writes, plain
// JavaScript with no transpiler at run time; the tests run the TypeScript sources through tsx.
//
// esbuild bundles the CLI, the worker and the pipeline's API (src/pipeline/api.ts, for programs such
// as the bench) into ES modules that share one chunk, with the npm packages in it except those that
// must stay files of their own (pdfjs-dist, loaded by src/parse/pdf/pdfjs.mjs; better-sqlite3's native
// module; @napi-rs/canvas). Measured on this repository (Node 20, 2 cores): bundled, `gongkai --help`
// evaluates in ~0.25 s of CPU; transpiled file by file (esbuild or tsc, ~250 modules plus the packages'
// own ~400 files) it took ~0.85 s, most of it resolving and loading modules; `tsc` also type-checks,
// which `npm test` does anyway.
//
// Usage: node scripts/build.mjs [--out DIR]   (DIR inside the repository, so that packages resolve)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const OUT = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(ROOT, 'dist'));
// Written beside the target and renamed into place: a gongkai already running keeps its files.
const TMP = `${OUT}.${process.pid}.tmp`;

const relFromOut = (to) => {
  const r = path.relative(OUT, to).split(path.sep).join('/');
  return r.startsWith('.') ? r : `./${r}`;
};

// Files the sources find next to themselves (`new URL('../../data/x.json', import.meta.url)`: reference
// data, migrations, package.json) are found from the bundle's folder instead; the worker a pool
// starts is the compiled one.
const ENTRY_OF = { [path.join(ROOT, 'src/pipeline/worker.mjs')]: path.join(OUT, 'worker.mjs') };
const URL_REF = /new URL\((['"])([^'"]+)\1, import\.meta\.url\)/g;
const relocate = {
  name: 'relocate',
  setup(b) {
    // pdfjs is loaded from its own file (src/parse/pdf/pdfjs.mjs: the built-ins it replaces are put back, its worker is a copy).
    b.onResolve({ filter: /\/pdfjs\.mjs$/ }, (a) => ({ path: relFromOut(path.resolve(a.resolveDir, a.path)), external: true }));
    b.onLoad({ filter: /\.ts$/ }, (a) => {
      const contents = readFileSync(a.path, 'utf8').replace(URL_REF, (_, q, p) => {
        const slash = p.endsWith('/') ? '/' : '';
        const abs = path.resolve(path.dirname(a.path), p);
        return `new URL(${q}${relFromOut(ENTRY_OF[abs] ?? abs)}${slash}${q}, import.meta.url)`;
      });
      return { contents, loader: 'ts' };
    });
  },
};

// cheerio's main module imports what its URL and stream loaders use (undici among them) for its
// `load` too; gongkai calls only `load`. Marked free of side effects, they are left out unless used.
const CHEERIO_LOADERS = /^(?:undici|encoding-sniffer|parse5-parser-stream|whatwg-mimetype)$/;
const cheerioLoaders = {
  name: 'cheerio-loaders',
  setup(b) {
    b.onResolve({ filter: CHEERIO_LOADERS }, async (a) => {
      if (!/[\\/]cheerio[\\/]/.test(a.importer) || a.pluginData?.again) return undefined;
      const r = await b.resolve(a.path, { importer: a.importer, resolveDir: a.resolveDir, kind: a.kind, pluginData: { again: true } });
      return { ...r, sideEffects: false };
    });
  },
};

const t = performance.now();
rmSync(TMP, { recursive: true, force: true });
await build({
  entryPoints: { gongkai: 'src/cli/main.ts', worker: 'src/pipeline/worker-main.ts', api: 'src/pipeline/api.ts' },
  absWorkingDir: ROOT,
  outdir: TMP,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  external: ['pdfjs-dist', 'better-sqlite3', '@napi-rs/canvas'],
  // Bundled CommonJS packages require Node's built-ins.
  banner: { js: "import { createRequire as __gongkaiCreateRequire } from 'node:module'; const require = __gongkaiCreateRequire(import.meta.url);" },
  plugins: [relocate, cheerioLoaders],
  logLevel: 'warning',
});

// What `gongkai --help` and `gongkai` alone print, as the compiled CLI prints them: bin/gongkai.mjs
// prints this without loading the pipeline.
const help = {};
for (const [key, args] of [
  ['help', ['--help']],
  ['none', []],
]) {
  const r = spawnSync(process.execPath, [path.join(TMP, 'gongkai.mjs'), ...args], { encoding: 'utf8', cwd: ROOT });
  if (r.error || r.status === null) throw new Error(`the compiled CLI did not run: ${r.error?.message ?? r.signal}`);
  help[key] = { args, stdout: r.stdout, stderr: r.stderr, status: r.status };
}
writeFileSync(path.join(TMP, 'help.json'), JSON.stringify(help));

const old = `${OUT}.${process.pid}.old`;
if (existsSync(OUT)) renameSync(OUT, old);
renameSync(TMP, OUT);
rmSync(old, { recursive: true, force: true });
console.log(`gongkai compiled into ${path.relative(ROOT, OUT) || '.'} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

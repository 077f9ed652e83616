import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The borders between stages, read from the README's architecture section (the one place they are
 * written down), checked against every import of src/: a stage imports only from the layers below
 * it, and a rule file imports no other rule file.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

/** `model < sources < … < cli` from the README's code line: one entry per layer, `=` joins a layer. */
function layersFromReadme(readme: string): string[][] {
  const line = readme.split('\n').find((l) => /^model < .* < cli$/.test(l.trim()));
  if (!line) throw new Error('README.md: no line "model < … < cli" in the architecture section');
  return line
    .trim()
    .split('<')
    .map((layer) => layer.split('=').map((s) => s.trim()));
}

/** Imports that still run the wrong way, each with why and where it is going; `from -> to`, paths under src/. None is left: an entry is added only with a reason. */
const KNOWN: Record<string, string> = {};

/** Files under src/rules that run rules rather than being one. */
const RULE_RUNNERS = new Set(['engine.ts', 'index.ts', 'cross-engine.ts']);

interface Import {
  /** Importing file, relative to src/, `/`-separated. */
  readonly from: string;
  /** Imported file, relative to src/, with the `.js` a TypeScript source is imported by read as `.ts`. */
  readonly to: string;
}

/** Every relative import of one source: static, type-only, `export … from` and `import()`, by TypeScript's own scanner. */
function importsOf(file: string, text: string): Import[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => ({ from: file, to: path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts') }));
}

const stageOf = (file: string): string => file.split('/')[0]!.replace(/\.[^.]+$/, '');
const isRuleFile = (file: string): boolean => /^rules\/[^/]+\.ts$/.test(file) && !RULE_RUNNERS.has(path.posix.basename(file));

/** The imports against the layers and the rule-file rule, as `from -> to: why`. */
function violations(imports: readonly Import[], layers: readonly string[][]): string[] {
  const rank = new Map(layers.flatMap((layer, i) => layer.map((stage) => [stage, i] as const)));
  const out: string[] = [];
  for (const { from, to } of imports) {
    const a = stageOf(from);
    const b = stageOf(to);
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra === undefined) out.push(`${from}: src/${a} is no stage of the README's line`);
    else if (rb === undefined) out.push(`${from} -> ${to}: src/${b} is no stage of the README's line`);
    else if (rb > ra) out.push(`${from} -> ${to}: ${a} imports from ${b}, a stage above it`);
    if (isRuleFile(to) && !from.startsWith('rules/_registry/'))
      out.push(
        `${from} -> ${to}: a rule file is imported by ${isRuleFile(from) ? 'another rule file' : 'something other than the registry'}; shared code belongs in rules/_lib/`,
      );
  }
  return [...new Set(out)];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(?:ts|mts|mjs|js)$/.test(e.name) ? [p] : [];
  });
}

const layers = layersFromReadme(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
const imports = sourceFiles(SRC).flatMap((f) => importsOf(path.relative(SRC, f).split(path.sep).join('/'), readFileSync(f, 'utf8')));

describe('stage boundaries (README, "Architecture")', () => {
  it('reads the layers from the README and every import of src/', () => {
    expect(layers.flat()).toEqual([
      'model',
      'sources',
      'parse',
      'normalise',
      'classify',
      'extract',
      'rules',
      'score',
      'store',
      'pipeline',
      'report',
      'export',
      'cli',
    ]);
    // The scan sees the imports it must judge: without them the test below would pass on nothing.
    expect(imports.length).toBeGreaterThan(1000);
    expect(imports).toContainEqual({ from: 'rules/fa02-row-sum.ts', to: 'rules/_lib/fa.ts' });
    expect(imports).toContainEqual({ from: 'pipeline/api.ts', to: 'rules/engine.ts' });
  });

  it('no stage imports from a stage above it, and no rule file imports another (but the known ones)', () => {
    const found = violations(imports, layers);
    const known = new Set(Object.keys(KNOWN));
    expect(found.filter((v) => !known.has(v.split(':')[0]!))).toEqual([]);
    // A known import that is gone is taken off the list, so that the list only shrinks.
    expect([...known].filter((k) => !found.some((v) => v.startsWith(`${k}:`)))).toEqual([]);
  });

  it('catches what it is there to catch', () => {
    const bad = [
      ...importsOf('parse/pdf/x.ts', "import { rule } from '../../rules/fa02-row-sum.js';"),
      ...importsOf('extract/x.ts', "export type { Db } from '../store/db.js';"),
      ...importsOf('normalise/x.ts', "const m = await import('../classify/table-kinds.js');"),
      ...importsOf('rules/yoy-direction.ts', "import { checkYoy } from './yoy-pct.js';"),
      ...importsOf('rules/_lib/x.ts', "import { rule } from '../yoy-pct.js';"),
      ...importsOf('widgets/x.ts', "import type { Table } from '../model/index.js';"),
    ];
    const fine = [
      ...importsOf('rules/_registry/fa.ts', "import { rule } from '../fa02-row-sum.js';"),
      ...importsOf('rules/fa02-row-sum.ts', "import { rowSumRule } from './_lib/fa.js';"),
      ...importsOf('score/x.ts', "import type { Operand } from '../rules/_lib/types.js';"),
      ...importsOf('cli/x.ts', "import { z } from 'zod';"),
    ];
    expect(violations(bad, layers)).toEqual([
      'parse/pdf/x.ts -> rules/fa02-row-sum.ts: parse imports from rules, a stage above it',
      'parse/pdf/x.ts -> rules/fa02-row-sum.ts: a rule file is imported by something other than the registry; shared code belongs in rules/_lib/',
      'extract/x.ts -> store/db.ts: extract imports from store, a stage above it',
      'normalise/x.ts -> classify/table-kinds.ts: normalise imports from classify, a stage above it',
      'rules/yoy-direction.ts -> rules/yoy-pct.ts: a rule file is imported by another rule file; shared code belongs in rules/_lib/',
      'rules/_lib/x.ts -> rules/yoy-pct.ts: a rule file is imported by something other than the registry; shared code belongs in rules/_lib/',
      "widgets/x.ts: src/widgets is no stage of the README's line",
    ]);
    expect(violations(fine, layers)).toEqual([]);
  });
});

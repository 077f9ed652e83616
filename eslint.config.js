import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The rules the code already keeps, so that it stays kept: typescript-eslint's recommended set (no
 * `any`, no unused names, no `@ts-ignore`), type imports marked as such, `===`, and the borders
 * between stages. Not type-aware: none of these rules needs the type checker, and `tsc` runs
 * first in `npm test` anyway.
 */

/** The stages, lowest first, from the README's architecture section (the one place they are written down). */
function layers() {
  const line = readFileSync(new URL('./README.md', import.meta.url), 'utf8')
    .split('\n')
    .find((l) => /^model < .* < cli$/.test(l.trim()));
  if (!line) throw new Error('README.md: no line "model < … < cli" in the architecture section');
  return line
    .trim()
    .split('<')
    .map((layer) => layer.split('=').map((s) => s.trim()));
}

const STAGES = layers();
const above = (i) => STAGES.slice(i + 1).flat();
/** A relative import that climbs out of its stage into one of `stages` (`../store/db.js`, `../../pipeline/status.js`). */
const into = (stages) => ({
  regex: `^(?:\\.\\./)+(?:${stages.join('|')})/`,
  message: 'A stage imports only from the stages below it (README, "Architecture"; test/architecture/boundaries.test.ts).',
});
const ruleIntoRule = {
  regex: '^\\./(?!_lib/)[^/]+$',
  message: 'A rule file imports no other rule file: shared code belongs in rules/_lib/.',
};

const boundaries = STAGES.flatMap((layer, i) =>
  layer.map((stage) => ({
    files: [`src/${stage}/**`],
    rules: { 'no-restricted-imports': i === STAGES.length - 1 ? 'off' : ['error', { patterns: [into(above(i))] }] },
  })),
);
const rulesLayer = STAGES.findIndex((layer) => layer.includes('rules'));

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'data/', 'docs/', 'fixtures/*', '!fixtures/build/', 'test/golden/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // `{ runId: _r, ...rest }` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'smart'],
      // Documents print U+3000 and no-break spaces; strings, templates and patterns that match them hold them on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
      // XML 1.0 and PDF text cleaning strip control characters on purpose (export/xlsx.ts, parse/pdf/parse-pdf.ts).
      'no-control-regex': 'off',
      // Flags variables that a closure assigns before they are read (extract/narrative/statements.ts `earlier`).
      'no-useless-assignment': 'off',
    },
  },
  ...boundaries,
  {
    files: ['src/rules/*.ts'],
    ignores: ['src/rules/engine.ts', 'src/rules/index.ts', 'src/rules/cross-engine.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [into(above(rulesLayer)), ruleIntoRule] }] },
  },
);

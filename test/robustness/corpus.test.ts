/**
 * Nothing breaks, nothing is lost: every case of the generated malformed corpus goes through the
 * whole pipeline (parse → extract → check → store rows) and must come out as a document row with a
 * status and a reason, no internal error, no finding at error level; the corpus goes on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { trustOf } from '../../src/parse/ocr/trust.js';
import { processDocument } from '../../src/pipeline/process.js';
import { checkDocument } from '../../src/rules/engine.js';
import { fromBytes } from '../../src/sources/file.js';
import { documentRows } from '../../src/store/rows.js';
import { type Case, corpus } from './corpus.js';

const cases = corpus();
/** status × the code that explains it (the reason's code), counted over the corpus. */
const outcomes = new Map<string, number>();
/** Cases whose raw findings included an error that the parser's trust marks cap at warning. */
const capped: string[] = [];

async function run(c: Case) {
  const src = fromBytes(c.name, await c.bytes());
  const p = await processDocument(src, { parse: (s) => parseDocument(s, c.options), extract: extractRecords, check: (r) => checkDocument(r) });
  return { p, row: documentRows(p, null) };
}

describe('the malformed corpus', () => {
  it('has at least 200 cases with distinct ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: a row with status and reason, no crash, no error finding', async (_id, c) => {
    const { p, row } = await run(c);
    const reasonCode = row.reason === null ? '-' : /^[a-z0-9-]+(?=: )/.exec(row.reason)?.[0] ?? 'review';
    const key = `${row.status} · ${reasonCode}`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    // our code never failed on it
    expect(p.diagnostics.filter((d) => d.code === 'internal-error').map((d) => d.message)).toEqual([]);
    expect(['ok', 'needs-review', 'failed']).toContain(row.status);
    if (row.status !== 'ok') expect(row.reason?.length).toBeGreaterThan(0);
    // a file that was not read cleanly never yields an error-level finding: the engine caps every
    // finding drawn from such text at warning, from what the parser says about it (src/parse/ocr/trust.ts)
    const trust = trustOf(p.doc);
    const errors = p.check?.findings.filter((f) => f.severity === 'error') ?? [];
    if (!c.intact) expect(errors.map((f) => f.rule)).toEqual([]);
    const wasCapped = p.check?.findings.filter((f) => f.data.capped) ?? [];
    if (wasCapped.length) capped.push(`${c.id} (${[...new Set(wasCapped.map((f) => f.rule))].join(', ')}; capped by ${trust.documentCap?.code ?? 'page marks'})`);
    // every diagnostic is data with a code, and the document row holds them
    expect(JSON.parse(row.diagnostics)).toHaveLength(p.diagnostics.length);
    if (c.expect?.status) expect(row.status).toBe(c.expect.status);
    for (const code of c.expect?.codes ?? []) expect(p.diagnostics.map((d) => d.code)).toContain(code);
    // no script in a page ran (cheerio never executes markup)
    expect((globalThis as { __gongkaiPwned?: unknown }).__gongkaiPwned).toBeUndefined();
  });

  afterAll(() => {
    const rows = [...outcomes].sort((a, b) => a[0].localeCompare(b[0]));
    const total = rows.reduce((s, [, n]) => s + n, 0);
    console.log(`robustness corpus: ${cases.length} cases, ${total} run (status · code of the reason)\n${rows.map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`).join('\n')}\nerror findings capped at warning: ${capped.length ? capped.join('; ') : 'none'}`);
  });
});

/**
 * What a fault-injection run adds up to: recall per rule family and per fault kind, the extra
 * findings (new findings the fault does not explain), the missed faults, and the errors the
 * unmutated documents make that their truth files do not name. Pure: takes the documents' results.
 */
import path from 'node:path';
import { FAULT_KINDS, KIND_LABEL } from './fault.js';
import type { DocResult, FaultResult } from './run-doc.js';

export interface Recall {
  key: string;
  planted: number;
  found: number;
  /** Found only through warnings the gate demoted (data.uncertain). */
  demoted: number;
  /** Faults that gave at least one extra finding. */
  withExtra: number;
}

export interface Listed {
  document: string;
  fault: string;
  what: string;
  detail: string;
}

export interface Summary {
  documents: number;
  faults: number;
  byFamily: Recall[];
  byKind: Recall[];
  /** Every new finding no fault explains: elsewhere, of an unconcerned rule, or an error for a unit question. */
  extra: Listed[];
  missed: Listed[];
  /** Documents whose run failed (timed out, crashed) and why. */
  failed: { document: string; error: string }[];
  /** Unmutated documents' errors their truth files do not name. */
  falseErrors: Listed[];
  /** Places no rule would see, by kind and why, over every document: not planted, not counted for recall. */
  undetectable: { kind: string; why: string; places: number }[];
  /** Places each kind could be planted in, over every document. */
  candidates: Record<string, number>;
}

function recall(key: string, fs: FaultResult[]): Recall {
  return {
    key,
    planted: fs.length,
    found: fs.filter((f) => f.verdict === 'found').length,
    demoted: fs.filter((f) => f.verdict === 'found' && f.demoted).length,
    withExtra: fs.filter((f) => f.extra.length > 0).length,
  };
}

const groupBy = <T>(xs: T[], key: (x: T) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
};

export function summarise(results: { file: string; result: DocResult | null; error: string | null }[]): Summary {
  const done = results.filter((r): r is { file: string; result: DocResult; error: null } => r.result !== null);
  const all = done.flatMap((r) => r.result.faults.map((f) => ({ doc: path.basename(r.file), f })));
  const families = groupBy(all, (x) => x.f.family);
  const kinds = groupBy(all, (x) => x.f.kind);
  const name = (d: string, f: FaultResult): Pick<Listed, 'document' | 'fault' | 'what'> => ({ document: d, fault: f.id, what: f.what });
  return {
    documents: done.length,
    faults: all.length,
    byFamily: [...families.keys()].sort().map((k) =>
      recall(
        k,
        families.get(k)!.map((x) => x.f),
      ),
    ),
    byKind: FAULT_KINDS.filter((k) => kinds.has(k)).map((k) =>
      recall(
        KIND_LABEL[k],
        kinds.get(k)!.map((x) => x.f),
      ),
    ),
    extra: all.flatMap(({ doc, f }) =>
      f.extra.map((e) => ({
        ...name(doc, f),
        detail: `${e.why}: ${e.rule} ${e.severity}${e.diagnostic ? ` (${e.diagnostic})` : ''}: ${e.message} [${e.evidence.join(' ')}]`,
      })),
    ),
    missed: all
      .filter(({ f }) => f.verdict === 'missed')
      .map(({ doc, f }) => ({
        ...name(doc, f),
        detail: f.crashed
          ? `crashed: ${f.crashed}`
          : `expected ${f.must.slice(0, 4).join(' | ')}${f.must.length > 4 ? ' …' : ''}; new findings there: ${[...f.also, ...f.extra].map((x) => `${x.rule} ${x.severity}`).join(', ') || 'none'}`,
      })),
    failed: results.filter((r) => r.error !== null).map((r) => ({ document: path.basename(r.file), error: r.error! })),
    undetectable: FAULT_KINDS.flatMap((k) => {
      const by = new Map<string, number>();
      for (const r of done) for (const [why, n] of Object.entries(r.result.undetectable?.[k] ?? {})) by.set(why, (by.get(why) ?? 0) + n);
      return [...by].map(([why, places]) => ({ kind: KIND_LABEL[k], why, places }));
    }),
    candidates: Object.fromEntries(FAULT_KINDS.map((k) => [KIND_LABEL[k], done.reduce((a, r) => a + (r.result.candidates[k] ?? 0), 0)])),
    falseErrors: done.flatMap((r) => (r.result.falseErrors ?? []).map((e) => ({ document: path.basename(r.file), fault: '(unmutated)', what: '', detail: e }))),
  };
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

/** The summary as a person reads it: two recall tables, then each list. */
export function render(s: Summary): string {
  const table = (head: string, rows: Recall[]): string[] => {
    const lines = [`| ${head} | planted | found | recall | found only as demoted warnings | faults with extra findings |`, '|---|---|---|---|---|---|'];
    for (const r of rows) lines.push(`| ${r.key} | ${r.planted} | ${r.found} | ${pct(r.found, r.planted)} | ${r.demoted} | ${r.withExtra} |`);
    const t = rows.reduce(
      (a, r) => ({ planted: a.planted + r.planted, found: a.found + r.found, demoted: a.demoted + r.demoted, withExtra: a.withExtra + r.withExtra }),
      { planted: 0, found: 0, demoted: 0, withExtra: 0 },
    );
    lines.push(`| total | ${t.planted} | ${t.found} | ${pct(t.found, t.planted)} | ${t.demoted} | ${t.withExtra} |`);
    return lines;
  };
  const list = (title: string, xs: Listed[]): string[] =>
    xs.length
      ? ['', `${title} (${xs.length}):`, ...xs.map((x) => `  ${x.document} · ${x.fault}${x.what ? ` · ${x.what}` : ''}\n      ${x.detail}`)]
      : ['', `${title}: none`];
  return [
    `${s.faults} faults planted in ${s.documents} documents.`,
    '',
    'By the catalogue family of the rule whose job it is to report the fault (unit-suspect (gate): a 万元 printed as 元, which only unit-suspect warnings may report):',
    '',
    ...table('family', s.byFamily),
    '',
    ...table('fault kind', s.byKind),
    '',
    `places a fault of each kind could be planted in (a rule sees it): ${Object.entries(s.candidates)
      .map(([k, n]) => `${k} ${n}`)
      .join(' · ')}`,
    '',
    ...(s.undetectable.length
      ? [
          'places no rule of the catalogue would see (not planted, not counted for recall):',
          ...s.undetectable.map((u) => `  ${u.kind}: ${u.places} — ${u.why}`),
        ]
      : ['places no rule of the catalogue would see: none']),
    '',
    `extra findings: ${s.extra.length} · missed faults: ${s.missed.length} · false errors on the unmutated documents: ${s.falseErrors.length}`,
    `families under 95% recall: ${
      s.byFamily
        .filter((r) => r.found < 0.95 * r.planted)
        .map((r) => `${r.key} ${pct(r.found, r.planted)}`)
        .join(', ') || 'none'
    }`,
    ...list('extra findings', s.extra),
    ...list('missed faults', s.missed),
    ...list('errors on the unmutated documents that their truth files do not name', s.falseErrors),
    ...(s.failed.length ? ['', 'documents that could not be run:', ...s.failed.map((f) => `  ${f.document}: ${f.error}`)] : []),
  ].join('\n');
}

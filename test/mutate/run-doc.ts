/**
 * One document through fault injection: parsed once, read and checked unmutated, then each chosen
 * fault planted in a copy of the parsed model, read and checked again, and judged against the
 * unmutated run. The unmutated run is also scored against the document's truth file: every error
 * it makes that the truth does not name is listed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { extractRecords } from '../../src/extract/index.js';
import type { DocModel } from '../../src/model/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { checkDocument } from '../../src/rules/engine.js';
import { readSource } from '../../src/sources/file.js';
import { readingOf, statusOfReading } from '../../src/pipeline/status.js';
import { scoreDocument } from '../accuracy/score.js';
import { readTruth, type Truth } from '../accuracy/truth.js';
import { busyIn, type Operator, type PlantContext, seeded, spread } from './context.js';
import { FAULT_KINDS, type Fault, type FaultKind } from './fault.js';
import { judge, type Judged } from './judge.js';
import { directionFaults, narrativeFigureFaults, percentFaults, unitTextFaults } from './operators/narrative.js';
import { sangongFaults, scoreFaults, unitTableFaults } from './operators/forms.js';
import { cellFaults, rowDropFaults, totalFaults } from './operators/table.js';

export const OPERATORS: Record<FaultKind, Operator> = {
  cell: cellFaults,
  total: totalFaults,
  'row-drop': rowDropFaults,
  'narrative-figure': narrativeFigureFaults,
  direction: directionFaults,
  percent: percentFaults,
  'unit-table': unitTableFaults,
  'unit-text': unitTextFaults,
  sangong: sangongFaults,
  score: scoreFaults,
};

export interface MutateOptions {
  /** Faults planted per kind (chosen among every place the kind can be planted). */
  perKind: number;
  /** The seed of the choice: the same seed plants the same faults. */
  seed: string;
  /** Kinds to plant; all when absent. */
  kinds?: readonly FaultKind[];
  /** Plant every fault this accepts instead of a seeded choice (a fixed subset, as the test plants). */
  select?: (f: Fault) => boolean;
}

export interface FaultResult extends Judged {
  kind: FaultKind;
  id: string;
  what: string;
  family: string;
  must: string[];
  /** Our defect: the mutated document made extract or check throw. */
  crashed: string | null;
}

export interface DocResult {
  file: string;
  /** Places each kind could be planted in, before the choice. */
  candidates: Partial<Record<FaultKind, number>>;
  /** Places of each kind no rule would see, by why: counted, not planted. */
  undetectable: Partial<Record<FaultKind, Record<string, number>>>;
  faults: FaultResult[];
  /** Errors of the unmutated run that the truth file does not name; null without a truth file. */
  falseErrors: string[] | null;
  ms: { parse: number; faults: number };
}

/** The truth file of a fixture, when it has one (fixtures/truth/<name>.json). */
export function truthOf(file: string): Truth | null {
  const p = path.join('fixtures/truth', `${path.basename(file)}.json`);
  return existsSync(p) ? readTruth(p) : null;
}

function run(fault: Fault, doc: DocModel, base: PlantContext['base']): FaultResult {
  const head = { kind: fault.kind, id: fault.id, what: fault.what, family: fault.expect.family, must: fault.expect.must };
  try {
    const check = checkDocument(extractRecords(fault.apply(doc)));
    return { ...head, ...judge(fault, base.findings, check.findings), crashed: null };
  } catch (e) {
    return {
      ...head,
      verdict: 'missed',
      found: [],
      extra: [],
      also: [],
      demoted: false,
      crashed: e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e),
    };
  }
}

export async function mutateDocument(file: string, opts: MutateOptions): Promise<DocResult> {
  const t0 = Date.now();
  const doc = await parseDocument(await readSource(file));
  const result = mutateModel(file, doc, opts);
  return { ...result, ms: { ...result.ms, parse: Date.now() - t0 - result.ms.faults } };
}

/** Fault injection on a document already parsed (`file` names its truth file and seeds the choice). */
export function mutateModel(file: string, doc: DocModel, opts: MutateOptions): DocResult {
  const t1 = Date.now();
  const records = extractRecords(doc);
  const base = checkDocument(records);
  const truth = truthOf(file);
  const ctx: PlantContext = { doc, records, base, truth, busy: busyIn(base) };
  const diagnostics = [...doc.diagnostics, ...records.diagnostics];
  const reading = readingOf(doc, diagnostics);
  const falseErrors = truth
    ? scoreDocument(truth, { doc, records, check: base, reading, status: statusOfReading(reading.reading), diagnostics }).falseErrors
    : null;
  const candidates: DocResult['candidates'] = {};
  const undetectable: DocResult['undetectable'] = {};
  const faults: FaultResult[] = [];
  for (const kind of opts.kinds ?? FAULT_KINDS) {
    const made = OPERATORS[kind](ctx);
    const all = made.filter((f) => f.expect.undetectable === undefined);
    candidates[kind] = all.length;
    for (const f of made) {
      const why = f.expect.undetectable;
      if (why === undefined) continue;
      const counts = (undetectable[kind] ??= {});
      counts[why] = (counts[why] ?? 0) + 1;
    }
    const chosen = opts.select ? all.filter(opts.select) : spread(all, opts.perKind, seeded(`${opts.seed}|${path.basename(file)}|${kind}`));
    for (const f of chosen) faults.push(run(f, doc, base));
  }
  return { file, candidates, undetectable, faults, falseErrors, ms: { parse: 0, faults: Date.now() - t1 } };
}

/**
 * What an operator plants faults from: the parsed document, what the unmutated run read and
 * found in it, the document's truth file when it has one, and a seeded choice.
 */
import type { EvidenceRef } from '../../src/extract/figure.js';
import type { DocumentRecords } from '../../src/extract/records.js';
import type { DocModel } from '../../src/model/index.js';
import type { CheckReport } from '../../src/rules/engine.js';
import type { Truth } from '../accuracy/truth.js';
import type { Fault } from './fault.js';

export interface PlantContext {
  doc: DocModel;
  records: DocumentRecords;
  base: CheckReport;
  truth: Truth | null;
  /**
   * Whether an error or warning of the unmutated run already rests on this cell or text span: a
   * fault planted there would mix with a finding the document already has, so none is planted.
   */
  busy(e: { kind: 'cell'; table: string; row: number; col: number } | { kind: 'text'; block: string; start: number; end: number }): boolean;
}

/** An operator: every fault of its kind it can plant in the document, in a stable order (the caller picks some). */
export type Operator = (ctx: PlantContext) => Fault[];

const cellKey = (table: string, row: number, col: number): string => `${table}:${row}:${col}`;

export function busyIn(base: CheckReport): PlantContext['busy'] {
  const cells = new Set<string>();
  const spans: { block: string; start: number; end: number }[] = [];
  for (const f of base.findings) {
    if (f.severity === 'info') continue;
    for (const e of f.evidence as EvidenceRef[]) {
      if (e.kind === 'cell') cells.add(cellKey(e.table, e.row, e.col));
      else spans.push({ block: e.block, start: e.start, end: e.end });
    }
  }
  return (e) => (e.kind === 'cell' ? cells.has(cellKey(e.table, e.row, e.col)) : spans.some((s) => s.block === e.block && s.start < e.end && e.start < s.end));
}

/** A seeded generator (mulberry32), so that a run picks the same faults every time. */
export function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` faults chosen by `rand`, spread over the tables and paragraphs they are planted in: one from
 * each place in turn (the places in a random order), so that a long table does not take every pick.
 * Returned in their original order.
 */
export function spread(xs: readonly Fault[], n: number, rand: () => number): Fault[] {
  const where = (f: Fault): string => {
    const p = f.places[0]!;
    return p.kind === 'text' ? p.block : p.table;
  };
  const groups = new Map<string, number[]>();
  xs.forEach((f, i) => groups.set(where(f), [...(groups.get(where(f)) ?? []), i]));
  const queues = shuffle([...groups.values()], rand).map((g) => shuffle(g, rand));
  const chosen: number[] = [];
  for (let round = 0; chosen.length < n && queues.some((q) => q.length > round); round++) {
    for (const q of queues) if (chosen.length < n && q.length > round) chosen.push(q[round]!);
  }
  return chosen.sort((a, b) => a - b).map((i) => xs[i]!);
}

/** `xs` in an order `rand` chooses (Fisher–Yates). */
function shuffle<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `n` items of `xs` chosen by `rand`, in their original order. */
export function pick<T>(xs: readonly T[], n: number, rand: () => number): T[] {
  return shuffle(
    xs.map((_, i) => i),
    rand,
  )
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => xs[i]!);
}

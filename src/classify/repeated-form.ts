import type { DocModel, Table } from '../model/index.js';
import { cellAt } from '../model/index.js';
import type { TableClassification } from './classify-table.js';

/** Fewest labels two forms share to be one form. */
const MIN_SHARED = 3;
/** …and the share of the later form's labels the earlier one prints. */
const MIN_SHARE = 0.6;

const compact = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** A form's labels: the texts of its first column, without figures (its values are in the other columns). */
function labels(t: Table): Set<string> {
  const out = new Set<string>();
  for (let r = 0; r < t.nRows; r++) {
    const cell = cellAt(t, r, 0);
    if (!cell || cell.row !== r || cell.col !== 0) continue;
    const text = compact(cell.raw);
    if (text && !/\d/.test(text)) out.add(text);
  }
  return out;
}

/**
 * One title over a run of forms: a release prints one form per project or fund under one title
 * (人力资源和社会保障局's 表14 部门专项业务经费重点项目绩效目标表, four forms; 表16 专项资金整体绩效目标表,
 * six), and only the first carries it. A reader takes each untitled form that follows a recognised
 * table with nothing but page furniture between them, and prints the same labels down its first
 * column, as another of that table's kind. Returns the classifications with those forms given it.
 */
export function repeatedForms(doc: DocModel, tables: readonly TableClassification[]): TableClassification[] {
  const top = doc.tables.filter((t) => t.parent === null).sort((a, b) => a.order - b.order);
  const byId = new Map(tables.map((c) => [c.table, c] as const));
  const out = new Map<string, TableClassification>();
  for (let i = 1; i < top.length; i++) {
    const [prev, t] = [top[i - 1]!, top[i]!];
    const before = out.get(prev.id) ?? byId.get(prev.id);
    const mine = byId.get(t.id);
    if (!before || !mine || before.kind === 'unknown' || mine.kind !== 'unknown' || t.title !== null) continue;
    const between = doc.blocks.filter((b) => b.order > prev.order && b.order < t.order && b.role !== 'furniture');
    if (between.length) continue;
    const [a, b] = [labels(prev), labels(t)];
    const shared = [...b].filter((x) => a.has(x)).length;
    if (shared < MIN_SHARED || shared < MIN_SHARE * b.size) continue;
    out.set(t.id, {
      ...mine,
      kind: before.kind,
      score: before.score,
      runnerUp: before.runnerUp,
      runnerUpScore: before.runnerUpScore,
      guesses: [],
      reason: `the form of ${prev.id} again, under its title`,
    });
  }
  return tables.map((c) => out.get(c.table) ?? c);
}

import { z } from 'zod';
import type { Diagnostic, Table } from '../model/index.js';
import { cellAt, Provenance } from '../model/index.js';
import { Amount, parseAmount, unitOf } from '../normalise/amount.js';
import { headerPath } from './header-path.js';

/** The items of a “三公”经费 table (spec §0.2: T07.{bud,fin}.{total,abroad,carSub,carBuy,carRun,reception}). */
export const SangongItem = z.enum(['total', 'abroad', 'carSub', 'carBuy', 'carRun', 'reception', 'runningCost']);
export type SangongItem = z.infer<typeof SangongItem>;

export const SangongFact = z.object({
  table: z.string(),
  /** 0-based grid row and column of the amount cell. */
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  /** `bud` 预算数, `fin` 决算数 (a 预算 table prints only `bud`). */
  side: z.enum(['bud', 'fin']),
  item: SangongItem,
  /** The header labels over the cell, outermost first. */
  headerPath: z.array(z.string()),
  amount: Amount,
  provenance: Provenance,
});
export type SangongFact = z.infer<typeof SangongFact>;

/**
 * Which item a column is, from its header labels without the 预算数/决算数 ones: the 2024 决算 pairs
 * 预算数 | 决算数 under each item, seed 004 puts six items under 预算数 and six under 决算数.
 */
function itemOf(path: string[]): SangongItem | null {
  const labels = path.filter((l) => !/^(?:“?三公”?经费)?(?:预算|决算)数?$/.test(l));
  const all = labels.join('›');
  const leaf = labels.at(-1) ?? '';
  if (/机关运行经费/.test(all)) return 'runningCost';
  if (/因公出国/.test(all)) return 'abroad';
  if (/公务接待/.test(all)) return 'reception';
  if (/公务用车|购置费|运行费/.test(all)) {
    if (/购置费$/.test(leaf) && !/购置及运行/.test(leaf)) return 'carBuy';
    if (/运行(?:维护)?费$/.test(leaf) && !/购置及运行/.test(leaf)) return 'carRun';
    return 'carSub';
  }
  if (/合计/.test(all)) return 'total';
  return null;
}

const sideOf = (path: string[]): 'bud' | 'fin' | null => {
  const p = path.join('›');
  if (/决算数?/.test(p)) return 'fin';
  if (/预算数?/.test(p)) return 'bud';
  return null;
};

/** The facts of a 三公 table: each printed amount with its side (预算/决算) and item; blank cells none. */
export function sangongFacts(t: Table): { facts: SangongFact[]; diagnostics: Diagnostic[] } {
  const facts: SangongFact[] = [];
  const diagnostics: Diagnostic[] = [];
  const tableUnit = unitOf(t.unitNote ?? '');
  for (let c = 0; c < t.nCols; c++) {
    const path = headerPath(t, c);
    const item = itemOf(path);
    // A 预算 table's columns are all 预算数 (“三公”经费预算数 heads them); 机关运行经费 stands beside them.
    const side = sideOf(path) ?? (/预算/.test(t.title ?? '') ? 'bud' : null);
    for (let r = t.headerRows; r < t.nRows; r++) {
      const cell = cellAt(t, r, c);
      if (!cell || cell.row !== r || cell.col !== c) continue;
      const amount = parseAmount(cell.raw, { table: tableUnit });
      if (amount.state === 'blank') continue;
      if (amount.state === 'unreadable' || !item || !side) {
        diagnostics.push({
          code: amount.state === 'unreadable' ? 'amount-unreadable' : 'sangong-column-unknown',
          severity: 'warning',
          stage: 'extract',
          message: `${t.id} column ${c} (${path.join(' › ') || 'no header'}): ${amount.state === 'unreadable' ? amount.reason : 'not a known 三公 item or side'}`,
          provenance: cell.provenance,
        });
        continue;
      }
      facts.push({ table: t.id, row: r, col: c, side, item, headerPath: path, amount, provenance: cell.provenance });
    }
  }
  return { facts, diagnostics };
}

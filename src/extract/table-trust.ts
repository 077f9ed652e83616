import type { TableClassification } from '../classify/classify-table.js';
import { kindSpec } from '../classify/table-kinds.js';
import type { Table } from '../model/index.js';

/**
 * How far a table's numbers can be trusted for an error: recognised with confidence, whole, and in a
 * stated unit. Each doubt is said in words; a finding that draws on a doubted table is a warning
 * that names the doubt, never an error (the engine applies this).
 */
export interface TableTrust {
  /** Its kind is clear of the runner-up (or it has none). */
  confident: boolean;
  /** Nothing suggests the table goes on elsewhere (another piece of the same kind, or a headless fragment after it). */
  whole: boolean;
  /** The reasons, in words, for each false above. */
  doubts: string[];
}

/** A kind a disclosure prints once: a second table of it is a piece of the first, or a misreading. */
const once = (kind: string): boolean => {
  const s = kindSpec(kind);
  return s !== null && (s.family === '决算' || s.family === '预算');
};

/** A table read without its header: no title, no header rows, no kind (a page of a table cut from its head). */
const fragment = (t: Table, c: TableClassification): boolean => t.title === null && t.headerRows === 0 && c.kind === 'unknown';

const CONFIDENT_MARGIN = 0.1;

export function tableTrust(tables: Table[], classes: TableClassification[]): TableTrust[] {
  const top = tables.map((t, i) => ({ t, c: classes[i]! })).filter((x) => x.t.parent === null);
  return tables.map((t, i) => {
    const c = classes[i]!;
    const doubts: string[] = [];
    const confident = c.kind !== 'unknown' && (c.runnerUp === null || c.score - c.runnerUpScore >= CONFIDENT_MARGIN);
    if (c.kind !== 'unknown' && !confident) doubts.push(`its kind ${c.kind} (${c.score}) is close to ${c.runnerUp} (${c.runnerUpScore})`);
    let whole = true;
    if (t.parent === null && once(c.kind)) {
      const same = top.filter((x) => x.c.kind === c.kind).map((x) => x.t.id);
      if (same.length > 1) {
        whole = false;
        doubts.push(`the document prints ${same.length} tables read as ${c.kind} (${same.join(', ')}): each may be a piece of one table`);
      }
      const at = top.findIndex((x) => x.t === t);
      const next = top[at + 1];
      const pages = (x: Table): number[] => x.pages;
      if (next && fragment(next.t, next.c) && next.t.nCols === t.nCols && (pages(next.t)[0] ?? 0) - (pages(t).at(-1) ?? 0) <= 1) {
        whole = false;
        doubts.push(`${next.t.id}, printed right after it with no title or header and as many columns, may continue it`);
      }
    }
    return { confident, whole, doubts };
  });
}

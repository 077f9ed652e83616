import type { Table } from '../model/index.js';
import { cellAt } from '../model/index.js';
import { TABLE_KINDS, type TableKindSpec } from './table-kinds.js';

/** A table's kind, with the evidence: its score, and the runner-up and its score. */
export interface TableClassification {
  table: string;
  /** A kind id from TABLE_KINDS, or `unknown`. */
  kind: string;
  /** 0–1. */
  score: number;
  runnerUp: string | null;
  runnerUpScore: number;
  /** What the title compared as, after the year, 部门/单位 prefix and quotes were stripped. */
  titleKey: string | null;
}

/** Below this nothing fits well enough: the table is `unknown`. */
export const MIN_SCORE = 0.6;

/** A title as compared: NFKC, no spaces, quotes, year, 部门/单位 prefix, 公开NN表/表N/续表 marks or bracketed notes. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/["'“”‘’「」]/g, '')
    .replace(/^(?:附件|附表)[\d\-—]*[:：]?/, '')
    .replace(/^\d{2,4}年度?/, '')
    .replace(/^(?:预算)?(?:部门|单位)(?:\(单位\))?/, '')
    .replace(/[(（]参考[)）]$/, '')
    .replace(/(?:公开\d+表|表[一二三四五六七八九十]+|续表)$/, '');
}

/** Similarity of two strings, 0–1: twice their longest common subsequence over their total length. */
function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const x = [...a];
  const y = [...b];
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const cx of x) {
    const cur = [0];
    for (let j = 0; j < y.length; j++) cur.push(cx === y[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!));
    prev = cur;
  }
  return (2 * prev[y.length]!) / (x.length + y.length);
}

/** The text of the header band (or the first three rows when no header was found), compacted. */
function headerText(t: Table): string {
  const rows = Math.max(t.headerRows, Math.min(3, t.nRows));
  const parts: string[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < t.nCols; c++) {
    const cell = cellAt(t, r, c);
    if (cell && cell.row === r && cell.col === c) parts.push(cell.raw);
  }
  return parts.join('|').normalize('NFKC').replace(/\s+/g, '');
}

/** Each kind's titles stripped as a printed title is, once: they are compared with every table. */
const KIND_KEYS = new Map<TableKindSpec, string[]>(TABLE_KINDS.map((k) => [k, k.titles.map(titleKey)]));

function scoreKind(kind: TableKindSpec, key: string | null, header: string): number {
  const title = key ? Math.max(...KIND_KEYS.get(kind)!.map((k) => (k === key ? 1 : 0.9 * similarity(k, key)))) : 0;
  const words = kind.headerWords.filter((w) => header.includes(w.normalize('NFKC'))).length / kind.headerWords.length;
  return key ? 0.75 * title + 0.25 * words : 0.85 * words;
}

/** Which kind of table this is, by its printed title and its column header. */
export function classifyTable(t: Table): TableClassification {
  const key = t.title ? titleKey(t.title) : null;
  const header = headerText(t);
  const ranked = TABLE_KINDS.map((k) => ({ id: k.id, score: Math.round(scoreKind(k, key, header) * 1000) / 1000 })).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  const fits = best !== undefined && best.score >= MIN_SCORE;
  return {
    table: t.id,
    kind: fits ? best.id : 'unknown',
    score: best?.score ?? 0,
    runnerUp: fits ? (second?.id ?? null) : (best?.id ?? null),
    runnerUpScore: fits ? (second?.score ?? 0) : (best?.score ?? 0),
    titleKey: key,
  };
}

import { readFileSync } from 'node:fs';
import type { Diagnostic, Table } from '../../model/index.js';
import { cellAt } from '../../model/index.js';
import { parseAmount, unitOf } from '../../normalise/amount.js';
import { compactText } from '../../normalise/text.js';
import { headerPath } from '../header-path.js';
import type { LineItem } from '../line-items.js';

const CLASSES: { code: string; name: string }[] = JSON.parse(readFileSync(new URL('../../../data/func-classes.json', import.meta.url), 'utf8')).classes;
const BY_NAME = new Map(CLASSES.map((c) => [c.name, c.code]));

/** A 总表 line label as compared: NFKC, no spaces, no leading 一、/（一）/1. numbering. */
export const lineLabel = (raw: string): string => compactText(raw).replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、])/, '');

/** The 功能分类 类 a 支出 line names (社会保障和就业支出 → 208); null for lines that are not a 类. */
export function classCode(label: string): string | null {
  return BY_NAME.get(label.replace(/支出$/, '')) ?? BY_NAME.get(label) ?? null;
}

interface SideCols {
  side: '收入' | '支出';
  labelCol: number;
  amountCols: number[];
  /** The label column's own header when the side prints more than one block of lines (西安人社 2020: 支出功能分类 | 预算数 | 部门预算支出经济分类 | 预算数 | …); null for the side's first block. */
  block: string | null;
}

/** A column that names lines: its header says 项目 or a classification, or its body prints words, not amounts. */
function labelColumn(t: Table, c: number): boolean {
  const path = headerPath(t, c);
  if (path.some((l) => /^项目$|分类|科目|名称$/.test(l))) return true;
  let words = 0;
  let numbers = 0;
  for (let r = t.headerRows; r < t.nRows; r++) {
    const cell = cellAt(t, r, c);
    if (!cell || cell.row !== r || cell.col !== c) continue;
    const a = parseAmount(cell.raw);
    if (a.state === 'number' || a.state === 'dash') numbers++;
    else if (a.state === 'unreadable') words++;
  }
  return words > numbers;
}

/**
 * The blocks of lines of a two-sided 总表: the columns under each top header (收入 | 支出), each label
 * column with the amount columns after it. A side may print several blocks side by side, each listing
 * the same money another way (by 功能, by 部门 and by 政府 经济分类).
 */
function halves(t: Table): SideCols[] {
  const out: SideCols[] = [];
  for (let c = 0; c < t.nCols; c++) {
    // 收入 | 支出 (公开01), 本年收入 | 本年支出 (预算 财务收支预算总表), 财政拨款收入 | 财政拨款支出 (04).
    const top = compactText(cellAt(t, 0, c)?.raw ?? '');
    const side = /收入$/.test(top) ? '收入' : /支出$/.test(top) ? '支出' : null;
    if (!side) continue;
    const path = headerPath(t, c);
    const leaf = path.at(-1) ?? '';
    if (/^行次$/.test(leaf)) continue;
    const cur = out.at(-1);
    if (labelColumn(t, c)) {
      const first = !cur || cur.side !== side;
      out.push({ side, labelCol: c, amountCols: [], block: first ? null : (path[1] ?? leaf) });
    } else if (cur && cur.side === side) cur.amountCols.push(c);
  }
  return out.filter((h) => h.amountCols.length > 0);
}

/**
 * Line items of a two-sided 总表 (公开01 收入支出决算总表, 公开04 财政拨款收入支出决算总表): each printed
 * amount with its side, its line's label, the 类 code an expense line names, and its column.
 */
export function labelItems(t: Table, tableKind: string): { items: LineItem[]; diagnostics: Diagnostic[] } {
  const items: LineItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const tableUnit = unitOf(t.unitNote ?? '');
  for (const h of halves(t)) {
    for (let r = t.headerRows; r < t.nRows; r++) {
      const labelCell = cellAt(t, r, h.labelCol);
      const label = lineLabel(labelCell?.raw ?? '');
      for (const c of h.amountCols) {
        const cell = cellAt(t, r, c);
        if (!cell || cell.row !== r || cell.col !== c) continue;
        const path = headerPath(t, c);
        const amount = parseAmount(cell.raw, { column: unitOf(path.join('')), table: tableUnit });
        if (amount.state === 'blank') continue;
        if (amount.state === 'unreadable' || !label) {
          diagnostics.push({
            code: amount.state === 'unreadable' ? 'amount-unreadable' : 'amount-without-label',
            severity: 'warning',
            stage: 'extract',
            message: `${t.id} row ${r} column ${path.join(' › ')}: ${amount.state === 'unreadable' ? amount.reason : `an amount (${cell.raw}) on a line without a label`}`,
            provenance: cell.provenance,
          });
          continue;
        }
        const code = h.side === '支出' ? classCode(label) : null;
        items.push({
          table: t.id,
          tableKind,
          row: r,
          col: c,
          code,
          level: code ? 1 : null,
          name: label,
          group: h.block,
          measure: path.at(-1) ?? '',
          measurePath: path,
          amount,
          side: h.side,
          provenance: cell.provenance,
        });
      }
    }
  }
  return { items, diagnostics };
}

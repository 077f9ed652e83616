import type { Block, DocModel, Table } from '../model/index.js';
import { gridAt } from '../model/index.js';
import { displayWidth, padEnd, truncate } from './text-width.js';

/** Widest a grid column is printed; longer text is cut with … (the JSON dump has it whole). */
const MAX_COL = 28;

const visible = (s: string): string =>
  s
    .replace(/\n/g, '↵')
    .replace(/\u3000/g, '□')
    .replace(/\u00a0/g, '⍽');

/**
 * A table as an aligned text grid: `‹` marks a position covered by a colspan from the left, `^`
 * one covered by a rowspan from above, `∅` a position no cell reaches; `↵` is a line break inside a
 * cell, `□` a full-width space (U+3000), `⍽` a no-break space. Header rows are ruled off with `=`.
 */
export function tableGrid(t: Table): string {
  const texts: string[][] = [];
  for (let r = 0; r < t.nRows; r++) {
    const row: string[] = [];
    for (let c = 0; c < t.nCols; c++) {
      const g = gridAt(t, r, c);
      if (!g || g.kind === 'missing') row.push('∅');
      else if (g.kind === 'spanned') row.push(g.origin[0] === r ? '‹' : '^');
      else row.push(truncate(visible(g.raw), MAX_COL));
    }
    texts.push(row);
  }
  const widths = Array.from({ length: t.nCols }, (_, c) => Math.max(1, ...texts.map((row) => displayWidth(row[c] ?? ''))));
  const rule = (ch: string): string => '+' + widths.map((w) => ch.repeat(w + 2)).join('+') + '+';
  const lines = [rule('-')];
  texts.forEach((row, r) => {
    const num = String(r).padStart(3);
    lines.push('|' + row.map((s, c) => ' ' + padEnd(s, widths[c]!) + ' ').join('|') + `| ${num}`);
    if (r === t.headerRows - 1) lines.push(rule('='));
  });
  lines.push(rule('-'));
  return lines.join('\n');
}

function blockLine(b: Block): string {
  const tag = b.role === 'heading' ? `H${b.headingLevel ?? '-'}` : b.role === 'paragraph' ? 'P' : b.role;
  const outline = b.outlineLevel !== null ? ` L${b.outlineLevel}` : '';
  const indent = '  '.repeat(Math.max(0, (b.outlineLevel ?? 1) - 1));
  return `[${b.id} ${tag}${outline}] ${indent}${truncate(visible(b.text), 120)}`;
}

function tableHeader(t: Table): string {
  const parts = [`== ${t.id} ${t.nRows}×${t.nCols}`, `header rows ${t.headerRows} (${t.report.headerSource})`];
  if (t.number) parts.push(`number “${t.number}”`);
  if (t.title) parts.push(`title “${t.title}”`);
  if (t.unitNote) parts.push(`unit “${t.unitNote}”${t.unitSource && t.unitSource !== 'caption' ? ` (${t.unitSource})` : ''}`);
  if (t.department) parts.push(`部门 “${t.department}”`);
  if (t.year !== undefined) parts.push(`year ${t.year}`);
  if (t.parent) parts.push(`nested in ${t.parent.table} r${t.parent.row} c${t.parent.col}`);
  if (t.pages.length) parts.push(`pages ${t.pages.join(',')}`);
  if (t.report.parts) parts.push(`${t.report.parts} pieces`);
  parts.push(`empty ${(t.report.emptyShare * 100).toFixed(0)}%`);
  if (t.report.raggedRows) parts.push(`ragged rows ${t.report.raggedRows}`);
  return parts.join(' · ');
}

/** The whole model as text, in reading order: blocks with roles and outline levels, tables as grids. */
export function dumpText(doc: DocModel): string {
  const out: string[] = [];
  const pages = doc.pages.length ? `${doc.pages.length} pages` : doc.declaredPages !== null ? `${doc.declaredPages} pages (declared)` : 'no fixed pages';
  out.push(`# ${doc.source}`);
  out.push(
    `format ${doc.format}${doc.encoding ? ` (${doc.encoding})` : ''} · ${doc.bytes} bytes · ${pages} · ${doc.blocks.length} blocks · ${doc.tables.length} tables · sha256 ${doc.id.slice(0, 16)}…`,
  );
  for (const d of doc.diagnostics) out.push(`! ${d.severity} ${d.code} [${d.stage}]: ${d.message}`);
  const items: ({ order: number } & ({ block: Block } | { table: Table }))[] = [
    ...doc.blocks.map((block) => ({ order: block.order, block })),
    ...doc.tables.map((table) => ({ order: table.order, table })),
  ].sort((a, b) => a.order - b.order);
  for (const it of items) {
    if ('block' in it) out.push(blockLine(it.block));
    else out.push('', tableHeader(it.table), tableGrid(it.table), '');
  }
  return out.join('\n') + '\n';
}

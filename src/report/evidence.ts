import type { EvidenceRef } from '../extract/figure.js';
import type { Provenance } from '../model/index.js';

/** Where a provenance points, for a person: `p.10 [312.4,211.0–351.2,222.8]`, a DOM path, `公开02表!D7`, or the file. */
export function whereText(p: Provenance): string {
  if (p.kind === 'pdf') {
    const b = p.bbox;
    const n = (x: number) => x.toFixed(1);
    return `p.${p.page} [${n(b.x0)},${n(b.y0)}–${n(b.x1)},${n(b.y1)}]`;
  }
  if (p.kind === 'dom') return p.path;
  if (p.kind === 'sheet') return `${p.sheet}!${p.ref}`;
  return p.offset !== undefined ? `byte ${p.offset}` : 'the file';
}

/** One line of evidence: the cell (table, row, column, text as printed) or the sentence (block, span, quote), and where it was printed. */
export function evidenceText(e: EvidenceRef): string {
  if (e.kind === 'cell') return `${e.table} (${e.tableKind}) row ${e.row} col ${e.col} «${e.raw}» at ${whereText(e.provenance)}`;
  const quote = e.quote.length > 80 ? e.quote.slice(0, 79) + '…' : e.quote;
  return `${e.block} chars ${e.start}–${e.end} «${quote}» at ${whereText(e.provenance)}`;
}

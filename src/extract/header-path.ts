import type { Table } from '../model/index.js';
import { cellAt } from '../model/index.js';
import { compactText } from '../normalise/text.js';

/**
 * The header labels over column c, outermost first, each once (a label spanning several header rows
 * is one label). The 栏次 row's column numbers (1, 2, 3 …) are not labels.
 */
export function headerPath(t: Table, c: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < t.headerRows; r++) {
    const label = compactText(cellAt(t, r, c)?.raw ?? '');
    if (label && !/^\d+$|^栏次$/.test(label) && out.at(-1) !== label) out.push(label);
  }
  return out;
}

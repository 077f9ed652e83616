import type { FwNode } from '../../../src/extract/performance/framework.js';
import type { DocumentRecords } from '../../../src/extract/records.js';

/** The leaf named `name` of framework `table` (002: t0 = 附件1, t2 = 附件4-1). */
export function leaf(r: DocumentRecords, table: string, name: string): FwNode {
  const fw = r.frameworks.find((f) => f.table === table)!;
  const n = fw.nodes.find((x) => x.level === 3 && x.name === name);
  if (!n) throw new Error(`no leaf ${name} in ${table}`);
  return n;
}

/** Keeps only the frameworks of the given tables. */
export const only =
  (...tables: string[]) =>
  (r: DocumentRecords) => {
    r.frameworks = r.frameworks.filter((f) => tables.includes(f.table));
  };

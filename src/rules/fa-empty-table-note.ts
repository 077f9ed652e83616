import { computed } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { Tally, finding, insufficient } from './_lib/finding.js';
import { Decimal } from 'decimal.js';
import { ruleMeta } from './_lib/meta.js';

/** The explanations disclosures print under an empty table (…没有…，故本表无数据 / 本表为空). */
const NOTE = /无数据|为空|空表|没有.{0,30}(?:收入|支出|经费)|无.{0,30}(?:收入|支出|经费)/;
const ZERO = new Decimal(0);

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa-empty-table-note',
    description: 'An empty 公开07/08/09 table carries the note that explains it (…没有…，故本表无数据)',
    messages: {
      zh: '{table}（{title}）没有数据，但表下没有说明原因',
      en: '{table} ({title}) prints no amounts and no note explaining why',
    },
  }),
  check(r) {
    const tables = r.tables.filter((t) => /^fa0[789]$/.test(t.kind));
    if (!tables.length) return insufficient('no 公开07/08/09 table was found');
    const t = new Tally(this.meta);
    for (const table of tables) {
      if (table.numericCells > 0) continue;
      t.checked++;
      if (table.notes.some((n) => NOTE.test(n.text.normalize('NFKC')))) continue;
      const side = computed('numeric cells', ZERO, ZERO, []);
      const f = finding(this.meta, side, side, { difference: ZERO, tolerance: ZERO }, { table: table.table, title: table.title ?? table.kind });
      f.evidence.push({ kind: 'cell', table: table.table, tableKind: table.kind, row: 0, col: 0, raw: table.title ?? '', provenance: table.provenance });
      t.add(f);
    }
    return t.result({ outcome: 'not-applicable', reason: 'no 公开07/08/09 table is empty' });
  },
};

import { Decimal } from 'decimal.js';
import { titleKey } from '../classify/classify-table.js';
import { TABLE_KINDS } from '../classify/table-kinds.js';
import { computed } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { Tally, finding, insufficient } from './_lib/finding.js';
import { ruleMeta } from './_lib/meta.js';

const ZERO = new Decimal(0);
const FA_KINDS = TABLE_KINDS.filter((k) => /^fa0\d$/.test(k.id));

/** The 决算 table a 目录 entry names (六、一般公共预算财政拨款基本支出决算表 → fa06), or null. */
function kindOfEntry(text: string): string | null {
  const key = titleKey(text.normalize('NFKC').replace(/^[-•\s]*(?:[一二三四五六七八九十]+、|\d+[.、])?/, ''));
  return FA_KINDS.find((k) => k.titles.some((t) => titleKey(t) === key))?.id ?? null;
}

export const rule: Rule = {
  meta: ruleMeta({
    id: 'fa-table-presence',
    description: 'Every 决算 table the 目录 lists (公开01–09) appears in the body',
    messages: {
      zh: '目录列出“{entry}”（{kind}），但正文中没有这张表',
      en: 'the 目录 lists “{entry}” ({kind}) but the body has no such table',
    },
  }),
  check(r) {
    const listed = r.blocks
      .filter((b) => b.role === 'toc')
      .map((b) => ({ b, kind: kindOfEntry(b.text) }))
      .filter((x) => x.kind !== null);
    if (!listed.length) return insufficient('the document has no 目录 that lists 决算 tables');
    const found = new Set(r.tables.map((t) => t.kind));
    const t = new Tally(this.meta);
    for (const { b, kind } of listed) {
      t.checked++;
      if (found.has(kind!)) continue;
      const side = computed('tables found', ZERO, ZERO, []);
      const f = finding(this.meta, side, side, { difference: ZERO, tolerance: ZERO }, { entry: b.text.trim(), kind: kind! });
      f.evidence.push({ kind: 'text', block: b.id, start: 0, end: b.text.length, quote: b.text, provenance: b.provenance });
      t.add(f);
    }
    return t.result({ outcome: 'insufficient-data', reason: '' });
  },
};

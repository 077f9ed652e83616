import type { DocModel } from '../model/index.js';
import { compactText } from '../normalise/text.js';
import { classifyTable, type TableClassification, type TableContext } from './classify-table.js';

/** A paragraph that introduces what follows it: "…绩效目标情况如下：", "…见下表。". */
const LEAD = /(?:如下|如下表|见下表|详见下表)[:：。]?$/;
/** A section heading's numbering (七、 （二） 第七部分 1.). */
const NUMBERING = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;

/** What a lead or heading names: "2026年，本部门重点项目绩效目标情况如下：" → 重点项目绩效目标. */
function subjectOf(text: string): string {
  return compactText(text)
    .replace(NUMBERING, '')
    .replace(/(?:情况|具体情况)?(?:如下|如下表|见下表|详见下表)[:：。]?$/, '')
    .replace(/^\d{4}年(?:度)?[,，]?/, '')
    .replace(/^(?:本(?:部门|单位)|我(?:部门|单位))(?:的)?/, '')
    .replace(/(?:情况|安排情况|情况说明|说明)$/, '');
}

/**
 * An untitled table under a lead sentence or a section heading takes its name from them, as a reader
 * does: 广东's template prints its 项目 | 预算数 | 绩效目标 under "七、重点项目预算绩效目标情况 / 2026年，本部门
 * 重点项目绩效目标情况如下：" and nothing else. Only a table that is still `unknown`, has no title, and
 * follows the lead (or the heading) with nothing but page furniture between is read so; the kind is
 * given only when the table, titled so, is recognised with confidence, its header weighed as before.
 */
export function leadTitles(doc: DocModel, tables: readonly TableClassification[], ctx: TableContext): TableClassification[] {
  const top = doc.tables.filter((t) => t.parent === null).sort((a, b) => a.order - b.order);
  const byId = new Map(tables.map((c) => [c.table, c] as const));
  const out = new Map<string, TableClassification>();
  top.forEach((t, i) => {
    const mine = byId.get(t.id);
    if (!mine || mine.kind !== 'unknown' || (t.title !== null && t.title.trim() !== '')) return;
    const after = i > 0 ? top[i - 1]!.order : -1;
    const before = doc.blocks.filter((b) => b.order > after && b.order < t.order && b.role !== 'furniture');
    const lead = before.at(-1);
    if (!lead) return;
    const heading = [...before].reverse().find((b) => b.role === 'heading');
    const sources = [...(lead.role === 'paragraph' && LEAD.test(compactText(lead.text)) ? [lead] : []), ...(heading ? [heading] : [])];
    // A heading names the table only when nothing but the lead stands between them.
    const candidates = sources.filter((b) => b === lead || before.indexOf(b) >= before.length - 2);
    for (const b of candidates) {
      const subject = subjectOf(b.text);
      if (subject.length < 4) continue;
      const c = classifyTable({ ...t, title: `${subject}表` }, ctx);
      if (c.kind === 'unknown') continue;
      out.set(t.id, {
        ...c,
        reason: `untitled: named by ${b.role === 'heading' ? 'the heading' : 'the lead'} ${b.id} above it (“${compactText(b.text).slice(0, 40)}”)`,
      });
      return;
    }
  });
  return tables.map((c) => out.get(c.table) ?? c);
}

import { z } from 'zod';
import type { Block } from '../model/index.js';
import { TextRef } from './figure.js';
import type { TableInfo } from './records.js';

/**
 * Slips in the text a reviewer corrects (the 司法局 预算 checklists list them): a doubled full stop,
 * a reason clause with nothing after 主要原因是, a template alternative left in (增加（减少）), quotes
 * that do not pair up, a 单位 disclosure that calls itself 部门, and the note under an empty table that
 * names another table's money (an empty 国有资本经营 table "无政府性基金预算…故本表为空表", copied from the table
 * before it). Facts, not findings: the `text-lint` rule reports them (the last as a warning: the note
 * misstates what the table is empty of).
 */
export const LintFact = z.object({
  kind: z.enum(['doubled-punctuation', 'empty-reason', 'template-alternative', 'unbalanced-quotes', 'level-wording', 'empty-note-mismatch']),
  /** The text that shows it, as printed. */
  text: z.string(),
  ref: TextRef,
});
export type LintFact = z.infer<typeof LintFact>;

const PATTERNS: [LintFact['kind'], RegExp][] = [
  ['doubled-punctuation', /。。|，，|；；/g],
  ['empty-reason', /主要原因(?:是|为)[：:]?\s*[。；]/g],
  ['template-alternative', /(?:增加|增长|上升)[（(](?:减少|下降|降低)[）)]|(?:减少|下降)[（(](?:增加|增长)[）)]/g],
];

/** Where in a block a lint fact was printed. */
const textRef = (b: Block, start: number, end: number): z.infer<typeof TextRef> => ({
  kind: 'text',
  block: b.id,
  start,
  end,
  quote: b.text,
  provenance: b.provenance,
});

/** The money an empty table's title or note names: the funds and items that have tables of their own. */
const MONEY_NAMES: [string, RegExp][] = [
  ['政府性基金', /政府性基金/],
  ['国有资本经营', /国有资本经营/],
  ['三公经费', /三公/],
  ['机关运行经费', /机关运行经费/],
  ['政府采购', /政府采购/],
  ['政府购买服务', /政府购买服务/],
];
const namesIn = (text: string): string[] => MONEY_NAMES.filter(([, re]) => re.test(text)).map(([n]) => n);
/** A note that says its table is empty (故本表为空表, 本表无数据). */
const EMPTY_NOTE = /本表(?:为空表?|无数据|无内容)|空表/;

/** Notes under a table that say it is empty of money its title does not name (and name none of what it does). */
function emptyNoteMismatches(blocks: readonly Block[], tables: readonly Pick<TableInfo, 'title' | 'notes'>[]): LintFact[] {
  const out: LintFact[] = [];
  for (const t of tables) {
    const own = namesIn(t.title ?? '');
    if (!own.length) continue;
    for (const n of t.notes) {
      if (!EMPTY_NOTE.test(n.text)) continue;
      const named = namesIn(n.text);
      if (!named.length || named.some((x) => own.includes(x))) continue;
      const b = blocks.find((x) => x.id === n.block);
      if (!b) continue;
      out.push({
        kind: 'empty-note-mismatch',
        text: `${t.title}：${n.text.trim()}`,
        ref: textRef(b, 0, b.text.length),
      });
    }
  }
  return out;
}

export function lintFacts(blocks: Block[], level: '部门' | '单位' | null, tables: readonly Pick<TableInfo, 'title' | 'notes'>[] = []): LintFact[] {
  const out: LintFact[] = emptyNoteMismatches(blocks, tables);
  for (const b of blocks) {
    if (b.role !== 'paragraph' && b.role !== 'heading') continue;
    const ref = (start: number, end: number): z.infer<typeof TextRef> => textRef(b, start, end);
    for (const [kind, re] of PATTERNS) for (const m of b.text.matchAll(re)) out.push({ kind, text: m[0], ref: ref(m.index, m.index + m[0].length) });
    const open = (b.text.match(/“/g) ?? []).length;
    const close = (b.text.match(/”/g) ?? []).length;
    if (open !== close) out.push({ kind: 'unbalanced-quotes', text: `“ ×${open}, ” ×${close}`, ref: ref(0, b.text.length) });
    if (level === '单位')
      for (const m of b.text.matchAll(/部门预算安排|部门决算(?:中|显示)/g))
        out.push({ kind: 'level-wording', text: m[0], ref: ref(m.index, m.index + m[0].length) });
  }
  return out;
}

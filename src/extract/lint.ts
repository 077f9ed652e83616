import { z } from 'zod';
import type { Block } from '../model/index.js';
import { TextRef } from './figure.js';

/**
 * Slips in the text a reviewer corrects (the 司法局 预算 checklists list them): a doubled full stop,
 * a reason clause with nothing after 主要原因是, a template alternative left in (增加（减少）), quotes
 * that do not pair up, and a 单位 disclosure that calls itself 部门. Facts, not findings: the
 * `text-lint` rule reports them as info.
 */
export const LintFact = z.object({
  kind: z.enum(['doubled-punctuation', 'empty-reason', 'template-alternative', 'unbalanced-quotes', 'level-wording']),
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

export function lintFacts(blocks: Block[], level: '部门' | '单位' | null): LintFact[] {
  const out: LintFact[] = [];
  for (const b of blocks) {
    if (b.role !== 'paragraph' && b.role !== 'heading') continue;
    const ref = (start: number, end: number): z.infer<typeof TextRef> => ({ kind: 'text', block: b.id, start, end, quote: b.text, provenance: b.provenance });
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

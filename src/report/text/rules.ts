import { FAMILIES } from '../../rules/_lib/families.js';
import type { RuleEntry } from '../rules.js';
import { displayWidth, padEnd } from '../text-width.js';

/** Every rule by family: id, severity, the document types it applies to, what it checks (English), and what a finding says (问题, Chinese). */
export function rulesText(entries: readonly RuleEntry[]): string {
  // AC (across documents) is gongkai's too: the catalogue checks one document at a time.
  const added = entries.filter((e) => e.family === 'AX' || e.family === 'AC').length;
  const out = [
    `${entries.length} rules: ${entries.length - added} of the catalogue and ${added} gongkai adds; ${entries.filter((e) => !e.implemented).length} not implemented (they need judgement). gongkai rules ID shows one in full.`,
  ];
  out.push(`共 ${entries.length} 条规则；gongkai rules 规则编号 查看一条规则的全部说明。`);
  const idWidth = Math.max(...entries.map((e) => e.id.length));
  for (const [family, names] of Object.entries(FAMILIES)) {
    const list = entries.filter((e) => e.family === family);
    if (!list.length) continue;
    out.push('', `${family} ${names.en} · ${names.zh} (${list.length})`);
    for (const e of list) {
      const head = `  ${padEnd(e.id, idWidth)}  ${padEnd(e.severity, 7)}  ${padEnd(e.appliesTo.join(' '), 8)}  `;
      out.push(`${head}${e.statement}${e.implemented ? '' : ' [not implemented]'}`);
      if (e.messages) out.push(`${' '.repeat(displayWidth(head))}问题：${e.messages.zh}`);
    }
  }
  return out.join('\n') + '\n';
}

/** One rule in full. */
export function ruleText(e: RuleEntry): string {
  const f = FAMILIES[e.family];
  const out = [
    `${e.id} · ${e.family} ${f.en} · ${f.zh}`,
    `severity: ${e.severity}; applies to: ${e.appliesTo.join(', ')}${e.implemented ? '' : `; not implemented: it reports not-implemented on every document (${e.judgement ? `needs judgement: ${e.judgement}` : 'no rule file yet'})`}`,
    `checks (catalogue): ${e.statement}`,
  ];
  if (e.description && e.description !== e.statement) out.push(`checks (rule):      ${e.description}`);
  if (e.messages) out.push(`a finding says (中文): ${e.messages.zh}`, `a finding says (en):   ${e.messages.en}`);
  out.push(`source: src/rules/${e.id === 'rounding-residual' ? 'engine.ts' : `${e.id}.ts`}`);
  return out.join('\n') + '\n';
}

import { CATALOGUE, type CatalogueEntry } from '../rules/_lib/catalogue.js';
import { FAMILIES } from '../rules/_lib/families.js';
import type { RuleMeta } from '../rules/_lib/types.js';
import { RESIDUAL_MESSAGES } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import { CROSS_RULES } from '../rules/_registry/cross.js';
import { displayWidth, padEnd } from '../report/text-width.js';
import { didYouMean, UsageError } from './usage.js';

/** One rule as `gongkai rules` shows it: the catalogue's statement, and the rule's own words where it is implemented. */
export interface RuleEntry extends CatalogueEntry {
  implemented: boolean;
  /** The rule's one-line description (English, with the document's terms). */
  description: string | null;
  /** What a finding of it says, in Chinese and English (`{name}` is filled from the finding). */
  messages: { zh: string; en: string } | null;
  /** Why a registered rule is not implemented: it needs judgement. */
  judgement?: string;
}

export function ruleEntries(): RuleEntry[] {
  const metas = new Map<string, RuleMeta>([...RULES, ...CROSS_RULES].map((r) => [r.meta.id, r.meta]));
  return CATALOGUE.map((c) => {
    if (c.id === 'rounding-residual')
      return {
        ...c,
        implemented: true,
        description: 'made by the check engine from every rule’s differences inside the rounding envelope, one per table',
        messages: RESIDUAL_MESSAGES,
      };
    const m = metas.get(c.id);
    return {
      ...c,
      implemented: m !== undefined && m.judgement === undefined,
      ...(m?.judgement ? { judgement: m.judgement } : {}),
      description: m?.description ?? null,
      messages: m?.messages ?? null,
    };
  });
}

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

/** `gongkai rules [ID] [--json]`: the rules, or one rule; an unknown id is a usage error with the nearest ids. */
export function rulesCommand(id: string | undefined, json: boolean): number {
  const entries = ruleEntries();
  if (id === undefined) {
    process.stdout.write(json ? JSON.stringify(entries, null, 2) + '\n' : rulesText(entries));
    return 0;
  }
  const e = entries.find((x) => x.id === id);
  if (!e)
    throw new UsageError(
      `no rule "${id}"${didYouMean(
        id,
        entries.map((x) => x.id),
      )}; gongkai rules lists them`,
    );
  process.stdout.write(json ? JSON.stringify(e, null, 2) + '\n' : ruleText(e));
  return 0;
}

import type { CrossSummary } from '../../pipeline/cross.js';
import type { CrossResult } from '../../rules/cross-engine.js';
import type { CrossFindingView } from '../../store/cross.js';

/**
 * What `check --cross` did: the pair checks and their outcomes (#id is the document id), then each
 * finding with the evidence from both documents; ends in a newline.
 */
export function crossText(summary: CrossSummary, results: readonly CrossResult[], findings: readonly CrossFindingView[]): string {
  const out = [`${summary.pairs} pair checks, ${summary.compared} with figures to compare, ${summary.findings} findings`, ''];
  for (const r of results)
    out.push(
      `  ${r.rule.padEnd(18)} ${r.result.outcome.padEnd(15)} checked ${String(r.result.checked).padStart(3)}  #${r.pair.subject.id} ${r.pair.subject.label} → #${r.pair.reference.id} ${r.pair.reference.label}`,
    );
  for (const f of findings)
    out.push('', `  [${f.rule}] ${f.severity}: ${f.message_zh}`, `      ${f.message_en}`, ...(f.evidence ?? '').split('; ').map((e) => `      ↳ ${e}`));
  return out.join('\n') + '\n';
}

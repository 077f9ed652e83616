import { extractRecords } from '../extract/index.js';
import { parseDocument } from '../parse/index.js';
import { evidenceText } from '../report/evidence.js';
import { fmt } from '../rules/_lib/interval.js';
import type { Finding } from '../rules/_lib/types.js';
import { checkDocument, type CheckReport } from '../rules/engine.js';
import { readSource } from '../sources/file.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;

function findingLines(f: Finding): string[] {
  const lines = [`  [${f.rule}${f.diagnostic ? ` / ${f.diagnostic}` : ''}] ${f.message.zh}`, `      ${f.message.en}`];
  // A finding about presence (a table listed but missing, a placeholder) has no numbers to show.
  if (f.left.operands.length || f.right.operands.length) lines.push(`      ${f.left.label} = ${fmt(f.left.value)} [${fmt(f.left.low)}, ${fmt(f.left.high)}] · ${f.right.label} = ${fmt(f.right.value)} [${fmt(f.right.low)}, ${fmt(f.right.high)}] · difference ${fmt(f.difference)} · tolerance ${fmt(f.tolerance)}`);
  for (const e of f.evidence) lines.push(`      ↳ ${evidenceText(e)}`);
  return lines;
}

/** The outcome table and the findings grouped by severity, each with its evidence. */
export function checkText(source: string, report: CheckReport): string {
  const out = [`# ${source}`, `document types: ${report.codes.join(', ') || 'none recognised'}`];
  if (report.review.length) out.push(`needs review: ${report.review.join('; ')}`);
  const counts = new Map<string, number>();
  for (const o of report.outcomes) counts.set(o.outcome, (counts.get(o.outcome) ?? 0) + 1);
  out.push(`outcomes: ${[...counts].map(([k, v]) => `${v} ${k}`).join(', ')}`, '');
  for (const o of report.outcomes) {
    if (o.outcome === 'not-applicable') continue;
    out.push(`  ${o.rule.padEnd(28)} ${o.outcome.padEnd(18)} checked ${String(o.checked).padStart(3)}  findings ${o.findings}${o.reason ? `  (${o.reason})` : ''}`);
  }
  for (const s of SEVERITIES) {
    const fs = report.findings.filter((f) => f.severity === s);
    out.push('', `## ${s}: ${fs.length}`);
    for (const f of fs) out.push(...findingLines(f));
  }
  return out.join('\n') + '\n';
}

/** `gongkai check FILE [--json]`: parse, extract and check one document. Exit 0 however many findings. */
export async function checkCommand(file: string, json: boolean): Promise<number> {
  const records = extractRecords(await parseDocument(await readSource(file)));
  const report = checkDocument(records);
  process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : checkText(file, report));
  return 0;
}

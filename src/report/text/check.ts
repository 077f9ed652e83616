import type { Severity } from '../../model/index.js';
import type { Processed } from '../../pipeline/process.js';
import { READING_WORDS, readingLine, type ReadingStatus } from '../../pipeline/status.js';
import type { Finding } from '../../rules/_lib/types.js';
import type { CheckReport } from '../../rules/engine.js';
import { evidenceText } from '../evidence.js';
import { atPlaces, displayPlaces } from '../numbers.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `5 errors, 1 warning, 19 info`: what was found, by severity. */
export function foundText(counts: Record<Severity, number>): string {
  const total = counts.error + counts.warning + counts.info;
  return total
    ? [counts.error ? plural(counts.error, 'error') : '', counts.warning ? plural(counts.warning, 'warning') : '', counts.info ? `${counts.info} info` : '']
        .filter(Boolean)
        .join(', ')
    : 'nothing';
}

export const severityCounts = (findings: readonly { severity: Severity }[]): Record<Severity, number> => {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
};

/** The reading in two lines (English and Chinese), and what it means for the findings. */
export function readingLines(r: ReadingStatus): string[] {
  const lines = [
    `reading: ${readingLine(r)}`,
    `读取：${READING_WORDS[r.reading].zh}${r.reasons[0] ? `（${[...new Set(r.reasons.map((d) => d.code))].join('、')}）` : ''}`,
  ];
  if (r.reading === 'partial') lines.push('         part of it was not read: its findings are incomplete, and none is more than a warning');
  return lines;
}

function findingLines(f: Finding): string[] {
  const lines = [`  [${f.rule}${f.diagnostic ? ` / ${f.diagnostic}` : ''}] ${f.message.zh}`, `      ${f.message.en}`];
  // A finding about presence (a table listed but missing, a placeholder) has no numbers to show.
  if (f.left.operands.length || f.right.operands.length) {
    const n = (v: { toFixed(): string }): string => atPlaces(v.toFixed(), places);
    const places = displayPlaces([...f.left.operands, ...f.right.operands].map((o) => o.figure.halfUnit));
    lines.push(
      `      ${f.left.label} = ${n(f.left.value)} [${n(f.left.low)}, ${n(f.left.high)}] · ${f.right.label} = ${n(f.right.value)} [${n(f.right.low)}, ${n(f.right.high)}] · difference ${n(f.difference)} · tolerance ${n(f.tolerance)}`,
    );
  }
  for (const e of f.evidence) lines.push(`      ↳ ${evidenceText(e)}`);
  return lines;
}

/** How well the document was read, what was found, every rule's outcome, then the findings by severity with their evidence. */
export function checkText(source: string, reading: ReadingStatus, report: CheckReport | null): string {
  const out = [`# ${source}`, ...readingLines(reading)];
  if (reading.reading === 'unreadable' || !report) {
    out.push(
      `not checked: ${reading.reading === 'unreadable' ? 'nothing could be read from it' : 'the checks did not run'}, so nothing can be said of its figures`,
      '未检查：没有可核对的内容',
    );
    return out.join('\n') + '\n';
  }
  const found = severityCounts(report.findings);
  // No part recognised: no rule applied, which is not the same as nothing found.
  if (!report.codes.length)
    out.push(
      'found: nothing to check — no part of it was recognised as a 预算, 决算 or 绩效 disclosure, so no rule applied',
      '未检查：未识别出预算、决算或绩效内容',
    );
  else out.push(`found: ${foundText(found)}${reading.reading === 'partial' ? ' (in the part that was read)' : ''}`);
  out.push(`document types: ${report.codes.join(', ') || 'none recognised'}`);
  if (report.review.length) out.push(`to review: ${report.review.join('; ')}`);
  const counts = new Map<string, number>();
  for (const o of report.outcomes) counts.set(o.outcome, (counts.get(o.outcome) ?? 0) + 1);
  out.push(`rules: ${[...counts].map(([k, v]) => `${v} ${k}`).join(', ')}`, '');
  for (const o of report.outcomes) {
    if (o.outcome === 'not-applicable') continue;
    // `pass … · 19 info` reads as a pass with notes, `FAIL … · 2 errors` as a failure.
    const mine = severityCounts(report.findings.filter((f) => f.rule === o.rule));
    const found = mine.error + mine.warning + mine.info ? ` · ${foundText(mine)}` : '';
    out.push(
      `  ${o.rule.padEnd(28)} ${(o.outcome === 'fail' ? 'FAIL' : o.outcome).padEnd(17)} checked ${String(o.checked).padStart(3)}${found}${o.reason ? `  (${o.reason})` : ''}`,
    );
  }
  for (const s of SEVERITIES) {
    const fs = report.findings.filter((f) => f.severity === s);
    out.push('', `## ${s}: ${fs.length}`);
    for (const f of fs) out.push(...findingLines(f));
  }
  return out.join('\n') + '\n';
}

/** The check as JSON: the reading (with every reason) beside the engine's report. */
export const checkJson = (source: string, p: Processed): unknown => ({
  source,
  reading: p.reading.reading,
  reasons: p.reading.reasons.map((d) => ({ code: d.code, severity: d.severity, stage: d.stage, message: d.message })),
  found: p.check ? severityCounts(p.check.findings) : null,
  check: p.check,
});

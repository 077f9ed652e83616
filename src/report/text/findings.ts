import path from 'node:path';
import { READING_WORDS, type Reading } from '../../pipeline/status.js';
import type { FindingView, readingTotals, UnreadDocument } from '../../store/read.js';
import { atPlaces, displayPlaces } from '../numbers.js';
import { displayWidth, padEnd, truncate } from '../text-width.js';
import { foundText, severityCounts } from './check.js';

/** What the store holds, by how well its current documents were read. */
type ReadingTotals = ReturnType<typeof readingTotals>;

/**
 * The CSV's columns. A row is a finding, or (with `severity` and `rule` empty) a current document
 * that was read in part or not at all, with why in the messages: a file gongkai could not read is
 * never missing from the list as if it had nothing to find.
 */
const CSV_COLUMNS = [
  'reading',
  'severity',
  'rule',
  'department',
  'year',
  'source',
  'message_zh',
  'message_en',
  'diagnostic',
  'left_label',
  'left_value',
  'right_label',
  'right_value',
  'difference',
  'tolerance',
  'evidence_count',
  'evidence',
  'sha256',
] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
const csvField = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Why a document was not read wholly: the codes stored with it. */
export const unreadReasons = (d: UnreadDocument): string[] => {
  try {
    return JSON.parse(d.reading_reasons) as string[];
  } catch {
    return [];
  }
};

/** A document not read wholly as a CSV row: its reading and why, no severity, no rule. */
function unreadRow(d: UnreadDocument): Record<(typeof CSV_COLUMNS)[number], unknown> {
  const word = READING_WORDS[d.reading];
  return {
    reading: d.reading,
    severity: '',
    rule: '',
    department: '',
    year: '',
    source: d.source,
    message_zh: `${word.zh}（${unreadReasons(d).join('、')}）${d.reading === 'unreadable' ? '，未检查' : '，问题不完整'}`,
    message_en: `${word.en}: ${d.reason ?? unreadReasons(d).join(', ')}${d.reading === 'unreadable' ? '; not checked' : '; its findings are incomplete'}`,
    diagnostic: unreadReasons(d)[0] ?? '',
    left_label: '',
    left_value: '',
    right_label: '',
    right_value: '',
    difference: '',
    tolerance: '',
    evidence_count: '',
    evidence: '',
    sha256: d.sha256,
  };
}

export function findingsCsv(rows: readonly FindingView[], unread: readonly UnreadDocument[] = []): string {
  const records = [...unread.map(unreadRow), ...rows];
  return [CSV_COLUMNS.join(','), ...records.map((r) => CSV_COLUMNS.map((c) => csvField((r as Record<string, unknown>)[c])).join(','))].join('\r\n') + '\r\n';
}

/** A finding's difference as a person reads it: at the precision its numbers were printed, plus one digit. */
export const shownDifference = (r: FindingView): string => atPlaces(r.difference, displayPlaces(r.half_units));

function unreadLines(unread: readonly UnreadDocument[]): string[] {
  if (!unread.length) return [];
  const out = ['not read in full — their findings are missing or incomplete (未完整读取):'];
  for (const d of unread)
    out.push(
      `  ${padEnd(READING_WORDS[d.reading].en, 12)}  ${d.paths ?? d.source} — ${truncate((d.reason ?? unreadReasons(d).join(', ')).split('\n')[0]!, 140)}`,
    );
  return [...out, ''];
}

export function findingsTable(rows: readonly FindingView[], unread: readonly UnreadDocument[] = []): string {
  const out = unreadLines(unread);
  if (!rows.length) return [...out, 'no findings in the documents read', ''].join('\n');
  const cols = [
    { head: 'severity', get: (r: FindingView) => r.severity, max: 8 },
    { head: 'rule', get: (r: FindingView) => r.rule, max: 28 },
    {
      head: 'document',
      get: (r: FindingView) =>
        [r.department ?? path.basename(r.source), r.year].filter((x) => x !== null).join(' ') + (r.reading === 'partial' ? ' (read in part)' : ''),
      max: 40,
    },
    { head: 'difference', get: shownDifference, max: 14 },
    { head: 'message', get: (r: FindingView) => r.message_zh, max: 80 },
  ];
  const cells = rows.map((r) => cols.map((c) => truncate(c.get(r), c.max)));
  const widths = cols.map((c, i) => Math.max(c.head.length, ...cells.map((row) => displayWidth(row[i]!))));
  const line = (vals: string[]): string =>
    vals
      .map((v, i) => padEnd(v, widths[i]!))
      .join('  ')
      .trimEnd();
  out.push(line(cols.map((c) => c.head)), ...cells.map(line));
  for (const [i, r] of rows.entries()) if (r.evidence) out.push(`  #${i + 1} ${r.source}: ${truncate(r.evidence, 160)}`);
  return out.join('\n') + `\n\n${rows.length} findings: ${foundText(severityCounts(rows))}\n`;
}

/** The last line: what the store holds, so that no findings never reads as nothing wrong. */
export function findingsTotalsLine(t: ReadingTotals): string {
  const readings = (['read', 'partial', 'unreadable'] as Reading[]).map((r) => `${t[r]} ${READING_WORDS[r].en}`).join(', ');
  return `documents: ${readings}${t.olderVersions ? ` (and ${t.olderVersions} older version${t.olderVersions === 1 ? '' : 's'} of their sources, not shown)` : ''}\n`;
}

/** The findings as JSON: the store's documents by reading, those not read in full (with why), the findings. */
export const findingsJson = (rows: readonly FindingView[], unread: readonly UnreadDocument[], totals: ReadingTotals): string =>
  JSON.stringify({ documents: totals, notReadInFull: unread.map((d) => ({ ...d, reading_reasons: unreadReasons(d) })), findings: rows }, null, 2) + '\n';

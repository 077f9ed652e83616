import type { DocumentRecords } from '../../extract/records.js';
import type { ReadingStatus } from '../../pipeline/status.js';
import { readingLines } from './check.js';

const amountText = (a: DocumentRecords['lineItems'][number]['amount']): string =>
  a.state === 'number' ? `${a.printed}${a.wan && a.unit !== '万元' ? ` = ${a.wan.toFixed()} 万元` : ''}` : a.state;

const refText = (e: { kind: string; table?: string; row?: number; col?: number; block?: string; start?: number; end?: number }): string =>
  e.kind === 'cell' ? `${e.table}[${e.row},${e.col}]` : `${e.block}:${e.start}-${e.end}`;

/**
 * A JSON replacer that prints records one line each, for a person to read: a figure as its value,
 * unit and where it was printed (`38706.47万元@t1[1,2]`), a blank or dash slot as its state and cell,
 * evidence as `t1[3,2]` or `b56:25-35`; provenance and quotes (the dump shows them) left out.
 */
function compact(this: unknown, k: string, v: unknown): unknown {
  if (k === 'provenance' || k === 'quote') return undefined;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  if ('halfUnit' in o && 'evidence' in o) return `${String(o.value)}${o.unit ?? ''}@${refText(o.evidence as never)}`;
  if ('state' in o && 'figure' in o) return compact.call(o, 'figure', o.figure);
  if ((o.state === 'blank' || o.state === 'dash' || o.state === 'unreadable') && 'evidence' in o) return `${String(o.state)}@${refText(o.evidence as never)}`;
  if ((o.kind === 'cell' || o.kind === 'text') && ('row' in o || 'block' in o) && !('label' in o)) return refText(o as never);
  return v;
}

/**
 * The records as text: how well it was read (when given), the document, each table with its kind
 * and the count check, then the line items and facts.
 */
export function extractText(r: DocumentRecords, reading?: ReadingStatus): string {
  const d = r.document;
  const out = [`# ${d.source}`, ...(reading ? readingLines(reading) : [])];
  if (reading?.reading === 'unreadable') {
    out.push('no records: nothing could be read from it', '无记录：没有可读取的内容');
    return out.join('\n') + '\n';
  }
  out.push(`${d.kind} · ${d.department ?? 'department unknown'} · ${d.year ?? 'year unknown'} · ${d.level ?? 'level unknown'}`);
  for (const diag of r.diagnostics) out.push(`! ${diag.severity} ${diag.code}: ${diag.message}`);
  out.push('', 'tables:');
  for (const t of r.tables) {
    const items = r.lineItems.filter((i) => i.table === t.table).length + r.sangong.filter((s) => s.table === t.table).length;
    out.push(
      `  ${t.table} ${t.kind.padEnd(10)} score ${t.score.toFixed(2)} (runner-up ${t.runnerUp ?? '-'} ${t.runnerUpScore.toFixed(2)}) · ${t.numericCells} numeric cells · ${items} amount facts · ${t.title ?? '(untitled)'}`,
    );
  }
  out.push('', `line items: ${r.lineItems.length}`);
  for (const i of r.lineItems)
    out.push(
      `  ${i.table} ${i.tableKind} ${i.side ?? ''}${i.side ? ' ' : ''}${i.code ?? '-'} ${i.name} › ${i.measurePath.join(' › ')} = ${amountText(i.amount)}`,
    );
  out.push('', `三公: ${r.sangong.length}`);
  for (const s of r.sangong) out.push(`  ${s.table} ${s.side} ${s.item} = ${amountText(s.amount)}`);
  const json = (x: unknown) => JSON.stringify(x, compact);
  for (const [name, list] of [
    ['预算 编制说明 items', r.budgetItems],
    ['自评表', r.selfEval],
    ['基础数据表', r.basicData],
    ['指标框架', r.frameworks],
    ['narrative facts', r.narrative],
  ] as const) {
    out.push('', `${name}: ${list.length}`);
    for (const x of list as unknown[]) out.push(`  ${json(x)}`);
  }
  return out.join('\n') + '\n';
}

/** A document whose records could not be drawn (parse or extract threw): how well it was read, and that there are none. */
export function noRecordsText(source: string, reading: ReadingStatus): string {
  return (
    [
      `# ${source}`,
      ...readingLines(reading),
      reading.reading === 'unreadable' ? 'no records: nothing could be read from it' : 'no records: the extraction failed (see the reasons above)',
      reading.reading === 'unreadable' ? '无记录：没有可读取的内容' : '无记录：提取失败',
    ].join('\n') + '\n'
  );
}

import type { Severity } from '../../model/index.js';
import type { ReportCell, ReportData, ReportDocument, ReportEvidence, ReportFinding, ReportSide, ReportTable } from './data.js';
import { REPORT_CSS } from './style.js';

/** Escapes text for HTML character data and attribute values: every document string goes through it. */
export const esc = (v: unknown): string =>
  String(v ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** An id fragment from stored text: letters, digits, `_` and `-` only (table keys are `t0`, `t1`, …). */
const idPart = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, (ch) => `_${ch.codePointAt(0)!.toString(16)}`);

export const documentAnchor = (doc: number): string => `doc-${doc}`;
export const tableAnchor = (doc: number, table: string): string => `d${doc}-${idPart(table)}`;
/** The id of a rendered (origin) cell: `d3-t1-r4c2`. */
export const cellAnchor = (doc: number, table: string, row: number, col: number): string => `${tableAnchor(doc, table)}-r${row}c${col}`;
export const findingAnchor = (finding: number): string => `f${finding}`;

/** A cell that is evidence of findings: the findings, and the most severe of them. */
interface Flag {
  severity: Severity;
  findings: number[];
}

/** Every grid position a table's origin cells cover, to the origin cell covering it. */
function coverage(t: ReportTable): Map<string, ReportCell> {
  const m = new Map<string, ReportCell>();
  for (const c of t.cells)
    for (let r = c.row; r < c.row + Math.max(1, c.rowSpan); r++) for (let k = c.col; k < c.col + Math.max(1, c.colSpan); k++) if (!m.has(`${r},${k}`)) m.set(`${r},${k}`, c);
  return m;
}

/** Where each cell evidence of a document points: the origin cell it is in, or nothing when the table or cell is not stored. */
export interface ResolvedEvidence {
  /** Per finding id and evidence seq: the anchor of the cell, or null. */
  anchors: Map<string, string | null>;
  /** Per cell anchor: the findings it is evidence of. */
  flags: Map<string, Flag>;
}

export function resolveEvidence(d: ReportDocument): ResolvedEvidence {
  const covers = new Map(d.tables.map((t) => [t.key, coverage(t)]));
  const anchors = new Map<string, string | null>();
  const flags = new Map<string, Flag>();
  for (const f of d.findings)
    for (const e of f.evidence) {
      if (e.kind !== 'cell' || e.table === null || e.row === null || e.col === null) continue;
      const origin = covers.get(e.table)?.get(`${e.row},${e.col}`);
      const anchor = origin ? cellAnchor(d.id, e.table, origin.row, origin.col) : null;
      anchors.set(`${f.id}:${e.seq}`, anchor);
      if (!anchor) continue;
      const flag = flags.get(anchor) ?? { severity: f.severity, findings: [] };
      if (RANK[f.severity] > RANK[flag.severity]) flag.severity = f.severity;
      if (!flag.findings.includes(f.id)) flag.findings.push(f.id);
      flags.set(anchor, flag);
    }
  return { anchors, flags };
}

function renderTable(d: ReportDocument, t: ReportTable, flags: Map<string, Flag>): string {
  const cover = coverage(t);
  const byRow = new Map<number, ReportCell[]>();
  for (const c of t.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const nRows = Math.max(t.nRows, ...t.cells.map((c) => c.row + Math.max(1, c.rowSpan)));
  const nCols = Math.max(t.nCols, ...t.cells.map((c) => c.col + Math.max(1, c.colSpan)));
  const rows: string[] = [];
  for (let r = 0; r < nRows; r++) {
    const out: string[] = [];
    for (let k = 0; k < nCols; k++) {
      const c = cover.get(`${r},${k}`);
      if (!c) {
        // A grid position no stored cell covers: an empty cell keeps the columns aligned.
        out.push('<td class="hole"></td>');
        continue;
      }
      if (c.row !== r || c.col !== k) continue;
      const id = cellAnchor(d.id, t.key, c.row, c.col);
      const flag = flags.get(id);
      const tag = c.header ? 'th' : 'td';
      const attrs = [`id="${esc(id)}"`];
      if (c.rowSpan > 1) attrs.push(`rowspan="${c.rowSpan}"`);
      if (c.colSpan > 1) attrs.push(`colspan="${c.colSpan}"`);
      const classes = [/^[-−+(（]?[\d,，.]+%?[)）]?$/.test(c.raw.trim()) ? 'num' : ''];
      let refs = '';
      if (flag) {
        classes.push('flag', `flag-${flag.severity}`);
        attrs.push(`data-findings="${esc(flag.findings.join(' '))}"`, `title="${esc(`evidence of finding ${flag.findings.map((f) => `#${f}`).join(', ')}`)}"`);
        refs = `<span class="frefs">${flag.findings.map((f) => `<a href="#${findingAnchor(f)}">#${f}</a>`).join(' ')}</span>`;
      }
      const cls = classes.filter(Boolean).join(' ');
      if (cls) attrs.push(`class="${cls}"`);
      out.push(`<${tag} ${attrs.join(' ')}>${esc(c.raw)}${refs}</${tag}>`);
    }
    rows.push(`<tr>${out.join('')}</tr>`);
  }
  const caption = [
    `<span class="tkey">${esc(t.key)}</span>`,
    t.kind ? `<span class="tkind">${esc(t.kind)}</span>` : '',
    `<span class="ttitle">${esc(t.title ?? '(untitled table)')}</span>`,
    t.unitNote ? `<span class="tunit">${esc(t.unitNote)}</span>` : '',
    t.pages.length ? `<span class="tpages">p.${esc(t.pages.join(', '))}</span>` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const notes = t.notes.length ? `<ul class="tnotes">${t.notes.map((n) => `<li>${n.block ? `<span class="block">${esc(n.block)}</span> ` : ''}${esc(n.text)}</li>`).join('')}</ul>` : '';
  return `<figure class="doc-table" id="${esc(tableAnchor(d.id, t.key))}"><figcaption>${caption}</figcaption><div class="scroll"><table class="grid">${rows.join('\n')}</table></div>${notes}</figure>`;
}

function renderSide(name: string, s: ReportSide): string {
  const envelope = s.low === s.value && s.high === s.value ? '' : `<span class="env">[${esc(s.low)}, ${esc(s.high)}]</span>`;
  const ops = s.operands.length
    ? `<details><summary>${s.operands.length} operand${s.operands.length === 1 ? '' : 's'}</summary><ul>${s.operands
        .map((o) => `<li>${esc(o.label)}: <span class="n">${esc(o.value)}</span>${o.printed !== undefined ? ` <span class="printed">(printed ${esc(o.printed)}${o.unit && !o.printed.endsWith(o.unit) ? ` ${esc(o.unit)}` : ''})</span>` : ''}</li>`)
        .join('')}</ul></details>`
    : '';
  return `<tr><th>${name}</th><td>${esc(s.label)}${ops}</td><td class="n">${esc(s.value)}</td><td class="n">${envelope}</td></tr>`;
}

function renderEvidence(e: ReportEvidence, anchor: string | null | undefined): string {
  const page = e.page !== null ? `p.${e.page} ` : e.place !== null ? `${e.place} ` : '';
  if (e.kind === 'cell') {
    const where = `${page}${e.table ?? '?'}${e.tableKind ? ` (${e.tableKind})` : ''} r${e.row ?? '?'} c${e.col ?? '?'}`;
    const label = `${esc(where)} «${esc(e.text)}»`;
    return anchor
      ? `<li class="ev ev-cell"><a href="#${esc(anchor)}">${label}</a></li>`
      : `<li class="ev ev-cell ev-missing">${label} <span class="muted">(cell not in the stored table)</span></li>`;
  }
  const span = e.start !== null && e.end !== null ? ` chars ${e.start}–${e.end}` : '';
  return `<li class="ev ev-text"><span class="block">${esc(page)}${esc(e.block ?? '?')}${esc(span)}</span><blockquote>${esc(e.text)}</blockquote></li>`;
}

function renderFinding(f: ReportFinding, r: ResolvedEvidence): string {
  return `<article class="finding sev-${f.severity}" id="${findingAnchor(f.id)}">
<header><a class="fid" href="#${findingAnchor(f.id)}">#${f.id}</a> <span class="sev">${f.severity}</span> <code class="rule">${esc(f.rule)}</code>${f.diagnostic ? ` <code class="diag">${esc(f.diagnostic)}</code>` : ''}</header>
<p class="zh" lang="zh-CN">${esc(f.messageZh)}</p>
<p class="en" lang="en">${esc(f.messageEn)}</p>
<table class="sides"><thead><tr><th></th><th>label</th><th>value</th><th>rounding envelope</th></tr></thead><tbody>
${renderSide('left', f.left)}
${renderSide('right', f.right)}
<tr class="diff"><th>difference</th><td>left − right</td><td class="n">${esc(f.difference)}</td><td class="n">tolerance ${esc(f.tolerance)}</td></tr>
</tbody></table>
${f.evidence.length ? `<ol class="evidence">${f.evidence.map((e) => renderEvidence(e, r.anchors.get(`${f.id}:${e.seq}`))).join('')}</ol>` : '<p class="muted">no evidence</p>'}
</article>`;
}

const docTitle = (d: ReportDocument): string => [d.department, d.year, d.kind].filter((x) => x !== null && x !== '').join(' · ') || d.source;

function renderDocument(d: ReportDocument): string {
  const r = resolveEvidence(d);
  const meta: [string, string | number | null][] = [
    ['source', d.source],
    ['files', d.paths],
    ['status', d.status],
    ['reason', d.reason],
    ['kind', d.kind],
    ['department', d.department],
    ['year', d.year],
    ['level', d.level],
    ['format', d.format],
    ['pages', d.pages],
    ['tables', d.tables.length],
    ['line items', d.lineItems],
    ['narrative facts', d.narrativeFacts],
    ['engine', d.engineVersion],
    ['sha256', d.sha256],
  ];
  const dl = meta
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `<div class="kv${k === 'reason' || k === 'files' ? ' wide' : ''}"><dt>${k}</dt><dd${k === 'status' ? ` class="status st-${esc(v)}"` : ''}>${esc(v)}</dd></div>`)
    .join('');
  const findings = d.findings.length ? d.findings.map((f) => renderFinding(f, r)).join('\n') : '<p class="muted">no findings</p>';
  const tables = d.tables.length ? d.tables.map((t) => renderTable(d, t, r.flags)).join('\n') : '<p class="muted">no tables were read</p>';
  return `<section class="document" id="${documentAnchor(d.id)}">
<h2><span class="status st-${esc(d.status)}">${esc(d.status)}</span> ${esc(docTitle(d))}</h2>
<dl class="meta">${dl}</dl>
<p class="counts">${SEVERITIES.map((s) => `<span class="count sev-${s}">${d.counts[s]} ${s}</span>`).join(' ')} · ${r.flags.size} flagged cell${r.flags.size === 1 ? '' : 's'} · <a href="#top">back to the summary</a></p>
<div class="doc-body"><div class="tables"><h3>Tables</h3>${tables}</div><aside class="findings"><h3>Findings</h3>${findings}</aside></div>
</section>`;
}

function renderSummary(data: ReportData): string {
  const docs = data.documents;
  const status = new Map<string, number>();
  for (const d of docs) status.set(d.status, (status.get(d.status) ?? 0) + 1);
  const totals = SEVERITIES.map((s) => `<span class="count sev-${s}">${docs.reduce((a, d) => a + d.counts[s], 0)} ${s}</span>`).join(' ');
  const rows = docs
    .map(
      (d, i) => `<tr><td class="n">${i + 1}</td><td><a href="#${documentAnchor(d.id)}">${esc(d.source)}</a></td><td class="status st-${esc(d.status)}">${esc(d.status)}</td><td>${esc(d.kind)}</td><td>${esc(d.department)}</td><td class="n">${esc(d.year)}</td><td>${esc(d.level)}</td><td>${esc(d.format)}</td><td class="n">${d.tables.length}</td><td class="n">${d.lineItems}</td>${SEVERITIES.map((s) => `<td class="n${d.counts[s] ? ` c-${s}` : ''}">${d.counts[s]}</td>`).join('')}<td class="reason">${esc(d.reason)}</td></tr>`,
    )
    .join('\n');
  return `<section class="summary" id="summary"><h2>Summary</h2>
<p>${docs.length} document${docs.length === 1 ? '' : 's'}: ${[...status].map(([s, n]) => `<span class="status st-${esc(s)}">${n} ${esc(s)}</span>`).join(' ')} · findings: ${totals}</p>
<div class="scroll"><table class="list"><thead><tr><th>#</th><th>document</th><th>status</th><th>kind</th><th>department</th><th>year</th><th>level</th><th>format</th><th>tables</th><th>line items</th><th>errors</th><th>warnings</th><th>infos</th><th>reason</th></tr></thead><tbody>
${rows}
</tbody></table></div>
<p class="legend">Highlighted cells are evidence of a finding: <span class="flag flag-error">error</span> <span class="flag flag-warning">warning</span> <span class="flag flag-info">info</span>; the #numbers in a cell link to its findings, and each finding's cell evidence links back to the cell.</p>
</section>`;
}

/**
 * The report as one self-contained HTML page: inline CSS, no scripts, no external resources. Every
 * string from a document (cells, titles, messages, quotes, paths) is HTML-escaped.
 */
export function renderReport(data: ReportData, o: { title?: string } = {}): string {
  const title = o.title ?? 'gongkai report';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top" id="top"><h1>${esc(title)}</h1><p class="muted">generated ${esc(data.generatedAt)} by gongkai from the store</p></header>
<main>
${renderSummary(data)}
${data.documents.map(renderDocument).join('\n')}
</main>
</body>
</html>
`;
}

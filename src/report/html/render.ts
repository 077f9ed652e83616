import path from 'node:path';
import type { Severity } from '../../model/index.js';
import { READING_WORDS } from '../../pipeline/status.js';
import type { ReportCell, ReportData, ReportDocument, ReportTable } from './data.js';
import { esc } from './escape.js';
import { filtersCss, filtersHtml, ruleIndex } from './filters.js';
import { documentQuotes, findingAnchor, renderFinding, renderQuotes, type PageLink } from './finding.js';
import { REPORT_CSS } from './style.js';

export { esc } from './escape.js';
export { findingAnchor } from './finding.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** An id fragment from stored text: letters, digits, `_` and `-` only (table keys are `t0`, `t1`, …). */
const idPart = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, (ch) => `_${ch.codePointAt(0)!.toString(16)}`);

export const documentAnchor = (doc: number): string => `doc-${doc}`;
export const tableAnchor = (doc: number, table: string): string => `d${doc}-${idPart(table)}`;
/** The id of a rendered (origin) cell: `d3-t1-r4c2`. */
export const cellAnchor = (doc: number, table: string, row: number, col: number): string => `${tableAnchor(doc, table)}-r${row}c${col}`;

/** A cell that is evidence of findings: the findings, and the most severe of them. */
interface Flag {
  severity: Severity;
  findings: number[];
}

/** Every grid position a table's origin cells cover, to the origin cell covering it. */
function coverage(t: ReportTable): Map<string, ReportCell> {
  const m = new Map<string, ReportCell>();
  for (const c of t.cells)
    for (let r = c.row; r < c.row + Math.max(1, c.rowSpan); r++)
      for (let k = c.col; k < c.col + Math.max(1, c.colSpan); k++) if (!m.has(`${r},${k}`)) m.set(`${r},${k}`, c);
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

function renderTable(d: ReportDocument, t: ReportTable, flags: Map<string, Flag>, pageLink: PageLink): string {
  const cover = coverage(t);
  // Loops, not spreads: a sheet of 100,000 rows has more cells than a call's arguments may hold.
  const byRow = new Map<number, ReportCell[]>();
  let nRows = t.nRows;
  let nCols = t.nCols;
  for (const c of t.cells) {
    const row = byRow.get(c.row);
    if (row) row.push(c);
    else byRow.set(c.row, [c]);
    nRows = Math.max(nRows, c.row + Math.max(1, c.rowSpan));
    nCols = Math.max(nCols, c.col + Math.max(1, c.colSpan));
  }
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
    t.pages.length
      ? `<span class="tpages">${t.pages
          .map((p) => {
            const href = pageLink(p);
            return href ? `<a class="open" href="${esc(href)}">p.${p}</a>` : `p.${p}`;
          })
          .join(', ')}</span>`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const notes = t.notes.length
    ? `<ul class="tnotes">${t.notes.map((n) => `<li>${n.block ? `<span class="block">${esc(n.block)}</span> ` : ''}${esc(n.text)}</li>`).join('')}</ul>`
    : '';
  const body = `<div class="scroll"><table class="grid">${rows.join('\n')}</table></div>${notes}`;
  // A table with no evidence cell is folded: the tables a finding points to stay open.
  const flagged = t.cells.some((c) => flags.has(cellAnchor(d.id, t.key, c.row, c.col)));
  return flagged
    ? `<figure class="doc-table" id="${esc(tableAnchor(d.id, t.key))}"><figcaption>${caption}</figcaption>${body}</figure>`
    : `<figure class="doc-table" id="${esc(tableAnchor(d.id, t.key))}"><details><summary>${caption} <span class="muted">(no finding points here)</span></summary>${body}</details></figure>`;
}

const SEV_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const docTitle = (d: ReportDocument): string => [d.department, d.year, d.kind].filter((x) => x !== null && x !== '').join(' · ') || d.source;

/** The reading as a badge: `read`, `read in part`, `unreadable`, in both languages. */
const readingBadge = (d: ReportDocument): string =>
  `<span class="reading rd-${d.reading}" title="${esc(READING_WORDS[d.reading].zh)}">${esc(READING_WORDS[d.reading].en)}</span>`;

/** What a document's findings can be trusted for, when it was not read wholly. */
function readingNote(d: ReportDocument): string {
  if (d.reading === 'read') return '';
  const why = `${esc(d.reason ?? d.readingReasons.join(', '))}`;
  return d.reading === 'unreadable'
    ? `<p class="reading-note rd-unreadable"><b>Not checked: nothing could be read from this file</b> (未检查：无法读取). ${why}</p>`
    : `<p class="reading-note rd-partial"><b>Read in part: its findings are incomplete, and none is more than a warning</b> (部分读取，问题不完整). ${why}</p>`;
}

function renderDocument(d: ReportDocument, rules: ReturnType<typeof ruleIndex>, pageLink: PageLink): string {
  const r = resolveEvidence(d);
  const quotes = documentQuotes(d);
  const meta: [string, string | number | null][] = [
    ['source', d.source],
    ['files', d.paths],
    ['reading', READING_WORDS[d.reading].en],
    ['kind', d.kind],
    ['department', d.department],
    ['year', d.year],
    ['level', d.level],
    ['format', d.format],
    ['pages', d.pages],
    ['tables', d.tables.length],
    ['line items', d.lineItems],
    ['narrative facts', d.narrativeFacts],
    ['older versions', d.olderVersions || null],
    ['engine', d.engineVersion],
    ['sha256', d.sha256],
  ];
  const dl = meta
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `<div class="kv${k === 'files' ? ' wide' : ''}"><dt>${k}</dt><dd>${esc(v)}</dd></div>`)
    .join('');
  // Errors first; info notes folded (a checkbox, so the rule filter can open them without a script).
  const sorted = [...d.findings].sort((a, b) => SEV_RANK[a.severity] - SEV_RANK[b.severity] || a.seq - b.seq);
  const one = (f: (typeof sorted)[number]) => renderFinding(d, f, rules.get(f.rule)!.index, r.anchors, quotes, pageLink);
  const main = sorted
    .filter((f) => f.severity !== 'info')
    .map(one)
    .join('\n');
  const infos = sorted.filter((f) => f.severity === 'info');
  const fold = infos.length
    ? `<div class="fold-info"><input type="checkbox" class="unfold" id="infos-${d.id}"><label for="infos-${d.id}" class="chip sev-info">${infos.length} info note${infos.length === 1 ? '' : 's'} (rounding, wording) — show</label><div class="infos">${infos.map(one).join('\n')}</div></div>`
    : '';
  const none =
    d.reading === 'unreadable'
      ? 'not checked'
      : !d.codes.length
        ? 'not checked: no part of it was recognised as a 预算, 决算 or 绩效 disclosure, so no rule applied'
        : d.reading === 'partial'
          ? 'no findings in the part that was read'
          : 'no findings';
  const findings = d.findings.length ? `${main}${fold}${renderQuotes(d, quotes, pageLink)}` : `<p class="muted">${none}</p>`;
  const tables = d.tables.length ? d.tables.map((t) => renderTable(d, t, r.flags, pageLink)).join('\n') : '<p class="muted">no tables were read</p>';
  return `<section class="document rd-${d.reading}" id="${documentAnchor(d.id)}">
<h2>${readingBadge(d)} ${esc(docTitle(d))}</h2>
${readingNote(d)}
<p class="counts">${SEVERITIES.map((s) => `<span class="count sev-${s}">${d.counts[s]} ${s}</span>`).join(' ')} · ${r.flags.size} flagged cell${r.flags.size === 1 ? '' : 's'} · <a href="#summary">back to the index</a></p>
<dl class="meta">${dl}</dl>
<div class="doc-body"><div class="tables"><h3>Tables</h3>${tables}</div><aside class="findings"><h3>Findings</h3>${findings}</aside></div>
</section>`;
}

/** Most errors first, then most warnings; the unreadable and the read in part before the clean. */
function documentOrder(a: ReportDocument, b: ReportDocument): number {
  const rank = { unreadable: 0, partial: 1, read: 2 } as const;
  return b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || rank[a.reading] - rank[b.reading] || a.source.localeCompare(b.source);
}

function renderIndex(data: ReportData, docs: readonly ReportDocument[], rules: ReturnType<typeof ruleIndex>): string {
  const reading = new Map<string, number>();
  for (const d of docs) reading.set(d.reading, (reading.get(d.reading) ?? 0) + 1);
  const totals = SEVERITIES.map((s) => `<span class="count sev-${s}">${docs.reduce((a, d) => a + d.counts[s], 0)} ${s}</span>`).join(' ');
  const rows = docs
    .map((d, i) => {
      const has = [...new Set(d.findings.map((f) => `has-r${rules.get(f.rule)!.index}`))].join(' ');
      return `<tr class="doc-row rd-${d.reading}${has ? ` ${has}` : ''}"><td class="n">${i + 1}</td><td><a href="#${documentAnchor(d.id)}">${esc(docTitle(d))}</a><div class="src">${esc(d.source)}</div></td><td>${readingBadge(d)}${d.reading !== 'read' ? `<div class="why">${esc(d.readingReasons.join(', '))}</div>` : ''}</td>${SEVERITIES.map((s) => `<td class="n${d.counts[s] ? ` c-${s}` : ''}">${d.reading === 'unreadable' ? '–' : d.counts[s]}</td>`).join('')}<td>${esc(d.kind)}</td><td>${esc(d.format)}</td><td class="n">${esc(d.pages)}</td><td class="n">${d.tables.length}</td></tr>`;
    })
    .join('\n');
  const unreadable = reading.get('unreadable') ?? 0;
  const partial = reading.get('partial') ?? 0;
  const parts = [
    unreadable ? `${unreadable} document${unreadable === 1 ? '' : 's'} could not be read (not checked)` : '',
    partial ? `${partial} ${partial === 1 ? 'was' : 'were'} read in part (findings incomplete)` : '',
  ].filter(Boolean);
  const warn = parts.length
    ? `<p class="reading-note rd-${unreadable ? 'unreadable' : 'partial'}">${parts.join(' and ')}: for ${unreadable + partial === 1 ? 'it' : 'them'}, no finding does not mean nothing is wrong.</p>`
    : '';
  return `<section class="summary" id="summary"><h2>Documents 文档</h2>
<p>${docs.length} document${docs.length === 1 ? '' : 's'} (the current version of each source${data.olderVersions ? `; ${data.olderVersions} older version${data.olderVersions === 1 ? '' : 's'} kept in the store, not shown` : ''}): ${(['read', 'partial', 'unreadable'] as const).map((k) => `<span class="reading rd-${k}">${reading.get(k) ?? 0} ${READING_WORDS[k].en}</span>`).join(' ')} · found: ${totals}</p>
${warn}
<div class="scroll"><table class="list"><thead><tr><th>#</th><th>document</th><th>reading 读取</th><th>errors</th><th>warnings</th><th>info</th><th>kind</th><th>format</th><th>pages</th><th>tables</th></tr></thead><tbody>
${rows}
</tbody></table></div>
<p class="legend">Highlighted cells are evidence of a finding: <span class="flag flag-error">error</span> <span class="flag flag-warning">warning</span> <span class="flag flag-info">info</span>; the #numbers in a cell link to its findings, and each finding's cell evidence links back to the cell. Page links open the PDF at that page where the file is at hand.</p>
</section>`;
}

/**
 * A link to a page of a document's file, relative to the report (so the two can move together),
 * for a PDF whose file is at hand; null otherwise.
 */
export function pageLinker(d: ReportDocument, reportDir: string | null): PageLink {
  if (!d.file || d.format !== 'pdf' || reportDir === null) return () => null;
  const rel = path.relative(reportDir, d.file).split(path.sep).map(encodeURIComponent).join('/');
  return (page) => `${rel}#page=${page}`;
}

/**
 * The report as one self-contained HTML page: inline CSS, no script, no external resource (links
 * open the documents' own files at a page). An index of the documents with how well each was read,
 * filters by severity and by rule, then each document with its findings — errors first, info folded
 * — beside its tables. Every string from a document (cells, titles, messages, quotes, paths) is
 * HTML-escaped. `reportDir` is the folder the page is written to (for the page links).
 */
export function renderReport(data: ReportData, o: { title?: string; reportDir?: string | null } = {}): string {
  const title = o.title ?? 'gongkai report';
  const rules = ruleIndex(data);
  const docs = [...data.documents].sort(documentOrder);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${REPORT_CSS}
${filtersCss(rules)}</style>
</head>
<body>
<header class="top" id="top"><h1>${esc(title)}</h1><p class="muted">generated ${esc(data.generatedAt)} by gongkai from the store</p></header>
${filtersHtml(data, rules)}
<main>
${renderIndex(data, docs, rules)}
${docs.map((d) => renderDocument(d, rules, pageLinker(d, o.reportDir ?? null))).join('\n')}
</main>
</body>
</html>
`;
}

import { atPlaces, displayPlaces } from '../numbers.js';
import type { ReportDocument, ReportEvidence, ReportFinding, ReportSide } from './data.js';
import { esc } from './escape.js';

export const findingAnchor = (finding: number): string => `f${finding}`;
export const quoteAnchor = (doc: number, i: number): string => `d${doc}-q${i}`;

/**
 * The sentences a document's findings quote, each once: findings point to them (`S2`) instead of
 * repeating them, and each sentence lists the findings that cite it.
 */
export interface Quotes {
  /** Per `block␟text`: its number (1-based) in the document. */
  index: Map<string, number>;
  list: { block: string; text: string; page: number | null; findings: number[] }[];
}

const quoteKey = (e: ReportEvidence): string => `${e.block ?? ''}\u241f${e.text}`;

export function documentQuotes(d: ReportDocument): Quotes {
  const q: Quotes = { index: new Map(), list: [] };
  for (const f of d.findings)
    for (const e of f.evidence) {
      if (e.kind !== 'text') continue;
      const key = quoteKey(e);
      let i = q.index.get(key);
      if (i === undefined) {
        q.list.push({ block: e.block ?? '?', text: e.text, page: e.page, findings: [] });
        i = q.list.length;
        q.index.set(key, i);
      }
      const item = q.list[i - 1]!;
      if (!item.findings.includes(f.id)) item.findings.push(f.id);
    }
  return q;
}

/** Where the report links a page of the document: the file, relative to the report, at `#page=N` (PDF viewers open there). */
export type PageLink = (page: number) => string | null;

function renderSide(name: string, s: ReportSide, n: (v: string) => string): string {
  const envelope = s.low === s.value && s.high === s.value ? '' : `<span class="env">[${esc(n(s.low))}, ${esc(n(s.high))}]</span>`;
  const ops = s.operands.length
    ? `<details><summary>${s.operands.length} operand${s.operands.length === 1 ? '' : 's'}</summary><ul>${s.operands
        .map(
          (o) =>
            `<li>${esc(o.label)}: <span class="n">${esc(o.value)}</span>${o.printed !== undefined ? ` <span class="printed">(printed ${esc(o.printed)}${o.unit && !o.printed.endsWith(o.unit) ? ` ${esc(o.unit)}` : ''})</span>` : ''}</li>`,
        )
        .join('')}</ul></details>`
    : '';
  return `<tr><th>${name}</th><td>${esc(s.label)}${ops}</td><td class="n" title="${esc(s.value)}">${esc(n(s.value))}</td><td class="n">${envelope}</td></tr>`;
}

function renderEvidence(d: ReportDocument, e: ReportEvidence, anchor: string | null | undefined, quotes: Quotes, pageLink: PageLink): string {
  const open = e.page !== null ? pageLink(e.page) : null;
  const page =
    e.page !== null
      ? open
        ? `<a class="open" href="${esc(open)}" title="open the document at this page">p.${e.page}</a> `
        : `p.${e.page} `
      : e.place !== null
        ? `${esc(e.place)} `
        : '';
  if (e.kind === 'cell') {
    const where = `${e.table ?? '?'}${e.tableKind ? ` (${e.tableKind})` : ''} r${e.row ?? '?'} c${e.col ?? '?'}`;
    const label = `${esc(where)} «${esc(e.text)}»`;
    return anchor
      ? `<li class="ev ev-cell">${page}<a href="#${esc(anchor)}">${label}</a></li>`
      : `<li class="ev ev-cell ev-missing">${page}${label} <span class="muted">(cell not in the stored table)</span></li>`;
  }
  const i = quotes.index.get(quoteKey(e));
  const span = e.start !== null && e.end !== null ? ` chars ${e.start}–${e.end}` : '';
  return `<li class="ev ev-text">${page}<span class="block">${esc(e.block ?? '?')}${esc(span)}</span> in <a class="qref" href="#${quoteAnchor(d.id, i ?? 0)}">S${i ?? '?'}</a></li>`;
}

export function renderFinding(
  d: ReportDocument,
  f: ReportFinding,
  ruleIndex: number,
  anchors: Map<string, string | null>,
  quotes: Quotes,
  pageLink: PageLink,
): string {
  // Values at the precision their numbers were printed, plus one digit; the exact value is the cell's title.
  const places = displayPlaces([...f.left.operands, ...f.right.operands].map((o) => o.halfUnit));
  const n = (v: string): string => atPlaces(v, places);
  return `<article class="finding sev-${f.severity}" id="${findingAnchor(f.id)}" data-r="${ruleIndex}">
<header><a class="fid" href="#${findingAnchor(f.id)}">#${f.id}</a> <span class="sev">${f.severity}</span> <code class="rule">${esc(f.rule)}</code>${f.diagnostic ? ` <code class="diag">${esc(f.diagnostic)}</code>` : ''}</header>
<p class="zh" lang="zh-CN">${esc(f.messageZh)}</p>
<p class="en" lang="en">${esc(f.messageEn)}</p>
<table class="sides"><thead><tr><th></th><th>label</th><th>value</th><th>rounding envelope</th></tr></thead><tbody>
${renderSide('left', f.left, n)}
${renderSide('right', f.right, n)}
<tr class="diff"><th>difference</th><td>left − right</td><td class="n" title="${esc(f.difference)}">${esc(n(f.difference))}</td><td class="n">tolerance ${esc(n(f.tolerance))}</td></tr>
</tbody></table>
${f.evidence.length ? `<ol class="evidence">${f.evidence.map((e) => renderEvidence(d, e, anchors.get(`${f.id}:${e.seq}`), quotes, pageLink)).join('')}</ol>` : '<p class="muted">no evidence</p>'}
</article>`;
}

/** The document's quoted sentences, each once, with the findings that cite it. */
export function renderQuotes(d: ReportDocument, quotes: Quotes, pageLink: PageLink): string {
  if (!quotes.list.length) return '';
  const items = quotes.list.map((q, i) => {
    const open = q.page !== null ? pageLink(q.page) : null;
    const page = q.page !== null ? (open ? `<a class="open" href="${esc(open)}">p.${q.page}</a> ` : `p.${q.page} `) : '';
    return `<li id="${quoteAnchor(d.id, i + 1)}"><span class="qn">S${i + 1}</span> ${page}<span class="block">${esc(q.block)}</span> <blockquote>${esc(q.text)}</blockquote><span class="frefs">cited by ${q.findings.map((f) => `<a href="#${findingAnchor(f)}">#${f}</a>`).join(' ')}</span></li>`;
  });
  return `<h4>Sentences quoted 引用原文</h4><ol class="quotes">${items.join('')}</ol>`;
}

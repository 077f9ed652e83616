import type { Severity } from '../../model/index.js';
import type { ReportData } from './data.js';
import { esc } from './escape.js';

/**
 * Filters by severity and by rule, in CSS alone (`:has()` on the form controls' `:checked`): no
 * script runs, so the page keeps its `default-src 'none'` policy and works where scripts are off.
 * Each severity has a checkbox; the rules are one radio group (all, or one rule). A rule is named in
 * the markup by its index (`data-r="3"`), never by its id, so no stored text reaches the stylesheet.
 */

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The distinct rules of the report's findings, most severe and most frequent first, each with its index. */
export function ruleIndex(data: ReportData): Map<string, { index: number; count: number; severity: Severity }> {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const m = new Map<string, { count: number; severity: Severity }>();
  for (const d of data.documents)
    for (const f of d.findings) {
      const r = m.get(f.rule) ?? { count: 0, severity: f.severity };
      r.count++;
      if (rank[f.severity] > rank[r.severity]) r.severity = f.severity;
      m.set(f.rule, r);
    }
  const sorted = [...m].sort((a, b) => rank[b[1].severity] - rank[a[1].severity] || b[1].count - a[1].count || a[0].localeCompare(b[0]));
  return new Map(sorted.map(([rule, r], index) => [rule, { index, ...r }]));
}

/** The controls, at the top of the page. */
export function filtersHtml(data: ReportData, rules: ReturnType<typeof ruleIndex>): string {
  const total = (s: Severity) => data.documents.reduce((a, d) => a + d.counts[s], 0);
  const sev = SEVERITIES.map(
    (s) => `<input type="checkbox" id="show-${s}" checked><label for="show-${s}" class="chip sev-${s}">${s} <b>${total(s)}</b></label>`,
  ).join('');
  const list = [...rules]
    .map(
      ([rule, r]) =>
        `<input type="radio" name="rule" id="rule-${r.index}"><label for="rule-${r.index}" class="chip rule sev-${r.severity}"><code>${esc(rule)}</code> <b>${r.count}</b></label>`,
    )
    .join('');
  return `<nav class="filters" id="filters" aria-label="filters">
<div class="frow"><span class="flabel">show 显示</span>${sev}<span class="muted">info notes are folded in each document</span></div>
<div class="frow rules"><span class="flabel">rule 规则</span><input type="radio" name="rule" id="rule-all" checked><label for="rule-all" class="chip">all rules</label>${list}</div>
</nav>`;
}

/** The rules the filters need: one per severity, two per rule present. */
export function filtersCss(rules: ReturnType<typeof ruleIndex>): string {
  const out = SEVERITIES.map(
    (s) => `body:has(#show-${s}:not(:checked)) article.finding.sev-${s}, body:has(#show-${s}:not(:checked)) .fold-${s} { display: none; }`,
  );
  for (const r of rules.values()) {
    const on = `body:has(#rule-${r.index}:checked)`;
    out.push(
      `${on} article.finding:not([data-r="${r.index}"]), ${on} section.document:not(:has(article.finding[data-r="${r.index}"])), ${on} tr.doc-row:not(.has-r${r.index}) { display: none; }`,
    );
    // The rule asked for is shown even where its findings are folded info notes.
    out.push(`${on} .infos { display: block; }`);
    out.push(`${on} label[for="rule-${r.index}"] { outline: 2px solid #1552a8; }`);
  }
  out.push('body:has(#rule-all:checked) label[for="rule-all"] { outline: 2px solid #1552a8; }');
  return out.join('\n');
}

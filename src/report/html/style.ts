/** The report's whole stylesheet, inlined into the page (no external assets). */
export const REPORT_CSS = `
:root { --error: #f6b3b3; --error-ink: #8a1111; --warning: #fbe08a; --warning-ink: #7a5300; --info: #c4dcfb; --info-ink: #17457a; --line: #c9ced6; --head: #eef0f3; --muted: #5f6670; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d2126; background: #fff; }
header.top { padding: 12px 20px; border-bottom: 1px solid var(--line); background: #f7f8fa; }
header.top h1 { margin: 0; font-size: 20px; }
main { padding: 0 20px 40px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
h3 { font-size: 15px; margin: 12px 0 6px; }
a { color: #1552a8; }
.muted { color: var(--muted); }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; }
table.list th, table.list td { border: 1px solid var(--line); padding: 3px 6px; vertical-align: top; }
table.list thead th { background: var(--head); position: sticky; top: 0; }
td.reason { max-width: 40em; color: var(--muted); }
td.n, .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.c-error { background: var(--error); } td.c-warning { background: var(--warning); } td.c-info { background: var(--info); }
/* how well a document was read: a badge apart from the finding counts */
.reading { display: inline-block; padding: 0 6px; border-radius: 3px; font-weight: 600; font-size: 12.5px; border: 1px solid; }
.reading.rd-read { color: #1b6e2a; border-color: #9cc9a6; background: #eef7f0; }
.reading.rd-partial { color: #7a5300; border-color: #e0c27a; background: #fdf5e0; }
.reading.rd-unreadable { color: #fff; border-color: #a01414; background: #a01414; }
.reading-note { padding: 6px 10px; border-radius: 4px; margin: 6px 0; }
.reading-note.rd-unreadable { background: #fbe3e3; border-left: 6px solid #a01414; }
.reading-note.rd-partial { background: #fdf5e0; border-left: 6px solid #d9a400; }
td .why, td .src { font-size: 11.5px; color: var(--muted); overflow-wrap: anywhere; }
/* filters: form controls styled as chips; the CSS in filters.ts does the filtering */
nav.filters { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: 6px 20px; font-size: 12.5px; }
nav.filters .frow { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: center; margin: 2px 0; }
nav.filters .frow.rules { max-height: 3.7em; overflow-y: auto; }
nav.filters .flabel { font-weight: 600; margin-right: 4px; }
nav.filters input, .fold-info input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.chip { display: inline-block; padding: 1px 7px; border-radius: 10px; border: 1px solid var(--line); cursor: pointer; user-select: none; background: #fff; }
.chip.sev-error { border-color: #d33a3a; } .chip.sev-warning { border-color: #d9a400; } .chip.sev-info { border-color: #4a88d9; }
nav.filters input[type=checkbox]:checked + label.sev-error { background: var(--error); }
nav.filters input[type=checkbox]:checked + label.sev-warning { background: var(--warning); }
nav.filters input[type=checkbox]:checked + label.sev-info { background: var(--info); }
nav.filters input[type=checkbox]:not(:checked) + label { text-decoration: line-through; color: var(--muted); }
nav.filters input:focus-visible + label, .fold-info input:focus-visible + label { outline: 2px solid #1552a8; }
.chip.rule code { font-size: 11.5px; }
.fold-info { margin: 6px 0; }
.fold-info .unfold:not(:checked) ~ .infos { display: none; }
.fold-info .unfold:checked + label { background: var(--info); }
ol.quotes { padding-left: 0; list-style: none; font-size: 12.5px; }
ol.quotes li { margin: 0 0 6px; } ol.quotes li:target { outline: 3px solid #1552a8; }
.qn { font-weight: 700; }
h4 { font-size: 13px; margin: 12px 0 4px; }
a.open { font-size: 11.5px; }
figure.doc-table details > summary { cursor: pointer; font-size: 13px; color: inherit; }
.count { display: inline-block; padding: 0 6px; border-radius: 3px; }
.count.sev-error { background: var(--error); } .count.sev-warning { background: var(--warning); } .count.sev-info { background: var(--info); }
section.document { border-top: 3px solid var(--line); margin-top: 28px; }
dl.meta { display: flex; flex-wrap: wrap; gap: 2px 18px; margin: 0 0 6px; font-size: 13px; }
dl.meta .kv { display: flex; gap: 6px; max-width: 100%; } dl.meta .kv.wide { flex-basis: 100%; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.doc-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(22rem, 2fr); gap: 20px; align-items: start; }
@media (max-width: 1000px) { .doc-body { grid-template-columns: minmax(0, 1fr); } }
figure.doc-table { margin: 0 0 18px; }
figcaption { margin: 0 0 4px; font-size: 13px; }
.tkey { font-family: ui-monospace, monospace; background: var(--head); padding: 0 4px; border-radius: 3px; }
.tkind { font-family: ui-monospace, monospace; color: var(--muted); }
.ttitle { font-weight: 600; } .tunit, .tpages { color: var(--muted); }
table.grid { font-size: 12.5px; }
table.grid th, table.grid td { border: 1px solid var(--line); padding: 2px 5px; background: #fff; vertical-align: top; }
table.grid th { background: var(--head); font-weight: 600; }
table.grid td.hole { background: repeating-linear-gradient(45deg, #fff, #fff 3px, #f1f2f4 3px, #f1f2f4 6px); }
table.grid td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.flag { font-weight: 600; }
table.grid .flag-error, .legend .flag-error { background: var(--error); color: var(--error-ink); }
table.grid .flag-warning, .legend .flag-warning { background: var(--warning); color: var(--warning-ink); }
table.grid .flag-info, .legend .flag-info { background: var(--info); color: var(--info-ink); }
.legend .flag { padding: 0 6px; border-radius: 3px; }
table.grid .flag:target, article.finding:target, ol.quotes li:target { outline: 3px solid #1552a8; outline-offset: -1px; }
.frefs { display: block; font-size: 10.5px; font-weight: 400; text-align: right; }
.frefs a { color: inherit; }
ul.tnotes { margin: 4px 0 0; padding-left: 18px; font-size: 12px; color: var(--muted); }
aside.findings { position: sticky; top: 96px; max-height: calc(100vh - 104px); overflow-y: auto; }
section.document { scroll-margin-top: 96px; } article.finding, table.grid td, table.grid th, ol.quotes li { scroll-margin-top: 100px; }
article.finding { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 4px; padding: 6px 10px; margin: 0 0 10px; background: #fff; }
article.finding.sev-error { border-left-color: #d33a3a; } article.finding.sev-warning { border-left-color: #d9a400; } article.finding.sev-info { border-left-color: #4a88d9; }
article.finding header { font-size: 12.5px; }
.fid { font-weight: 700; text-decoration: none; }
.sev { text-transform: uppercase; font-size: 11px; font-weight: 700; }
.sev-error .sev { color: var(--error-ink); } .sev-warning .sev { color: var(--warning-ink); } .sev-info .sev { color: var(--info-ink); }
code { font-family: ui-monospace, monospace; font-size: 12px; }
code.diag { color: var(--muted); }
article.finding p { margin: 4px 0; } article.finding p.en { color: var(--muted); font-size: 13px; }
table.sides { width: 100%; font-size: 12.5px; margin: 4px 0; }
table.sides th, table.sides td { border-top: 1px solid #e3e6ea; padding: 2px 4px; text-align: left; vertical-align: top; }
table.sides td.n { text-align: right; }
table.sides tr.diff { font-weight: 600; }
.env { color: var(--muted); font-weight: 400; }
details summary { cursor: pointer; color: var(--muted); font-size: 11.5px; }
details ul { margin: 2px 0; padding-left: 16px; }
.printed { color: var(--muted); }
ol.evidence { margin: 4px 0 0; padding-left: 20px; font-size: 12.5px; }
.ev blockquote { margin: 2px 0 4px; padding: 2px 8px; border-left: 3px solid var(--line); background: #f7f8fa; }
.block { font-family: ui-monospace, monospace; font-size: 11.5px; color: var(--muted); }
@media print { aside.findings { position: static; max-height: none; overflow: visible; } .doc-body { grid-template-columns: 1fr; } }
`;

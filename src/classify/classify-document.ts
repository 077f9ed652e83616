import type { Block, Diagnostic, DocModel } from '../model/index.js';
import { departmentInTitle, departmentOf } from '../normalise/department.js';
import { yearOf } from '../normalise/year.js';
import { classifyTable, type TableClassification } from './classify-table.js';

export type DocumentKind = '决算' | '预算' | '自评报告' | '评价报告' | '指标框架' | 'unknown';

/** One piece of evidence for a document's kind, department, year or level, and where it was printed. */
export interface Evidence {
  block: string | null;
  table: string | null;
  text: string;
}

export interface DocumentClassification {
  kind: DocumentKind;
  department: string | null;
  year: number | null;
  /** 部门 (a department's consolidated disclosure) or 单位 (one unit's); null when nothing says. */
  level: '部门' | '单位' | null;
  tables: TableClassification[];
  evidence: { kind: Evidence[]; department: Evidence[]; year: Evidence[]; level: Evidence[] };
  diagnostics: Diagnostic[];
}

const compact = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');
const PART = /^第[一二三四五六七八九十]+部分/;

/** The blocks that title the document: the first headings and captions before its 目录 or body, and its part titles. */
function titleBlocks(doc: DocModel): Block[] {
  const cover = doc.blocks.slice(0, 6).filter((b) => b.role !== 'toc' && b.text.length <= 60);
  const parts = doc.blocks.filter((b) => b.role === 'heading' && PART.test(compact(b.text)));
  return [...new Set([...cover, ...parts])];
}

function kindOfTitle(text: string): DocumentKind | null {
  const t = compact(text);
  if (/共性指标(?:体系)?框架/.test(t)) return '指标框架';
  if (/自评报告/.test(t)) return '自评报告';
  if (/评价报告/.test(t)) return '评价报告';
  if (/决算(?:表)?$|部门决算|单位决算/.test(t)) return '决算';
  if (/预算$|部门预算|单位预算/.test(t)) return '预算';
  return null;
}

function kindOfTables(tables: TableClassification[]): DocumentKind | null {
  const kinds = new Set(tables.map((t) => t.kind));
  if ([...kinds].some((k) => k.startsWith('fa'))) return '决算';
  if ([...kinds].some((k) => k.startsWith('bu'))) return '预算';
  if (kinds.has('fw')) return '指标框架';
  return null;
}

const conflict = (code: string, what: string, values: Map<string, Evidence[]>): Diagnostic => ({
  code,
  severity: 'warning',
  stage: 'classify',
  message: `the document names ${values.size} different ${what}: ${[...values].map(([v, ev]) => `${v} (${ev.map((e) => e.block ?? e.table).join(', ')})`).join(' vs ')}`,
  detail: Object.fromEntries([...values].map(([v, ev]) => [v, ev.map((e) => e.text)])),
});

/** The value most evidence agrees on (the first printed wins a tie), and a diagnostic when they differ. */
function settle<T extends string | number>(found: [T, Evidence][], code: string, what: string): { value: T | null; diagnostics: Diagnostic[] } {
  const groups = new Map<string, Evidence[]>();
  for (const [v, e] of found) groups.set(String(v), [...(groups.get(String(v)) ?? []), e]);
  if (groups.size === 0) return { value: null, diagnostics: [] };
  const best = [...groups].sort((a, b) => b[1].length - a[1].length)[0]![0];
  const value = found.find(([v]) => String(v) === best)![0];
  return { value, diagnostics: groups.size > 1 ? [conflict(code, what, groups)] : [] };
}

/**
 * What the document is: kind (决算 / 预算 / 自评报告 / 评价报告 / 指标框架), department, year and
 * level, from its title, part titles, the 部门：/编制单位： lines above tables, and its tables' kinds.
 * Evidence that disagrees (an injected 2023 in a 2024 决算's part title) is a diagnostic, not a guess:
 * the value most of the evidence gives is kept, and every value is named with where it was printed.
 */
export function classifyDocument(doc: DocModel): DocumentClassification {
  const tables = doc.tables.map(classifyTable);
  const titles = titleBlocks(doc);
  const ev = (b: Block): Evidence => ({ block: b.id, table: null, text: b.text });

  const kindFound: [DocumentKind, Evidence][] = titles.flatMap((b) => {
    const k = kindOfTitle(b.text);
    return k && !PART.test(compact(b.text)) ? [[k, ev(b)] as [DocumentKind, Evidence]] : [];
  });
  const byTables = kindOfTables(tables);
  if (byTables) kindFound.push([byTables, { block: null, table: tables.find((t) => t.kind !== 'unknown')?.table ?? null, text: `table kinds: ${tables.map((t) => t.kind).join(', ')}` }]);

  const deptFound: [string, Evidence][] = [];
  for (const b of titles) {
    const d = departmentInTitle(compact(b.text).replace(PART, '')) ?? departmentOf(b.text);
    if (d) deptFound.push([d, ev(b)]);
  }
  for (const b of doc.blocks) {
    if (titles.includes(b)) continue;
    if (/^(?:部门|编制单位|预算单位|预算主管部门|填报单位|项目实施单位)/.test(compact(b.text))) {
      const d = departmentOf(b.text);
      if (d) deptFound.push([d, ev(b)]);
    }
  }

  const yearFound: [number, Evidence][] = titles.flatMap((b) => {
    const y = yearOf(b.text);
    return y !== null && kindOfTitle(b.text.replace(/情况说明$/, '')) !== null ? [[y, ev(b)] as [number, Evidence]] : [];
  });
  for (const b of doc.blocks) if (/^[（(]?\s*\d{4}\s*年度?\s*[)）]?$/.test(b.text.trim())) yearFound.push([yearOf(b.text)!, ev(b)]);
  // A 自评表's printed title carries the year the report's title may leave out (seed 001).
  for (const t of doc.tables) {
    const c = tables.find((x) => x.table === t.id);
    const y = t.title && c?.kind.startsWith('st-') ? yearOf(t.title) : null;
    if (y !== null) yearFound.push([y, { block: t.titleBlock, table: t.id, text: t.title! }]);
  }

  const levelFound: [string, Evidence][] = titles.flatMap((b) => {
    const t = compact(b.text);
    const l = /单位预算|单位决算|预算单位|单位\)?整体/.test(t) ? '单位' : /部门预算|部门决算|部门整体/.test(t) ? '部门' : null;
    return l ? [[l, ev(b)] as [string, Evidence]] : [];
  });

  const kind = settle(kindFound, 'conflicting-kind', 'kinds');
  const department = settle(deptFound, 'conflicting-department', 'departments');
  const year = settle(yearFound, 'conflicting-year', 'years');
  const level = settle(levelFound, 'conflicting-level', 'levels');
  return {
    kind: kind.value ?? 'unknown',
    department: department.value,
    year: year.value,
    level: level.value as '部门' | '单位' | null,
    tables,
    evidence: {
      kind: kindFound.map(([, e]) => e),
      department: deptFound.map(([, e]) => e),
      year: yearFound.map(([, e]) => e),
      level: levelFound.map(([, e]) => e),
    },
    diagnostics: [...kind.diagnostics, ...department.diagnostics, ...year.diagnostics, ...level.diagnostics],
  };
}

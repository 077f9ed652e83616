import type { Block, Diagnostic, DocModel } from '../model/index.js';
import { departmentInTitle, departmentOf, issuerOfNotice, madeBy, noticeNumberYear } from '../normalise/department.js';
import { yearOf } from '../normalise/year.js';
import { classifyTable, type TableClassification, type TableContext } from './classify-table.js';
import { repeatedForms } from './repeated-form.js';
import { leadTitles } from './lead-title.js';
import { kindSpec } from './table-kinds.js';
import { titleWords } from './title-words.js';

/**
 * What a document is. `other`: it was read, and nothing in it says disclosure (a notice or a plan saved
 * under a budget's name); `unknown`: too little could be read to tell.
 */
export type DocumentKind = '决算' | '预算' | '自评报告' | '评价报告' | '指标框架' | 'other' | 'unknown';

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

/** A line that titles the document: a block, or the cover's lines read as one title. */
interface TitleLine {
  id: string;
  text: string;
}

/**
 * The cover's title as a reader reads it: the first lines of the first page, up to the 目录 or the
 * body, joined (a title set in large type breaks anywhere: 2026年深圳市财政局（本级）部门预 / 算;
 * 2026年度 / 泉州市人民政府办公室 / 部门预算).
 */
function coverTitle(doc: DocModel): TitleLine | null {
  const start = doc.blocks.slice(0, 4).findIndex((b) => b.role === 'heading');
  if (start < 0) return null;
  const first = doc.blocks[start]!;
  const page = (b: Block): number | null => (b.provenance.kind === 'pdf' ? b.provenance.page : null);
  const lines: Block[] = [];
  for (const b of doc.blocks.slice(start, start + 6)) {
    const t = compact(b.text);
    if (b.role !== 'heading' || /^目录$/.test(t) || page(b) !== page(first) || t.length > 40 || /[。；]$/.test(t)) break;
    lines.push(b);
  }
  return lines.length > 1 ? { id: lines[0]!.id, text: lines.map((b) => compact(b.text)).join('') } : null;
}

/** The lines that title the document: the cover's title, the first headings and captions before its 目录 or body, and its part titles. */
function titleBlocks(doc: DocModel): TitleLine[] {
  const cover = doc.blocks.slice(0, 6).filter((b) => b.role !== 'toc' && b.text.length <= 60);
  const parts = doc.blocks.filter((b) => b.role === 'heading' && PART.test(compact(b.text)));
  const joined = coverTitle(doc);
  return [...(joined ? [joined] : []), ...new Set([...cover, ...parts])];
}

function kindOfTitle(text: string): DocumentKind | null {
  // 预决算 names both kinds, as a site's column does (a page's breadcrumb: 信息公开 > 财政预决算); it states neither.
  const t = compact(text).replace(/预决算/g, '');
  if (/共性指标(?:体系)?框架/.test(t)) return '指标框架';
  if (/自评报告/.test(t)) return '自评报告';
  if (/评价报告/.test(t)) return '评价报告';
  if (/决算(?:表)?$|部门决算|单位决算/.test(t)) return '决算';
  if (/预算$|部门预算|单位预算/.test(t)) return '预算';
  return null;
}

/** The family a document's tables are read in. */
function contextOf(kind: DocumentKind): TableContext['family'] {
  return kind === '决算' || kind === '预算' ? kind : kind === '评价报告' ? '评价' : kind === '自评报告' ? '自评' : null;
}

/** The family most of the title evidence gives; null when it gives none or is split. */
function familyOf(found: [DocumentKind, Evidence][]): TableContext['family'] {
  const counts = new Map<TableContext['family'], number>();
  for (const [k] of found) {
    const f = contextOf(k);
    if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
}

/** 决算 or 预算, as the tables' own titles say (预算01表收支总表, 收入决算表) when the document's titles do not. */
function familyOfTableTitles(doc: DocModel): '决算' | '预算' | null {
  let fin = 0;
  let bud = 0;
  for (const t of doc.tables) {
    const f = t.title ? titleWords(t.title)?.family : null;
    if (f === '决算') fin++;
    else if (f === '预算') bud++;
  }
  return fin > bud ? '决算' : bud > fin ? '预算' : null;
}

function kindOfTables(tables: TableClassification[]): DocumentKind | null {
  const families = tables.map((t) => kindSpec(t.kind)?.family);
  const fin = families.filter((f) => f === '决算').length;
  const bud = families.filter((f) => f === '预算' || f === '绩效目标').length;
  if (fin || bud) return fin >= bud ? '决算' : '预算';
  if (families.includes('框架')) return '指标框架';
  if (families.includes('评价')) return '评价报告';
  if (families.includes('自评')) return '自评报告';
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
  const titles = titleBlocks(doc);
  const ev = (b: TitleLine): Evidence => ({ block: b.id, table: null, text: b.text });

  const kindFound: [DocumentKind, Evidence][] = titles.flatMap((b) => {
    const k = kindOfTitle(b.text);
    return k && !PART.test(compact(b.text)) ? [[k, ev(b)] as [DocumentKind, Evidence]] : [];
  });
  // The tables are read in the document's family: from its titles, else from what its tables' own
  // titles say, else from what the tables recognised without it say (a release whose titles name no
  // family: 收支总表, 支出总表 …).
  let family = familyOf(kindFound) ?? familyOfTableTitles(doc);
  let tables = doc.tables.map((t) => classifyTable(t, { family }));
  if (family === null) {
    const byKinds = kindOfTables(tables);
    if (byKinds === '决算' || byKinds === '预算' || byKinds === '评价报告' || byKinds === '自评报告') {
      family = contextOf(byKinds);
      tables = doc.tables.map((t) => classifyTable(t, { family: contextOf(byKinds) }));
    }
  }
  tables = repeatedForms(doc, tables);
  tables = leadTitles(doc, tables, { family });
  const byTables = kindOfTables(tables);
  // A report's tables (自评表, 评价得分表) sit in 决算 and reports alike: they are context, not evidence of the kind.
  if (byTables === '决算' || byTables === '预算' || byTables === '指标框架')
    kindFound.push([
      byTables,
      { block: null, table: tables.find((t) => t.kind !== 'unknown')?.table ?? null, text: `table kinds: ${tables.map((t) => t.kind).join(', ')}` },
    ]);

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

  // A report's cover names its maker on a line of its own (长沙市财政局制): the issuer, not the body evaluated.
  const cover = doc.blocks.filter((b) => b.provenance.kind === 'pdf' && b.provenance.page === 1 && b.role !== 'furniture');
  for (const b of cover) {
    const d = madeBy(b.text);
    if (d) deptFound.push([d, ev(b)]);
  }
  // Nothing above names it: a form's 部门名称 | 北京市司法局 row (a 部门整体支出绩效目标表) does.
  if (!deptFound.length) deptFound.push(...formDepartments(doc));
  // An official document (公文: a notice, a plan sent round) names its issuer in its title and its year in its number.
  const notice = noticeHeader(doc);
  if (!deptFound.length && notice.issuer) deptFound.push(notice.issuer);

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

  // A report's titles may name no year; the project it evaluates does (评价项目名称：2020 年度…).
  if (!yearFound.length && kindFound.some(([k]) => k === '评价报告' || k === '自评报告')) {
    for (const b of doc.blocks.slice(0, 20)) {
      const y = /^(?:评价)?项目名称[:：]/.test(compact(b.text)) && /\d{4}\s*年度/.test(b.text) ? yearOf(b.text) : null;
      if (y !== null) yearFound.push([y, ev(b)]);
    }
  }

  if (!yearFound.length && notice.year) yearFound.push(notice.year);

  const levelFound: [string, Evidence][] = titles.flatMap((b) => {
    const t = compact(b.text);
    const l = /单位预算|单位决算|预算单位|单位\)?整体/.test(t) ? '单位' : /部门预算|部门决算|部门整体/.test(t) ? '部门' : null;
    return l ? [[l, ev(b)] as [string, Evidence]] : [];
  });

  const kind = settle(kindFound, 'conflicting-kind', 'kinds');
  const notDisclosure = kind.value === null && readable(doc) ? notADisclosure(doc, titles) : null;
  const department = settle(deptFound, 'conflicting-department', 'departments');
  const year = settle(yearFound, 'conflicting-year', 'years');
  const level = settle(levelFound, 'conflicting-level', 'levels');
  return {
    kind: kind.value ?? (notDisclosure ? 'other' : 'unknown'),
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
    diagnostics: [...kind.diagnostics, ...(notDisclosure ? [notDisclosure] : []), ...department.diagnostics, ...year.diagnostics, ...level.diagnostics],
  };
}

/**
 * What an official document's first page says of it: the issuer its title names before 关于 (the title
 * may run over several heading lines), and the year of its number (包府办发〔2026〕11号).
 */
function noticeHeader(doc: DocModel): { issuer: [string, Evidence] | null; year: [number, Evidence] | null } {
  const first = doc.blocks.filter((b) => b.role !== 'furniture' && (b.provenance.kind === 'pdf' ? b.provenance.page === 1 : b.order < 12));
  let issuer: [string, Evidence] | null = null;
  let year: [number, Evidence] | null = null;
  for (let i = 0; i < first.length; i++) {
    const y = noticeNumberYear(first[i]!.text);
    if (y !== null && !year) year = [y, { block: first[i]!.id, table: null, text: first[i]!.text }];
    if (first[i]!.role !== 'heading' || issuer) continue;
    // The heading lines that follow one another make one title.
    let text = '';
    for (let j = i; j < first.length && first[j]!.role === 'heading' && j < i + 4; j++) {
      text += first[j]!.text;
      const d = issuerOfNotice(text);
      if (d) {
        issuer = [d, { block: first[i]!.id, table: null, text }];
        break;
      }
    }
  }
  return { issuer, year };
}

/** Enough text was read to say what the document is not (a scan or an empty file says nothing). */
const readable = (doc: DocModel): boolean => doc.blocks.reduce((n, b) => n + b.text.length, 0) >= 200;

/**
 * A document whose titles name no disclosure and whose tables are of no disclosure kind is not a
 * disclosure (a notice, a plan, a 规范性文件 saved under a budget's name): it is said, with its title,
 * and no rule checks it as a budget.
 */
function notADisclosure(doc: DocModel, titles: TitleLine[]): Diagnostic {
  const title = titles[0]?.text ?? doc.blocks[0]?.text ?? '';
  return {
    code: 'not-a-disclosure',
    severity: 'warning',
    stage: 'classify',
    message: `nothing in the document names a budget, final-account or performance disclosure (its title: ${JSON.stringify(title.slice(0, 80))}; ${doc.tables.length} tables, none of a disclosure kind): it is not checked as one`,
    provenance: { kind: 'file' },
    detail: { title: title.slice(0, 200), tables: doc.tables.length },
  };
}

/**
 * The labels a department's own form prints before its name. Not a project form's 主管部门: a sample
 * form in a 指标框架 names a department it is not (区人力资源和社会保障局 in seed 002).
 */
const FORM_DEPARTMENT = /^(?:部门名称|部门\(单位\)名称|预算部门)$/;

/** The department a form names in a row of its own (部门名称 | 北京市司法局), each with its cell. */
function formDepartments(doc: DocModel): [string, Evidence][] {
  const out: [string, Evidence][] = [];
  for (const t of doc.tables) {
    const cells = t.cells.filter((c) => c.kind === 'cell');
    for (const label of cells) {
      if (!FORM_DEPARTMENT.test(compact(label.raw))) continue;
      const next = cells.find((c) => c.row === label.row && c.col === label.col + label.colSpan);
      const d = next ? departmentOf(`部门名称 ${compact(next.raw)}`) : null;
      if (d) out.push([d, { block: null, table: t.id, text: `${compact(label.raw)} ${compact(next!.raw)}` }]);
    }
  }
  return out;
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * A truth file: what a careful reader sees in one real document, written by reading the document
 * (never by copying gongkai's output). `npm run accuracy` scores gongkai against these files; see
 * fixtures/truth/README.md for how to write one.
 */

/** One table as a reader sees it: a printed table, however many pages or pieces it runs over. */
export const TruthTable = z.object({
  /** The truth file's own id for the table: T1, T2 … in reading order. */
  id: z.string().regex(/^T\d+$/),
  /** The title as printed, without the year or the body's name in front (收支总表); null when none is printed. */
  title: z.string().nullable(),
  /** The number printed with it (公开01表, 表3, 预算05表, 部门公开表4), or null. */
  number: z.string().nullable(),
  /** A table kind id of src/classify/table-kinds.ts, or `unknown` when no kind fits (a non-disclosure's tables). */
  kind: z.string(),
  /** 1-based pages of the PDF (as pdfinfo counts them, not as printed in the footer). */
  firstPage: z.number().int().min(1),
  lastPage: z.number().int().min(1),
  /** The unit its amounts are printed in, as the table states it; null when it prints no amounts or says no unit. */
  unit: z.enum(['元', '万元', '亿元']).nullable(),
  /** True when the table is printed without data (本表无数据, 此表为空表, only a 合计 of blanks). */
  empty: z.boolean().default(false),
  /** Anything a scorer or reviewer should know (one running table of all projects; 续表 on the next page …). */
  note: z.string().optional(),
});
export type TruthTable = z.infer<typeof TruthTable>;

/** One printed cell a reader can point at: the row, the column, and what the cell prints. */
export const TruthValue = z.object({
  /** Id of the TruthTable. */
  table: z.string().regex(/^T\d+$/),
  /** The 科目编码 (201, 2010101, 30101) the row prints, when it prints one. */
  code: z.string().nullable().default(null),
  /** The row's label as printed (科目名称, 项目, an indicator's name), spaces left out. */
  row: z.string(),
  /** Header words that pick the column, outermost first: ["支出", "预算数"], ["基本支出", "人员经费"], ["合计"]. */
  column: z.array(z.string()).min(1),
  /** The cell as printed: "1,234.56", "0.00", "", "-", "≥95%". */
  value: z.string(),
  page: z.number().int().min(1),
});
export type TruthValue = z.infer<typeof TruthValue>;

/** A true inconsistency a careful auditor would raise, with the numbers on both sides. */
export const TruthFinding = z.object({
  /** The catalogue rule id that names it (../shared/spec/rules-and-seed-truth.md, or gongkai's AX rules), when one does. */
  rule: z.string().nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  pages: z.array(z.number().int().min(1)).min(1),
  /** The printed numbers it involves, as printed ("2,906.63", "17.62%"). */
  values: z.array(z.string()).min(1),
  /** Why it is wrong, with the arithmetic: "201 合计 2,906.63 ≠ 2,567.13 + 339.50 + 1.00 = 2,907.63". */
  why: z.string(),
});
export type TruthFinding = z.infer<typeof TruthFinding>;

/** A figure stated in running text (情况说明, 编制说明, a report), where it stands and what it is. */
export const TruthStatement = z.object({
  page: z.number().int().min(1),
  /**
   * The outline node it is printed in, outermost first, as the markers print (no titles):
   * ["第二部分", "二", "（一）", "1"]. Empty for text outside any numbered section.
   */
  outline: z.array(z.string()),
  /** An exact piece of the sentence (at least 8 characters, as pdftotext prints it, spaces left out) that finds it. */
  quote: z.string().min(8),
  /** What the figure is of, as a reader understands it: "2026年收入预算总额", "机关运行经费 比上年增减". */
  subject: z.string(),
  /** The figure as printed: "12,345.67", "3.5", "100". */
  value: z.string(),
  unit: z.enum(['元', '万元', '亿元', '%', '人', '辆', '个', '次', '分', '其他']).nullable(),
  /**
   * total: a section's or document's total; item: one numbered item's own amount (not the section's);
   * part: a component of a stated breakdown (其中 …); share: a 占 p%; change: an increase/decrease
   * amount or rate against another year or the budget; rate: a completion/execution rate; count; other.
   */
  role: z.enum(['total', 'item', 'part', 'share', 'change', 'rate', 'count', 'other']),
  /** The table cell this figure restates, when one does (so a checker must find them equal). */
  equals: z
    .object({ table: z.string().regex(/^T\d+$/), code: z.string().nullable().default(null), row: z.string(), column: z.array(z.string()).min(1) })
    .nullable()
    .default(null),
  note: z.string().optional(),
});
export type TruthStatement = z.infer<typeof TruthStatement>;

export const DocumentTruthKind = z.enum(['预算', '决算', '自评报告', '评价报告', '指标框架', 'other']);

export const Truth = z.object({
  /** The file's name in fixtures/real/. */
  file: z.string(),
  document: z.object({
    /** False for a file that is not a budget, final-account or performance disclosure at all (a notice, a plan). */
    disclosure: z.boolean(),
    kind: DocumentTruthKind,
    /** The issuing body as the document prints it (北京市司法局, 国家信访局); null when it names none. */
    department: z.string().nullable(),
    /** The fiscal year the document is about. */
    year: z.number().int().nullable(),
    /** 部门 (a department's consolidated disclosure) or 单位 (one unit's); null when the document does not say. */
    level: z.enum(['部门', '单位']).nullable(),
    /** Province/city/county as a reader places the body: "广东省深圳市", "中央". */
    region: z.string(),
    /** What the document holds, in a few words (parts, 情况说明, tables, 绩效目标表 …). */
    contents: z.string(),
  }),
  tables: z.array(TruthTable),
  values: z.array(TruthValue),
  findings: z.array(TruthFinding),
  statements: z.array(TruthStatement).default([]),
  /** How the truth was checked (which tables' arithmetic was recomputed, what was not checked and why). */
  method: z.string(),
});
export type Truth = z.infer<typeof Truth>;

/** Reads and validates a truth file; throws with zod's issues (a truth file is ours: a bad one is a defect). */
export function readTruth(file: string): Truth {
  const truth = Truth.parse(JSON.parse(readFileSync(file, 'utf8')));
  const ids = new Set(truth.tables.map((t) => t.id));
  const bad = [...truth.values.map((v) => v.table), ...truth.statements.flatMap((s) => (s.equals ? [s.equals.table] : []))].filter((t) => !ids.has(t));
  if (bad.length) throw new Error(`${file}: values or statements name tables the file does not list: ${[...new Set(bad)].join(', ')}`);
  for (const t of truth.tables) if (t.lastPage < t.firstPage) throw new Error(`${file}: ${t.id} ends before it starts`);
  return truth;
}

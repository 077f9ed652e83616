import type { DocumentClassification, DocumentKind } from '../classify/classify-document.js';
import type { TableClassification } from '../classify/classify-table.js';
import type { Block, Diagnostic, Provenance } from '../model/index.js';
import type { BuRecords } from './budget/build.js';
import type { BudgetItem } from './budget/items.js';
import type { FaRecords } from './final-accounts/schema.js';
import type { LineItem } from './line-items.js';
import type { LintFact } from './lint.js';
import type { NarrativeFact } from './narrative/facts.js';
import type { BasicDataTable } from './performance/basic-data.js';
import type { EvFundTable } from './performance/eval-funds.js';
import type { Issuer } from './issuer.js';
import type { FrameworkTable } from './performance/framework.js';
import type { SelfEvalTable } from './performance/self-eval.js';
import type { TargetTable } from './performance/targets.js';
import type { SangongFact } from './sangong.js';
import type { TableTrust } from './table-trust.js';

/** What the document is, as classify decided it. */
export interface DocumentHeader {
  /** sha256 of the bytes. */
  id: string;
  source: string;
  kind: DocumentKind;
  department: string | null;
  year: number | null;
  level: '部门' | '单位' | null;
  /** Who published it: the body as printed, its region by code (or 中央), its name without region words; or why not. */
  issuer: Issuer;
  /** Pages that could not be read (scanned, garbled): rules never draw a finding from them. */
  unreadablePages: number[];
  /**
   * How far the text can be trusted (parse/ocr/trust.ts): pages whose text came from OCR, and the
   * diagnostic that says the document was read only in part or with damaged text (then null when it
   * was read whole). A finding drawn from such text is never more than a warning.
   */
  trust: { ocrPages: number[]; documentCap: { code: string; message: string } | null };
}

/** A table as extract saw it: its kind and title, and the note printed right under it (注：…故本表无数据). */
export interface TableInfo extends TableClassification {
  title: string | null;
  unitNote: string | null;
  /** Text of the paragraphs printed between this table and the next caption/table (注, 说明, 备注). */
  notes: { block: string; text: string }[];
  /** Origin cells whose text is a number: the count line items must match. */
  numericCells: number;
  /** Where the table as a whole was printed. */
  provenance: Provenance;
  /** Whether its numbers can carry an error: recognised with confidence and whole, or the doubts. */
  trust: TableTrust;
}

/**
 * Everything extract found in one document: the input of the check engine, the store and the
 * exports. Each part is zod-validated where it is built.
 */
export interface DocumentRecords {
  document: DocumentHeader;
  classification: DocumentClassification;
  tables: TableInfo[];
  /** Blocks of running text (paragraphs, headings, toc entries) with ids, for narrative evidence and the 目录. */
  blocks: Block[];
  /** Every printed amount of every recognised amount table (科目-coded tables and the two-sided 总表). */
  lineItems: LineItem[];
  /** 部门决算 tables 公开01–09 in the catalogue's vocabulary (T01.in.total, T02[code].fiscal, …). */
  fa: FaRecords;
  /** 部门/单位预算 coded tables (收入/支出预算总表, 功能分类 and 经济分类 预算表) by kind. */
  bu: BuRecords;
  /** The numbered 项 of a 预算's 编制说明, with the amounts and change they state. */
  budgetItems: BudgetItem[];
  sangong: SangongFact[];
  selfEval: SelfEvalTable[];
  /** 绩效目标表: projects (or the body) with their money, goal and indicator targets. */
  targets: TargetTable[];
  basicData: BasicDataTable[];
  /** An evaluation report's money tables: by sub-project, 预算批复 / 到位 / 实际执行 / 执行率 / 结余. */
  evFunds: EvFundTable[];
  frameworks: FrameworkTable[];
  narrative: NarrativeFact[];
  /** Slips in the text (a doubled 。, an empty 主要原因是, quotes that do not pair up …). */
  lint: LintFact[];
  diagnostics: Diagnostic[];
}

/*
 * The record surface the rules and the 绩效 scoring read records through: the types of the records'
 * parts, and the functions over them that extract defines where it builds them (a slot's figure and
 * evidence, a 基础数据表 row, a framework's children and leaves, a 科目 name for comparison, the column
 * and family of narrative metrics, the key of a 预算 measure).
 */
export type { EvidenceRef, Figure, Slot } from './figure.js';
export { amountSlot, figureOf, slotEvidence } from './figure.js';
export type { CodedRow, CodedTable, LabelledLine } from './final-accounts/schema.js';
export { codeNames, lineCell, normName } from './line-items.js';
export { budgetKey } from './budget/build.js';
export { PERCENT_COLUMN } from './final-accounts/build.js';
export type { Binding, FactOf, Labelled, NarrativeFact } from './narrative/schema.js';
export { columnOf, type Family, familyOf } from './narrative/metrics.js';
export { bdRow, type BdColumn, type BdKey } from './performance/basic-data.js';
export type { Measure } from './performance/cells.js';
export { childrenOf, type FrameworkTable, type FwNode, leavesOf } from './performance/framework.js';
export type { StItem } from './performance/self-eval-items.js';
export type { SelfEvalTable } from './performance/self-eval.js';
export { evFundColumnOf, type EvFundColumn, type EvFundRow, type EvFundTable } from './performance/eval-funds.js';
export type { StatedAmount, StatedBasis } from './stated-amounts.js';

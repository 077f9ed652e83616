import type { Slot } from '../figure.js';

/** A 科目-coded row of a 决算 table: its code (`*` for 合计), level, name, and one slot per measure key. */
export interface CodedRow {
  table: string;
  /** 0-based grid row. */
  row: number;
  code: string;
  /** 0 合计, 1 类 (3 digits), 2 款 (5), 3 项 (7). */
  level: number;
  name: string;
  values: Partial<Record<string, Slot>>;
}

/** A labelled line of a two-sided 总表 (公开01, 公开04), with one slot per column key. */
export interface LabelledLine {
  table: string;
  row: number;
  /** The label as compared (NFKC, no numbering, no spaces): 一般公共预算财政拨款收入, 社会保障和就业支出. */
  label: string;
  /** The 功能分类 类 code its name stands for (208 for 社会保障和就业支出), for expense lines. */
  code: string | null;
  values: Partial<Record<string, Slot>>;
}

/** 公开01 收入支出决算总表 (spec §0.2 T01). Keys of `in`: L1…L8, total, useNonFiscal, opening, grand; of `out`: total, surplusAlloc, closing, grand. */
export interface T01 {
  table: string;
  in: Partial<Record<string, LabelledLine>>;
  out: Partial<Record<string, LabelledLine>>;
  /** The 功能分类 类 lines of the 支出 side. */
  func: LabelledLine[];
}

/** 公开04 财政拨款收入支出决算总表 (T04). `in` keys: gpb, gf, soe, total, opening, openingGpb, openingGf, openingSoe, grand; line values keyed `amount`; `out` lines keyed total/gpb/gf/soe. */
export interface T04 {
  table: string;
  in: Partial<Record<string, LabelledLine>>;
  out: Partial<Record<string, LabelledLine>>;
  func: LabelledLine[];
}

/** A 科目-coded table (公开02, 03, 05, 06, 08, 09): its rows by code. */
export interface CodedTable {
  table: string;
  kind: string;
  rows: CodedRow[];
  /** Measure keys the table's columns carry, in column order. */
  keys: string[];
  /** Header paths of amount columns no key was found for (a damaged or unfamiliar header): row sums are not made then. */
  unkeyed: string[];
  /** Labelled total rows without a code (人员经费合计, 公用经费合计). */
  totals: LabelledLine[];
  /**
   * The coded rows of each amount column no key was given (its header path, its grid column): the
   * 科目 tree holds in every money column whatever its header says. Percent columns are left out.
   */
  loose?: { label: string; col: number; rows: CodedRow[] }[];
}

/** The 决算 tables of one document, by kind; a kind the document lacks is absent. */
export interface FaRecords {
  t01?: T01;
  t02?: CodedTable;
  t03?: CodedTable;
  t04?: T04;
  t05?: CodedTable;
  t06?: CodedTable;
  t08?: CodedTable;
  t09?: CodedTable;
}

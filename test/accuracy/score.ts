/**
 * Scores gongkai's reading of one document against its truth file (test/accuracy/truth.ts): which of
 * its tables the reader sees were found whole and with the right kind, which key values were read
 * right, which true findings were found, and which findings are false. Pure: the caller runs the
 * pipeline and hands over its output.
 */
import { Decimal } from 'decimal.js';
import type { Processed } from '../../src/pipeline/process.js';
import { cellAt, type Table } from '../../src/model/index.js';
import { headerPath } from '../../src/extract/header-path.js';
import type { Finding } from '../../src/rules/_lib/types.js';
import { scoreStatements } from './statements.js';
import type { Truth, TruthTable, TruthValue } from './truth.js';

export interface TableScore {
  id: string;
  title: string | null;
  kind: string;
  /** gongkai's tables that hold this table's rows (ids), and the kind of each. */
  pieces: { id: string; kind: string; pages: number[] }[];
  whole: boolean;
  kindRight: boolean;
  /** A piece given a kind that is not the truth's (an `unknown` piece is not a wrong kind, only not a right one). */
  wrongKinds: string[];
}

export interface ValueScore {
  table: string;
  row: string;
  column: string[];
  expected: string;
  /** What gongkai's table prints at that row and column; null when the row or column was not found. */
  got: string | null;
  right: boolean;
  why: string | null;
}

export interface FindingScore {
  rule: string | null;
  severity: string;
  why: string;
  /** The gongkai findings that name the same numbers (rule and id-free summary). */
  matched: string[];
}

export interface DocScore {
  file: string;
  status: string;
  document: { kind: [string, string]; department: [string | null, string | null]; year: [number | null, number | null]; right: boolean };
  tables: TableScore[];
  /** gongkai tables that hold no table of the truth, and were given a kind anyway. */
  spurious: { id: string; kind: string; pages: number[] }[];
  values: ValueScore[];
  truthFindings: FindingScore[];
  /** gongkai's errors that no true finding accounts for. */
  falseErrors: string[];
  /** gongkai's warnings that no true finding accounts for (reported, not counted as failures). */
  unexplainedWarnings: string[];
  /** The truth's 情况说明 statements: how many gongkai's narrative facts hold, at the reader's node and in the reader's role. */
  statements: { total: number; matched: number; outlineRight: number; roleRight: number; placed: number };
}

const compact = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** A row label as compared: no numbering (一、 （一） 1. [201]), no 其中：, no spaces or quotes. */
export function labelKey(s: string): string {
  return (
    compact(s)
      .replace(/["'“”‘’]/g, '')
      .replace(/^(?:其中[:：])/, '')
      .replace(/^(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十]+\)|\d{1,2}[、.．](?!\d)|\[\d+\])/, '')
      .replace(/^(?:其中[:：])/, '')
      // A form's label ends in a colon (年度资金总额：): a reader reads the label without it.
      .replace(/[:：]$/, '')
  );
}

/** A printed number as a Decimal, or null: 1,234.56 → 1234.56; 12.5% → 12.5; (3.2) → -3.2. */
export function numberOf(s: string): Decimal | null {
  let t = compact(s)
    .replace(/[,，]/g, '')
    .replace(/%$/, '')
    .replace(/^[≥≤><=＝]+/, '');
  let neg = false;
  if (/^\(.*\)$/.test(t)) {
    neg = true;
    t = t.slice(1, -1);
  }
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  const d = new Decimal(t);
  return neg ? d.neg() : d;
}

const sameValue = (a: string, b: string): boolean => {
  if (compact(a) === compact(b)) return true;
  const x = numberOf(a);
  const y = numberOf(b);
  return x !== null && y !== null && x.eq(y);
};

/** Similarity of two titles, 0–1 (shared characters over the longer length). */
function titleSimilarity(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const x = compact(a);
  const y = compact(b);
  const set = new Set(y);
  return [...x].filter((c) => set.has(c)).length / Math.max(x.length, y.length);
}

/** Assigns each of gongkai's top-level tables to the truth table it holds most of. */
function assign(truth: TruthTable[], tables: Table[]): Map<Table, TruthTable | null> {
  const out = new Map<Table, TruthTable | null>();
  for (const g of tables) {
    let best: TruthTable | null = null;
    let bestScore = 0;
    for (const t of truth) {
      const overlap = g.pages.filter((p) => p >= t.firstPage && p <= t.lastPage).length;
      if (overlap === 0) continue;
      const score = overlap + 2 * titleSimilarity(g.title, t.title) + (g.pages[0] === t.firstPage ? 0.5 : 0);
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    out.set(g, best);
  }
  return out;
}

/** The cell a truth value names in one of gongkai's tables, or why it cannot be found. */
function findValue(g: Table, v: TruthValue): { got: string } | { miss: string } {
  const code = v.code ? compact(v.code) : null;
  const label = labelKey(v.row);
  const rows: { r: number; c: number }[] = [];
  for (let r = g.headerRows; r < g.nRows; r++) {
    // A code printed in 类 | 款 | 项 cells (201 | 06 | 01) reads as one code, on either side of a two-sided table (公开06:
    // 301 | 01 | 基本工资 … | 302 | 29 | 福利费 …).
    let splitAt: number | null = null;
    for (let start = 0; code !== null && splitAt === null && start < g.nCols; start++) {
      let split = '';
      for (let c = start; c < Math.min(start + 3, g.nCols); c++) {
        const t = compact(cellAt(g, r, c)?.raw ?? '');
        if (!(c === start ? /^\d{3}$/ : /^\d{2}$/).test(t)) break;
        split += t;
        if (split === code && c > start) splitAt = c;
      }
    }
    if (splitAt !== null) {
      rows.push({ r, c: splitAt });
      continue;
    }
    for (let c = 0; c < g.nCols; c++) {
      const cell = cellAt(g, r, c);
      if (!cell || cell.col !== c) continue;
      const text = compact(cell.raw);
      const byCode = code !== null && (text === code || new RegExp(`^[\\[【(（]?${code}(?!\\d)`).test(text));
      const byLabel = label !== '' && labelKey(cell.raw) === label;
      if (byCode || (code === null && byLabel)) {
        // A label spanning columns (公用经费合计 over 科目代码 | 科目名称 | …): its value is right of the span.
        rows.push({ r, c: c + cell.colSpan - 1 });
        break;
      }
    }
  }
  // A one-row table (三公) prints no row label: its truth names the row by the column, or leaves it empty.
  const words = v.column.map(compact);
  const oneRow = g.nRows - g.headerRows === 1;
  if (!rows.length && (label === '' || oneRow || words.some((w) => labelKey(w) === label)) && g.nRows > g.headerRows) rows.push({ r: g.headerRows, c: -1 });
  if (!rows.length) return { miss: `row ${v.code ?? ''}${v.row} not found` };
  const headerCols: number[] = [];
  for (let c = 0; c < g.nCols; c++) {
    const path = headerPath(g, c).map(compact).join('›');
    if (words.every((w) => path.includes(w))) headerCols.push(c);
  }
  /** A form prints its column labels in a row of its body (项目资金（万元） over 年初预算数 …): the nearest such row above. */
  const localCols = (r: number): number[] => {
    for (let above = r - 1; above >= 0; above--) {
      const cols: number[] = [];
      for (let c = 0; c < g.nCols; c++) {
        const cell = cellAt(g, above, c);
        if (cell && words.every((w) => compact(cell.raw).includes(w))) cols.push(c);
      }
      if (cols.length) return cols;
    }
    return [];
  };
  let lastGot: string | null = null;
  let anyColumn = false;
  /**
   * A table of blocks side by side (西安's 收支总表: 支出功能分类 | 预算数 | 部门预算支出经济分类 | 预算数 …) names a
   * block over its label column: a reader's 支出功能分类 › 预算数 is the 预算数 right of that label.
   */
  const blockCols = (labelCol: number): number[] => {
    const over = headerPath(g, Math.max(labelCol, 0)).map(compact).join('›');
    const cols: number[] = [];
    for (let c = labelCol + 1; c < g.nCols; c++) {
      const path = headerPath(g, c).map(compact).join('›');
      if (words.every((w) => path.includes(w) || over.includes(w))) cols.push(c);
    }
    return cols.slice(0, 1);
  };
  /**
   * A form names a block of its rows on their left (项目资金（万元） spanning 年度资金总额 / 其中：财政拨款 …): the
   * value is the first printed cell right of the row's own label.
   */
  const groupCols = (r: number, labelCol: number): number[] => {
    if (labelCol <= 0) return [];
    const left = Array.from({ length: labelCol }, (_, c) => compact(cellAt(g, r, c)?.raw ?? '')).join('›');
    if (!words.every((w) => left.includes(w))) return [];
    for (let c = labelCol + 1; c < g.nCols; c++) {
      const cell = cellAt(g, r, c);
      if (cell && cell.col === c && compact(cell.raw)) return [c];
    }
    return [];
  };
  for (const { r, c: labelCol } of rows) {
    const cols = headerCols.length
      ? headerCols
      : labelCol >= 0 && blockCols(labelCol).length
        ? blockCols(labelCol)
        : groupCols(r, labelCol).length
          ? groupCols(r, labelCol)
          : localCols(r);
    if (!cols.length) continue;
    anyColumn = true;
    // The nearest matching column right of the label (a two-sided 总表 has a 预算数 on each side).
    const col = cols.find((c) => c > labelCol) ?? cols[0]!;
    const got = cellAt(g, r, col)?.raw ?? '';
    if (sameValue(got, v.value)) return { got };
    lastGot ??= got;
  }
  return anyColumn ? { got: lastGot ?? '' } : { miss: `no column under ${v.column.join(' › ')}` };
}

/** The printed numbers a finding compares: every operand as printed and both sides' values. */
function findingNumbers(f: Finding): Decimal[] {
  const out: Decimal[] = [];
  for (const side of [f.left, f.right]) {
    out.push(side.value);
    for (const o of side.operands) {
      const n = numberOf(o.figure.printed);
      if (n) out.push(n);
    }
  }
  for (const v of Object.values(f.data)) {
    const n = numberOf(String(v));
    if (n) out.push(n);
  }
  return out;
}

const describe = (f: Finding): string => `${f.rule} ${f.severity}: ${f.message.en.slice(0, 160)}`;

export function scoreDocument(truth: Truth, p: Processed): DocScore {
  const top = p.doc.tables.filter((t) => t.parent === null);
  const kinds = new Map(p.records?.tables.map((t) => [t.table, t.kind]) ?? []);
  const kindOf = (g: Table): string => kinds.get(g.id) ?? 'unknown';
  const assigned = assign(truth.tables, top);

  const tables: TableScore[] = truth.tables.map((t) => {
    const pieces = top.filter((g) => assigned.get(g) === t);
    const main = [...pieces].sort((a, b) => b.nRows - a.nRows)[0];
    const pages = new Set(pieces.flatMap((g) => g.pages));
    const covers = Array.from({ length: t.lastPage - t.firstPage + 1 }, (_, i) => t.firstPage + i).every((n) => pages.has(n));
    return {
      id: t.id,
      title: t.title,
      kind: t.kind,
      pieces: pieces.map((g) => ({ id: g.id, kind: kindOf(g), pages: g.pages })),
      whole: pieces.length === 1 && covers,
      kindRight: main !== undefined && kindOf(main) === t.kind,
      wrongKinds: pieces.map(kindOf).filter((k) => k !== 'unknown' && k !== t.kind),
    };
  });
  const spurious = top.filter((g) => assigned.get(g) === null && kindOf(g) !== 'unknown').map((g) => ({ id: g.id, kind: kindOf(g), pages: g.pages }));

  const values: ValueScore[] = truth.values.map((v) => {
    const t = truth.tables.find((x) => x.id === v.table)!;
    const pieces = top.filter((g) => assigned.get(g) === t);
    let got: string | null = null;
    let why = 'the table was not found';
    for (const g of pieces) {
      const r = findValue(g, v);
      if ('miss' in r) {
        if (got === null) why = r.miss;
        continue;
      }
      if (sameValue(r.got, v.value)) {
        got = r.got;
        break;
      }
      got ??= r.got;
    }
    return {
      table: v.table,
      row: v.row,
      column: v.column,
      expected: v.value,
      got,
      right: got !== null && sameValue(got, v.value),
      why: got === null ? why : null,
    };
  });

  const findings = p.check?.findings ?? [];
  const numbersOf = new Map(findings.map((f) => [f, findingNumbers(f)]));
  const pagesOf = (f: Finding): number[] => f.evidence.flatMap((e) => (e.provenance.kind === 'pdf' ? [e.provenance.page] : []));
  const explains = (tf: Truth['findings'][number], f: Finding): boolean => {
    if (tf.rule !== null && tf.rule !== f.rule) return false;
    const pages = pagesOf(f);
    if (pages.length && !pages.some((n) => tf.pages.includes(n))) return false;
    const want = tf.values.map(numberOf).filter((d): d is Decimal => d !== null);
    return want.length === 0 ? tf.rule === f.rule : want.some((w) => numbersOf.get(f)!.some((n) => n.eq(w)));
  };
  const truthFindings: FindingScore[] = truth.findings.map((tf) => ({
    rule: tf.rule,
    severity: tf.severity,
    why: tf.why,
    matched: findings.filter((f) => explains(tf, f)).map(describe),
  }));
  // A finding is accounted for by a true finding of its own rule, or by one the truth names with no
  // rule (a defect no catalogue rule names exactly), on its pages and with one of its numbers.
  // (A true finding of the finding's own rule that names no number accounts for it by its pages alone.)
  const accounted = (f: Finding): boolean =>
    truth.findings.some((tf) => (tf.rule === f.rule ? explains(tf, f) : tf.rule === null && explains({ ...tf, rule: null }, f)));
  const falseErrors = findings.filter((f) => f.severity === 'error' && !accounted(f)).map(describe);
  const unexplainedWarnings = findings.filter((f) => f.severity === 'warning' && !accounted(f)).map(describe);

  const doc = p.records?.document;
  const truthKind = truth.document.disclosure ? truth.document.kind : 'other';
  const gotKind = doc?.kind ?? 'unknown';
  const department: [string | null, string | null] = [truth.document.department, doc?.department ?? null];
  const year: [number | null, number | null] = [truth.document.year, doc?.year ?? null];
  const sameDepartment = department[0] === null || (department[1] !== null && (department[1].includes(department[0]) || department[0].includes(department[1])));
  return {
    file: truth.file,
    status: p.status,
    document: { kind: [truthKind, gotKind], department, year, right: truthKind === gotKind && sameDepartment && year[0] === year[1] },
    tables,
    spurious,
    values,
    truthFindings,
    falseErrors,
    unexplainedWarnings,
    statements: (({ total, matched, outlineRight, roleRight, rows }) => ({
      total,
      matched,
      outlineRight,
      roleRight,
      placed: rows.filter((r) => r.outlineRight && r.roleRight).length,
    }))(scoreStatements(truth, p.records?.narrative ?? [])),
  };
}

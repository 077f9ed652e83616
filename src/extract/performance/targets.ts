import { z } from 'zod';
import type { DocumentClassification } from '../../classify/classify-document.js';
import { kindSpec } from '../../classify/table-kinds.js';
import type { Diagnostic, DocModel, Table } from '../../model/index.js';
import { parseAmount, unitOf } from '../../normalise/amount.js';
import { Slot } from '../figure.js';
import { labelOf, Measure, measureOf, moneySlot, type RowCell, rowCells } from './cells.js';

/**
 * 绩效目标表 (项目支出绩效目标表, 部门整体支出绩效目标表, 专项资金绩效目标表) as records: the projects
 * (or the body as a whole) with their money and their stated goal, and the indicator tree with each
 * indicator's target. Targets have no actuals and no scores: a table that prints them is a 自评表.
 */

export const TargetIndicator = z.object({
  /** 0-based grid row. */
  row: z.number().int(),
  l1: z.string().nullable(),
  l2: z.string().nullable(),
  l3: z.string().nullable(),
  /** The 指标值 as printed and read (comparator, value, unit, a range's high end). */
  target: Measure,
});
export type TargetIndicator = z.infer<typeof TargetIndicator>;

export const TargetSubject = z.object({
  /** The project (or unit) the indicators below belong to, as printed; null for a body-wide form. */
  name: z.string().nullable(),
  /** 0-based grid row where it starts. */
  row: z.number().int(),
  /** Its money (资金总额 / 金额 / 项目总额 / 年度预算) in 万元, null when none is printed. */
  amount: Slot.nullable(),
  /** The stated 绩效目标 (年度目标), as printed. */
  goal: z.string().nullable(),
  indicators: z.array(TargetIndicator),
});
export type TargetSubject = z.infer<typeof TargetSubject>;

export const TargetTable = z.object({
  table: z.string(),
  tableKind: z.enum(['pt-project', 'pt-dept', 'pt-fund']),
  /** The 合计 the table prints over its subjects' money, when it prints one. */
  total: Slot.nullable(),
  subjects: z.array(TargetSubject),
});
export type TargetTable = z.infer<typeof TargetTable>;

interface Columns {
  header: number;
  l1: number | null;
  l2: number | null;
  l3: number | null;
  target: number | null;
  name: number | null;
  amount: number | null;
  goal: number | null;
  /** 度量单位 and 指标值类型 (≥, ≤, =) printed in columns of their own beside the 指标值. */
  unit: number | null;
  comparator: number | null;
}

const find = (cells: RowCell[], re: RegExp): number | null => cells.find((c) => re.test(c.text))?.col ?? null;

/** The row that heads the indicators (一级指标 | 二级指标 | 三级指标 | 指标值) and the columns of the rest. */
function columnsOf(t: Table): Columns | null {
  for (let r = 0; r < Math.min(t.nRows, 40); r++) {
    const cells = rowCells(t, r);
    const l3 = find(cells, /^三级指标/);
    const target = find(cells, /^(?:年度)?(?:指标值|目标值)$|年度指标值|指标值$/);
    if (l3 === null && target === null) continue;
    // The names above a two-row header (单位（项目）名称 | 资金总额 | 绩效目标 | 绩效指标 › 一级 …) sit in the row before it.
    const above = r > 0 ? [...rowCells(t, r - 1), ...cells] : cells;
    return {
      header: r,
      l1: find(cells, /^一级指标/),
      l2: find(cells, /^二级指标/),
      l3,
      target,
      name: find(above, /项目.*名称|^项目$|单位.*名称|^名称$/),
      amount: find(above, /资金总额|^金额|项目总额|年度预算|资金金额|^总计$|^合计$/),
      goal: find(above, /绩效目标$|年度目标|^目标$/),
      unit: find(cells, /度量单位|计量单位|^单位$/),
      comparator: find(cells, /指标值类型|^符号$|运算符|^指标性质$/),
    };
  }
  // A list of projects with their money and a goal in words, and no indicator tree (杭州 表11).
  for (let r = 0; r < Math.min(t.nRows, 5); r++) {
    const cells = rowCells(t, r);
    const name = find(cells, /项目.*名称|^项目$/);
    const goal = find(cells, /绩效目标$|年度目标/);
    if (name !== null && goal !== null)
      return {
        header: r,
        l1: null,
        l2: null,
        l3: null,
        target: null,
        name,
        amount: find(cells, /^金额|资金|^合计$|^总计$/),
        goal,
        unit: null,
        comparator: null,
      };
  }
  return null;
}

/** A form's label → value pairs (项目名称 | X; 资金总额 | 123.45): the cell right of a label cell. */
function formValue(t: Table, upTo: number, label: RegExp): RowCell | null {
  for (let r = 0; r < upTo; r++) {
    const cells = rowCells(t, r);
    const i = cells.findIndex((c) => c.own && label.test(c.text));
    const next = i >= 0 ? cells.slice(i + 1).find((c) => c.text !== '') : undefined;
    if (next) return next;
  }
  return null;
}

const isAmount = (text: string): boolean => parseAmount(text, {}).state === 'number';

/**
 * A form's money: the amount printed beside its label, or under it when the form prints its money
 * labels over their values (北京's 总体资金情况（万元）: 预算支出总额 | 财政拨款 › 合计 … over the amounts).
 * The total's own label (资金总额, 预算支出总额, 项目总额) is read before a block's (年度预算安排（万元）,
 * 泉州, whose 资金总额 | 项目支出 | 基本支出 | 其他资金 rows sit beside it); a label followed by words only is
 * no money.
 */
function formAmount(t: Table, upTo: number): RowCell | null {
  for (const label of [/资金总额|预算支出总额|项目总额/, /年度预算|资金金额/]) {
    for (let r = 0; r < upTo; r++) {
      const cells = rowCells(t, r);
      const i = cells.findIndex((c) => c.own && label.test(c.text));
      if (i < 0) continue;
      const right = cells.slice(i + 1).find((c) => c.text !== '');
      if (right && isAmount(right.text)) return right;
      const col = cells[i]!.col;
      for (let below = r + cells[i]!.cell.rowSpan; below < upTo; below++) {
        const c = rowCells(t, below).find((x) => x.col === col && x.own);
        if (!c || !c.text) continue;
        if (isAmount(c.text)) return c;
        break;
      }
    }
  }
  return null;
}

function targetTable(t: Table, kind: TargetTable['tableKind']): { record: TargetTable; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const cols = columnsOf(t);
  const unit = unitOf(t.unitNote ?? '') ?? '万元';
  const subjects: TargetSubject[] = [];
  let total: Slot | null = null;
  if (!cols) {
    diagnostics.push({
      code: 'pt-no-indicator-header',
      severity: 'info',
      stage: 'extract',
      message: `${t.id}: no indicator header (三级指标 / 指标值) was found; the table is read as its subjects and goals only`,
    });
  }
  const headerEnd = cols ? cols.header + 1 : Math.min(t.nRows, 1);
  // A form names its project in label → value cells above the indicators.
  const formName = formValue(t, cols?.header ?? t.nRows, /^(?:专项)?[(（]?项目[)）]?名称|^项目名称|^部门名称|^单位名称/);
  const formMoney = formAmount(t, cols?.header ?? t.nRows);
  let current: TargetSubject | null = null;
  const open = (name: string | null, row: number, amount: Slot | null, goal: string | null): TargetSubject => {
    const s: TargetSubject = { name, row, amount, goal, indicators: [] };
    subjects.push(s);
    return s;
  };
  if (formName || formMoney || !cols || cols.name === null) {
    // One form per project names it in a 项目名称 cell, or only in its title (泉州: XX项目绩效目标表).
    const titled = t.title
      ? labelOf(t.title)
          .replace(/^\d{4}年度?/, '')
          .replace(/(?:项目)?(?:支出)?绩效目标表$/, '')
      : '';
    current = open(
      formName ? labelOf(formName.cell.raw) : titled && !/^(?:部门整体支出|项目支出|部门)$/.test(titled) ? titled : null,
      formName?.cell.row ?? 0,
      formMoney ? moneySlot(t, kind, formMoney.cell, unit) : null,
      null,
    );
  }
  const prev: Record<'l1' | 'l2', string | null> = { l1: null, l2: null };
  for (let r = headerEnd; r < t.nRows; r++) {
    const cells = rowCells(t, r);
    const at = (c: number | null): RowCell | null => (c === null ? null : (cells.find((x) => x.col <= c && c < x.col + x.cell.colSpan) ?? null));
    const nameCell = cols && !formName ? at(cols.name) : null;
    if (nameCell?.own && nameCell.text) {
      const amountCell = at(cols!.amount);
      const amount = amountCell?.own && amountCell.text ? moneySlot(t, kind, amountCell.cell, unit) : null;
      if (/^(?:合计|总计)$/.test(nameCell.text)) {
        total = amount;
        continue;
      }
      const goalCell = at(cols!.goal);
      current = open(labelOf(nameCell.cell.raw), r, amount, goalCell?.text ? goalCell.cell.raw : null);
      prev.l1 = prev.l2 = null;
    }
    if (!cols) continue;
    const target = at(cols.target);
    const l3 = at(cols.l3);
    if (!target?.own || (!target.text && !l3?.text)) continue;
    const l1 = at(cols.l1)?.text ? labelOf(at(cols.l1)!.cell.raw) : prev.l1;
    const l2 = at(cols.l2)?.text ? labelOf(at(cols.l2)!.cell.raw) : prev.l2;
    prev.l1 = l1;
    prev.l2 = l2;
    current ??= open(null, r, null, null);
    // 长沙's list prints the comparator and the unit in columns of their own: the target reads as ≥ 95 %.
    const unitText = at(cols.unit)?.own ? (at(cols.unit)?.cell.raw.trim() ?? '') : '';
    const cmpText = at(cols.comparator)?.own ? (at(cols.comparator)?.cell.raw.trim() ?? '') : '';
    const whole =
      /^[≥≤<>=＝＜＞]+$/.test(cmpText) || unitText
        ? {
            ...target.cell,
            raw: `${/^[≥≤<>=＝＜＞]+$/.test(cmpText) ? cmpText : ''}${target.cell.raw.trim()}${unitText && !target.cell.raw.includes(unitText) ? unitText : ''}`,
          }
        : target.cell;
    current.indicators.push({ row: r, l1, l2, l3: l3?.text ? labelOf(l3.cell.raw) : null, target: measureOf(t, kind, whole) });
  }
  const record: TargetTable = { table: t.id, tableKind: kind, total, subjects };
  const parsed = TargetTable.safeParse(record);
  if (!parsed.success)
    diagnostics.push({ code: 'pt-record-invalid', severity: 'error', stage: 'extract', message: `${t.id}: ${parsed.error.message.slice(0, 300)}` });
  return { record, diagnostics };
}

/** Every 绩效目标表 of the document, as records. */
export function targetRecords(doc: DocModel, c: DocumentClassification): { records: TargetTable[]; diagnostics: Diagnostic[] } {
  const records: TargetTable[] = [];
  const diagnostics: Diagnostic[] = [];
  doc.tables.forEach((t, i) => {
    const kind = c.tables[i]?.kind ?? 'unknown';
    if (kindSpec(kind)?.family !== '绩效目标') return;
    const r = targetTable(t, kind as TargetTable['tableKind']);
    records.push(r.record);
    diagnostics.push(...r.diagnostics);
  });
  return { records, diagnostics };
}

import { z } from 'zod';
import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Diagnostic, DocModel, Table } from '../../model/index.js';
import { CellRef, cellRef, Figure, Slot } from '../figure.js';
import { bracketFigure, isPureNumber, labelOf, rowCells, scoreSlot } from './cells.js';

/** One node of a 共性指标框架's indicator tree (spec §0.2 FW.node[i]). */
export const FwNode = z.object({
  /** Index into `nodes`. */
  id: z.number().int(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** The label without whitespace and bracketed weight (在职人员控制率). */
  name: z.string(),
  /** The bracketed weight, "（6分）" / "（14分）" / "（10）", in 分; null when none is printed. */
  weight: Figure.nullable(),
  /** 评分及标准 (leaves), as printed. */
  ruleText: z.string().nullable(),
  /** 指标说明 (leaves; a merged cell shared by several leaves is given to each), as printed. */
  definitionText: z.string().nullable(),
  /** 自评分 (leaves). */
  selfScore: Slot.nullable(),
  parent: z.number().int().nullable(),
  row: z.number().int(),
  evidence: CellRef,
});
export type FwNode = z.infer<typeof FwNode>;

/** A 共性指标框架 as an indicator tree (spec §0.2 FW.*). */
export const FrameworkTable = z.object({
  table: z.string(),
  /** `dept`: 部门整体支出 (002 附件1, spec A10); `project`: 项目/预算支出 (002 附件4-1, spec A11). */
  scope: z.enum(['dept', 'project']),
  title: z.string().nullable(),
  nodes: z.array(FwNode),
  /** The 自评分 of the closing row that prints nothing else (002: 98). */
  totalSelfScore: Slot.nullable(),
});
export type FrameworkTable = z.infer<typeof FrameworkTable>;

interface Cols {
  header: number;
  l1: number;
  l2: number;
  l3: number;
  rule: number | null;
  def: number | null;
  self: number | null;
}

function columns(t: Table): Cols | null {
  for (let r = 0; r < Math.min(t.nRows, 4); r++) {
    const cells = rowCells(t, r).filter((c) => c.own);
    const col = (re: RegExp) => cells.find((c) => re.test(c.text))?.col;
    const l1 = col(/^一级/);
    const l3 = col(/^三级/);
    if (l1 === undefined || l3 === undefined) continue;
    return { header: r, l1, l2: col(/^二级/) ?? l1 + 1, l3, rule: col(/评分/) ?? null, def: col(/指标说明|^说明/) ?? null, self: col(/自评分|^得分/) ?? null };
  }
  return null;
}

function frameworkTable(t: Table): { record: FrameworkTable; diagnostics: Diagnostic[] } {
  const kind = 'fw';
  const diagnostics: Diagnostic[] = [];
  const scope = /部门整体/.test(t.title ?? '') ? 'dept' : 'project';
  const nodes: FwNode[] = [];
  let totalSelfScore: Slot | null = null;
  const cols = columns(t);
  if (!cols) {
    diagnostics.push({ code: 'fw-no-header', severity: 'warning', stage: 'extract', message: `${t.id}: no 一级/三级 header was found` });
    return { record: { table: t.id, scope, title: t.title, nodes, totalSelfScore }, diagnostics };
  }
  let cur1: FwNode | null = null;
  let cur2: FwNode | null = null;
  for (let r = cols.header + 1; r < t.nRows; r++) {
    const cells = rowCells(t, r);
    const covering = (col: number | null) => (col === null ? null : (cells.find((c) => c.col <= col && col < c.col + c.cell.colSpan) ?? null));
    const c1 = covering(cols.l1);
    const c2 = covering(cols.l2);
    const c3 = covering(cols.l3);
    const self = covering(cols.self);
    // The closing row prints only the total 自评分 (002: 98).
    if (c3 && (!c3.own || c3.text === '') && (!c1 || !c1.own || c1.text === '' || c1 === c3) && self?.own && isPureNumber(self.text)) {
      totalSelfScore = scoreSlot(t, kind, self.cell);
      continue;
    }
    const node = (level: 1 | 2 | 3, c: NonNullable<typeof c1>, parent: FwNode | null): FwNode => ({
      id: nodes.length,
      level,
      name: labelOf(c.cell.raw),
      weight: bracketFigure(t, kind, c.cell),
      ruleText: null,
      definitionText: null,
      selfScore: null,
      parent: parent?.id ?? null,
      row: r,
      evidence: cellRef(t, kind, c.cell),
    });
    // A label printed again after a page break (附件1 "过程（40分）" ×3) is the same node.
    const same = (n: FwNode | null, c: NonNullable<typeof c1>) =>
      n !== null && n.name === labelOf(c.cell.raw) && (n.weight?.value.toString() ?? '') === (bracketFigure(t, kind, c.cell)?.value.toString() ?? '');
    if (c1?.own && c1.text !== '') {
      if (!same(cur1, c1)) {
        cur1 = node(1, c1, null);
        nodes.push(cur1);
        cur2 = null;
      }
    }
    if (c2?.own && c2.text !== '' && c2 !== c1) {
      if (!same(cur2, c2)) {
        cur2 = node(2, c2, cur1);
        nodes.push(cur2);
      }
    }
    if (c3?.own && c3.text !== '' && c3 !== c2) {
      const leaf = node(3, c3, cur2 ?? cur1);
      const rule = covering(cols.rule);
      const def = covering(cols.def);
      leaf.ruleText = rule && rule !== c3 ? rule.cell.raw : null;
      leaf.definitionText = def && def !== c3 ? def.cell.raw : null;
      leaf.selfScore = self?.own ? scoreSlot(t, kind, self.cell) : null;
      nodes.push(leaf);
    }
  }
  const record: FrameworkTable = { table: t.id, scope, title: t.title, nodes, totalSelfScore };
  const parsed = FrameworkTable.safeParse(record);
  if (!parsed.success)
    diagnostics.push({ code: 'fw-record-invalid', severity: 'error', stage: 'extract', message: `${t.id}: ${parsed.error.message.slice(0, 300)}` });
  return { record, diagnostics };
}

/** Every 共性指标框架 of the document, as indicator trees. */
export function frameworkRecords(doc: DocModel, c: DocumentClassification): { records: FrameworkTable[]; diagnostics: Diagnostic[] } {
  const records: FrameworkTable[] = [];
  const diagnostics: Diagnostic[] = [];
  doc.tables.forEach((t, i) => {
    if (c.tables[i]?.kind !== 'fw') return;
    const r = frameworkTable(t);
    records.push(r.record);
    diagnostics.push(...r.diagnostics);
  });
  return { records, diagnostics };
}

/** A node's children. */
export const childrenOf = (fw: FrameworkTable, n: FwNode): FwNode[] => fw.nodes.filter((x) => x.parent === n.id);
/** The leaves (三级) under a node, or every leaf. */
export const leavesOf = (fw: FrameworkTable, n?: FwNode): FwNode[] => {
  if (!n) return fw.nodes.filter((x) => x.level === 3);
  const kids = childrenOf(fw, n);
  return kids.flatMap((k) => (k.level === 3 ? [k] : leavesOf(fw, k)));
};

import type { Decimal } from 'decimal.js';
import { bdRow, type DocumentRecords, figureOf } from '../extract/records.js';
import type { Operand } from '../rules/_lib/types.js';

/**
 * The rates a framework's scoring functions take, recomputed from the document's own data (spec
 * A9 `fw-score-recompute`): 基础数据表 for staff and 三公/公用经费, 自评表 for execution. Keyed by
 * scoring-function id; a rate the data cannot give is absent.
 */
export interface FrameworkInput {
  /** The rate, in percent. */
  value: Decimal;
  /** How it was computed, for the finding. */
  formula: string;
  operands: Operand[];
}

const ratio = (num: Operand, den: Operand, formula: string): FrameworkInput | null =>
  den.figure.value.isZero() ? null : { value: num.figure.value.div(den.figure.value).times(100), formula, operands: [num, den] };

export function frameworkInputs(records: DocumentRecords): Map<string, FrameworkInput> {
  const out = new Map<string, FrameworkInput>();
  const put = (id: string, v: FrameworkInput | null) => v && !out.has(id) && out.set(id, v);
  for (const bd of records.basicData) {
    const q = figureOf(bd.staff?.quota);
    const d = figureOf(bd.staff?.onDuty);
    if (q && d) put('fwd-staff-control', ratio({ label: '在职人数', figure: d }, { label: '编制数', figure: q }, '在职人数/编制数'));
    const sg = bdRow(bd, 'sangong');
    const fin = figureOf(sg?.curFin);
    const bud = figureOf(sg?.curBud);
    const prev = figureOf(sg?.prevFin);
    if (fin && bud) put('fwd-sangong-control', ratio({ label: '三公 当年决算', figure: fin }, { label: '三公 当年预算', figure: bud }, '三公决算/三公预算'));
    if (fin && prev && !prev.value.isZero())
      put('fwd-sangong-change', {
        value: fin.value.minus(prev.value).div(prev.value).times(100),
        formula: '(本年三公−上年三公)/上年三公',
        operands: [
          { label: '三公 当年决算', figure: fin },
          { label: '三公 上年决算', figure: prev },
        ],
      });
    const pub = bdRow(bd, 'public');
    const pf = figureOf(pub?.curFin);
    const pb = figureOf(pub?.curBud);
    if (pf && pb)
      put('fwd-public-cost-control', ratio({ label: '公用经费 当年决算', figure: pf }, { label: '公用经费 当年预算', figure: pb }, '公用经费决算/预算'));
  }
  const dept = records.selfEval.find((t) => t.tableKind === 'st-dept' && figureOf(t.fund?.executed) && figureOf(t.fund?.fullBudget));
  if (dept)
    put(
      'fwd-exec-rate',
      ratio(
        { label: '全年执行数', figure: figureOf(dept.fund!.executed)! },
        { label: '全年预算数', figure: figureOf(dept.fund!.fullBudget)! },
        '预算执行数/预算数',
      ),
    );
  // 项目支出 预算执行率 = 实际支出/实际到位: the project tables' 全年执行数 over 全年预算数 (the funds made available), summed over projects.
  const projects = records.selfEval.filter((t) => t.tableKind === 'st-project' && figureOf(t.fund?.executed) && figureOf(t.fund?.fullBudget));
  if (projects.length) {
    const ex = projects.map((t) => figureOf(t.fund!.executed)!);
    const full = projects.map((t) => figureOf(t.fund!.fullBudget)!);
    const num = ex.reduce((a, b) => a.plus(b.value), ex[0]!.value.minus(ex[0]!.value));
    const den = full.reduce((a, b) => a.plus(b.value), full[0]!.value.minus(full[0]!.value));
    if (!den.isZero())
      put('fwp-exec-rate', {
        value: num.div(den).times(100),
        formula: 'Σ项目全年执行数/Σ项目全年预算数',
        operands: [
          ...projects.map((t, i) => ({ label: `${t.project ?? t.table} 全年执行数`, figure: ex[i]! })),
          ...projects.map((t, i) => ({ label: `${t.project ?? t.table} 全年预算数`, figure: full[i]! })),
        ],
      });
  }
  return out;
}

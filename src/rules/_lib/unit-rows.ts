import { kindSpec } from '../../classify/table-kinds.js';
import { type DocumentRecords, PERCENT_COLUMN } from '../../extract/records.js';
import { identity } from './fa.js';
import type { Tally } from './finding.js';
import { hasUnreadable, rowsOf, slotAt } from './income-sources.js';

/** Code lengths of 科目 (功能分类 类/款/项, 经济分类 类/款): a row so coded is a 科目, not a unit. */
const SUBJECT_LENGTHS = new Set([3, 5, 7]);

/**
 * A 预算 table printed by 预算单位 (西安's 部门综合预算 收入总表 and 支出总表: 单位编码 242001 … 242013 under
 * one 合计 row): every amount column's 合计 is the sum of the units. Read only when every row but the
 * 合计 is a unit, each with its own code of one length that is not a 科目's (a code that could be a
 * 科目, or units of two levels, leave the sum unmade).
 */
export function unitRowSums(t: Tally, r: DocumentRecords): void {
  for (const info of r.tables) {
    if (kindSpec(info.kind)?.family !== '预算' || hasUnreadable(r, info.table)) continue;
    const lines = r.lineItems.filter((l) => l.table === info.table && l.side === null);
    const rows = rowsOf(lines);
    const heads = [...rows.values()].map((ls) => ls[0]!);
    const total = heads.filter((h) => h.code === '*');
    const units = heads.filter((h) => h.code !== '*');
    if (total.length !== 1 || units.length < 2) continue;
    const lengths = new Set(units.map((u) => u.code?.length ?? 0));
    if (lengths.size !== 1 || units.some((u) => !u.code || !/^\d+$/.test(u.code)) || SUBJECT_LENGTHS.has(units[0]!.code!.length)) continue;
    if (new Set(units.map((u) => u.code)).size !== units.length) continue;
    const totalRow = rows.get(total[0]!.row)!;
    for (const whole of totalRow) {
      const label = whole.measurePath.join(' › ');
      if (PERCENT_COLUMN.test(label)) continue;
      identity(
        t,
        info.table,
        [`合计行`, slotAt(totalRow, whole.col)],
        units.map((u) => [`${u.code} ${u.name} › ${label}`, slotAt(rows.get(u.row)!, whole.col)]),
        { data: { where: `${info.title ?? info.table} ${label}` } },
      );
    }
  }
}

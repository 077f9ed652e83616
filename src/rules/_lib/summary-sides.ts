import { kindSpec } from '../../classify/table-kinds.js';
import type { DocumentRecords } from '../../extract/records.js';
import type { Tally } from './finding.js';
import { compare, single, sum } from './interval.js';
import { lineFigure } from './table-values.js';
import type { Operand } from './types.js';

type Line = DocumentRecords['lineItems'][number];

const YEAR_TOTAL = /^本年(?:收入|支出)合计$/;
const GRAND_TOTAL = /^(?:收入|支出)总计$/;
/** What a side adds to its year's total: last year's carry-over on the 收入 side, next year's and 结余分配 on the 支出 side. */
const ADDITION = /结转|结余|用事业基金弥补/;
/** A line under an addition that names its funds (其中：财政拨款资金结转; 1.财政拨款结余、结转; 一般公共预算拨款): a part, not another addition. */
const FUND_PART = /^(?:其中[:：]?)?(?:\(?\d+\)?[.、]?)?(?:财政拨款|非财政拨款|一般公共预算|政府性基金|国有资本经营|财政专户|单位资金|其他资金)/;

/**
 * Each side of a 预算's two-sided 总表 (收支总表, 财政拨款收支总表) adds to its 总计 what it prints between
 * its 本年合计 and that 总计: 收入总计 = 本年收入合计 + 上年结转, 支出总计 = 本年支出合计 + 结转下年 (西安人社 2020
 * 表4: 181,716.56 + 0 is not 181,807.13). A side printed in several blocks (by 功能, by 部门 and by 政府 经济分类)
 * that print the same figures is checked once. The 决算's 公开01 and 04 have rules of their own.
 */
export function summarySides(t: Tally, r: DocumentRecords): void {
  const blocks = new Map<string, Line[]>();
  for (const l of r.lineItems) {
    const spec = kindSpec(l.tableKind);
    if (!spec?.twoSided || spec.family !== '预算' || !l.side) continue;
    const key = `${l.table}|${l.side}|${l.group ?? ''}|${l.col}`;
    blocks.set(key, [...(blocks.get(key) ?? []), l]);
  }
  const seen = new Set<string>();
  for (const lines of blocks.values()) {
    const year = lines.find((l) => YEAR_TOTAL.test(l.name));
    const grand = lines.find((l) => GRAND_TOTAL.test(l.name));
    if (!year || !grand || grand.row <= year.row) continue;
    // Only when all it prints between them is what a side adds (a 本年合计 printed above its lines adds nothing here).
    const between = lines.filter((l) => l.row > year.row && l.row < grand.row && !FUND_PART.test(l.name));
    if (between.some((l) => !ADDITION.test(l.name))) continue;
    const figures = [year, ...between].map((l) => ({ l, f: lineFigure(l) }));
    const whole = lineFigure(grand);
    if (!whole || figures.some((x) => !x.f)) continue;
    const parts: Operand[] = figures.map((x) => ({ label: x.l.name, figure: x.f! }));
    const left = single(`${grand.table} ${grand.name}`, whole);
    const right = sum(parts.map((p) => p.label).join(' + '), parts);
    // Blocks that print the same 总计 and the same sum (a 结转下年 of 0 printed in one and left blank in another) are one check.
    const once = `${grand.table}|${grand.side}|${whole.value.toString()}|${right.value.toString()}`;
    if (seen.has(once)) continue;
    seen.add(once);
    const where = `${grand.table} ${grand.side}${grand.group ? `（${grand.group}）` : ''}`;
    t.compare(grand.table, left, right, compare(left, right, { exact: parts.length <= 1 }), {
      where,
      table: grand.table,
      column: grand.measure,
      row: grand.name,
    });
  }
}

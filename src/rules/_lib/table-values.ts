import { Decimal } from 'decimal.js';
import { budgetKey, codeNames, lineCell, type DocumentRecords, type FactOf, type Figure, type Labelled, normName } from '../../extract/records.js';
import { derived, nameOf } from './narrative.js';

/**
 * The table value a narrative figure restates, as a figure with its cell: a 决算 table's line or
 * total, a 三公 table's item, a 预算 table's line, the budget a completion rate is of, and the
 * 功能分类 code a narrative 项 name stands for.
 */

/** A figure from a printed table amount (a line item or a 三公 cell). */
function tableFigure(
  amount: { state: string; value?: Decimal; decimals?: number; printed: string; wan?: Decimal | null; unit?: string | null },
  evidence: Figure['evidence'],
): Figure | null {
  if (amount.state === 'blank' || amount.state === 'dash')
    return { value: new Decimal(0), halfUnit: new Decimal(0), decimals: 2, printed: amount.printed, unit: '万元', evidence };
  if (amount.state !== 'number' || !amount.value) return null;
  const value = amount.wan ?? amount.value;
  const scale = amount.wan && !amount.value.isZero() ? amount.wan.div(amount.value) : new Decimal(1);
  return {
    value,
    halfUnit: new Decimal('0.5').times(new Decimal(10).pow(-(amount.decimals ?? 0))).times(scale),
    decimals: amount.decimals ?? 0,
    printed: amount.printed,
    unit: '万元',
    evidence,
  };
}

const SANGONG_ITEM: Record<string, string> = {
  三公经费: 'total',
  '因公出国(境)费': 'abroad',
  公务用车购置及运行费: 'carSub',
  公务用车购置费: 'carBuy',
  公务用车运行维护费: 'carRun',
  公务接待费: 'reception',
};

/** The 公开07 value of a 三公 metric (预算 or 决算 side); null when the document has no such table. */
export function sangongTable(r: DocumentRecords, metric: string, side: 'bud' | 'fin'): Figure | null {
  const item = SANGONG_ITEM[metric];
  if (!item) return null;
  const fact = r.sangong.find((s) => s.item === item && s.side === side);
  if (!fact) return null;
  const tableKind = r.tables.find((t) => t.table === fact.table)?.kind ?? 'fa07';
  const evidence = { kind: 'cell' as const, table: fact.table, tableKind, row: fact.row, col: fact.col, raw: fact.amount.printed, provenance: fact.provenance };
  return tableFigure(fact.amount, evidence);
}

/**
 * The budget a completion rate is of: the one its sentence states, else, for a 三公 item whose sentence
 * states only its 决算 ("其中：因公出国（境）费支出决算为 4.69 万元，完成预算的 15.63%"), that item's 预算 in the
 * 三公 table (公开07 / 预算09), blank counting 0. Null when neither says.
 */
export function rateBudget(r: DocumentRecords, f: FactOf<'rate'>): { label: string; figure: Figure; table: boolean } | null {
  if (f.den) return { label: nameOf(f.den), figure: f.den.figure, table: false };
  if (f.rateKind !== 'completion' || !f.num?.metric || !SANGONG_ITEM[f.num.metric]) return null;
  const tb = sangongCell(r, f.num.metric, 'bud');
  return tb ? { label: `公开07 预算·${f.num.metric}${tb.printed ? '' : '（空白）'}`, figure: tb, table: true } : null;
}

/**
 * A 三公 item's 公开07 value as a 决算 reader takes it: the printed amount, or 0 for a blank cell of a
 * recognised 公开07 (spec §0.5: in FA tables a blank is 0; the 三公 facts keep no blanks). Null without a 公开07.
 */
export function sangongCell(r: DocumentRecords, metric: string, side: 'bud' | 'fin'): Figure | null {
  const printed = sangongTable(r, metric, side);
  if (printed || !SANGONG_ITEM[metric]) return printed;
  const t = r.tables.find((x) => x.kind === 'fa07');
  if (!t) return null;
  const evidence = { kind: 'cell' as const, table: t.table, tableKind: 'fa07', row: 0, col: 0, raw: '', provenance: t.provenance };
  return { value: new Decimal(0), halfUnit: new Decimal(0), decimals: 2, printed: '', unit: '万元', evidence };
}

/** A line item of a 决算 table: kind, code (`*` for 合计), and a measure label test. */
export function lineItem(r: DocumentRecords, tableKind: string, code: string | null, measure: RegExp, name?: RegExp): Figure | null {
  const li = r.lineItems.find(
    (l) => l.tableKind === tableKind && (code === null || l.code === code) && measure.test(l.measure) && (!name || name.test(l.name)),
  );
  return li ? lineFigure(li) : null;
}

/** A line item's amount as a figure with its cell (a blank or a dash is 0). */
export function lineFigure(li: DocumentRecords['lineItems'][number]): Figure | null {
  return tableFigure(li.amount, lineCell(li));
}

/**
 * The 决算 table value a narrative metric restates (spec A5), or null when no table prints it:
 * 收支总计 / 本年收入合计 / 本年支出合计 (公开01), 财政拨款收支总计 (公开04), 基本/项目支出 (公开03 合计),
 * 一般公共预算财政拨款支出 (公开05 合计), 三公 items (公开07 决算).
 */
export function faTableValue(r: DocumentRecords, metric: string | null, column: Labelled['column']): { label: string; figure: Figure } | null {
  if (!metric) return null;
  const hit = (label: string, figure: Figure | null) => (figure ? { label, figure } : null);
  switch (metric) {
    case '收支总计':
      return hit('公开01 总计', lineItem(r, 'fa01', null, /.*/, /^(?:收入)?总计$/));
    case '收入':
      return column ? null : hit('公开01 本年收入合计', lineItem(r, 'fa01', null, /.*/, /^本年收入合计$/));
    case '支出':
      return column ? null : hit('公开01 本年支出合计', lineItem(r, 'fa01', null, /.*/, /^本年支出合计$/));
    case '财政拨款收支总计':
      return hit('公开04 总计', lineItem(r, 'fa04', null, /^(?:合计|小计|金额|决算数)?$|合计/, /^(?:收入)?总计$/));
    case '基本支出':
      return column === 'init' || column === 'budget' ? null : hit('公开03 合计·基本支出', lineItem(r, 'fa03', '*', /基本支出/));
    case '项目支出':
      return column === 'init' || column === 'budget' ? null : hit('公开03 合计·项目支出', lineItem(r, 'fa03', '*', /项目支出/));
    case '一般公共预算财政拨款支出':
      return column === 'init' || column === 'budget' ? null : hit('公开05 合计', lineItem(r, 'fa05', '*', /^(?:合计|小计)$/));
    default: {
      if (metric.startsWith('功能:')) {
        const li = r.lineItems.find(
          (l) => l.tableKind === 'fa05' && l.level === 1 && normName(l.name) === metric.slice(3) && /^(?:合计|小计)$/.test(l.measure),
        );
        return li ? hit(`公开05 ${li.code} ${li.name}`, lineItem(r, 'fa05', li.code, /^(?:合计|小计)$/)) : null;
      }
      if (!SANGONG_ITEM[metric] || !column) return null;
      return hit(`公开07 ${column === 'final' ? '决算' : '预算'}·${metric}`, sangongTable(r, metric, column === 'final' ? 'fin' : 'bud'));
    }
  }
}

/** Names printed for 功能分类 codes in the 决算 tables (公开02/03/05). */
export const funcNames = (r: DocumentRecords): Map<string, string> => codeNames(r.lineItems, /^fa0[235]$/);

/** The 7-digit code a narrative 项 name stands for: the exact name, else a unique prefix match (公益性岗位 → 公益性岗位补贴). */
export function codeOfXiang(names: Map<string, string>, xiang: string, kuan: string): { code: string; exact: boolean } | null {
  const x = normName(xiang);
  const items = [...names].filter(([c]) => c.length === 7);
  const exact = items.filter(([, n]) => normName(n) === x);
  const pick = (cands: [string, string][]) =>
    cands.length === 1 ? cands[0]! : (cands.find(([c]) => normName(names.get(c.slice(0, 5)) ?? '') === normName(kuan)) ?? null);
  const e = pick(exact);
  if (e) return { code: e[0], exact: true };
  const loose = pick(items.filter(([, n]) => normName(n).startsWith(x) || x.startsWith(normName(n))));
  return loose ? { code: loose[0], exact: false } : null;
}

/** A 预算 table's amount: the first line of `kinds` (in that order) with the code and the measure key (budgetKey), outside any 预算单位 group. */
export function buLine(r: DocumentRecords, kinds: readonly string[], code: string | RegExp, key: string): { label: string; figure: Figure } | null {
  for (const kind of kinds) {
    const li = r.lineItems.find(
      (l) =>
        l.tableKind === kind &&
        l.group === null &&
        (typeof code === 'string' ? l.code === code : code.test(l.name.replace(/\s+/g, ''))) &&
        budgetKey(kind, l.measurePath) === key,
    );
    if (!li) continue;
    const figure = lineFigure(li);
    if (figure) return { label: `${kind} ${li.code === '*' ? '合计' : `${li.code ?? ''} ${li.name}`.trim()}·${li.measure}`, figure };
  }
  return null;
}

const BU_SANGONG: Record<string, string> = { ...SANGONG_ITEM, 机关运行经费: 'runningCost', 会议费: 'meeting', 培训费: 'training' };

/**
 * This year's 预算 (`bud`) or last year's (`prior`) of a 三公 item, 机关运行经费, 会议费 or 培训费 in the 预算's 三公
 * table: one figure, or null when its rows print several (per 单位, per fund) that differ.
 */
export function buSangong(
  r: DocumentRecords,
  metric: string,
  side: 'bud' | 'prior' = 'bud',
): { label: string; figure: Figure; parts?: { label: string; figure: Figure }[] } | null {
  const item = BU_SANGONG[metric];
  if (!item) return null;
  // The table's own total row when it prints one per 单位 (人社局 2020 表13: 合计, then each unit), else the rows without a label.
  const all = r.sangong.filter((s) => s.item === item && s.side === side);
  const total = all.filter((s) => s.rowLabel !== null && /^(?:合计|总计)$/.test(s.rowLabel.replace(/\s+/g, '')));
  // Without a 合计 row, the rows must all print one value (one 单位 over two lines of years, or no label at all).
  const rows = total.length ? total : all;
  // A 合计 column printed beside the funds' (合计 | 一般公共预算 | 政府性基金 | 国有资本经营, 广州 2026) is the item.
  const facts = rows.some((f) => f.fund === null) && rows.some((f) => f.fund !== null) ? rows.filter((f) => f.fund === null) : rows;
  const tableKind = r.tables.find((t) => t.table === facts[0]?.table)?.kind ?? 'bu09';
  const label = `${tableKind} ${side === 'bud' ? '预算' : '上年'}·${metric}`;
  const figureOf = (f: (typeof facts)[number]) =>
    tableFigure(f.amount, { kind: 'cell', table: f.table, tableKind, row: f.row, col: f.col, raw: f.amount.printed, provenance: f.provenance });
  // Printed per fund (一般公共预算 | 政府性基金 | 国有资本经营, 深圳 2026), once each: the item is their sum.
  const funds = new Set(facts.map((f) => f.fund));
  if (facts.length > 1 && !funds.has(null) && funds.size === facts.length) {
    const parts = facts.map(figureOf).filter((x) => x !== null);
    if (parts.length !== facts.length) return null;
    parts.sort((a, b) => b.value.comparedTo(a.value));
    const value = parts.reduce((a, p) => a.plus(p.value), new Decimal(0));
    const fundName = { gpb: '一般公共预算', 'gov-fund': '政府性基金', soe: '国有资本经营' } as const;
    return {
      label,
      figure: derived(value, parts, parts.map((p) => p.printed).join('+')),
      parts: facts.map((f) => ({ label: `${label}（${fundName[f.fund!]}）`, figure: figureOf(f)! })),
    };
  }
  const first = facts[0];
  const wan = (a: (typeof facts)[number]['amount']) => (a.state === 'number' ? (a.wan ?? a.value) : null);
  const v = first ? wan(first.amount) : null;
  if (!first || !v || facts.some((f) => !wan(f.amount)?.eq(v))) return null;
  const figure = figureOf(first);
  return figure ? { label, figure } : null;
}

/**
 * The 合计 of a 机关运行经费 预算表 of its own that prints one amount column (苏州 2026: 科目编码 | 科目名称 |
 * 机关运行经费支出), for a 预算 whose 三公 table does not print the 机关运行经费.
 */
function orgRunningTotal(r: DocumentRecords): { label: string; figure: Figure } | null {
  const totals = r.lineItems.filter((l) => l.tableKind === 'bu-org-running' && l.code === '*' && l.group === null);
  const li = totals.length === 1 ? totals[0]! : null;
  const figure = li ? lineFigure(li) : null;
  return figure ? { label: `bu-org-running 合计·${li!.measure}`, figure } : null;
}

/** A 预算 table's value for a 说明 figure, why the match may be uncertain, and the other table values the words could mean. */
export interface BuValue {
  label: string;
  figure: Figure;
  doubt: string | null;
  /** What else the words may name (the 类's 项目支出 column in a 项目支出 section): a figure equal to one of them is no disagreement. */
  also: { label: string; figure: Figure }[];
  /** The printed amounts the figure is the sum of, when it is one (a 三公 item printed per fund). */
  parts?: { label: string; figure: Figure }[];
}

/**
 * The 预算 table value a 预算 说明 figure of the year restates, or null when no table prints it: 本年收入 (收入总表
 * 合计, 收支总表 本年收入合计), 本年支出 (支出总表 合计), 基本/项目支出 (支出总表, or the 一般公共预算 支出表 for that
 * scope), the 一般公共预算 支出 (its 支出表 合计), a 功能分类 类 (支出总表 or 一般公共预算 支出表), and 三公 and 机关运行经费
 * (the 三公 表). `doubt` says why the match of words to table is not certain (a 收入 of a budget that also
 * carries 上年结转 may be 本年收入 or 收入总计): a finding that rests on it is at most a warning.
 */
export function buTableValue(
  r: DocumentRecords,
  f: Pick<Labelled, 'metric' | 'label' | 'scope'> & { section?: string | null },
  wholeScope: string | null,
): BuValue | null {
  const m = f.metric;
  if (!m) return null;
  const scope = f.scope ?? wholeScope;
  const sure = (
    v: { label: string; figure: Figure; parts?: BuValue['parts'] } | null,
    doubt: string | null = null,
    also: BuValue['also'] = [],
  ): BuValue | null => (v ? { ...v, doubt, also } : null);
  const bu01 = (name: string) => {
    const figure = lineItem(r, 'bu01', null, /.*/, new RegExp(`^${name}$`));
    return figure ? { label: `bu01 ${name}`, figure } : null;
  };
  const carried = (year: { figure: Figure } | null, total: { figure: Figure } | null): string | null =>
    year && total && !year.figure.value.eq(total.figure.value)
      ? `the 总表's 总计 (${total.figure.printed}) is not the year's own (${year.figure.printed}): the text's figure may be either`
      : null;
  switch (m) {
    case '收入':
    case '支出': {
      if (scope) return null;
      const side = m === '收入' ? '收入' : '支出';
      const year = m === '收入' ? buLine(r, ['bu02'], '*', 'total') : buLine(r, ['bu03'], '*', 'total');
      const total = bu01(`${side}总计`);
      if (/总计/.test(f.label)) return sure(total);
      const pick = year ?? bu01(`本年${side}合计`);
      return sure(pick, carried(pick, total), total ? [total] : []);
    }
    case '基本支出':
    case '项目支出': {
      const key = m === '基本支出' ? 'basic' : 'project';
      if (scope === '一般公共预算') return sure(buLine(r, ['bu05'], '*', key));
      if (scope === '财政拨款') return sure(buLine(r, ['bu-fiscal-func'], '*', key));
      return scope ? null : sure(buLine(r, ['bu03'], '*', key));
    }
    case '一般公共预算财政拨款支出':
    case '一般公共预算拨款': {
      if (m === '一般公共预算财政拨款支出' || /支出/.test(f.label)) return sure(buLine(r, ['bu05'], '*', 'total'));
      // As income: the 收支总表's own line (一般公共预算拨款收入, 一般公共预算资金).
      const figure = lineItem(r, 'bu01', null, /.*/, /^(?:[一二三四五六七八九十]+、)?一般公共预算(?:财政)?(?:拨款|资金)?(?:收入)?$/);
      return figure ? sure({ label: 'bu01 一般公共预算拨款收入', figure }) : null;
    }
    case '人员经费':
    case '公用经费': {
      // In the section on the 一般公共预算 基本支出 (六、关于一般公共预算基本支出表的说明): that table's 合计 row.
      if (!/基本支出/.test(f.section ?? '') || (scope && scope !== '一般公共预算' && scope !== '基本支出')) return null;
      const key = m === '人员经费' ? 'personnel' : 'public';
      const econ = buLine(r, ['bu08'], '*', key);
      const func = buLine(r, ['bu-gpb-basic-func'], '*', key);
      if (econ && func && !econ.figure.value.eq(func.figure.value))
        return sure(econ, `the 基本支出 tables by 经济分类 (${econ.figure.printed}) and by 功能分类 (${func.figure.printed}) give ${m} apart`, [func]);
      return sure(econ ?? func);
    }
    case '上年结转': {
      // The 收支总表's 上年结转 line counts every fund; the 财政拨款收支总表's the 财政拨款 only. A figure in a
      // 财政拨款 sentence or section is the latter's; else, where the two differ, either.
      const line = /^(?:[一二三四五六七八九十]+、|\d+[、.．])?上年结转(?:结余|和结余)?$/;
      const all = lineItem(r, 'bu01', null, /.*/, line);
      const fiscal = lineItem(r, 'bu04', null, /.*/, line);
      const of = (kind: string, figure: Figure | null) => (figure ? { label: `${kind} 上年结转`, figure } : null);
      // Only where the text speaks of the body's income (四、关于财政拨款收支总表的说明, 一、收入预算): a project's own
      // 上年结转 (八(六) "拟安排该项目…含上年结转 750.00 万元") is not the body's.
      if (!/收支|收入|财政拨款/.test(f.section ?? '')) return null;
      if (scope === '财政拨款' || /财政拨款/.test(`${f.label}${f.section ?? ''}`)) return sure(of('bu04', fiscal));
      if (scope) return null;
      if (all && fiscal && !all.value.eq(fiscal.value))
        return sure(
          of('bu01', all),
          `the 收支总表 (${all.printed}) and the 财政拨款收支总表 (${fiscal.printed}) print 上年结转 apart, and the text does not say which fund it speaks of`,
          [of('bu04', fiscal)!],
        );
      return sure(of('bu01', all) ?? of('bu04', fiscal));
    }
    default: {
      if (BU_SANGONG[m] && !['会议费', '培训费'].includes(m)) return sure(buSangong(r, m) ?? (m === '机关运行经费' ? orgRunningTotal(r) : null));
      if (!m.startsWith('功能:')) return null;
      const name = new RegExp(`^${m.slice(3)}(?:[(（]类[)）])?支出$`);
      // A 类 listed in a 基本支出 or 项目支出 section is that column of the 类's row (长沙 2025 (二)项目支出 "其中：…公共安全支出 40230.95").
      const cols = ['基本支出', '项目支出'].filter((w) => f.section?.includes(w) || scope === w);
      const key = cols.length === 1 ? (cols[0] === '基本支出' ? 'basic' : 'project') : 'total';
      const also = ['bu03', 'bu05'].flatMap((k) => ['total', 'basic', 'project'].map((c) => buLine(r, [k], name, c))).filter((x) => x !== null);
      const gpb = buLine(r, ['bu05'], name, key);
      if (scope === '一般公共预算') return sure(gpb, null, also);
      if (scope && key === 'total') return null;
      const all = buLine(r, ['bu03'], name, key);
      if (all && gpb && !all.figure.value.eq(gpb.figure.value))
        return sure(
          all,
          `the 支出总表 (${all.figure.printed}) and the 一般公共预算 支出表 (${gpb.figure.printed}) give the 类 apart, and the text does not say which fund it speaks of`,
          also,
        );
      return sure(all ?? gpb, null, also);
    }
  }
}

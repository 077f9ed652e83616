import { Decimal } from 'decimal.js';
import { mfig } from './_lib/performance.js';
import { buLine, buTableValue, lineItem } from './_lib/table-values.js';
import { factsOf, nameOf, whereOf } from './_lib/narrative.js';
import { columnOf, evFundColumnOf, type DocumentRecords, type FactOf, type Figure, figureOf } from '../extract/records.js';
import { doubtOf, gated } from './_lib/binding.js';
import { finding, Tally } from './_lib/finding.js';
import { compare, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';
import { evFundSentences } from './_lib/eval-funds.js';

const meta = ruleMeta({
  id: 'same-quantity-agreement',
  description: 'Every mention of one quantity (metric, year, scope, column) carries one value, text↔text and text↔table',
  messages: {
    zh: '同一数量「{quantity}」（{year}年）有不同数值：{leftLabel} {left}，{rightLabel} {right}（{count} 处提及）',
    en: 'The same quantity "{quantity}" ({year}) is given different values: {leftLabel} {left} vs {rightLabel} {right} ({count} mentions)',
  },
});

/**
 * The unit's own money the narrative restates: the 部门 budget and 决算 lines, 三公 and the other
 * 控制 items. Fund-level and population figures (基本养老金, 基金总支出 …) recur per 险种 or per
 * 全市/市本级 with different values and are not one quantity (004 自评报告, 002 附件3).
 */
const MONEY = new Set([
  '收入',
  '支出',
  '收支总计',
  '财政拨款收支总计',
  '财政拨款收入',
  '财政拨款支出',
  '一般公共预算财政拨款支出',
  '一般公共预算拨款',
  '其他收入',
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  '工资福利支出',
  '商品和服务支出',
  '对个人和家庭的补助',
  '资本性支出',
  '三公经费',
  '因公出国(境)费',
  '公务用车购置及运行费',
  '公务用车购置费',
  '公务用车运行维护费',
  '公务接待费',
  '机关运行经费',
  '会议费',
  '培训费',
  '政府采购',
  '政府采购货物',
  '政府采购工程',
  '政府采购服务',
  '中小企业合同',
  '小微企业合同',
  '执行数',
  '结转结余',
  '调整追加',
  '上年结转',
]);
/** 10⁴ and 10⁸ either way: 元, 万元, 亿元. */
const UNIT_FACTORS = ['1e4', '1e-4', '1e8', '1e-8'].map((k) => new Decimal(k));
const STAFF = new Set(['编制数', '在职人数']);

/**
 * The document's own totals: one quantity wherever the text states them, whatever the outline node
 * (收支总计 in 一 and again in 四; 三公 in 七(一) and 七(二)). Any other metric is one quantity only within
 * one node and, for a component, within one total: 西安 2020 prints 工资福利支出 under 部门 and again under
 * 政府 经济分类 (五(三)3(1) and (2)), 深圳 2026 names 政府采购 in two projects' fees, 国家信访局 2024 a
 * project's own 年初预算 and 上年结转 in 第五部分.
 */
const DOCUMENT_LEVEL = new Set([
  '收入',
  '支出',
  '收支总计',
  '财政拨款收支总计',
  '一般公共预算财政拨款支出',
  '基本支出',
  '项目支出',
  '三公经费',
  '因公出国(境)费',
  '公务用车购置及运行费',
  '公务用车购置费',
  '公务用车运行维护费',
  '公务接待费',
  '机关运行经费',
]);

/** The totals a document-level amount is naturally a part of: listed under them it is still the document's own. */
const NATURAL_WHOLE: Record<string, readonly string[]> = {
  基本支出: ['支出'],
  项目支出: ['支出'],
  '因公出国(境)费': ['三公经费'],
  公务用车购置及运行费: ['三公经费'],
  公务用车购置费: ['三公经费', '公务用车购置及运行费'],
  公务用车运行维护费: ['三公经费', '公务用车购置及运行费'],
  公务接待费: ['三公经费'],
};

/**
 * Where a narrative amount is one quantity: the whole document for its totals, else its node; a part
 * listed under some other total is that total's part (西安 2020: 公务接待费 3.30 of 三公 and 2 of 机关运行经费).
 */
function locusOf(f: FactOf<'amount'>, breakdowns: Map<string, FactOf<'breakdown'>>): string {
  const total = f.partOf ? breakdowns.get(f.partOf)?.total : null;
  const whole = total ? `|of ${total.metric ?? total.label}|${total.column ?? ''}` : '';
  if (f.metric && DOCUMENT_LEVEL.has(f.metric) && f.role !== 'item') {
    if (!total || (total.metric && NATURAL_WHOLE[f.metric]?.includes(total.metric))) return '*';
    if (total.metric && DOCUMENT_LEVEL.has(total.metric)) return `*${whole}`;
  }
  return `${f.outline.nodes.at(-1) ?? 'root'}${whole}`;
}

interface Mention {
  label: string;
  figure: Figure;
  /** Narrative mentions compare at their own printed precision; table ones are exact. */
  where: string;
  /** Why the mention's binding is in doubt (a finding that rests on it is at most a warning). */
  uncertain?: string | null;
  /** The printed amounts a table value is the sum of (a 三公 item printed per fund): each is evidence. */
  parts?: { label: string; figure: Figure }[];
}

/** A mention as a side: its figure, or the sum of the printed amounts it stands for. */
const sideOf = (m: Mention) => (m.parts && m.parts.length > 1 ? sum(m.label, m.parts) : single(m.label, m.figure));

/** Groups mentions by key; a key whose values differ beyond the coarser printed precision is one finding. */
function check(t: Tally, groups: Map<string, { quantity: string; year: string; mentions: Mention[]; severity?: 'warning' }>): void {
  for (const g of groups.values()) {
    if (g.mentions.length < 2) continue;
    t.checked++;
    const first = g.mentions[0]!;
    const odd = g.mentions.find((m) => {
      const a = sideOf(first);
      const b = sideOf(m);
      return compare(a, b).agreement === 'differs';
    });
    if (!odd) continue;
    const left = sideOf(first);
    const right = sideOf(odd);
    const cmp = compare(left, right);
    const gate = gated(g.severity ?? meta.severity, first.uncertain ?? odd.uncertain ?? null);
    t.add(
      finding(
        meta,
        left,
        right,
        cmp,
        { quantity: g.quantity, year: g.year, count: String(g.mentions.length), where: `${first.where} / ${odd.where}`, ...gate.data },
        { severity: gate.severity },
      ),
    );
  }
}

function push(
  groups: Map<string, { quantity: string; year: string; mentions: Mention[]; severity?: 'warning' }>,
  key: string,
  quantity: string,
  year: number | null,
  m: Mention,
  severity?: 'warning',
): void {
  const g = groups.get(key) ?? { quantity, year: String(year ?? '?'), mentions: [], ...(severity ? { severity } : {}) };
  g.mentions.push(m);
  groups.set(key, g);
}

/** The 自评表 values a narrative restates: 全年执行数 and 执行率 of the 年度资金 row, and 满意度 actuals. */
function tableMentions(
  r: DocumentRecords,
  groups: Map<string, { quantity: string; year: string; mentions: Mention[]; severity?: 'warning' }>,
  year: number | null,
): void {
  for (const st of r.selfEval.filter((s) => s.tableKind === 'st-dept')) {
    const ex = figureOf(st.fund?.executed);
    if (ex) push(groups, `amount|执行数|${year}||final|`, '执行数', year, { label: `${st.table} 全年执行数`, figure: ex, where: st.table });
    const init = figureOf(st.fund?.initBudget);
    if (init) push(groups, `amount|年初预算|${year}`, '年初预算', year, { label: `${st.table} 年初预算数`, figure: init, where: st.table });
    const rate = mfig(st.fund?.rate);
    if (rate) push(groups, `rate|执行率|${year}`, '执行率', year, { label: `${st.table} 执行率`, figure: rate, where: st.table });
    for (const it of st.items) {
      const name = [it.l2, it.l3].filter(Boolean).join('');
      const a = mfig(it.actual);
      if (!a || !/满意/.test(name)) continue;
      const who = /服务对象/.test(name) ? '服务对象' : /群众|社会公众/.test(name) ? '社会公众' : null;
      if (who)
        push(groups, `claim|满意度|${who}|${year}`, `${who}满意度`, year, {
          label: `${st.table} ${it.l3 ?? name} 实际完成值`,
          figure: { ...a, unit: '%' },
          where: st.table,
        });
    }
  }
}

/**
 * The 基础数据表 values a narrative restates: 编制数 and 在职人数, and the 当年决算 of 基本支出, 项目支出
 * and 公用经费 (三公 against the tables is sangong-text-table's).
 */
function basicDataMentions(
  r: DocumentRecords,
  groups: Map<string, { quantity: string; year: string; mentions: Mention[]; severity?: 'warning' }>,
  docYear: number | null,
): void {
  for (const bd of r.basicData) {
    const year = bd.year ?? docYear;
    const quota = figureOf(bd.staff?.quota);
    const onDuty = figureOf(bd.staff?.onDuty);
    if (quota) push(groups, `persons|编制数|${year}`, '编制数', year, { label: `${bd.table} 编制数`, figure: quota, where: bd.table });
    if (onDuty) push(groups, `persons|在职人数|${year}`, '在职人数', year, { label: `${bd.table} 实际在职人数`, figure: onDuty, where: bd.table });
    for (const [key, metric] of [
      ['basic', '基本支出'],
      ['project', '项目支出'],
      ['public', '公用经费'],
    ] as const) {
      const row = bd.rows.find((x) => x.key === key);
      const f = figureOf(row?.curFin);
      if (f) push(groups, `amount|${metric}|${year}||final|`, metric, year, { label: `${bd.table} ${row!.label} 当年决算数`, figure: f, where: bd.table });
    }
  }
}

/**
 * The totals two 预算 tables print of one quantity, by the templates' own definitions: the 一般公共预算
 * 基本支出表's 合计 is the 一般公共预算 支出表's 基本支出 合计, its 经济分类 表's 合计 that table's 合计 (and
 * 基本 / 项目 column by column), the 项目支出 经济分类 表's 合计 its 项目支出, the 财政拨款 基本支出表's 合计
 * the 财政拨款 支出表's 基本支出. A pair a unit's factor apart is a unit question (a 万元 note printed 元).
 *
 * Pairs marked `warning` are totals the national template prints twice, of all funds, where regions'
 * tables may still differ in what they count (a 项目支出总表 of the 财政拨款 only): the 基本支出 and 项目支出
 * 总表's 合计 are the 支出总表's 基本支出 and 项目支出. A difference there is a warning. The 收支总表's
 * 本年支出合计 and the 支出总表's 合计 are such a pair too (see budgetTablePairs).
 */
const BU_TABLE_PAIRS: readonly [string, string, string, string, string, ('warning' | undefined)?][] = [
  ['bu08', 'total', 'bu05', 'basic', '一般公共预算基本支出'],
  ['bu-gpb-basic-func', 'total', 'bu05', 'basic', '一般公共预算基本支出'],
  ['bu-gpb-econ', 'total', 'bu05', 'total', '一般公共预算支出'],
  ['bu-gpb-econ', 'basic', 'bu05', 'basic', '一般公共预算基本支出'],
  ['bu-gpb-econ', 'project', 'bu05', 'project', '一般公共预算项目支出'],
  ['bu-gpb-project-econ', 'total', 'bu05', 'project', '一般公共预算项目支出'],
  ['bu-fiscal-basic', 'total', 'bu-fiscal-func', 'basic', '财政拨款基本支出'],
  ['bu-basic', 'total', 'bu03', 'basic', '基本支出', 'warning'],
  ['bu-project', 'total', 'bu03', 'project', '项目支出', 'warning'],
];

function budgetTablePairs(
  r: DocumentRecords,
  groups: Map<string, { quantity: string; year: string; mentions: Mention[]; severity?: 'warning' }>,
  year: number | null,
): void {
  const pair = (key: string, quantity: string, sides: ({ label: string; figure: Figure } | null)[], severity?: 'warning') => {
    if (sides.some((x) => !x)) return;
    const uncertain = severity ? "the national template prints these totals equal, but a region's tables may count different funds or lines" : null;
    for (const x of sides)
      push(groups, key, quantity, year, { label: x!.label, figure: x!.figure, where: x!.label, ...(uncertain ? { uncertain } : {}) }, severity);
  };
  for (const [a, ak, b, bk, quantity, severity] of BU_TABLE_PAIRS)
    pair(`table|${quantity}|${a}:${ak}|${b}:${bk}`, quantity, [buLine(r, [a], '*', ak), buLine(r, [b], '*', bk)], severity);
  const spent = lineItem(r, 'bu01', null, /.*/, /^本年支出合计$/);
  const side = spent ? { label: 'bu01 本年支出合计', figure: spent } : null;
  pair('table|本年支出合计|bu01|bu03:total', '本年支出合计', [side, buLine(r, ['bu03'], '*', 'total')], 'warning');
  // A 收支总表 that splits its 支出总计 into 人员经费 and 公用经费 (上海's 财务收支预算总表) counts every fund: when all its
  // income is 一般公共预算 (its 一般公共预算 line is its 收入总计), the 一般公共预算基本支出 经济分类 table's 合计 splits the
  // same 基本支出, and the two splits are one (101,200 元 moved from 公用 to 人员 in one of them is a defect).
  deptTargetMoney(r, groups, year);
  const income = buLine(r, ['bu01'], /^收入总计$/, 'total');
  const gpb = buLine(r, ['bu01'], /^(?:[一二三四五六七八九十]+、|\d+[、.．])?一般公共预算(?:拨款)?(?:收入)?$/, 'total');
  if (!income || !gpb || !income.figure.value.eq(gpb.figure.value)) return;
  // One split, one finding: an amount moved between 人员 and 公用 shows in both; 公用经费 is compared only when 人员经费 agrees.
  const personnel = [buLine(r, ['bu01'], /^支出总计$/, 'personnel'), buLine(r, ['bu08'], '*', 'personnel')];
  if (personnel.every((x) => x) && !personnel[0]!.figure.value.eq(personnel[1]!.figure.value))
    pair('table|基本支出人员经费|bu01|bu08:personnel', '基本支出·人员经费', personnel);
  else pair('table|基本支出公用经费|bu01|bu08:public', '基本支出·公用经费', [buLine(r, ['bu01'], /^支出总计$/, 'public'), buLine(r, ['bu08'], '*', 'public')]);
}

/**
 * A 部门整体支出绩效目标表 states the money its targets are for (资金总额 8200.95 = 项目 + 基本 + 其他资金;
 * 预算支出总额 23,083.34): the body's budget, all funds or the 财政拨款 or the 一般公共预算 part of it. One
 * that equals none of the budget tables' totals is a warning (the form does not say which funds it
 * counts): 泉州 2026 leaves out 4,200 of 其他资金 and part of its 项目支出; 北京市司法局 2026 gives one unit's
 * money under the 部门's name.
 */
function deptTargetMoney(
  r: DocumentRecords,
  groups: Map<string, { quantity: string; year: string; mentions: Mention[]; severity?: 'warning' }>,
  year: number | null,
): void {
  // Every table that prints the body's total (a changed one among them leaves the others to agree with).
  const totals = [
    buLine(r, ['bu01'], /^(?:支出|收入)总计$/, 'total'),
    buLine(r, ['bu01'], /^本年(?:支出|收入)合计$/, 'total'),
    buLine(r, ['bu02'], '*', 'total'),
    buLine(r, ['bu03'], '*', 'total'),
    buLine(r, ['bu04'], /^(?:支出|收入)总计$/, 'total'),
    buLine(r, ['bu05'], '*', 'total'),
  ].filter((x): x is { label: string; figure: Figure } => x !== null);
  if (!totals.length) return;
  for (const t of r.targets) {
    if (t.tableKind !== 'pt-dept') continue;
    const s = t.subjects.find((x) => x.amount?.state === 'number');
    if (s?.amount?.state !== 'number') continue;
    const money = s.amount.figure;
    if (totals.some((x) => compare(single('a', money), single('b', x.figure), { exact: false }).agreement !== 'differs')) continue;
    const label = `${t.table} 部门整体支出绩效目标表 ${s.name ?? ''} 资金总额`.replace(/\s+/g, ' ');
    const uncertain = "the form does not say which funds its 资金总额 counts: it equals none of the budget's totals (all funds, 财政拨款, 一般公共预算)";
    const key = `table|部门整体绩效目标资金|${t.table}`;
    push(groups, key, '部门整体支出绩效目标 资金总额', year, { label, figure: money, where: label, uncertain }, 'warning');
    push(
      groups,
      key,
      '部门整体支出绩效目标 资金总额',
      year,
      { label: totals[0]!.label, figure: totals[0]!.figure, where: totals[0]!.label, uncertain },
      'warning',
    );
  }
}

/**
 * The 预算 总表 totals a 说明 restates: 收支总预算 (部门收支总表 收入总计) and 财政拨款收支总预算 (财政拨款收支总表
 * 收入总计), for the document's year (国家信访局 2026 四 "财政拨款收支总预算 18,728.91 万元" against 18,728.94).
 */
function budgetTableMentions(
  r: DocumentRecords,
  groups: Map<string, { quantity: string; year: string; mentions: Mention[]; severity?: 'warning' }>,
  year: number | null,
): void {
  for (const [kind, metric] of [
    ['bu01', '收支总计'],
    ['bu04', '财政拨款收支总计'],
  ] as const) {
    const f = lineItem(r, kind, null, /.*/, /^收入总计$/);
    if (f)
      push(groups, `amount|${metric}|${year}||budget|`, metric, year, {
        label: `${f.evidence.kind === 'cell' ? f.evidence.table : kind} 收入总计`,
        figure: f,
        where: kind,
      });
  }
}

/** Who a satisfaction claim is about (001 §五(四): 社会公众 / 服务对象; 000: 干部职工 / 社会群众). */
const whoOf = (label: string): string | null =>
  /服务对象/.test(label) ? '服务对象' : /社会公众|群众/.test(label) ? '社会公众' : /干部职工|职工/.test(label) ? '干部职工' : null;

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const groups = new Map<string, { quantity: string; year: string; mentions: Mention[]; severity?: 'warning' }>();
    const docYear = r.document.year;
    // A 预算's 说明 restates its tables: each of its own year's figures is checked against the table that prints it.
    const budget = r.document.kind === '预算';
    const budgetAsked = new Set<string>();
    const budgetTable: { key: string; quantity: string; year: number | null; mention: Mention }[] = [];
    // A breakdown's components are of its total's 基本/项目 scope (004 自评报告: 商品和服务支出 of 基本支出 vs 项目支出).
    const scopeOf = new Map<unknown, string | null>();
    for (const b of factsOf(r, 'breakdown'))
      for (const c of b.components)
        if (b.family !== 'basic-split' && (c.scope === '基本支出' || c.scope === '项目支出'))
          scopeOf.set(c.figure.evidence.kind === 'text' ? `${c.figure.evidence.block}:${c.figure.evidence.start}` : '', c.scope);
    const breakdowns = new Map(factsOf(r, 'breakdown').map((b) => [b.id, b]));
    for (const f of factsOf(r, 'amount')) {
      // A 预算's 功能分类 类 are its own money too: each is printed again in its 支出 tables.
      if (!f.metric || !(MONEY.has(f.metric) || (budget && f.metric.startsWith('功能:')))) continue;
      const ev = f.figure.evidence;
      const stated = (ev.kind === 'text' ? scopeOf.get(`${ev.block}:${ev.start}`) : null) ?? f.scope;
      // A scope the metric names itself (财政拨款收支总计 of 财政拨款) is no further qualification.
      const scope = stated && f.metric.includes(stated) ? null : stated;
      // A topic line naming one project (004 "1. 年初预算项目：…") makes its amounts that project's.
      const topic = f.topic && /项目|[(（]\d*项[)）]/.test(f.topic) ? f.topic : '';
      // An unqualified 基本/项目支出/公用经费 of the year is its 决算 (000, 002 state no 预算 without saying so);
      // in a 预算 any unqualified figure of its own year is that year's 预算.
      const column = f.column ?? (budget && f.year === docYear ? 'budget' : ['基本支出', '项目支出', '公用经费'].includes(f.metric) && !scope ? 'final' : null);
      const key = `amount|${f.metric}|${f.year}|${scope ?? ''}|${column ?? ''}|${topic}|${locusOf(f, breakdowns)}`;
      push(groups, key, nameOf(f), f.year, { label: `${nameOf(f)}（${f.ref.block}）`, figure: f.figure, where: whereOf(f), uncertain: doubtOf(f) });
      if (budget && column === 'budget' && f.year === docYear && !topic && !budgetAsked.has(key)) {
        budgetAsked.add(key);
        const whole = f.partOf ? breakdowns.get(f.partOf)?.total : null;
        // A 三公 item listed as a part of another whole is that whole's (人社局 2020 十: 机关运行经费 82万元，其中…公务接待费2万元).
        const foreign = whole && NATURAL_WHOLE[f.metric] && !(whole.metric && NATURAL_WHOLE[f.metric]!.includes(whole.metric));
        const tb = foreign ? null : buTableValue(r, { metric: f.metric, label: f.label, scope, section: f.section }, whole?.scope ?? null);
        const agrees = (x: Figure) => compare(single('text', f.figure), single('table', x)).agreement !== 'differs';
        // Words that may name another of the table's values, and equal it, are no disagreement.
        if (tb && !agrees(tb.figure) && tb.also.some((x) => agrees(x.figure))) continue;
        // None equal: the one that would, read in another unit, is the unit question to put (a 总计 printed in 元).
        const other =
          tb && !agrees(tb.figure)
            ? tb.also.find((x) =>
                UNIT_FACTORS.some((k) => agrees({ ...x.figure, value: x.figure.value.times(k), halfUnit: new Decimal(x.figure.halfUnit).times(k) })),
              )
            : undefined;
        if (tb)
          budgetTable.push({
            key,
            quantity: nameOf(f),
            year: f.year,
            mention: {
              label: (other ?? tb).label,
              figure: (other ?? tb).figure,
              where: (other ?? tb).label,
              uncertain: tb.doubt,
              ...(!other && tb.parts ? { parts: tb.parts } : {}),
            },
          });
      }
    }
    for (const f of factsOf(r, 'headcount')) {
      if (!f.metric || !STAFF.has(f.metric) || f.figure.unit === '万人') continue;
      push(groups, `persons|${f.metric}|${f.year}`, f.metric, f.year, { label: `${f.metric}（${f.ref.block}）`, figure: f.figure, where: whereOf(f) });
    }
    for (const f of factsOf(r, 'rate')) {
      if (f.rateKind !== 'execution' || !f.den || !f.num || f.num.metric !== '执行数') continue;
      push(groups, `rate|执行率|${f.year}`, '执行率', f.year, { label: `执行率（${f.ref.block}）`, figure: f.pct, where: whereOf(f) });
    }
    // An evaluation report restates its money table sub-project by sub-project ("③…资金预算3,087万元，实际支出
    // 2,614.42万元"; "批复的应急资金为280万元，执行数70万元，结余210万元"): the row with that budget and a name
    // like the sentence's prints the same 实际执行 and 结余.
    for (const s of evFundSentences(r)) {
      const cell = s.row.values[s.column];
      if (cell?.state !== 'number') continue;
      const key = `evfund|${s.table.table}|${s.row.row}|${s.column}`;
      const quantity = `${s.row.name} ${s.table.columns[s.column]?.header.replace(/\s+/g, '') ?? s.column}`;
      push(groups, key, quantity, s.fact.year, {
        label: `${nameOf(s.fact)}（${s.fact.ref.block}）`,
        figure: s.fact.figure,
        where: whereOf(s.fact),
        uncertain: doubtOf(s.fact),
      });
      if (groups.get(key)!.mentions.length === 1)
        push(groups, key, quantity, s.fact.year, { label: `${s.table.title ?? s.table.table} › ${s.row.name}`, figure: cell.figure, where: s.table.table });
    }
    // The amount the report says it evaluates (此次评价金额总计13,237万元) is the fund's: its table's 合计 row prints
    // it as 预算批复 (or 到位, or 实际执行). One it equals none of is a warning: the report does not say which it is.
    for (const table of r.document.kind === '评价报告' ? r.evFunds : []) {
      const total = table.rows.find((x) => x.level === 0);
      const approved = total?.values.approved;
      if (!total || approved?.state !== 'number') continue;
      for (const f of factsOf(r, 'amount')) {
        if (!/评价(?:金额|资金|涉及)/.test(f.label.replace(/\s+/g, ''))) continue;
        const agrees = (['approved', 'allocated', 'spent'] as const).some((k) => {
          const v = total.values[k];
          return v?.state === 'number' && compare(single('text', f.figure), single('table', v.figure)).agreement !== 'differs';
        });
        if (agrees) {
          t.checked++;
          continue;
        }
        const key = `evfund|${table.table}|${total.row}|评价金额`;
        const quantity = `评价金额 / ${table.title ?? table.table} ${total.name} ${table.columns.approved?.header.replace(/\s+/g, '') ?? '预算批复'}`;
        const uncertain = `the report does not say which of its table's measures the amount it evaluates is; it equals none of ${total.name}'s`;
        push(groups, key, quantity, f.year, { label: `${f.label}（${f.ref.block}）`, figure: f.figure, where: whereOf(f), uncertain }, 'warning');
        if (groups.get(key)!.mentions.length === 1) push(groups, key, quantity, f.year, { label: quantity, figure: approved.figure, where: table.table });
      }
    }
    // The paragraph that introduces the table (…实际执行12,679.21万元…具体资金情况如下表：) states its 合计 row in words.
    for (const table of r.evFunds) {
      const total = table.rows.find((x) => x.level === 0);
      if (!table.lead || !total) continue;
      for (const f of factsOf(r, 'amount')) {
        const k = f.ref.block === table.lead ? evFundColumnOf(f.label) : null;
        const cell = k ? total.values[k] : undefined;
        if (!k || cell?.state !== 'number') continue;
        const key = `evfund|${table.table}|${total.row}|${k}`;
        const quantity = `${table.title ?? table.table} ${total.name} ${table.columns[k]?.header.replace(/\s+/g, '') ?? k}`;
        push(groups, key, quantity, f.year, { label: `${nameOf(f)}（${f.ref.block}）`, figure: f.figure, where: whereOf(f), uncertain: doubtOf(f) });
        if (groups.get(key)!.mentions.length === 1) push(groups, key, quantity, f.year, { label: quantity, figure: cell.figure, where: table.table });
      }
    }
    for (const f of factsOf(r, 'claim')) {
      if (f.metric === '满意度') {
        const who = whoOf(f.label);
        if (who)
          push(groups, `claim|满意度|${who}|${f.year}`, `${who}满意度`, f.year, {
            label: `${f.label.replace(/^、/, '')}（${f.ref.block}）`,
            figure: f.value,
            where: whereOf(f),
          });
      }
      // "预算完成率达100%" restates the 自评表 执行率 under another name: a warning, not an identity (001 §三(五)1).
      if (f.metric === '预算完成率')
        push(groups, `rate|执行率|${f.year}`, '执行率', f.year, { label: `预算完成率（${f.ref.block}）`, figure: f.value, where: whereOf(f) });
    }
    // The year's 年初预算 as the text states it: 情况说明 五(三)'s lead, a "其中年初预算" line (004 自评报告 1366.77).
    for (const f of factsOf(r, 'item-total'))
      if (f.init)
        push(groups, `amount|年初预算|${f.year}`, '年初预算', f.year, {
          label: `五(三) 年初预算数（${f.ref.block}）`,
          figure: f.init.figure,
          where: whereOf(f),
        });
    for (const b of factsOf(r, 'breakdown'))
      for (const c of b.family === 'budget-adjust' ? b.components : [])
        if (columnOf(c.label) === 'init' && !/\d\s*元$/.test(c.figure.printed))
          push(groups, `amount|年初预算|${b.year}`, '年初预算', b.year, { label: `年初预算（${b.ref.block}）`, figure: c.figure, where: whereOf(b) });
    // Table values are the document's: each narrative group of the same quantity, at whatever node, is checked against them.
    const tables = new Map<string, { quantity: string; year: string; mentions: Mention[]; severity?: 'warning' }>();
    tableMentions(r, tables, docYear);
    basicDataMentions(r, tables, docYear);
    budgetTableMentions(r, tables, docYear);
    if (budget) budgetTablePairs(r, groups, docYear);
    for (const [key, g] of tables) {
      const local = [...groups.keys()].filter((k) => k.startsWith(`${key}|`));
      if (!local.length) {
        for (const m of g.mentions) push(groups, key, g.quantity, g.year === '?' ? null : Number(g.year), m, g.severity);
        continue;
      }
      for (const k of local) groups.get(k)!.mentions.push(...g.mentions);
      if (groups.has(key)) groups.get(key)!.mentions.push(...g.mentions);
    }
    for (const b of budgetTable) push(groups, b.key, b.quantity, b.year, b.mention);
    // A group that mixes a claim of 预算完成率 with the 执行率 is the weaker, warning-level statement.
    for (const g of groups.values())
      if (g.mentions.some((m) => m.label.startsWith('预算完成率')) && !g.mentions.some((m) => m.label.startsWith('执行率（'))) g.severity = 'warning';
    check(t, groups);
    return t.result({ outcome: 'not-applicable', reason: 'no quantity is mentioned twice' });
  },
};
export default rule;

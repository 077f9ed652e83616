/**
 * The kinds of table gongkai recognises: one list, as data, from which the `TableKind` type is
 * derived. Ids are stable (records, database, rule applicability, JSON). Each kind states what a
 * reader recognises it by, across the regional templates: its family, the funds it covers, how its
 * rows are classified, whether it is two-sided (收入 | 支出), its measures and their header words,
 * and the title variants printed for it. Titles are written without the year, the 部门/单位 prefix or
 * quotes (those are stripped from a printed title before it is compared).
 *
 * A kind is defined by content, not by the number a region prints on it: 公开07 is 三公 in Shanghai's
 * 决算 and 政府性基金 in the central government's; 表4 is 基本支出总表 in 深圳 and 财政拨款收支总表 in 杭州.
 */

/** 决算 (final accounts), 预算 (budget), 绩效目标 (targets, no scores), 自评 (self-assessment), 评价 (third-party evaluation), 框架 (indicator framework), other. */
export type KindFamily = '决算' | '预算' | '绩效目标' | '自评' | '评价' | '框架' | 'other';

/** Which money the table covers: all funds, 财政拨款 (all appropriations), or one budget. */
export type FundScope = 'all' | 'fiscal' | 'gpb' | 'gov-fund' | 'soe' | null;

/** How its rows are classified: 功能分类科目, 经济分类科目 (部门 30x or 政府 50x), by project, by unit, named lines (a 总表), an indicator tree, or items. */
export type RowScheme = 'func' | 'econ' | 'project' | 'unit' | 'lines' | 'indicators' | 'items' | null;

/**
 * What the table is about, as its title words say it: the two-sided 收支总表, income, expense (all of
 * it, by 功能), 基本支出, 项目支出, a fund's 收入支出 table, 三公, … and the 绩效 forms by subject.
 */
export type Content =
  | 'summary'
  | 'income'
  | 'expense'
  | 'basic'
  | 'project'
  | 'fund-io'
  | 'carryover'
  | 'sangong'
  | 'org-running'
  | 'procurement'
  | 'service'
  | 'targets-project'
  | 'targets-dept'
  | 'targets-fund'
  | 'self-eval-project'
  | 'self-eval-dept'
  | 'basic-data'
  | 'eval-indicators'
  | 'eval-score'
  | 'eval-funds'
  | 'framework'
  | 'units'
  | 'contents';

export interface TableKindSpec {
  id: string;
  /** What the kind is, in Chinese as the documents name it. */
  name: string;
  family: KindFamily;
  /** What it is about; the first is what its title usually says, the rest what some regions' titles say instead. */
  content: readonly Content[];
  /** The funds it covers; null where the title's fund words do not tell kinds apart (三公, 采购, 绩效 forms). */
  funds: FundScope;
  rows: RowScheme;
  /** Two-sided: 收入 and 支出 side by side (the 总表). */
  twoSided: boolean;
  /** The measures its amount columns print (预算数, 决算数, 基本支出 …): what its line items are of. */
  measures: readonly string[];
  /** Title variants across regions, as printed (without year, body, quotes, 公开NN表/表N). */
  titles: readonly string[];
  /** Words its column header prints. */
  headerWords: readonly string[];
}

const k = <const I extends string>(spec: TableKindSpec & { id: I }): TableKindSpec & { id: I } => spec;

export const TABLE_KINDS = [
  // ── 部门决算: the nine 公开 tables by content (Shanghai numbers them 01–09 in this order; the central 决算 prints 三公 as 公开09).
  k({
    id: 'fa01',
    name: '收入支出决算总表',
    family: '决算',
    content: ['summary'],
    funds: 'all',
    rows: 'lines',
    twoSided: true,
    measures: ['决算数'],
    titles: ['收入支出决算总表'],
    headerWords: ['收入', '支出', '项目', '决算数', '本年收入合计', '本年支出合计', '总计'],
  }),
  k({
    id: 'fa02',
    name: '收入决算表',
    family: '决算',
    content: ['income'],
    funds: 'all',
    rows: 'func',
    twoSided: false,
    measures: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
    titles: ['收入决算表'],
    headerWords: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入', '科目名称'],
  }),
  k({
    id: 'fa03',
    name: '支出决算表',
    family: '决算',
    content: ['expense'],
    funds: 'all',
    rows: 'func',
    twoSided: false,
    measures: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
    titles: ['支出决算表'],
    headerWords: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出', '科目名称'],
  }),
  k({
    id: 'fa04',
    name: '财政拨款收入支出决算总表',
    family: '决算',
    content: ['summary'],
    funds: 'fiscal',
    rows: 'lines',
    twoSided: true,
    measures: ['决算数', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
    titles: ['财政拨款收入支出决算总表'],
    headerWords: ['收入', '支出', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款', '合计'],
  }),
  k({
    id: 'fa05',
    name: '一般公共预算财政拨款支出决算表',
    family: '决算',
    content: ['expense'],
    funds: 'gpb',
    rows: 'func',
    twoSided: false,
    measures: ['合计', '基本支出', '项目支出'],
    titles: ['一般公共预算财政拨款支出决算表'],
    headerWords: ['科目名称', '小计', '合计', '基本支出', '项目支出'],
  }),
  k({
    id: 'fa06',
    name: '一般公共预算财政拨款基本支出决算表',
    family: '决算',
    content: ['basic'],
    funds: 'gpb',
    rows: 'econ',
    twoSided: false,
    measures: ['决算数', '人员经费', '公用经费'],
    titles: ['一般公共预算财政拨款基本支出决算表'],
    headerWords: ['经济分类', '科目名称', '决算数', '人员经费', '公用经费'],
  }),
  k({
    id: 'fa07',
    name: '一般公共预算财政拨款“三公”经费支出决算表',
    family: '决算',
    content: ['sangong'],
    funds: null,
    rows: 'items',
    twoSided: false,
    measures: ['预算数', '决算数'],
    titles: ['一般公共预算财政拨款三公经费支出决算表', '财政拨款三公经费支出决算表'],
    headerWords: ['预算数', '决算数', '因公出国(境)费', '公务用车购置及运行费', '公务接待费', '小计'],
  }),
  k({
    id: 'fa08',
    name: '政府性基金预算财政拨款收入支出决算表',
    family: '决算',
    content: ['fund-io', 'expense'],
    funds: 'gov-fund',
    rows: 'func',
    twoSided: false,
    measures: ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
    titles: ['政府性基金预算财政拨款收入支出决算表'],
    headerWords: ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余', '基本支出', '项目支出'],
  }),
  k({
    id: 'fa09',
    name: '国有资本经营预算财政拨款支出决算表',
    family: '决算',
    content: ['expense', 'fund-io'],
    funds: 'soe',
    rows: 'func',
    twoSided: false,
    measures: ['本年支出', '基本支出', '项目支出'],
    titles: ['国有资本经营预算财政拨款支出决算表', '国有资本经营预算财政拨款收入支出决算表'],
    headerWords: ['本年支出', '基本支出', '项目支出', '科目名称'],
  }),

  // ── 部门预算 (单位预算): the national template's tables and the regional variants.
  k({
    id: 'bu01',
    name: '收支总表',
    family: '预算',
    content: ['summary'],
    funds: 'all',
    rows: 'lines',
    twoSided: true,
    measures: ['预算数'],
    titles: ['财务收支预算总表', '收支预算总表', '收支总表', '部门收支总表', '收支总体情况表', '部门收支总体情况表', '综合预算收支总表'],
    headerWords: ['收入', '支出', '项目', '预算数'],
  }),
  k({
    id: 'bu02',
    name: '收入总表',
    family: '预算',
    content: ['income'],
    funds: 'all',
    rows: 'func',
    twoSided: false,
    measures: ['合计', '财政拨款', '事业收入', '其他收入', '上年结转'],
    titles: ['收入预算总表', '收入预算表', '收入总表', '部门收入总表', '收入总体情况表', '部门收入总体情况表', '综合预算收入总表'],
    headerWords: ['功能分类科目', '科目名称', '合计', '财政拨款', '事业收入', '其他收入'],
  }),
  k({
    id: 'bu03',
    name: '支出总表',
    family: '预算',
    content: ['expense'],
    funds: 'all',
    rows: 'func',
    twoSided: false,
    measures: ['合计', '基本支出', '项目支出'],
    titles: ['支出预算总表', '支出预算表', '支出总表', '部门支出总表', '支出总体情况表', '本年支出总体情况表', '部门支出总体情况表', '综合预算支出总表'],
    headerWords: ['功能分类科目', '科目名称', '合计', '基本支出', '项目支出'],
  }),
  k({
    id: 'bu04',
    name: '财政拨款收支总表',
    family: '预算',
    content: ['summary'],
    funds: 'fiscal',
    rows: 'lines',
    twoSided: true,
    measures: ['预算数', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
    titles: ['财政拨款收支预算总表', '财政拨款收支总表', '财政拨款收支总体情况表'],
    headerWords: ['收入', '支出', '一般公共预算', '政府性基金', '国有资本经营预算'],
  }),
  k({
    id: 'bu05',
    name: '一般公共预算支出表（功能分类）',
    family: '预算',
    content: ['expense'],
    funds: 'gpb',
    rows: 'func',
    twoSided: false,
    measures: ['合计', '基本支出', '项目支出'],
    titles: [
      '一般公共预算支出功能分类预算表',
      '一般公共预算支出预算表',
      '一般公共预算支出表',
      '一般公共预算拨款支出预算表',
      '一般公共预算支出情况表',
      '一般公共预算支出表按功能分类',
      '一般公共预算支出情况表按功能分类科目',
      '一般公共预算支出明细表按支出功能分类科目',
    ],
    headerWords: ['科目名称', '合计', '基本支出', '项目支出'],
  }),
  k({
    id: 'bu06',
    name: '政府性基金预算支出表',
    family: '预算',
    content: ['expense'],
    funds: 'gov-fund',
    rows: 'func',
    twoSided: false,
    measures: ['合计', '基本支出', '项目支出'],
    titles: [
      '政府性基金预算支出功能分类预算表',
      '政府性基金预算支出预算表',
      '政府性基金预算支出表',
      '政府性基金预算拨款支出预算表',
      '政府性基金预算支出情况表',
    ],
    headerWords: ['科目名称', '合计', '基本支出', '项目支出'],
  }),
  k({
    id: 'bu07',
    name: '国有资本经营预算支出表',
    family: '预算',
    content: ['expense'],
    funds: 'soe',
    rows: 'func',
    twoSided: false,
    measures: ['合计', '基本支出', '项目支出'],
    titles: [
      '国有资本经营预算支出功能分类预算表',
      '国有资本经营预算支出预算表',
      '国有资本经营预算支出表',
      '国有资本经营预算拨款支出预算表',
      '国有资本经营预算支出情况表',
    ],
    headerWords: ['科目名称', '合计', '基本支出', '项目支出'],
  }),
  k({
    id: 'bu08',
    name: '一般公共预算基本支出表（经济分类）',
    family: '预算',
    content: ['basic'],
    funds: 'gpb',
    rows: 'econ',
    twoSided: false,
    measures: ['合计', '人员经费', '公用经费'],
    titles: [
      '一般公共预算基本支出部门预算经济分类预算表',
      '一般公共预算基本支出预算表',
      '一般公共预算基本支出表',
      '一般公共预算基本支出情况表',
      '一般公共预算基本支出经济分类情况表',
      '一般公共预算基本支出情况表按经济分类科目',
      '一般公共预算基本支出明细表按支出经济分类科目',
    ],
    headerWords: ['经济分类', '科目名称', '合计', '人员经费', '公用经费'],
  }),
  k({
    id: 'bu09',
    name: '“三公”经费预算表',
    family: '预算',
    content: ['sangong'],
    funds: null,
    rows: 'items',
    twoSided: false,
    measures: ['预算数', '上年预算数'],
    titles: [
      '三公经费和机关运行经费预算表',
      '三公经费预算表',
      '三公经费支出表',
      '财政拨款三公经费支出表',
      '一般公共预算三公经费支出表',
      '一般公共预算三公经费预算表',
      '一般公共预算三公经费支出预算表',
      '一般公共预算三公经费会议费培训费支出表',
      '一般公共预算拨款三公经费及会议费培训费支出预算表',
      '财政拨款安排的行政经费及三公经费预算表',
      '财政拨款预算三公经费支出表',
      '一般公共预算三公经费支出情况表',
    ],
    headerWords: ['因公出国(境)费', '公务用车购置及运行费', '公务接待费', '机关运行经费', '会议费', '培训费'],
  }),
  k({
    id: 'bu-fiscal-func',
    name: '财政拨款支出表（功能分类）',
    family: '预算',
    content: ['expense'],
    funds: 'fiscal',
    rows: 'func',
    twoSided: false,
    measures: ['合计', '基本支出', '项目支出', '人员经费', '公用经费'],
    titles: ['财政拨款支出表功能科目', '财政拨款支出预算表', '财政拨款支出表'],
    headerWords: ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  }),
  k({
    id: 'bu-fiscal-basic',
    name: '财政拨款基本支出表（经济分类）',
    family: '预算',
    content: ['basic'],
    funds: 'fiscal',
    rows: 'econ',
    twoSided: false,
    measures: ['合计', '人员经费', '公用经费'],
    titles: ['财政拨款基本支出表经济科目', '财政拨款基本支出预算表', '财政拨款基本支出表'],
    headerWords: ['经济分类', '科目名称', '合计', '人员经费', '公用经费'],
  }),
  k({
    id: 'bu-gpb-econ',
    name: '一般公共预算支出表（经济分类）',
    family: '预算',
    content: ['expense'],
    funds: 'gpb',
    rows: 'econ',
    twoSided: false,
    measures: ['合计', '基本支出', '项目支出'],
    titles: [
      '一般公共预算支出经济分类情况表',
      '一般公共预算支出表按经济分类',
      '一般公共预算支出明细表按支出经济分类科目',
      '一般公共预算支出经济分类预算表',
      '一般公共预算支出情况表按经济分类科目',
    ],
    headerWords: ['经济分类', '科目名称', '合计', '基本支出', '项目支出'],
  }),
  k({
    id: 'bu-gpb-basic-func',
    name: '一般公共预算基本支出表（功能分类）',
    family: '预算',
    content: ['basic'],
    funds: 'gpb',
    rows: 'func',
    twoSided: false,
    measures: ['合计', '人员经费', '公用经费'],
    titles: ['一般公共预算基本支出明细表按支出功能分类科目', '一般公共预算基本支出功能分类预算表'],
    headerWords: ['功能分类', '科目名称', '合计', '人员经费', '公用经费'],
  }),
  k({
    id: 'bu-gpb-project-econ',
    name: '一般公共预算项目支出表（经济分类）',
    family: '预算',
    content: ['project'],
    funds: 'gpb',
    rows: 'econ',
    twoSided: false,
    measures: ['合计'],
    titles: ['一般公共预算项目支出情况表按经济分类科目', '一般公共预算项目支出经济分类预算表'],
    headerWords: ['经济分类', '科目名称', '合计', '项目支出'],
  }),
  k({
    id: 'bu-basic',
    name: '基本支出总表',
    family: '预算',
    content: ['basic'],
    funds: 'all',
    rows: null,
    twoSided: false,
    measures: ['总计', '合计', '财政拨款', '一般公共预算拨款', '单位资金', '人员经费', '公用经费'],
    titles: ['基本支出总表', '基本支出预算表', '部门预算基本支出预算表', '基本支出预算总表'],
    headerWords: ['总计', '财政拨款', '单位资金', '人员经费', '公用经费'],
  }),
  k({
    id: 'bu-project',
    name: '项目支出总表',
    family: '预算',
    content: ['project'],
    funds: 'all',
    rows: 'project',
    twoSided: false,
    measures: ['总计', '合计', '财政拨款', '一般公共预算', '单位资金'],
    titles: [
      '项目支出总表',
      '项目支出预算表',
      '项目支出预算总表',
      '部门预算项目支出及其他支出预算表',
      '专项业务经费支出表',
      '部门综合预算专项业务经费支出表',
      '项目支出情况表',
    ],
    headerWords: ['项目名称', '总计', '合计', '财政拨款', '一般公共预算'],
  }),
  k({
    id: 'bu-gov-fund-io',
    name: '政府性基金收支表',
    family: '预算',
    content: ['fund-io'],
    funds: 'gov-fund',
    rows: 'func',
    twoSided: false,
    measures: ['收入', '支出'],
    titles: ['政府性基金收支表', '政府性基金收支总表', '政府性基金预算收支表'],
    headerWords: ['收入', '支出', '科目名称'],
  }),
  k({
    id: 'bu-carryover',
    name: '财政拨款上年结转资金支出表',
    family: '预算',
    content: ['carryover'],
    funds: 'fiscal',
    rows: 'func',
    twoSided: false,
    measures: ['合计', '基本支出', '项目支出'],
    titles: ['财政拨款上年结转资金支出表', '财政拨款结转资金支出表'],
    headerWords: ['结转', '科目名称', '合计'],
  }),
  k({
    id: 'bu-procurement',
    name: '政府采购预算表',
    family: '预算',
    content: ['procurement'],
    funds: null,
    rows: 'items',
    twoSided: false,
    measures: ['合计', '财政拨款', '采购金额'],
    titles: ['政府采购预算明细表', '政府采购预算表', '政府采购支出表', '政府采购资产配置购买服务预算表'],
    headerWords: ['采购', '品目', '数量', '金额'],
  }),
  k({
    id: 'bu-service',
    name: '政府购买服务预算表',
    family: '预算',
    content: ['service'],
    funds: null,
    rows: 'items',
    twoSided: false,
    measures: ['合计', '金额'],
    titles: ['财政拨款政府购买服务明细表', '政府购买服务预算表', '政府购买服务明细表', '政府购买服务预算明细表'],
    headerWords: ['购买服务', '服务', '金额'],
  }),
  k({
    id: 'bu-org-running',
    name: '机关运行经费预算表',
    family: '预算',
    content: ['org-running'],
    funds: null,
    rows: 'items',
    twoSided: false,
    measures: ['预算数'],
    titles: ['一般公共预算机关运行经费支出预算表', '机关运行经费预算表', '机关运行经费支出预算表', '机关运行经费支出表'],
    headerWords: ['机关运行经费', '预算数'],
  }),

  // ── 绩效目标 (targets set with the budget; no 实际完成值, no 得分).
  k({
    id: 'pt-project',
    name: '项目支出绩效目标表',
    family: '绩效目标',
    content: ['targets-project'],
    funds: null,
    rows: 'indicators',
    twoSided: false,
    measures: ['指标值'],
    titles: [
      '项目支出绩效目标表',
      '项目绩效目标表',
      '项目支出绩效表',
      '一级项目绩效目标表',
      '专项业务经费重点项目绩效目标表',
      '部门专项业务经费重点项目绩效目标表',
    ],
    headerWords: ['项目名称', '一级指标', '二级指标', '三级指标', '指标值', '绩效目标'],
  }),
  k({
    id: 'pt-dept',
    name: '部门整体支出绩效目标表',
    family: '绩效目标',
    content: ['targets-dept'],
    funds: null,
    rows: 'indicators',
    twoSided: false,
    measures: ['指标值'],
    titles: ['部门整体支出绩效目标表', '部门整体绩效目标表', '单位整体支出绩效目标表'],
    headerWords: ['一级指标', '二级指标', '三级指标', '指标值', '年度目标', '整体绩效目标'],
  }),
  k({
    id: 'pt-fund',
    name: '专项资金绩效目标表',
    family: '绩效目标',
    content: ['targets-fund'],
    funds: null,
    rows: 'indicators',
    twoSided: false,
    measures: ['指标值'],
    titles: ['专项资金整体绩效目标表', '专项或共同事权转移支付绩效目标表', '转移支付绩效目标表'],
    headerWords: ['一级指标', '二级指标', '三级指标', '指标值', '专项资金'],
  }),

  // ── 自评 (self-assessment: targets, actuals and scores).
  k({
    id: 'st-dept',
    name: '部门整体支出绩效自评表',
    family: '自评',
    content: ['self-eval-dept'],
    funds: null,
    rows: 'indicators',
    twoSided: false,
    measures: ['分值', '得分'],
    titles: ['部门整体支出绩效自评表', '部门(单位)整体支出绩效自评表', '整体支出绩效自评表'],
    headerWords: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '全年预算数', '执行率'],
  }),
  k({
    id: 'st-project',
    name: '项目支出绩效自评表',
    family: '自评',
    content: ['self-eval-project'],
    funds: null,
    rows: 'indicators',
    twoSided: false,
    measures: ['分值', '得分'],
    titles: ['项目支出绩效自评表', '预算支出绩效自评表', '项目绩效自评表'],
    headerWords: ['项目支出名称', '项目资金', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  }),
  k({
    id: 'bd',
    name: '部门整体支出绩效评价基础数据表',
    family: '自评',
    content: ['basic-data'],
    funds: null,
    rows: 'items',
    twoSided: false,
    measures: [],
    titles: ['部门整体支出绩效评价基础数据表', '绩效评价基础数据表', '基础数据表'],
    headerWords: ['财政供养人员情况', '编制数', '实际在职人数', '控制率', '经费控制情况', '三公经费'],
  }),

  // ── 评价 (an evaluation report's tables).
  k({
    id: 'ev-indicators',
    name: '绩效评价指标表',
    family: '评价',
    content: ['eval-indicators'],
    funds: null,
    rows: 'indicators',
    twoSided: false,
    measures: ['指标值', '实际完成值'],
    titles: ['项目年度绩效指标表', '绩效评价指标表', '绩效指标完成情况表'],
    headerWords: ['一级指标', '二级指标', '三级指标', '指标值', '完成值'],
  }),
  k({
    id: 'ev-score',
    name: '综合评价得分表',
    family: '评价',
    content: ['eval-score'],
    funds: null,
    rows: 'indicators',
    twoSided: false,
    measures: ['分值', '得分'],
    titles: ['综合评价得分情况表', '绩效评价得分表', '评价得分情况表', '绩效评价评分表'],
    headerWords: ['指标', '分值', '得分', '权重'],
  }),

  // The money of the evaluated project or fund, by sub-project: 预算批复 | 预算到位 | 实际执行 | 执行率 | 结余.
  // Some reports title it as a 项目支出 table (长沙's 项目支出情况表); its header says what it is.
  k({
    id: 'ev-funds',
    name: '项目资金安排及执行情况表',
    family: '评价',
    content: ['eval-funds', 'project'],
    funds: null,
    rows: 'items',
    twoSided: false,
    measures: ['预算批复', '预算到位', '实际执行', '执行率', '指标结余'],
    titles: ['项目资金安排及执行情况表', '项目资金使用情况表', '项目资金执行情况表', '资金使用情况表', '资金到位及执行情况表'],
    headerWords: ['项目名称', '预算批复', '预算到位', '实际执行', '执行率', '结余'],
  }),

  // ── 框架 and other tables of a disclosure.
  k({
    id: 'fw',
    name: '共性指标框架',
    family: '框架',
    content: ['framework'],
    funds: null,
    rows: 'indicators',
    twoSided: false,
    measures: ['权重'],
    titles: ['部门整体支出绩效评价共性指标框架', '预算支出绩效评价共性指标体系框架', '共性指标框架', '共性指标体系框架'],
    headerWords: ['一级指标', '二级指标', '三级指标', '评分及标准', '指标说明', '自评分'],
  }),
  // Not an amount table: the list of units a 部门决算/预算 consolidates, often printed without a caption.
  k({
    id: 'units',
    name: '单位构成',
    family: 'other',
    content: ['units'],
    funds: null,
    rows: 'unit',
    twoSided: false,
    measures: [],
    titles: ['部门决算单位构成', '部门预算单位构成', '单位构成', '预算单位构成', '部门预算单位构成情况'],
    headerWords: ['序号', '单位名称', '备注'],
  }),
  // The list of the release's tables (报表 | 报表名称 | 是否空表 | 公开空表理由).
  k({
    id: 'contents',
    name: '公开报表目录',
    family: 'other',
    content: ['contents'],
    funds: null,
    rows: 'items',
    twoSided: false,
    measures: [],
    titles: ['公开报表目录', '部门预算公开报表目录', '报表目录'],
    headerWords: ['报表', '报表名称', '是否空表', '空表理由'],
  }),
] as const;

export type TableKind = (typeof TABLE_KINDS)[number]['id'];
export const TABLE_KIND_IDS: readonly TableKind[] = TABLE_KINDS.map((x) => x.id);

const BY_ID = new Map<string, TableKindSpec>(TABLE_KINDS.map((x) => [x.id, x]));
/** The spec of a kind id, or null for `unknown` and ids that are not kinds. */
export const kindSpec = (id: string): TableKindSpec | null => BY_ID.get(id) ?? null;
export const isTableKind = (id: string): id is TableKind => BY_ID.has(id);

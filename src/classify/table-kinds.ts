/**
 * The kinds of table gongkai recognises, with stable ids used everywhere (records, database, rule
 * applicability, JSON). Titles are written as disclosures print them, without the year, the
 * 部门/单位 prefix or quotes (those are stripped from a title before it is compared); header words
 * are labels the kind's column header prints.
 */
export interface TableKindSpec {
  id: string;
  /** What the kind is, in Chinese as the documents name it. */
  name: string;
  titles: string[];
  headerWords: string[];
}

export const TABLE_KINDS: readonly TableKindSpec[] = [
  // 部门决算: 公开01–09 in their published order.
  { id: 'fa01', name: '收入支出决算总表', titles: ['收入支出决算总表'], headerWords: ['收入', '支出', '项目', '决算数', '本年收入合计', '本年支出合计', '总计'] },
  { id: 'fa02', name: '收入决算表', titles: ['收入决算表'], headerWords: ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入', '科目名称'] },
  { id: 'fa03', name: '支出决算表', titles: ['支出决算表'], headerWords: ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出', '科目名称'] },
  { id: 'fa04', name: '财政拨款收入支出决算总表', titles: ['财政拨款收入支出决算总表'], headerWords: ['收入', '支出', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款', '合计'] },
  { id: 'fa05', name: '一般公共预算财政拨款支出决算表', titles: ['一般公共预算财政拨款支出决算表'], headerWords: ['科目名称', '小计', '合计', '基本支出', '项目支出'] },
  { id: 'fa06', name: '一般公共预算财政拨款基本支出决算表', titles: ['一般公共预算财政拨款基本支出决算表'], headerWords: ['经济分类', '科目名称', '决算数', '人员经费', '公用经费'] },
  { id: 'fa07', name: '一般公共预算财政拨款“三公”经费支出决算表', titles: ['一般公共预算财政拨款三公经费支出决算表', '财政拨款三公经费支出决算表'], headerWords: ['预算数', '决算数', '因公出国(境)费', '公务用车购置及运行费', '公务接待费', '小计'] },
  { id: 'fa08', name: '政府性基金预算财政拨款收入支出决算表', titles: ['政府性基金预算财政拨款收入支出决算表'], headerWords: ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余', '基本支出', '项目支出'] },
  { id: 'fa09', name: '国有资本经营预算财政拨款支出决算表', titles: ['国有资本经营预算财政拨款支出决算表', '国有资本经营预算财政拨款收入支出决算表'], headerWords: ['本年支出', '基本支出', '项目支出', '科目名称'] },
  // 部门预算 (单位预算): in the published order of the Shanghai 预算 disclosures.
  { id: 'bu01', name: '财务收支预算总表', titles: ['财务收支预算总表', '收支预算总表'], headerWords: ['收入', '支出', '项目', '预算数'] },
  { id: 'bu02', name: '收入预算总表', titles: ['收入预算总表', '收入预算表'], headerWords: ['功能分类科目', '科目名称', '合计', '财政拨款', '事业收入', '其他收入'] },
  { id: 'bu03', name: '支出预算总表', titles: ['支出预算总表', '支出预算表'], headerWords: ['功能分类科目', '科目名称', '合计', '基本支出', '项目支出'] },
  { id: 'bu04', name: '财政拨款收支预算总表', titles: ['财政拨款收支预算总表'], headerWords: ['收入', '支出', '一般公共预算', '政府性基金', '国有资本经营预算'] },
  { id: 'bu05', name: '一般公共预算支出功能分类预算表', titles: ['一般公共预算支出功能分类预算表', '一般公共预算支出预算表'], headerWords: ['科目名称', '合计', '基本支出', '项目支出'] },
  { id: 'bu06', name: '政府性基金预算支出功能分类预算表', titles: ['政府性基金预算支出功能分类预算表', '政府性基金预算支出预算表'], headerWords: ['科目名称', '合计', '基本支出', '项目支出'] },
  { id: 'bu07', name: '国有资本经营预算支出功能分类预算表', titles: ['国有资本经营预算支出功能分类预算表', '国有资本经营预算支出预算表'], headerWords: ['科目名称', '合计', '基本支出', '项目支出'] },
  { id: 'bu08', name: '一般公共预算基本支出部门预算经济分类预算表', titles: ['一般公共预算基本支出部门预算经济分类预算表', '一般公共预算基本支出预算表'], headerWords: ['经济分类', '科目名称', '合计', '人员经费', '公用经费'] },
  { id: 'bu09', name: '“三公”经费和机关运行经费预算表', titles: ['三公经费和机关运行经费预算表', '三公经费预算表'], headerWords: ['因公出国(境)费', '公务用车购置及运行费', '公务接待费', '机关运行经费'] },
  // 绩效
  { id: 'st-dept', name: '部门整体支出绩效自评表', titles: ['部门整体支出绩效自评表', '部门(单位)整体支出绩效自评表', '整体支出绩效自评表'], headerWords: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '全年预算数', '执行率'] },
  { id: 'st-project', name: '项目支出绩效自评表', titles: ['项目支出绩效自评表', '预算支出绩效自评表'], headerWords: ['项目支出名称', '项目资金', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'] },
  { id: 'bd', name: '部门整体支出绩效评价基础数据表', titles: ['部门整体支出绩效评价基础数据表', '绩效评价基础数据表', '基础数据表'], headerWords: ['财政供养人员情况', '编制数', '实际在职人数', '控制率', '经费控制情况', '三公经费'] },
  // Not an amount table: the list of units a 部门决算/预算 consolidates (2024 决算 第一部分 二), printed without a caption.
  { id: 'units', name: '部门决算单位构成', titles: ['部门决算单位构成', '部门预算单位构成', '单位构成'], headerWords: ['序号', '单位名称', '备注'] },
  { id: 'fw', name: '共性指标框架', titles: ['部门整体支出绩效评价共性指标框架', '预算支出绩效评价共性指标体系框架', '共性指标框架', '共性指标体系框架'], headerWords: ['一级指标', '二级指标', '三级指标', '评分及标准', '指标说明', '自评分'] },
];

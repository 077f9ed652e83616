import type { Content, FundScope, KindFamily } from './table-kinds.js';

/**
 * What a table's title says, word by word, the way a reader takes it apart: whose accounts (决算 or
 * 预算, a 绩效 form), which money (一般公共预算, 政府性基金, 国有资本经营, 财政拨款, or all of it when
 * the title names none), what about (收支总, 收入, 支出, 基本支出, 项目支出, 三公 …) and how its rows
 * are classified (功能 / 经济). Titles vary by region (收支总表, 部门收支总体情况表, 表1：2026年市级部门收支
 * 预算总表, 2020年部门综合预算收支总表); their words do not.
 */
export interface TitleWords {
  /** Null when the title names no family (收支总表): the document's kind decides. */
  family: KindFamily | null;
  funds: Exclude<FundScope, null>;
  content: Content | null;
  rows: 'func' | 'econ' | null;
}

/** A title as compared: NFKC, no spaces, quotes or brackets' punctuation. */
const compact = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/["'“”‘’「」]/g, '');

/** Budget names that contain 预算 but do not make a table a 预算 table (一般公共预算财政拨款支出决算表 is a 决算 table). */
const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算|财政专户管理资金预算|财政拨款预算/g;

function familyOf(t: string): KindFamily | null {
  const plain = t.replace(FUND_NAMES, '');
  if (/共性指标/.test(plain)) return '框架';
  if (/基础数据/.test(plain)) return '自评';
  if (/自评/.test(plain)) return '自评';
  if (/绩效目标|绩效表$/.test(plain) && !/评价/.test(plain)) return '绩效目标';
  if (/评价|评分|得分/.test(plain)) return '评价';
  if (/决算/.test(plain)) return '决算';
  if (/预算/.test(plain)) return '预算';
  return null;
}

function fundsOf(t: string): Exclude<FundScope, null> {
  if (/一般公共预算/.test(t)) return 'gpb';
  if (/政府性基金/.test(t)) return 'gov-fund';
  if (/国有资本经营/.test(t)) return 'soe';
  if (/财政拨款/.test(t)) return 'fiscal';
  return 'all';
}

/** Subject of a 绩效 form: one project, the body as a whole, or a special fund / transfer. */
const subjectOf = (t: string): 'project' | 'dept' | 'fund' =>
  /专项资金|转移支付/.test(t) ? 'fund' : /整体/.test(t) && !/项目/.test(t.replace(/整体.*$/, '')) ? 'dept' : 'project';

function contentOf(t: string, family: KindFamily | null, funds: Exclude<FundScope, null>): Content | null {
  if (/共性指标/.test(t)) return 'framework';
  if (/基础数据/.test(t)) return 'basic-data';
  if (/单位构成|单位名单|单位范围|单位情况表/.test(t)) return 'units';
  if (/报表目录|公开目录|目录$/.test(t)) return 'contents';
  if (family === '自评') return subjectOf(t) === 'dept' ? 'self-eval-dept' : 'self-eval-project';
  // An evaluation's money table: how its funds were approved, allocated and spent (资金到位及执行情况表).
  const money = /资金|经费/.test(t) && /执行|使用|到位/.test(t) && /情况/.test(t);
  if (family === '评价') return /得分|评分/.test(t) ? 'eval-score' : money ? 'eval-funds' : 'eval-indicators';
  if (family === null && money && !/收入|收支/.test(t)) return 'eval-funds';
  if (family === '绩效目标') return `targets-${subjectOf(t)}`;
  if (/三公/.test(t)) return 'sangong';
  if (/机关运行经费/.test(t)) return 'org-running';
  if (/采购/.test(t)) return 'procurement';
  if (/购买服务/.test(t)) return 'service';
  if (/结转/.test(t) && !/收支|收入/.test(t)) return 'carryover';
  if (/收支|收入支出/.test(t)) return funds === 'gov-fund' || funds === 'soe' ? 'fund-io' : 'summary';
  if (/基本支出/.test(t)) return 'basic';
  // 项目 alone names a budget table only with a money word (项目表 in a plan lists building projects).
  if (/项目支出|专项业务经费|项目经费|支出项目|项目预算/.test(t)) return 'project';
  if (/收入/.test(t)) return 'income';
  if (/支出/.test(t)) return 'expense';
  return null;
}

/** The words of a printed title; null for a title that names no table (a bare 表3, a 部门：… line). */
export function titleWords(title: string): TitleWords | null {
  const full = compact(title);
  // A bracketed remark qualifies a title, it does not name the table: 项目支出绩效目标表（含转移支付项目）
  // is a 项目支出 form. 功能/经济 in brackets (按功能分类) still say how the rows are classified.
  const t = full.replace(/[(（][^()（）]*[)）]/g, '');
  const family = familyOf(t);
  const funds = fundsOf(t);
  const content = contentOf(t, family, funds);
  if (content === null && family === null) return null;
  const rows = /功能/.test(full) ? 'func' : /经济/.test(full) ? 'econ' : null;
  return { family, funds, content, rows };
}

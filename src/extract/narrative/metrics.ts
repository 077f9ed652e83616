/**
 * The vocabulary narrative facts are keyed by: what an amount, rate or count in running text stands
 * for, read from the words printed before it. Specific metrics are matched anywhere in the label;
 * the generic ones (收入, 支出) only when the label is little more than the word itself, so that
 * "支出决算为" (the 决算 of whatever the clause is about) never becomes the department's 支出.
 */

/** Metric ids, in Chinese as the documents print them (func classes are `功能:<类名>`). */
export type Metric = string;

interface MetricPattern {
  metric: Metric;
  re: RegExp;
}

/** Most specific first: the first pattern that matches the label wins. */
const SPECIFIC: readonly MetricPattern[] = [
  { metric: '在职人员控制率', re: /在职人员控制率/ },
  { metric: '三公经费控制率', re: /三公.{0,3}控制率/ },
  { metric: '公用经费控制率', re: /公用经费控制率/ },
  { metric: '预算完成率', re: /预算完成率/ },
  { metric: '预算调整率', re: /预算调整率/ },
  { metric: '支付进度率', re: /支付进度率/ },
  { metric: '结转结余控制率', re: /结转结余控制率/ },
  { metric: '结转结余变动率', re: /结转结余变动率/ },
  { metric: '政府采购执行率', re: /政府采购执行率/ },
  { metric: '固定资产利用率', re: /固定资产利用率/ },
  { metric: '重点工作办结率', re: /重点工作办结率/ },
  { metric: '质量达标率', re: /质量达标率/ },
  { metric: '完成及时率', re: /完成及时率/ },
  { metric: '实际完成率', re: /实际完成率/ },
  { metric: '满意度', re: /满意[度率]/ },
  { metric: '执行率', re: /执行率/ },
  { metric: '固定资产原值', re: /固定资产原值|原值/ },
  { metric: '累计折旧', re: /累计折旧/ },
  { metric: '固定资产净值', re: /净值/ },
  { metric: '公务用车购置及运行费', re: /公务用车购置(?:费)?[及和]运行(?:维护)?费|公务用车购置[及和]运行/ },
  { metric: '公务用车运行维护费', re: /公务用车运行(?:维护)?费|公车运行/ },
  { metric: '公务用车购置费', re: /公务用车购置费|公车购置/ },
  { metric: '因公出国(境)费', re: /因公出国/ },
  { metric: '公务接待费', re: /公务接待/ },
  { metric: '三公经费', re: /三公/ },
  { metric: '机关运行经费', re: /机关运行经费/ },
  { metric: '会议费', re: /会议费/ },
  { metric: '培训费', re: /培训费/ },
  { metric: '中小企业合同', re: /中小企业/ },
  { metric: '小微企业合同', re: /小微企业/ },
  { metric: '政府采购货物', re: /政府采购货物|采购货物/ },
  { metric: '政府采购工程', re: /政府采购工程|采购工程/ },
  { metric: '政府采购服务', re: /政府采购服务|采购服务/ },
  { metric: '政府采购', re: /政府采购/ },
  { metric: '人员经费', re: /人员经费/ },
  { metric: '公用经费', re: /公用经费/ },
  { metric: '工资福利支出', re: /工资(?:和)?福利/ },
  { metric: '商品和服务支出', re: /商品和服务/ },
  { metric: '对个人和家庭的补助', re: /对个人和家庭/ },
  { metric: '资本性支出', re: /资本性支出/ },
  { metric: '待遇支出', re: /待遇支出/ },
  { metric: '转移支出', re: /转移支出/ },
  { metric: '上解上级支出', re: /上解上级/ },
  { metric: '基金总支出', re: /基金总支出/ },
  { metric: '其他支出', re: /^其他支出$/ },
  { metric: '基金收入', re: /基金收入/ },
  { metric: '基金支出', re: /基金支出/ },
  { metric: '基本养老金', re: /基本养老金/ },
  { metric: '丧葬抚恤费', re: /丧葬抚恤/ },
  { metric: '养老待遇', re: /发放养老待遇|养老待遇共计/ },
  { metric: '基本支出', re: /基本支出/ },
  { metric: '项目支出', re: /项目支出/ },
  { metric: '财政拨款收支总计', re: /财政拨款收(?:入)?[、,，]?支(?:出)?总(?:计|预算|决算)/ },
  { metric: '收支总计', re: /收(?:入)?[、,，]?支(?:出)?总(?:计|预算|决算)/ },
  { metric: '一般公共预算财政拨款支出', re: /一般公共预算(?:财政拨款)?支出(?!功能|经济|决算表|预算表|表)/ },
  { metric: '财政拨款收入', re: /财政拨款收入/ },
  { metric: '财政拨款支出', re: /财政拨款支出/ },
  { metric: '一般公共预算拨款', re: /一般公共预算(?:当年)?(?:财政)?拨款/ },
  { metric: '其他收入', re: /其他收入/ },
  { metric: '政府性基金拨款', re: /政府性基金(?:预算)?(?:财政)?拨款(?:收入)?$/ },
  { metric: '国有资本经营拨款', re: /国有资本经营(?:预算)?(?:财政)?拨款(?:收入)?$/ },
  { metric: '财政专户收入', re: /财政专户(?:管理资金)?收入$/ },
  { metric: '上级补助收入', re: /上级补助收入$/ },
  { metric: '经营收入', re: /(?:事业单位)?经营收入$/ },
  { metric: '事业收入', re: /^事业收入$/ },
  { metric: '附属单位上缴收入', re: /附属单位上缴收入$/ },
  { metric: '上缴上级支出', re: /上缴上级支出$/ },
  { metric: '经营支出', re: /(?:事业单位)?经营支出$/ },
  { metric: '对附属单位补助支出', re: /对附属单位补助支出$/ },
  { metric: '调整追加', re: /调整追加|调整数/ },
  { metric: '上年结转', re: /上年结转/ },
  { metric: '结转结余', re: /结转结余|结余结转/ },
  { metric: '执行数', re: /执行数/ },
];

/** The body a 说明 names before its own totals (上海市财政局收入预算, 本部门支出预算): a name ending in an organ's word. */
const BODY = '(?:本部门|.*(?:局|委员会|办公室|办公厅|厅|中心|院|署|部门))?';

/** Generic metrics: only when the label, once stripped of years, fillers and the body's name, is the word itself. */
const GENERIC: readonly MetricPattern[] = [
  { metric: '收入', re: new RegExp(`^${BODY}(?:本年|全年|年度|年)?(?:预算)?收入(?:预算)?(?:合计|总额|总计)?$|^年初(?:部门)?预算收入(?:安排)?$`) },
  { metric: '支出', re: new RegExp(`^${BODY}(?:本年|全年|年度|年|整体)?(?:预算)?支出(?:预算)?(?:合计|总额|总计)?$|^年初(?:部门)?预算支出(?:安排)?$`) },
];

/** 功能分类 类 names, as the narrative prints them before 支出 (社会保障和就业支出, 卫生健康支出). */
export const FUNC_CLASSES = [
  '一般公共服务',
  '外交',
  '国防',
  '公共安全',
  '教育',
  '科学技术',
  '文化旅游体育与传媒',
  '社会保障和就业',
  '卫生健康',
  '节能环保',
  '城乡社区',
  '农林水',
  '交通运输',
  '资源勘探工业信息等',
  '商业服务业等',
  '金融',
  '援助其他地区',
  '自然资源海洋气象等',
  '住房保障',
  '粮油物资储备',
  '灾害防治及应急管理',
  '债务付息',
  '债务发行费用',
] as const;

/** The label without years, list markers, quotes and fillers (为, 是, 达, 共计 …). */
export function bareLabel(label: string): string {
  return label
    .replace(/[“”"‘’《》]/g, '')
    .replace(/^\s*(?:\d+[、.]|[（(]\d+[)）]、?|[一二三四五六七八九十]+、)/, '')
    .replace(/(?:截至|截止)?\d{4}\s*年(?:度|末|全年)?|\d{1,2}\s*月(?:底|末)?|\d{1,2}\s*日/g, '')
    .replace(/[\s，,：:；;、]/g, '')
    .replace(/^(?:其中|另|还|共|全年|本年度|本单位|我单位|单位)?/, '')
    .replace(/(?:为|是|达到|达|约|共计|合计|累计|共|了|的)+$/, '');
}

/** The 功能分类 类 a label names as a whole (`社会保障和就业支出`, `社会保障和就业（类）支出`). */
function funcClassOf(bare: string): Metric | null {
  // 004 prints 社会保障和就业（类）支出, the 2024 普陀 决算 一般公共服务支出（类）.
  const m = /^(.+?)(?:[(（]类[)）])?支出(?:安排)?(?:[(（]类[)）])?(?:科目)?$/.exec(bare.replace(/年初(?:部门)?预算/, ''));
  if (!m) return null;
  return (FUNC_CLASSES as readonly string[]).includes(m[1]!) ? `功能:${m[1]}` : null;
}

/** The metric a label names, or null when it names none of the vocabulary. */
export function metricOf(label: string): Metric | null {
  const bare = bareLabel(label);
  if (!bare) return null;
  for (const p of SPECIFIC) if (p.re.test(bare)) return p.metric;
  const f = funcClassOf(bare);
  if (f) return f;
  for (const p of GENERIC) if (p.re.test(bare)) return p.metric;
  return null;
}

/** Which column of a budget/final pair a label means: 年初预算, 全年预算, 预算 (unqualified), 决算/执行. */
export type Column = 'init' | 'full' | 'budget' | 'final';

export function columnOf(label: string): Column | null {
  // 一般公共预算 names a fund, not the budget column (004 "一般公共预算财政拨款支出1387.53").
  const t = label.replace(/\s+/g, '').replace(/一般公共预算/g, '');
  if (/年初(?:部门)?预算|年初安排/.test(t)) return 'init';
  if (/全年预算|调整后预算/.test(t)) return 'full';
  if (/决算|执行数|实际支出|实际完成/.test(t)) return 'final';
  if (/预算/.test(t)) return 'budget';
  return null;
}

/** Funding scope a label names: 财政拨款 / 一般公共预算; null when unqualified. */
export function scopeOf(label: string): string | null {
  if (/一般公共预算/.test(label)) return '一般公共预算';
  if (/财政拨款/.test(label)) return '财政拨款';
  if (/其他资金/.test(label)) return '其他资金';
  return null;
}

/**
 * Partitions: sets of metrics that together make up a whole. A breakdown whose components all fall
 * in one partition is exhaustive by the accounting rules; `closed` partitions (the 决算 templates'
 * fixed lines) also allow a single printed component, the others counting 0.
 */
export type Family =
  | 'econ'
  | 'income'
  | 'basic-split'
  | 'basic-project'
  | 'func'
  | 'fund'
  | 'budget-adjust'
  | 'sangong'
  | 'procurement'
  | 'meeting'
  | 'pension'
  | 'persons'
  | 'other';

interface Partition {
  family: Family;
  parts: (m: Metric) => boolean;
  closed: boolean;
}

const inSet =
  (...ms: Metric[]) =>
  (m: Metric) =>
    ms.includes(m);

export const PARTITIONS: readonly Partition[] = [
  { family: 'econ', parts: inSet('工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出', '其他支出'), closed: false },
  // Every source a 收入 (总计) lists: 泉州 2026 names all ten, 国家信访局 2026 adds 上年结转 to 收入预算总计.
  {
    family: 'income',
    parts: inSet(
      '财政拨款收入',
      '一般公共预算拨款',
      '政府性基金拨款',
      '国有资本经营拨款',
      '财政专户收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
      '上年结转',
    ),
    closed: true,
  },
  { family: 'basic-split', parts: inSet('人员经费', '公用经费'), closed: false },
  { family: 'basic-project', parts: inSet('基本支出', '项目支出', '结转结余', '上缴上级支出', '经营支出', '对附属单位补助支出'), closed: false },
  { family: 'func', parts: (m) => m.startsWith('功能:'), closed: false },
  { family: 'fund', parts: inSet('待遇支出', '转移支出', '上解上级支出', '其他支出'), closed: false },
  { family: 'sangong', parts: inSet('因公出国(境)费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行维护费', '公务接待费'), closed: true },
  { family: 'procurement', parts: inSet('政府采购货物', '政府采购工程', '政府采购服务'), closed: false },
  { family: 'pension', parts: inSet('基本养老金', '丧葬抚恤费'), closed: false },
];

/** The partition every metric of `ms` belongs to, if there is one. */
export function familyOf(ms: readonly (Metric | null)[]): Partition | null {
  if (!ms.length || ms.some((m) => m === null)) return null;
  return PARTITIONS.find((p) => ms.every((m) => p.parts(m!))) ?? null;
}

/** Headcount metrics (人, 万人). */
export function headcountMetricOf(label: string): Metric | null {
  const t = label.replace(/\s+/g, '');
  if (/离退休|退休/.test(t)) return '离退休人数';
  // "编制 408 人，其中行政编制 91 人、事业编制 317 人" (西安 2020): the kinds a staff total splits into.
  if (/(?:^|其中|[、，,])(?:行政|参公)(?:编制|人员)?$/.test(t)) return '行政人数';
  if (/(?:^|其中|[、，,])事业(?:编制|人员)?$/.test(t)) return '事业人数';
  if (/编制/.test(t)) return '编制数';
  if (/在职|在编在岗|在岗/.test(t)) return '在职人数';
  if (/参保/.test(t)) return '参保人数';
  if (/城区/.test(t)) return '城区人数';
  if (/县市区|县区/.test(t)) return '县市区人数';
  return null;
}

/** Persons partitions: 在职 + 离退休 = 参保; 城区 + 县市区 = the whole. */
export function personsPartition(ms: readonly (Metric | null)[]): boolean {
  const set = new Set(ms);
  if (set.has(null)) return false;
  const a = [...set].every((m) => m === '在职人数' || m === '离退休人数');
  const b = [...set].every((m) => m === '城区人数' || m === '县市区人数');
  const c = [...set].every((m) => m === '行政人数' || m === '事业人数');
  return ms.length >= 2 && (a || b || c);
}

/** Direction words of a year-on-year statement, longest first so 增加 is not read as 增. */
export const DIRECTION_WORDS: readonly { word: string; dir: 'up' | 'down' }[] = [
  { word: '增加', dir: 'up' },
  { word: '增长', dir: 'up' },
  { word: '上升', dir: 'up' },
  { word: '提高', dir: 'up' },
  { word: '减少', dir: 'down' },
  { word: '下降', dir: 'down' },
  { word: '降低', dir: 'down' },
  { word: '压减', dir: 'down' },
  { word: '节约', dir: 'down' },
];
export const DIRECTION_RE = /增加|增长|上升|提高|减少|下降|降低|压减|节约/g;

/** Control-type metrics: a low rate is good, so they are exempt from "low execution". */
export const CONTROL_METRICS: readonly Metric[] = [
  '三公经费',
  '公务接待费',
  '公务用车运行维护费',
  '公务用车购置费',
  '公务用车购置及运行费',
  '因公出国(境)费',
  '会议费',
  '培训费',
  '机关运行经费',
  '公用经费',
  '三公经费控制率',
  '公用经费控制率',
];

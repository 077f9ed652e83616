import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { Decimal } from 'decimal.js';
import type { DocumentRecords } from '../../../src/extract/records.js';
import { altered } from '../../helpers/records.js';
import { realText, seedRecords } from '../narrative/seeds.js';

const CHANGSHA = '国有资产监督管理委员会_2026年部门预算.pdf';
const GUANGZHOU = '2026年广州市人民政府办公厅部门预算.pdf';

/** A 合计 line item of a 预算 table printed as another number (the value as read, in the table's unit). */
const reprintTotal = (r: DocumentRecords, kind: string, name: RegExp, measure: RegExp, value: string): void => {
  const li = r.lineItems.find((l) => l.tableKind === kind && name.test(l.name) && measure.test(l.measure));
  if (li?.amount.state !== 'number') throw new Error(`no ${kind} ${String(name)} line`);
  li.amount.value = new Decimal(value);
  const v = new Decimal(value);
  li.amount.wan = li.amount.unit === '万元' ? v : li.amount.unit === '元' ? v.div(10000) : li.amount.unit === '亿元' ? v.times(10000) : null;
};
const QUANZHOU = 'fixtures/real/2026年泉州市人民政府办公室部门预算.pdf';
const BEIJING_JUSTICE = '司法局_附件2：北京市司法局2026年度部门预算报表.pdf';

/** The money of a document's 部门整体支出绩效目标表 reprinted (in 万元). */
const reprintTargetMoney = (r: DocumentRecords, value: string): void => {
  const s = r.targets.find((t) => t.tableKind === 'pt-dept')?.subjects.find((x) => x.amount?.state === 'number');
  if (s?.amount?.state !== 'number') throw new Error('no 部门整体支出绩效目标表 money');
  s.amount.figure.value = new Decimal(value);
};
/** 泉州 2026 with its 部门整体支出绩效目标表's 资金总额 (8200.95 as printed) made the budget's 15184.81: each case then shows its own fault only. */
const quanzhou =
  (...edits: [string, string][]) =>
  async (): Promise<DocumentRecords> => {
    const r = await realText('2026年泉州市人民政府办公室部门预算.pdf', ...edits)();
    reprintTargetMoney(r, '15184.81');
    return r;
  };

export const cases: RuleCases = {
  valid: [
    // The same form with its money the 部门's 支出总计: it agrees.
    {
      name: '北京市司法局 2026 with 预算13表 预算支出总额 reprinted 29,956.265460',
      records: async () => {
        const r = await realText(BEIJING_JUSTICE)();
        reprintTargetMoney(r, '29956.265460');
        return r;
      },
    },
    // The same T1 with its split printed as T8's: the two splits agree.
    {
      name: 'unit_budget 2026 with T1 支出总计 printed 人员经费 20,272,981 and 公用经费 1,845,880.34, as T8',
      records: async () => {
        const r = await realText('unit_budget.pdf')();
        reprintTotal(r, 'bu01', /^支出总计$/, /^人员经费$/, '20272981');
        reprintTotal(r, 'bu01', /^支出总计$/, /^公用经费$/, '1845880.34');
        return r;
      },
    },
    // Each sub-project the report restates (预算 … 实际支出 …) against the row with that budget and a name like it: all agree once ③ says 2,614.12.
    {
      name: '长沙国资委 评价报告 with ③ printed 实际支出2,614.12万元: every sub-project agrees with its table row',
      records: realText(CHANGSHA, ['支出2,614.42万元', '支出2,614.12万元']),
    },
    { name: '004: every restated amount agrees', records: () => seedRecords('004') },
    // 一(五)1 "市本级政府采购业务费3600.00 万元" and 一(五)4 "法治建设和政府采购管理费用 424.00 万元": two projects' fees, two nodes.
    { name: '深圳 2026: amounts named 政府采购 in two projects are not one quantity', records: realText('2026年深圳市财政局部门预算.pdf') },
    // A 预算's 说明 against its tables: 收入预算, 支出预算, 一般公共预算拨款支出, four 类 and the 三公 items each equal the table that prints them.
    { name: "上海市财政局 2025: the 说明's 13 figures equal the tables", records: realText('上海市财政局25年预算.pdf') },
    // 长沙 2025 (二)项目支出 "其中：…公共安全支出 40230.95 万元": the 类's 项目支出 column, not its 总计 68,629.12.
    { name: "长沙 2025: a 类 in the 项目支出 section is that column of the 类's row", records: realText('2026年长沙市公安局2025年部门预算.pdf') },
  ],
  invalid: [
    // 国家信访局 2026 (as printed, two warnings: 财政拨款收支总预算 18,728.91 against the table's 18,728.94, and 一般公共服务 15,291.3 of the
    // 财政拨款 against the 支出总表's 47,179.3 of all funds). 四 "…上年结转 2,254.12 万元" reprinted 2,524.61 against the 财政拨款收支总表's
    // 上年结转 2,254.12; 六 "人员经费 7,504.62 万元" reprinted 7,540.62 against the 基本支出 表's 合计 人员经费 7,504.62.
    {
      name: '国家信访局 2026: 四 上年结转 2,524.61 against the 财政拨款收支总表 2,254.12',
      records: realText('2026年武汉市信访局部门预算.pdf', ['16,474.82 万元、上年结转 2,254.12 万元', '16,474.82 万元、上年结转 2,524.61 万元']),
      findings: 3,
    },
    {
      name: '国家信访局 2026: 六 人员经费 7,540.62 against the 一般公共预算基本支出表 合计 7,504.62',
      records: realText('2026年武汉市信访局部门预算.pdf', ['人员经费 7,504.62 万元', '人员经费 7,540.62 万元']),
      findings: 3,
    },
    // 部门整体支出绩效目标表 年度预算安排: 资金总额 8200.95 (项目 2285.57 + 基本 5915.38 + 其他资金 0.00), while the budget is 15184.81
    // (10984.81 一般公共预算 + 4200.00 其他收入): it equals no total of the budget — a warning (the form does not say which funds it counts).
    {
      name: '泉州 2026 as printed: the 部门整体绩效目标表 资金总额 8200.95 against the budget’s 15184.81',
      records: realText('2026年泉州市人民政府办公室部门预算.pdf'),
      findings: 1,
    },
    // 预算13表: 预算支出总额 23,083.340436, one unit's budget under the 部门's name (the 部门: 29,956.265460; 财政拨款 29,844.198694).
    { name: '北京市司法局 2026 as printed: 预算13表 预算支出总额 23,083.34 against the 部门’s 29,956.27', records: realText(BEIJING_JUSTICE), findings: 1 },
    // T1 财务收支预算总表 (all funds, all 一般公共预算) splits 支出总计's 基本支出 into 人员经费 20,374,181 and 公用经费 1,744,680; the
    // 一般公共预算基本支出 经济分类 table's 合计 into 20,272,981.00 and 1,845,880.34: 101,200 moved between them — one finding.
    {
      name: 'unit_budget 2026: T1 人员经费 20,374,181 vs T8 合计 人员经费 20,272,981.00 (公用经费 the other way)',
      records: realText('unit_budget.pdf'),
      findings: 1,
    },
    // 苏州 2026 "一般公共预算机关运行经费预算支出 395.6 万元": its 三公 table prints no 机关运行经费, its 机关运行经费支出预算表 (one amount column) does: 合计 395.60.
    {
      name: '苏州审计局 2026 with 机关运行经费预算支出 printed 359.6 万元 (机关运行经费支出预算表 合计 395.60)',
      records: realText('2026年苏州市审计局部门预算.pdf', ['机关运行经费预算支出 395.6 万元', '机关运行经费预算支出 359.6 万元']),
      findings: 1,
    },
    // 广州 2026 二 "其中：因公出国（境）费215.6万元…": its 三公 table prints the item per fund beside a 合计 column (215.60 | 215.60 | 0.00 | 0.00); the 合计 column is the item.
    {
      name: '广州办公厅 2026 with 因公出国（境）费 printed 225.6万元 (表8 合计 215.60)',
      records: realText(GUANGZHOU, ['公出国（境）费215.6万元', '公出国（境）费225.6万元']),
      findings: 1,
    },
    // 一（一）4（2）③ "困难企业特困救助、职工帮扶资金预算3,087万元，实际支出2,614.42万元": the table's row with that budget and name prints 2,614.12.
    { name: '长沙国资委 评价报告 ③: 实际支出 2,614.42 against its table row 三 困难企业、职工帮扶资金 2,614.12', records: realText(CHANGSHA), findings: 1 },
    // p3 "此次评价金额总计13,237万元": the amount evaluated is the fund's 合计 预算批复 (13,237.00); printed 13,337 it is none of the 合计 row's measures — a warning.
    {
      name: '长沙国资委 评价报告 with 此次评价金额总计13,337万元 (合计 预算批复 13,237.00)',
      records: realText(CHANGSHA, ['支出2,614.42万元', '支出2,614.12万元'], ['评价金额总计13,237万元', '评价金额总计13,337万元']),
      findings: 1,
    },
    // 一（一）4（1）, the paragraph that ends "具体资金情况如下表：", states the table's 合计 row: 批复 13,237, 下达 13,237, 实际执行 12,679.21, 结余 557.79.
    {
      name: '长沙国资委 评价报告 with the lead paragraph printing 实际执行12,879.21万元 (the 合计 row prints 12,679.21)',
      records: realText(CHANGSHA, ['支出2,614.42万元', '支出2,614.12万元'], ['实际执行12,679.21万元', '实际执行12,879.21万元']),
      findings: 1,
    },
    // «因公出国（境）费288.70万元» reprinted 254.06: the 三公 table prints 288.70; «“卫生健康支出”科目467万元» reprinted 476: the 支出总表 prints 4,668,000 元.
    {
      name: '上海市财政局 2025: a 三公 item and a 类 restated apart from the tables',
      records: realText('上海市财政局25年预算.pdf', ['（境）费288.70万元', '（境）费254.06万元'], ['科目467万元', '科目476万元']),
      findings: 2,
    },
    { name: '000: 执行数 38706.47 vs 1095.69, 执行率 100% vs 3%, 三公 2.33/1.66/0.67 vs 3.32/2.04/1.28', records: () => seedRecords('000'), findings: 5 },
    { name: '001: 服务对象满意度 98% vs 94.9; 预算完成率 100% vs 执行率 104.97%', records: () => seedRecords('001'), findings: 2 },
    // 泉州 2026 六（二）: the heading "（二）公务接待费" is the subject of "2026年预算安排 18.85万元" under it (the 三公 table prints 18.85).
    {
      name: '泉州 2026: 公务接待费, named only by its heading, reprinted 21.11 against the 三公 table 18.85',
      records: quanzhou(['2026年预算安排 18.85万元', '2026年预算安排 21.11万元']),
      findings: 1,
    },
    // 深圳 2026 三公 3: "3.公务用车购置和运行维护费。2026 年预算数 7.40 万元" — 购置和运行 is the 三公 vehicle total (表9 prints 7.40).
    {
      name: '深圳 2026: 公务用车购置和运行维护费 reprinted 6.51 against the 三公 table 7.40',
      records: realText('2026年深圳市财政局部门预算.pdf', [
        '3.公务用车购置和运行维护费。2026 年预算数 7.40 万元',
        '3.公务用车购置和运行维护费。2026 年预算数 6.51 万元',
      ]),
      findings: 1,
    },
    // 西安人社 2020 五: "2020 年本部门当年一般公共预算支出181716.56万元" is the 一般公共预算 支出表's 合计 (and 五(二)'s, 五(三)'s).
    // The document as printed gives three more: two in 五(三)3(2), and 表1's 本年支出合计 182,066.56 against 表3's 合计
    // 182,157.13 (a warning: the template's two totals, which here differ by the 上年结转 90.57).
    {
      name: '西安人社 2020 五: 一般公共预算支出 reprinted 159910.57 against the table and the other mentions 181716.56 (one finding beside the three of the printed document)',
      records: realText('人力资源和社会保障局_2026年部门预算.pdf', ['当年一般公共预算支出181716.56万元', '当年一般公共预算支出159910.57万元']),
      findings: 4,
    },
    // 泉州 2026 (一)收入预算 "其中：一般公共预算拨款收入 10984.81 万元" is the 收支总表's 一般公共预算拨款收入.
    {
      name: '泉州 2026: the 一般公共预算拨款收入 reprinted 10948.81 against the 收支总表 10984.81',
      records: quanzhou(['一般公共预算拨款收入 10984.81 万元', '一般公共预算拨款收入 10948.81 万元']),
      findings: 1,
    },
    // 泉州 2026: 收支总表 本年支出合计 15184.81 = 支出预算总表 合计 15184.81 (the template's one total, printed twice).
    {
      name: '泉州 2026: the 支出预算总表 合计 printed 15148.81 against the 收支总表 本年支出合计 15184.81',
      records: altered(QUANZHOU, (r) => {
        reprintTargetMoney(r, '15184.81');
        reprintTotal(r, 'bu03', /^合计$/, /小计/, '15148.81');
      }),
      findings: 1,
    },
    // The same total read at a ten-thousandth: a 万元 note printed 元 (a unit question, one warning).
    {
      name: '泉州 2026: the 支出预算总表 合计 read as 1.51848 (元 for 万元) against 15184.81',
      records: altered(QUANZHOU, (r) => {
        reprintTargetMoney(r, '15184.81');
        reprintTotal(r, 'bu03', /^合计$/, /小计/, '1.51848');
      }),
      findings: 1,
    },
    // 五(三)3(2): "对个人和家庭的补助（509）100151.38 万元，102374.45 万元，其中：人员经费 138.06万元，124.13 万元" — two values
    // for one subject at one node; 工资福利支出 of 301 (五(三)3(1)) and 机关工资福利支出 of 501 (3(2)) are two measures, not compared.
    // And 表1's 本年支出合计 182,066.56 against 表3's 合计 182,157.13, the template's two totals (a warning).
    {
      name: '西安人社 2020 五(三)3(2): 509 and its 人员经费 given two values each; 表1 本年支出合计 against 表3 合计',
      records: realText('人力资源和社会保障局_2026年部门预算.pdf'),
      findings: 3,
    },
  ],
};

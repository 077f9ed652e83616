import type { RuleCases } from '../../../src/rules/_lib/types.js';
import { altered, codedRow, DEPT_BUDGET, recordsOf, reprint, reprintLine, UNIT_BUDGET } from '../../helpers/records.js';
import { realText } from '../narrative/seeds.js';

const SHENZHEN = '2026年深圳市财政局部门预算.pdf';
const HANGZHOU = '2026年杭州市气象局部门预算.pdf';
const QUANZHOU = '2026年泉州市人民政府办公室部门预算.pdf';
const XIAN = '人力资源和社会保障局_2026年部门预算.pdf';

/** A real document's records with one line item reprinted (kind, row code, column, value). */
const withLine = (file: string, kind: string, code: string, column: RegExp, value: string) => async () => {
  const r = await realText(file)();
  reprintLine(r, kind, code, column, value);
  return r;
};

export const cases: RuleCases = {
  valid: [
    { name: 'DEPT_BUDGET', records: () => recordsOf(DEPT_BUDGET) },
    {
      name: 'UNIT_BUDGET with 2040601 项目支出 reprinted as the 0 its 合计 implies',
      records: altered(UNIT_BUDGET, (r) => {
        reprint(codedRow(r.bu.bu03, '2040601').values.project, '0');
        reprint(codedRow(r.bu.bu05, '2040601').values.project, '0');
      }),
    },
    // 收入总计 | 本年收入 › 财政拨款 › 一般公共预算拨款 … › 单位资金 › 事业收入 … | 上年结余、结转: the sources nested two deep.
    { name: '深圳财政局 2026 收入总表 as printed (sources nested under 本年收入 › 财政拨款 / 单位资金)', records: realText(SHENZHEN) },
    // 总计 | 本年收入 › 小计 | 本年收入 › 一般公共预算 … 其他收入: 总计 = 本年收入 (the other sources blank), 小计 = its sources.
    { name: '杭州气象局 2026 收入预算总表 as printed (总计 beside 本年收入 › 小计)', records: realText(HANGZHOU) },
    { name: '泉州政府办 2026 收入预算总表 as printed (ten flat sources, 上年结转结余 among them)', records: realText(QUANZHOU) },
  ],
  invalid: [
    {
      name: 'UNIT_BUDGET: 2040601 行政运行 合计 = 基本支出 but 项目支出 prints 64,840,547.00 (bu03 and bu05; the human checklist)',
      records: () => recordsOf(UNIT_BUDGET),
      findings: 2,
    },
    // As printed: three units' 合计 leave out their 上年结转 (242001 60.37, 242005 3.82, 242010 26.38), on 表2 and on 表3, which print
    // the same income-source columns under 部门预算 (一般公共预算拨款 › 小计 and its 其中 column, … 上年结转, 其他收入).
    { name: '西安人社 2020 表2 and 表3: three unit rows whose 合计 leaves out their 上年结转', records: realText(XIAN), findings: 6 },
    // The same with one cell of 表2 unreadable: a cell that is no line item would be read as a blank, so 表2 is not summed.
    {
      name: '西安人社 2020 with a cell of 表2 unreadable: only 表3’s three rows',
      records: async () => {
        const r = await realText(XIAN)();
        const t2 = r.tables.find((t) => t.title?.includes('收入总表'))!.table;
        r.diagnostics.push({
          code: 'amount-unreadable',
          severity: 'warning',
          stage: 'extract',
          message: `${t2} row 9 (西安市就业服务中心) column 上年结转: unreadable`,
        });
        return r;
      },
      findings: 3,
    },
    {
      name: '深圳财政局 2026 收入总表 with 一般公共预算拨款 reprinted 36,889.05 (收入总计 37,385.88)',
      records: withLine(SHENZHEN, 'bu02', '*', /一般公共预算拨款$/, '36889.05'),
      findings: 1,
    },
    {
      name: '杭州气象局 2026 收入预算总表 with the 合计 row 一般公共预算 reprinted 5,743.07: its 本年收入 小计 5,876.67 no longer adds up',
      records: withLine(HANGZHOU, 'bu02', '*', /本年收入 › 一般公共预算$/, '5743.07'),
      findings: 1,
    },
  ],
};

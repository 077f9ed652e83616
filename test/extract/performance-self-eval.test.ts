import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.js';
import type { DocumentRecords } from '../../src/extract/records.js';
import { parseFixture } from '../helpers/fixtures.js';
import { measureText, performanceSummary, slotText } from '../rules/performance/records-summary.js';

const records = async (file: string): Promise<DocumentRecords> => extractRecords(await parseFixture(file));
const SEED = (n: string, ext = 'html') => `fixtures/seeds/${n}.${ext}`;

describe('自评表 records (spec §0.2 ST.*)', () => {
  it('000: 年度资金总额, 按收入/支出性质, indicators with the 三级 "100%" shift kept, total, grade, template V1 + bands A', async () => {
    const r = await records(SEED('000_4d0b4c40ef830124'));
    expect(r.selfEval).toHaveLength(1);
    const t = r.selfEval[0]!;
    expect(t.tableKind).toBe('st-dept');
    expect(
      t.fund && [
        slotText(t.fund.initBudget),
        slotText(t.fund.fullBudget),
        slotText(t.fund.executed),
        measureText(t.fund.rate),
        slotText(t.fund.weight),
        slotText(t.fund.score),
      ],
    ).toEqual([null, '38706.47万元', '1095.69万元', '3%', '10分', '7分']);
    expect(t.fund?.executed?.state === 'number' && t.fund.executed.figure.halfUnit.toFixed()).toBe('0.005');
    const s = performanceSummary(r).selfEval[0]!;
    expect(s.split).toEqual({
      gpb: '998.82万元',
      gf: 'blank',
      nontax: 'blank',
      other: '96.87万元',
      basic: '1095.69万元',
      personnel: '887.08万元',
      public: '208.61万元',
      sangong: '2.33万元',
      project: 'blank',
    });
    expect(s.items.map((i) => [i[0], i[1], i[3], i[6], i[7]])).toEqual([
      ['产出指标', '50', '完成工作任务', '20分', '20分'],
      ['产出指标', '50', '合格率', '20分', '19.8分'],
      ['产出指标', '50', '按时完成', '10分', '10分'],
      ['效益指标', '30', '100%', '10分', '10分'],
      ['效益指标', '30', '工作正常开展', '10分', '9.8分'],
      ['效益指标', '30', '100%', '10分', '9.9分'],
      ['满意度指标', '10', '群众满意', '10分', '9.8分'],
    ]);
    expect(s.items[6]!.slice(4, 6)).toEqual(['>=95%', '98%']);
    expect(s.total).toEqual(['100分', '96.3分']);
    expect(t.grade?.printed).toBe('优秀');
    expect(t.template.l1Weights.weights.map((w) => `${w.name}${w.weight.toFixed()}`)).toEqual(['预算执行率10', '产出指标50', '效益指标30', '满意度指标10']);
    expect(s.template).toEqual(['V1', true, 'A', true, null, false, false]);
    // Every number carries the cell it was printed in.
    const ev = t.items[1]!.score.state === 'number' ? t.items[1]!.score.figure.evidence : null;
    expect(ev?.kind === 'cell' && [ev.table, ev.row, ev.col, ev.raw]).toEqual(['t1', 12, 7, '19.8']);
  });

  it('001: budget rows (全年/基本/项目 × 年初/全年/实际/执行率), the 重点工作管理 row realigned under 部门管理, 94.9 without %, template V2 from the 注', async () => {
    const r = await records(SEED('001_217e79579315e879'));
    const t = r.selfEval[0]!;
    const s = performanceSummary(r).selfEval[0]!;
    expect(s.fund).toEqual([
      ['total', '17697.54万元', '18577.58万元', '18577.58万元', '104.97%', '10分', '9分'],
      ['basic', '453.39万元', '891.47万元', '891.47万元', '196.62%', 'dash', 'blank'],
      ['project', '17244.15万元', '17686.11万元', '17686.11万元', '102.56%', 'dash', 'blank'],
    ]);
    const shifted = t.items.find((i) => i.realigned)!;
    expect([
      shifted.l1,
      shifted.l2,
      shifted.l3,
      shifted.target.printed,
      measureText(shifted.actual),
      slotText(shifted.weight),
      slotText(shifted.score),
    ]).toEqual(['部门管理', '重点工作管理', '重点工作管理制度健全性', '按时完成重点工作', '100%', '5分', '5分']);
    expect(t.items.filter((i) => i.l1 === '部门管理').map((i) => slotText(i.score))).toEqual(['4.5分', '5分', '5分', '5分', '5分', '5分', '5分', '5分']);
    const sat = t.items.at(-1)!;
    expect([sat.l1, measureText(sat.target), measureText(sat.actual), slotText(sat.weight), slotText(sat.score)]).toEqual([
      '服务对象满意度',
      '>=95%',
      '94.9',
      '10分',
      '10分',
    ]);
    expect(s.total).toEqual([null, '99.5分']);
    expect(t.grade).toBeNull();
    expect(s.template).toEqual(['V2', true, 'B', false, null, false, true]);
  });

  it('002 附件4-2: two project tables; 数量指标 10 covers three range rows; money printed with 万元 in the cell', async () => {
    const r = await records(SEED('002_3947c5881660c658'));
    expect(r.selfEval.map((t) => [t.tableKind, t.project])).toEqual([
      ['st-project', '人社局包干工作经费及城乡居保工作经费'],
      ['st-project', '养老保险系统维护及代发工作经费'],
    ]);
    const [a, b] = performanceSummary(r).selfEval;
    expect(a!.fund[0]).toEqual(['total', '56万元', '56万元', '56万元', '100%', '10分', '10分']);
    expect(a!.items.slice(0, 3).map((i) => [i[3], i[4], i[5], i[6], i[8]])).toEqual([
      ['企业养老发放人数', 'range1万人..1.2', '1.1万人', '10分', 0],
      ['机关养老发放人数', 'range0.3万人..0.4', '0.37万人', 'blank', 0],
      ['城乡养老发放人数', 'range2.4万人..2.5', '2.47万人', 'blank', 0],
    ]);
    expect(a!.total).toEqual(['100分', '100分']);
    expect(b!.fund[0]).toEqual(['total', '10万元', '10万元', '10万元', '100%', '10分', '10分']);
    expect(a!.template).toEqual(['V1', false, 'B', false, null, false, false]);
  });

  it('004: header order 分值 | 执行率 | 得分(分值×执行率), the shifted 效益 rows under 效益指标 (30分), grade "等级: 优"', async () => {
    const r = await records(SEED('004_d487b3c520216221'));
    const t = r.selfEval[0]!;
    const s = performanceSummary(r).selfEval[0]!;
    expect(s.fund[0]).toEqual(['total', '1366.77万元', '1387.53万元', '1387.53万元', '100%', '10分', '10分']);
    expect(s.fund[1]).toEqual(['gpb', '1366.77万元', '1387.53万元', 'blank', 'blank', 'blank', 'blank']);
    expect(s.items.map((i) => [i[0], i[1], i[2], i[6], i[7]])).toEqual([
      ['产出指标', '50', '数量指标', '12.5分', '12.5分'],
      ['产出指标', '50', '数量指标', '12.5分', '12.5分'],
      ['产出指标', '50', '质量指标', '12.5分', '12.5分'],
      ['产出指标', '50', '质量指标', '12.5分', '12.5分'],
      ['效益指标', '30', '经济效益指标', '7.5分', '7.5分'],
      ['效益指标', '30', '经济效益指标', '7.5分', '7.5分'],
      ['效益指标', '30', '社会效益指标', '7.5分', '7.5分'],
      ['效益指标', '30', '社会效益指标', '7.5分', '7.5分'],
      ['满意度指标', '10', '服务对象满意度指标', '10分', '9.5分'],
    ]);
    expect(t.items.filter((i) => i.realigned).map((i) => i.row)).toEqual([15, 16]);
    expect(s.items.at(-1)!.slice(4, 6)).toEqual(['>=95%', '>95%']);
    expect(s.total).toEqual(['100分', '99.5分']);
    expect([t.grade?.printed, t.grade?.canonical]).toEqual(['优', '优秀']);
    expect(s.template).toEqual(['V1', false, 'B', true, 'weight×rate', true, false]);
  });

  it.each(['000_4d0b4c40ef830124', '001_217e79579315e879', '002_3947c5881660c658', '004_d487b3c520216221'])(
    '%s: the DOCX rebuild gives the same 绩效 records as the HTML',
    async (seed) => {
      expect(performanceSummary(await records(SEED(seed, 'docx')))).toEqual(performanceSummary(await records(SEED(seed))));
    },
  );

  it.each(['000_4d0b4c40ef830124', '001_217e79579315e879', '004_d487b3c520216221'])(
    '%s: the PDF rebuild gives the same 绩效 records as the HTML',
    async (seed) => {
      expect(performanceSummary(await records(SEED(seed, 'pdf')))).toEqual(performanceSummary(await records(SEED(seed))));
    },
  );

  it('no extraction diagnostics from the 绩效 extractors on the seeds', async () => {
    for (const seed of ['000_4d0b4c40ef830124', '001_217e79579315e879', '002_3947c5881660c658', '004_d487b3c520216221']) {
      const r = await records(SEED(seed));
      expect(
        r.diagnostics.filter((d) => /^(?:st|bd|fw)-/.test(d.code)),
        seed,
      ).toEqual([]);
    }
  });
});

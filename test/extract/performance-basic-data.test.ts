import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../src/extract/index.js';
import { parseFixture } from '../helpers/fixtures.js';
import { performanceSummary } from '../rules/performance/records-summary.js';

const bd = async (seed: string) => performanceSummary(extractRecords(await parseFixture(`fixtures/seeds/${seed}.html`))).basicData;

describe('基础数据表 records (spec §0.2 BD.*)', () => {
  it('000: 当年决算 / 当年预算 / 上年决算 columns, blanks kept as blank', async () => {
    const [t] = await bd('000_4d0b4c40ef830124');
    expect(t!.year).toBe(2022);
    expect(t!.staff).toEqual(['95人', '80人', '84%']);
    expect(t!.rows).toMatchObject({
      basic: ['1095.69万元', '38706.47万元', '942.29万元'],
      sangong: ['2.33万元', '6.77万元', '3.3万元'],
      carSub: ['blank', 'blank', 'blank'],
      carBuy: ['blank', 'blank', 'blank'],
      carRun: ['1.66万元', '1.92万元', '2.02万元'],
      reception: ['1.92万元', '0.67万元', '1.28万元'],
      abroad: ['blank', 'blank', 'blank'],
      project: ['blank', 'blank', 'blank'],
    });
  });

  it('002: 2019决算 / 2020预算 / 2020决算 mapped by header (the latest 决算 year is 当年)', async () => {
    const [t] = await bd('002_3947c5881660c658');
    expect(t!.year).toBe(2020);
    expect(t!.staff).toEqual(['37人', '31人', '100%']);
    expect(t!.rows).toMatchObject({
      sangong: ['1.17万元', '2万元', '2.47万元'],
      reception: ['1.17万元', '2万元', '2.47万元'],
      project: ['blank', '66万元', 'blank'],
      projBusiness: ['blank', '56万元', 'blank'],
      projOps: ['blank', '10万元', 'blank'],
      public: ['77.98万元', '86.63万元', '124.09万元'],
      office: ['26.2万元', '30.51万元', '24.81万元'],
      utilities: ['9.15万元', '6万元', '9.84万元'],
      meetingTraining: ['blank', '4万元', '0.36万元'],
      procurement: ['blank', 'blank', 'dash'],
    });
  });

  it('documents without a 基础数据表 have none', async () => {
    expect(await bd('001_217e79579315e879')).toEqual([]);
    expect(await bd('004_d487b3c520216221')).toEqual([]);
  });
});

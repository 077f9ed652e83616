import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreStatements, type StatementsScore } from '../accuracy/statements.js';
import { readTruth } from '../accuracy/truth.js';
import { ROOT } from '../helpers/fixtures.js';
import { recordsOf } from '../helpers/records.js';

/**
 * The 情况说明 / 编制说明 of every real document whose truth file lists its statements (fixtures/truth,
 * written by reading): for each figure a reader marked, gongkai's narrative fact from the same sentence
 * with the same value, at the same outline node (第三部分 › 五 › （三） › 1), in the same role (a section's
 * total, a list item's own, a breakdown's part, a share, a change, a rate, a count), and — for a share
 * whose subject names its base — bound to that base.
 *
 * The floors are what gongkai reads today, each document's own: a change that reads a document worse
 * fails here. Some statements no reading of the sentence alone can bind as the reader does (a percent
 * printed without its %, "比2025年预算执行数减少1.07%" with no amount, the parts of a 其中 that runs over
 * paragraphs); they stay unmatched or in another role, and the table below names them.
 */
const DIR = path.join(ROOT, 'fixtures', 'truth');
const truths = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => readTruth(path.join(DIR, f)))
  .filter((t) => t.statements.length > 0);

/** Per document: statements matched, at the right node, in the right role (floors), and shares bound to another base (ceiling). */
const FLOOR: Record<string, { matched: number; outline: number; role: number; wrongBases: number }> = {
  '2026年北京市卫生健康委员会部门预算.pdf': { matched: 39, outline: 33, role: 29, wrongBases: 0 },
  '2026年广州市人民政府办公厅部门预算.pdf': { matched: 29, outline: 29, role: 28, wrongBases: 0 },
  '2026年杭州市气象局部门预算.pdf': { matched: 44, outline: 44, role: 40, wrongBases: 0 },
  '2026年武汉市信访局部门预算.pdf': { matched: 54, outline: 54, role: 46, wrongBases: 4 },
  '2026年泉州市人民政府办公室部门预算.pdf': { matched: 32, outline: 32, role: 28, wrongBases: 0 },
  '2026年深圳市财政局部门预算.pdf': { matched: 32, outline: 32, role: 24, wrongBases: 0 },
  '2026年苏州市审计局部门预算.pdf': { matched: 45, outline: 41, role: 42, wrongBases: 0 },
  '2026年长沙市公安局2025年部门预算.pdf': { matched: 37, outline: 37, role: 32, wrongBases: 0 },
  '24年普陀区财政局（测试问题版本）.pdf': { matched: 28, outline: 28, role: 28, wrongBases: 0 },
  'dept_budget.pdf': { matched: 25, outline: 25, role: 21, wrongBases: 0 },
  'unit_budget.pdf': { matched: 22, outline: 22, role: 19, wrongBases: 0 },
  '上海市普陀区财政局2024年度部门决算.pdf': { matched: 38, outline: 38, role: 36, wrongBases: 0 },
  '上海市普陀区财政局部门25年预算.pdf': { matched: 26, outline: 26, role: 23, wrongBases: 0 },
  '上海市财政局25年预算.pdf': { matched: 20, outline: 20, role: 18, wrongBases: 0 },
  '人力资源和社会保障局_2026年部门预算.pdf': { matched: 44, outline: 44, role: 38, wrongBases: 0 },
  '信访局_国家信访局2024年度部门决算公开.pdf': { matched: 76, outline: 75, role: 75, wrongBases: 0 },
  '司法局_附件1：北京市司法局2026年度部门预算情况说明.pdf': { matched: 30, outline: 30, role: 25, wrongBases: 0 },
  '国有资产监督管理委员会_2026年部门预算.pdf': { matched: 30, outline: 30, role: 24, wrongBases: 0 },
};

const scores = new Map<string, StatementsScore>();

describe('情况说明 statements of the real documents, read by their outline', () => {
  it('covers at least 15 documents from several regions', () => {
    expect(truths.length).toBeGreaterThanOrEqual(15);
    expect(new Set(truths.map((t) => t.document.region.slice(0, 2))).size).toBeGreaterThanOrEqual(5);
    expect(Object.keys(FLOOR).sort()).toEqual(truths.map((t) => t.file).sort());
  });

  it.each(truths.map((t) => [t.file, t] as const))(
    '%s',
    async (file, truth) => {
      const records = await recordsOf(`fixtures/real/${file}`);
      const s = scoreStatements(truth, records.narrative);
      scores.set(file, s);
      const floor = FLOOR[file]!;
      const miss = s.rows
        .filter((r) => !r.fact || !r.outlineRight || !r.roleRight)
        .map(
          (r) =>
            `${r.statement.outline.join('›')} ${r.statement.role} ${r.statement.value}: ${r.fact ? `${r.fact.kind}/${r.fact.role} at ${r.fact.path.join('›')}` : 'unmatched'}`,
        );
      expect(s.matched, `statements matched\n${miss.join('\n')}`).toBeGreaterThanOrEqual(floor.matched);
      expect(s.outlineRight, `at the reader's node\n${miss.join('\n')}`).toBeGreaterThanOrEqual(floor.outline);
      expect(s.roleRight, `in the reader's role\n${miss.join('\n')}`).toBeGreaterThanOrEqual(floor.role);
      expect(s.bases.wrong, 'shares bound to a base the subject does not name').toBeLessThanOrEqual(floor.wrongBases);
    },
    120_000,
  );

  afterAll(() => {
    const rows = [...scores].map(
      ([file, s]) =>
        `${file
          .replace(/\.pdf$/, '')
          .slice(0, 28)
          .padEnd(
            28,
          )} ${String(s.matched).padStart(3)}/${String(s.total).padEnd(3)} node ${String(s.outlineRight).padStart(3)}  role ${String(s.roleRight).padStart(3)}  bases ${s.bases.right}✓ ${s.bases.wrong}✗ ${s.bases.unbound}∅`,
    );
    const t = [...scores.values()].reduce(
      (a, s) => ({ total: a.total + s.total, matched: a.matched + s.matched, outline: a.outline + s.outlineRight, role: a.role + s.roleRight }),
      { total: 0, matched: 0, outline: 0, role: 0 },
    );
    console.log(
      `statements matched / marked, at the reader's node, in the reader's role\n${rows.join('\n')}\ntotal ${t.matched}/${t.total}, node ${t.outline}, role ${t.role}`,
    );
  });
});

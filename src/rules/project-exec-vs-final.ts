import { Decimal } from 'decimal.js';
import { stName, zeroOf } from './_lib/performance.js';
import { bdRow, figureOf } from '../extract/records.js';
import { finding, Tally } from './_lib/finding.js';
import { atMost, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'project-exec-vs-final',
  description: "A project self-eval's 全年执行数 does not exceed the project spending in 决算 (基础数据表 项目支出 当年决算).",
  messages: {
    zh: '项目自评表 {tables} 全年执行数合计 {left} 万元，基础数据表 项目支出 当年决算 {final}',
    en: 'project self-evaluations {tables} report {left} 万元 executed; the 基础数据表 项目支出 当年决算 is {final}',
  },
});

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const projects = records.selfEval.filter((t) => t.tableKind === 'st-project' && figureOf(t.fund?.executed));
    const bd = records.basicData.find((b) => bdRow(b, 'project'));
    if (!projects.length || !bd) return tally.result({ outcome: 'not-applicable', reason: 'needs a project 自评表 and a 基础数据表 项目支出 row' });
    const row = bdRow(bd, 'project')!;
    const ops = projects.map((t) => ({ label: `${stName(t)} 全年执行数`, figure: figureOf(t.fund!.executed)! }));
    const left = sum('Σ 项目全年执行数', ops);
    const tables = projects.map((t) => stName(t)).join('、');
    const slot = row.curFin;
    if (!slot || slot.state === 'unreadable') return tally.result({ outcome: 'insufficient-data', reason: 'the 项目支出 当年决算 cell was not read' });
    if (slot.state !== 'number') {
      // Blank: the 决算 reports no project spending at all while the projects report money spent (002-12).
      tally.checked++;
      const right = single(`${row.label} 当年决算（未填报）`, zeroOf(slot));
      tally.add(finding(meta, left, right, { difference: left.value, tolerance: new Decimal(0) }, { tables, final: '未填报 / blank' }));
      return tally.result({ outcome: 'insufficient-data', reason: '' });
    }
    const right = single(`${row.label} 当年决算`, slot.figure);
    tally.compare(bd.table, left, right, atMost(left, right), { tables, final: slot.figure.value.toFixed() });
    return tally.result({ outcome: 'insufficient-data', reason: '' });
  },
};

import { sangongTable } from './table-values.js';
import { type BdKey, bdRow, type DocumentRecords, type Figure, figureOf } from '../../extract/records.js';

/** The 三公 metrics a narrative names, to their 基础数据表 rows. */
export const BD_KEY: Record<string, BdKey> = {
  三公经费: 'sangong',
  公务用车运行维护费: 'carRun',
  公务接待费: 'reception',
  '因公出国(境)费': 'abroad',
  公务用车购置费: 'carBuy',
  公务用车购置及运行费: 'carSub',
};

/** The table values of one 三公 metric for the year's 决算: 公开07 决算, BD 当年决算, ST 其中：三公经费. */
export function sangongTables(r: DocumentRecords, metric: string): { label: string; figure: Figure }[] {
  const out: { label: string; figure: Figure }[] = [];
  const fa = sangongTable(r, metric, 'fin');
  if (fa) out.push({ label: `公开07 决算·${metric}`, figure: fa });
  const key = BD_KEY[metric];
  for (const bd of r.basicData) {
    const row = key ? bdRow(bd, key) : null;
    const f = figureOf(row?.curFin);
    if (f) out.push({ label: `${bd.table} ${row!.label} 当年决算数`, figure: f });
  }
  if (metric === '三公经费')
    for (const st of r.selfEval) {
      const f = figureOf(st.split?.nat.sangong);
      if (f) out.push({ label: `${st.table} 其中：三公经费`, figure: f });
    }
  return out;
}

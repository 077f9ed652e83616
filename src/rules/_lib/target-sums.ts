import type { DocumentRecords, Slot } from '../../extract/records.js';
import { compactText } from '../../normalise/text.js';
import { identity } from './fa.js';
import type { Tally } from './finding.js';

/**
 * A 项目支出绩效目标表 that prints its projects under one total — its 合计, or the row of the body
 * itself (长沙市公安局 | 40,233.95 over the 14 projects): the total is the sum of the projects. A
 * project printed again on the next page (its name and money repeated over its indicators) counts
 * once. A warning: a 绩效目标表 may leave projects out on purpose (a confidential 特别业务), and does not
 * say it lists them all.
 */
export function targetSums(t: Tally, r: DocumentRecords): void {
  const body = compactText(r.document.department ?? '');
  for (const table of r.targets) {
    if (table.tableKind !== 'pt-project') continue;
    const bodyRow = body ? table.subjects.find((s) => compactText(s.name ?? '') === body && s.amount?.state === 'number') : undefined;
    const whole: Slot | null | undefined = table.total?.state === 'number' ? table.total : bodyRow?.amount;
    if (whole?.state !== 'number') continue;
    const seen = new Set<string>();
    const parts: [string, Slot | undefined][] = [];
    for (const s of table.subjects) {
      if (s === bodyRow || s.amount?.state !== 'number' || !s.name) continue;
      const key = `${compactText(s.name ?? '')}|${s.amount.figure.value.toString()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      parts.push([s.name, s.amount]);
    }
    if (parts.length < 2) continue;
    const label = `${table.table} 项目支出绩效目标表 ${table.total?.state === 'number' ? '合计' : `${bodyRow!.name}`}`;
    identity(t, table.table, [label, whole], parts, {
      severity: 'warning',
      data: { where: label, uncertain: 'a 绩效目标表 may leave projects out (it does not say it lists them all)' },
    });
  }
}

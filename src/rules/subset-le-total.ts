import { type BdKey, bdRow, type DocumentRecords, type FactOf, type Figure } from '../extract/records.js';
import { buLine } from './_lib/table-values.js';
import { identityParts } from './_lib/performance.js';
import { Tally } from './_lib/finding.js';
import { atMost, single, sum } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { notAbove } from './_lib/fa.js';
import { BD_COLUMNS } from './_lib/basic-data.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'subset-le-total',
  description:
    'A non-exhaustive "其中" list never exceeds its parent: the 基础数据表 公用经费 其中 rows (办公经费, 水电差旅, 会议培训) per column, and the report\'s non-exhaustive breakdowns (N.breakdown, exhaustive false); and an amount the text says is all 一般公共预算 (or 财政) 拨款 never exceeds the 财政拨款 the budget tables print.',
  messages: {
    zh: '{table}（{column}）：{leftLabel} {left} 超过 {rightLabel} {right}（差 {difference}，容差 {tolerance}）',
    en: '{table} ({column}): {leftLabel} {left} is above {rightLabel} {right} (difference {difference}, tolerance {tolerance})',
  },
});

const SUBSETS: { parent: BdKey; parts: BdKey[] }[] = [{ parent: 'public', parts: ['office', 'utilities', 'meetingTraining'] }];

/** "…涉及预算拨款 39,560.87 万元，均为一般公共预算拨款": an amount the text says is all of one kind of 财政拨款. */
const ALL_FISCAL = /([\d,]+(?:\.\d+)?)\s*万元\s*[，,]\s*(?:全部|均)(?:为|是|属于)(?:一般公共预算|财政)拨款/g;

/**
 * Amounts a 预算's text says are all 一般公共预算 (or 财政) 拨款, against the most 财政拨款 the budget tables
 * print (the 财政拨款收支总表's 总计, else the 一般公共预算支出表's 合计): such an amount cannot be more
 * (国家信访局 2026: its 项目支出 39,560.87 "均为一般公共预算拨款", where all 财政拨款 is 18,728.94). A
 * warning: the sentence may mean a part of the amount it names.
 */
function allFiscalClaims(
  r: DocumentRecords,
): { label: string; figure: Figure; claims: { block: string; quote: string; label: string; figure: Figure }[] } | null {
  if (r.document.kind !== '预算') return null;
  const total = buLine(r, ['bu04'], /^(?:支出|收入)总计$/, 'total') ?? buLine(r, ['bu05'], '*', 'total');
  if (!total) return null;
  const claims: { block: string; quote: string; label: string; figure: Figure }[] = [];
  for (const b of r.blocks) {
    if (b.role !== 'paragraph') continue;
    for (const m of b.text.matchAll(ALL_FISCAL)) {
      const value = m[1]!.replace(/,/g, '');
      const fact = r.narrative.find((f): f is FactOf<'amount'> => f.kind === 'amount' && f.ref.block === b.id && f.figure.value.eq(value));
      if (fact) claims.push({ block: b.id, quote: m[0], label: fact.label ?? '文中金额', figure: fact.figure });
    }
  }
  return claims.length ? { label: total.label, figure: total.figure, claims } : null;
}

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    const bds = records.basicData.filter((b) => SUBSETS.some((s) => bdRow(b, s.parent)));
    const lists = records.narrative.filter((f): f is FactOf<'breakdown'> => f.kind === 'breakdown' && !f.exhaustive && f.components.length > 0);
    const allFiscal = allFiscalClaims(records);
    if (!bds.length && !lists.length && !allFiscal)
      return tally.result({ outcome: 'not-applicable', reason: 'no 基础数据表 其中 rows and no non-exhaustive 其中 list in the report' });
    for (const l of lists) {
      const left = sum(
        '其中各项之和',
        l.components.map((c) => ({ label: c.label, figure: c.figure })),
      );
      const right = single(l.total.label, l.total.figure);
      tally.compare(l.ref.block, left, right, atMost(left, right), { table: `正文 ${l.section ?? l.ref.block}`, column: l.ref.quote.slice(0, 30) });
    }
    for (const b of bds) {
      for (const s of SUBSETS) {
        const parent = bdRow(b, s.parent);
        if (!parent) continue;
        const parts = b.rows.filter((r) => s.parts.includes(r.key));
        for (const [col, name] of BD_COLUMNS) {
          const ip = identityParts(
            parent[col],
            parts.map((p) => ({ label: p.label, slot: p[col] })),
          );
          if (!ip) continue;
          const left = sum('其中各项之和', ip.parts);
          const right = single(parent.label, ip.parent);
          tally.compare(b.table, left, right, atMost(left, right), { table: b.table, column: name });
        }
      }
    }
    // A part above its whole by a power of ten is a unit question first (notAbove asks it).
    if (allFiscal)
      for (const c of allFiscal.claims)
        notAbove(tally, c.block, [c.label, { state: 'number', figure: c.figure }], [allFiscal.label, { state: 'number', figure: allFiscal.figure }], {
          severity: 'warning',
          data: { table: `正文 ${c.block}`, column: c.quote },
        });
    return tally.result({ outcome: 'insufficient-data', reason: 'the 其中 rows print no amounts' });
  },
};

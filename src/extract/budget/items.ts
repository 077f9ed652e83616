import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { Block } from '../../model/index.js';
import { Figure, halfUnitOf, type TextRef } from '../figure.js';

/**
 * One numbered item of a 预算 的 编制说明 (Shanghai layout): "1、公共安全支出（204类）司法（06款）行政运行
 * （01项）1434.89万元。主要用于：…。2025年当年预算执行数为1690.69万元，2026年预算安排1434.89万元，
 * 比2025年预算执行数减少1.10%。" — its code path with the names printed for it, the amount it leads
 * with, the prior year's execution, the amount it says is budgeted, and the stated change.
 */
export const BudgetItem = z.object({
  block: z.string(),
  ordinal: z.number().int(),
  /** The 7-digit 功能分类 code joined from the (204类)(06款)(01项) marks. */
  code: z.string(),
  names: z.object({ lei: z.string(), kuan: z.string(), xiang: z.string() }),
  /** The amount printed after the 项 name, in 万元. */
  lead: Figure,
  /** "2025年当年预算执行数为…": the prior year's execution, with its year. */
  prior: Figure.nullable(),
  priorYear: z.number().int().nullable(),
  /** "2026年预算安排…". */
  budget: Figure.nullable(),
  /** "比2025年预算执行数增加/减少 p%" ("持平" is 0). */
  change: z.object({ direction: z.enum(['增加', '减少', '持平']), pct: Figure.nullable() }).nullable(),
});
export type BudgetItem = z.infer<typeof BudgetItem>;

const HEAD = /^(\d+)、(.+?)[（(](\d{3})类[）)](.+?)[（(](\d{2})款[）)](.+?)[（(](\d{2})项[）)]\s*([\d,]+(?:\.\d+)?)\s*万元/d;
const PRIOR = /(\d{4})年(?:当年)?预算执行数为\s*([\d,]+(?:\.\d+)?)\s*万元/d;
const BUDGET = /\d{4}年预算安排\s*([\d,]+(?:\.\d+)?)\s*万元/d;
const CHANGE = /比\s*\d{4}\s*年预算执行数(增加|减少|持平)(?:\s*([\d.]+)\s*%)?/d;

function figure(b: Block, text: string, at: [number, number], unit: string): Figure {
  const digits = text.slice(at[0], at[1]).replace(/,/g, '');
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  const end = at[1] + (text.slice(at[1]).match(/^\s*(?:万元|%)/)?.[0].length ?? 0);
  const evidence: TextRef = { kind: 'text', block: b.id, start: at[0], end, quote: text, provenance: b.provenance };
  return { value: new Decimal(digits), halfUnit: halfUnitOf(decimals), decimals, printed: text.slice(at[0], end), unit, evidence };
}

/** The numbered 项 of a 预算's 编制说明, read from paragraphs that print the (类)(款)(项) marks. */
export function budgetItems(blocks: Block[]): BudgetItem[] {
  const out: BudgetItem[] = [];
  for (const b of blocks) {
    if (b.role !== 'paragraph' && b.role !== 'heading') continue;
    // Offsets stay block offsets: NFKC here only maps full-width digits and brackets one to one.
    const text = b.text.replace(/\n/g, '');
    if (text.length !== b.text.length) continue;
    const h = HEAD.exec(text);
    if (!h?.indices) continue;
    const p = PRIOR.exec(text);
    const g = BUDGET.exec(text);
    const c = CHANGE.exec(text);
    out.push({
      block: b.id,
      ordinal: Number(h[1]),
      code: `${h[3]}${h[5]}${h[7]}`,
      names: { lei: h[2]!.trim(), kuan: h[4]!.trim(), xiang: h[6]!.trim() },
      lead: figure(b, text, h.indices[8]!, '万元'),
      prior: p?.indices ? figure(b, text, p.indices[2]!, '万元') : null,
      priorYear: p ? Number(p[1]) : null,
      budget: g?.indices ? figure(b, text, g.indices[1]!, '万元') : null,
      change: c?.indices ? { direction: c[1] as '增加' | '减少' | '持平', pct: c[2] && c.indices[2] ? figure(b, text, c.indices[2], '%') : null } : null,
    });
  }
  return out;
}

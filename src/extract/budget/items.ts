import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { Block } from '../../model/index.js';
import { Figure, halfUnitOf, type TextRef } from '../figure.js';
import { codeNames, type LineItem, normName } from '../line-items.js';

/**
 * One numbered item of a 预算 的 编制说明, in each layout the templates print it — Shanghai's codes in
 * the marks, "1、公共安全支出（204类）司法（06款）行政运行 "1、公共安全支出（204类）司法（06款）行政运行
 * （01项）1434.89万元。主要用于：…。2025年当年预算执行数为1690.69万元，2026年预算安排1434.89万元，
 * 比2025年预算执行数减少1.10%。"; the names in the marks without codes, "1.“一般公共服务支出（类）财政事务
 * （款）行政运行（项）”1,623.18万元" (its code found by those names in the 功能分类 tables); a 项 with its
 * code, "（4）技校教育（2050303）3523.12万元"; a code and its name, "（二）2010302-一般行政管理事务 1126.82
 * 万元" — its code path with the names printed for it, the amount it leads
 * with, the prior year's execution, the amount it says is budgeted, and the stated change.
 */
export const BudgetItem = z.object({
  block: z.string(),
  ordinal: z.number().int(),
  /** The 7-digit 功能分类 code joined from the (204类)(06款)(01项) marks. */
  code: z.string(),
  /** The names as printed; 类 and 款 are null when the item prints only its 项 (技校教育（2050303）, 2010302-一般行政管理事务). */
  names: z.object({ lei: z.string().nullable(), kuan: z.string().nullable(), xiang: z.string() }),
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

/** The amount, after the words some templates print before it (武汉: "…机关服务（项） 2026 年预算数为 236.83 万元"). */
const AMOUNT = String.raw`(?:[”"]?\s*\d{4}\s*年\s*(?:预算数|预算安排数?|预算)\s*(?:为|是)?)?\s*([\d,]+(?:\.\d+)?)\s*(万元|亿元|元)`;
const ORDINAL = String.raw`^\s*[（(]?(\d+|[一二三四五六七八九十]+)[）)]?[、.．]?\s*`;
/** Codes in the marks: (204类)(06款)(01项). */
const HEAD = new RegExp(String.raw`^\s*(\d+)、(.+?)[（(](\d{3})类[）)](.+?)[（(](\d{2})款[）)](.+?)[（(](\d{2})项[）)]` + AMOUNT, 'd');
/** Names in the marks, no codes: “…（类）…（款）…（项）”. */
const NAMED = new RegExp(ORDINAL + String.raw`[“"]?([^“”"（(]+?)[（(]类[）)]([^（(]+?)[（(]款[）)](.+?)[（(]项[）)][”"]?` + AMOUNT, 'd');
/** A 项 and its 7-digit code: 技校教育（2050303）. */
const CODED = new RegExp(ORDINAL + String.raw`([^（(\d，,。；;]+?)[（(](\d{7})[）)]` + AMOUNT, 'd');
/** A code and its 项: 2010302-一般行政管理事务. */
const DASHED = new RegExp(ORDINAL + String.raw`(\d{7})\s*[-－—–]\s*([^\d，,。；;]+?)` + AMOUNT, 'd');
const IN_WAN: Record<string, Decimal> = { 元: new Decimal('0.0001'), 万元: new Decimal(1), 亿元: new Decimal(10000) };
const CN = '一二三四五六七八九十';
const ordinalOf = (s: string): number =>
  /^\d+$/.test(s) ? Number(s) : s.length === 1 ? CN.indexOf(s) + 1 : s.length === 2 && s[0] === '十' ? 10 + CN.indexOf(s[1]!) + 1 : CN.indexOf(s[0]!) + 1;
const PRIOR = /(\d{4})年(?:当年)?预算执行数为\s*([\d,]+(?:\.\d+)?)\s*万元/d;
const BUDGET = /\d{4}年预算安排\s*([\d,]+(?:\.\d+)?)\s*万元/d;
const CHANGE = /比\s*\d{4}\s*年预算执行数(增加|减少|持平)(?:\s*([\d.]+)\s*%)?/d;

function figure(b: Block, text: string, at: [number, number], unit: string): Figure {
  const digits = text.slice(at[0], at[1]).replace(/,/g, '');
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  const printedUnit = text.slice(at[1]).match(/^\s*(万元|亿元|元|%)/);
  const end = at[1] + (printedUnit?.[0].length ?? 0);
  const evidence: TextRef = { kind: 'text', block: b.id, start: at[0], end, quote: text, provenance: b.provenance };
  // Money in 万元 whatever unit it was printed in, the half-unit scaled with it.
  const scale = unit === '万元' ? (IN_WAN[printedUnit?.[1] ?? '万元'] ?? new Decimal(1)) : new Decimal(1);
  return { value: new Decimal(digits).times(scale), halfUnit: halfUnitOf(decimals, scale), decimals, printed: text.slice(at[0], end), unit, evidence };
}

/** The 功能分类 names the tables print, by code: for items that print names without codes, or codes without 类/款 names. */
export type FuncNames = ReadonlyMap<string, string>;

/** A 科目 name as the tables and the 说明 are compared: quotes off, 其它 read as 其他. */
const bare = (s: string): string => normName(s.replace(/[“”"]/g, '')).replace(/其它/g, '其他');

/** The 功能分类 names the 预算 tables print for their codes (the first table to print a code names it). */
export const budgetFuncNames = (items: readonly LineItem[]): FuncNames => codeNames(items, /^bu/);

/** The 7-digit code whose 项, 款 and 类 names are the printed ones, when exactly one is. */
function codeByNames(names: FuncNames, lei: string, kuan: string, xiang: string): string | null {
  const hits = [...names].filter(
    ([c, n]) =>
      c.length === 7 && bare(n) === bare(xiang) && bare(names.get(c.slice(0, 5)) ?? '') === bare(kuan) && bare(names.get(c.slice(0, 3)) ?? '') === bare(lei),
  );
  return hits.length === 1 ? hits[0]![0] : null;
}

interface Head {
  ordinal: number;
  code: string;
  names: BudgetItem['names'];
  lead: [number, number];
}

/** The item a paragraph opens with, in any of the layouts, or null. */
function headOf(text: string, names: FuncNames): Head | null {
  const h = HEAD.exec(text);
  if (h?.indices)
    return { ordinal: Number(h[1]), code: `${h[3]}${h[5]}${h[7]}`, names: { lei: h[2]!.trim(), kuan: h[4]!.trim(), xiang: h[6]!.trim() }, lead: h.indices[8]! };
  const n = NAMED.exec(text);
  if (n?.indices) {
    const code = codeByNames(names, n[2]!, n[3]!, n[4]!);
    return code ? { ordinal: ordinalOf(n[1]!), code, names: { lei: n[2]!.trim(), kuan: n[3]!.trim(), xiang: n[4]!.trim() }, lead: n.indices[5]! } : null;
  }
  const c = CODED.exec(text);
  if (c?.indices) return { ordinal: ordinalOf(c[1]!), code: c[3]!, names: { lei: null, kuan: null, xiang: c[2]!.trim() }, lead: c.indices[4]! };
  const d = DASHED.exec(text);
  if (d?.indices) return { ordinal: ordinalOf(d[1]!), code: d[2]!, names: { lei: null, kuan: null, xiang: d[3]!.trim() }, lead: d.indices[4]! };
  return null;
}

/** The numbered 项 of a 预算's 编制说明, read from paragraphs that print the (类)(款)(项) marks. */
export function budgetItems(blocks: Block[], names: FuncNames = new Map()): BudgetItem[] {
  const out: BudgetItem[] = [];
  for (const b of blocks) {
    if (b.role !== 'paragraph' && b.role !== 'heading') continue;
    // Offsets stay block offsets: NFKC here only maps full-width digits and brackets one to one.
    const text = b.text.replace(/\n/g, '');
    if (text.length !== b.text.length) continue;
    const h = headOf(text, names);
    if (!h) continue;
    const p = PRIOR.exec(text);
    const g = BUDGET.exec(text);
    const c = CHANGE.exec(text);
    out.push({
      block: b.id,
      ordinal: h.ordinal,
      code: h.code,
      names: h.names,
      lead: figure(b, text, h.lead, '万元'),
      prior: p?.indices ? figure(b, text, p.indices[2]!, '万元') : null,
      priorYear: p ? Number(p[1]) : null,
      budget: g?.indices ? figure(b, text, g.indices[1]!, '万元') : null,
      change: c?.indices ? { direction: c[1] as '增加' | '减少' | '持平', pct: c[2] && c.indices[2] ? figure(b, text, c.indices[2], '%') : null } : null,
    });
  }
  return out;
}

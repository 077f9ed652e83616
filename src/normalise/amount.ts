import { Decimal } from 'decimal.js';
import { z } from 'zod';

/** The money units disclosures print. */
export const MoneyUnit = z.enum(['元', '千元', '万元', '亿元']);
export type MoneyUnit = z.infer<typeof MoneyUnit>;

/** One unit in 万元, exact. */
export const IN_WAN: Record<MoneyUnit, Decimal> = {
  元: new Decimal('0.0001'),
  千元: new Decimal('0.1'),
  万元: new Decimal(1),
  亿元: new Decimal(10000),
};

const DecimalSchema = z.custom<Decimal>((v) => Decimal.isDecimal(v), 'a Decimal');

/**
 * An amount cell read exactly. Blank, a dash placeholder, a number (zero included) and unreadable
 * text are four different states: a blank 公开 cell is 0 to an identity, a blank 自评表 cell is "not
 * reported", a dash says "none" on purpose, and unreadable text is never a number.
 */
export const Amount = z.discriminatedUnion('state', [
  z.object({ state: z.literal('blank'), printed: z.string() }),
  z.object({ state: z.literal('dash'), printed: z.string() }),
  z.object({
    state: z.literal('number'),
    /** As printed, e.g. `(1,246.25)`, `127,886,849`, `2.47万元`. */
    printed: z.string(),
    /** The value in the printed unit, exact. */
    value: DecimalSchema,
    /** Digits printed after the decimal point: the tolerance of every check on this number. */
    decimals: z.number().int().min(0),
    /** The unit the number is printed in, and where it was learnt; null when nothing says. */
    unit: MoneyUnit.nullable(),
    unitSource: z.enum(['cell', 'column', 'table']).nullable(),
    /** The value in 万元, exact; null when the unit is unknown. */
    wan: DecimalSchema.nullable(),
  }),
  z.object({ state: z.literal('unreadable'), printed: z.string(), reason: z.string() }),
]);
export type Amount = z.infer<typeof Amount>;

/** Where the unit of a cell can come from, most specific first. */
export interface UnitContext {
  /** From the column header, e.g. `年初预算数（万元）`. */
  column?: MoneyUnit | null;
  /** From the table's unit note, e.g. `金额单位：万元`. */
  table?: MoneyUnit | null;
}

/** A unit printed after the number in the cell itself (`2.47万元`). */
const UNIT_SUFFIX = /(亿元|千元|万元|元)$/;

/**
 * The money unit a note or header names: `单位：万元`, `金额单位:元`, `（万元）`, `单位：亿元`.
 * Null when it names none (单位：人, or no unit at all).
 */
export function unitOf(text: string): MoneyUnit | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /单位[:：]?(?:人民币)?(亿元|千元|万元|元)/.exec(t) ?? /[(（](亿元|千元|万元|元)[)）]/.exec(t);
  return m ? (m[1] as MoneyUnit) : null;
}

const DASH = /^[-‐‑‒–—―−~〜～/\\]+$/;
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

/** Reads one printed amount; the unit comes from the cell itself, else its column, else its table. */
export function parseAmount(printed: string, ctx: UnitContext = {}): Amount {
  let s = printed.normalize('NFKC').replace(/\s+/g, '');
  if (s === '') return { state: 'blank', printed };
  if (DASH.test(s)) return { state: 'dash', printed };
  s = s.replace(/^[¥￥]/, '');
  let cellUnit: MoneyUnit | null = null;
  const unitMatch = UNIT_SUFFIX.exec(s);
  if (unitMatch) {
    cellUnit = unitMatch[1] as MoneyUnit;
    s = s.slice(0, -unitMatch[1]!.length);
  }
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1]!;
  } else if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (!NUMBER.test(s)) {
    return { state: 'unreadable', printed, reason: /\d/.test(s) ? `not a well-formed number: "${s}"` : 'no number in the cell' };
  }
  const digits = s.replace(/,/g, '');
  const value = new Decimal(digits).times(negative ? -1 : 1);
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  const [unit, unitSource] = cellUnit
    ? ([cellUnit, 'cell'] as const)
    : ctx.column
      ? ([ctx.column, 'column'] as const)
      : ctx.table
        ? ([ctx.table, 'table'] as const)
        : ([null, null] as const);
  return { state: 'number', printed, value, decimals, unit, unitSource, wan: unit ? value.times(IN_WAN[unit]) : null };
}

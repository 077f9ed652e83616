import { Decimal } from 'decimal.js';
import { z } from 'zod';

/** How a target or an actual value compares: `≥95%`, `=100%`, a range `1--1.2万人`, or a plain value. */
export const Comparator = z.enum(['=', '>=', '>', '<=', '<', 'range', 'value']);
export type Comparator = z.infer<typeof Comparator>;

const DecimalSchema = z.custom<Decimal>((v) => Decimal.isDecimal(v), 'a Decimal');

/** A 年度指标值 / 实际完成值 / 执行率 cell read as a quantity, or as text when it states none. */
export const Quantity = z.discriminatedUnion('state', [
  z.object({ state: z.literal('blank'), printed: z.string() }),
  z.object({
    state: z.literal('quantity'),
    printed: z.string(),
    comparator: Comparator,
    /** The value, or the low end of a range. */
    value: DecimalSchema,
    /** The high end of a range; null otherwise. */
    high: DecimalSchema.nullable(),
    /** Digits after the decimal point of `value` as printed. */
    decimals: z.number().int().min(0),
    /** `%`, `万人`, `人`, `万元`, `个` …, as printed; null when none is printed. */
    unit: z.string().nullable(),
    /** The unit was not printed but taken from the column (94.9 in a 执行率 column is 94.9%). */
    unitFromColumn: z.boolean(),
  }),
  /** Qualitative text (确保养老金发放到位, 保障老有所养, 健全): no number to compare. */
  z.object({ state: z.literal('text'), printed: z.string(), text: z.string() }),
]);
export type Quantity = z.infer<typeof Quantity>;

const WORDS: [RegExp, Comparator][] = [
  [/^(?:大于等于|大于或等于|不低于|不少于|不小于|≥|>=|⩾)/, '>='],
  [/^(?:小于等于|小于或等于|不高于|不超过|不大于|≤|<=|⩽)/, '<='],
  [/^(?:大于|高于|超过|多于|>)/, '>'],
  [/^(?:小于|低于|少于|<)/, '<'],
  [/^(?:等于|=)/, '='],
];

const NUM = '(\\d+(?:\\.\\d+)?)';
const RANGE = new RegExp(`^${NUM}\\s*(?:--|-|–|—|~|～|至|到)\\s*${NUM}(.*)$`);
const SINGLE = new RegExp(`^${NUM}(.*)$`);

const decimalsOf = (s: string): number => (s.includes('.') ? s.split('.')[1]!.length : 0);

/**
 * Reads a target or an actual: `104.97%`, `=100%`, `≥95%`, `大于等于95%`, `1--1.2万人`, `0.63万人`,
 * `2020年全年` (text), and a bare `94.9` in a percent column (unit % from the column).
 */
export function parseQuantity(printed: string, opts: { percentColumn?: boolean } = {}): Quantity {
  let s = printed.normalize('NFKC').replace(/\s+/g, '');
  if (s === '') return { state: 'blank', printed };
  let comparator: Comparator = 'value';
  for (const [re, c] of WORDS) {
    const m = re.exec(s);
    if (m) {
      comparator = c;
      s = s.slice(m[0].length);
      break;
    }
  }
  const range = RANGE.exec(s);
  const single = range ? null : SINGLE.exec(s);
  const unitText = (range ? range[3] : single?.[2]) ?? '';
  // A number followed by more than a unit (2020年全年, 100万元以上的项目) is text, not a quantity.
  if ((!range && !single) || !/^(?:%|‰|[\p{Script=Han}]{0,3})$/u.test(unitText) || /^年/.test(unitText)) {
    return { state: 'text', printed, text: printed.normalize('NFKC').trim() };
  }
  const unit = unitText === '' ? (opts.percentColumn ? '%' : null) : unitText;
  if (range) {
    return {
      state: 'quantity',
      printed,
      comparator: 'range',
      value: new Decimal(range[1]!),
      high: new Decimal(range[2]!),
      decimals: decimalsOf(range[1]!),
      unit,
      unitFromColumn: unitText === '' && unit !== null,
    };
  }
  return {
    state: 'quantity',
    printed,
    comparator,
    value: new Decimal(single![1]!),
    high: null,
    decimals: decimalsOf(single![1]!),
    unit,
    unitFromColumn: unitText === '' && unit !== null,
  };
}

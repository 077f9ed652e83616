import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountSlot } from '../../src/extract/figure.js';
import { IN_WAN, type MoneyUnit, parseAmount } from '../../src/normalise/amount.js';
import { parseQuantity } from '../../src/normalise/target.js';

/** Digits printed with thousands separators: 1234567 → 1,234,567. */
const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** ASCII digits, signs and separators as full-width characters (NFKC folds them back). */
const fullWidth = (s: string): string => s.replace(/[0-9,.\-()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** An amount as disclosures print it, and the value it must read as. */
const printedAmount = fc
  .record({
    integer: fc.bigInt({ min: 0n, max: 99_999_999_999n }),
    decimals: fc.integer({ min: 0, max: 4 }),
    fraction: fc.nat({ max: 9999 }),
    negative: fc.boolean(),
    parens: fc.boolean(),
    separators: fc.boolean(),
    unit: fc.constantFrom<MoneyUnit | null>(null, '元', '万元', '亿元'),
    wide: fc.boolean(),
  })
  .map((a) => {
    const frac = a.decimals ? String(a.fraction % 10 ** a.decimals).padStart(a.decimals, '0') : '';
    const digits = a.integer.toString();
    const body = `${a.separators ? grouped(digits) : digits}${a.decimals ? `.${frac}` : ''}`;
    const signed = a.negative ? (a.parens ? `(${body})` : `-${body}`) : body;
    const text = `${signed}${a.unit ?? ''}`;
    return { ...a, printed: a.wide ? fullWidth(text) : text, value: new Decimal(`${a.negative ? '-' : ''}${digits}${a.decimals ? `.${frac}` : ''}`) };
  });

describe('amount parser properties', () => {
  it('reads every printed amount back exactly: value, decimals, unit and 万元', () => {
    fc.assert(
      fc.property(printedAmount, (a) => {
        const r = parseAmount(a.printed, { table: '万元' });
        expect(r.state).toBe('number');
        if (r.state !== 'number') return;
        expect(r.value.eq(a.value), `${a.printed} → ${r.value}`).toBe(true);
        expect(r.decimals).toBe(a.decimals);
        expect(r.unit).toBe(a.unit ?? '万元');
        expect(r.unitSource).toBe(a.unit ? 'cell' : 'table');
        expect(r.wan!.eq(a.value.times(IN_WAN[a.unit ?? '万元']))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same number with and without thousands separators', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.nat({ max: 99 }), (n, f) => {
        const plain = parseAmount(`${n}.${String(f).padStart(2, '0')}`);
        const sep = parseAmount(`${grouped(n.toString())}.${String(f).padStart(2, '0')}`);
        expect(plain.state === 'number' && sep.state === 'number' && plain.value.eq(sep.value)).toBe(true);
      }),
    );
  });

  it('never reads text without a well-formed number as a number', () => {
    const junk = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'合计小于大于约左右元万亿ABCxyz%#*'.split('')), minLength: 1, maxLength: 8 }),
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a}.${b}.${a}`),
      fc.nat().map((n) => `${n},${n % 100}`),
    );
    fc.assert(
      fc.property(junk, (s) => {
        const r = parseAmount(s);
        expect(['blank', 'dash', 'unreadable'], s).toContain(r.state);
      }),
    );
  });

  it('carries the half-unit of the printed precision into the figure, in 万元', () => {
    fc.assert(
      fc.property(printedAmount, (a) => {
        const slot = amountSlot(parseAmount(a.printed, { table: '万元' }), {
          kind: 'text',
          block: 'b0',
          start: 0,
          end: 1,
          quote: a.printed,
          provenance: { kind: 'file' },
        });
        if (slot.state !== 'number') throw new Error(a.printed);
        const scale = IN_WAN[a.unit ?? '万元'];
        expect(slot.figure.halfUnit.eq(new Decimal(0.5).times(new Decimal(10).pow(-a.decimals)).times(scale))).toBe(true);
        expect(slot.figure.value.eq(a.value.times(scale))).toBe(true);
      }),
    );
  });
});

describe('target and percent parser properties', () => {
  const comparators: [string, string][] = [
    ['≥', '>='],
    ['大于等于', '>='],
    ['不低于', '>='],
    ['≤', '<='],
    ['不超过', '<='],
    ['大于', '>'],
    ['小于', '<'],
    ['=', '='],
    ['', 'value'],
  ];

  it('reads comparator, value, decimals and unit of every target', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...comparators),
        fc.nat({ max: 100_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('%', '万人', '人', '个', ''),
        (cmp, n, d, unit) => {
          const printed = `${cmp[0]}${(n / 10 ** d).toFixed(d)}${unit}`;
          const q = parseQuantity(printed);
          expect(q.state, printed).toBe('quantity');
          if (q.state !== 'quantity') return;
          expect([q.comparator, q.value.toFixed(d), q.decimals, q.unit]).toEqual([cmp[1], (n / 10 ** d).toFixed(d), d, unit || null]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a range a--b as [a, b], and a bare number in a percent column as %', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999 }), fc.nat({ max: 999 }), fc.constantFrom('--', '-', '~', '至'), (a, b, sep) => {
        const q = parseQuantity(`${a / 10}${sep}${(a + b) / 10}万人`);
        expect(q.state === 'quantity' && q.comparator === 'range' && q.value.eq(a / 10) && q.high!.eq((a + b) / 10) && q.unit === '万人').toBe(true);
        const p = parseQuantity(`${a / 10}`, { percentColumn: true });
        expect(p.state === 'quantity' && p.unit === '%' && p.unitFromColumn).toBe(true);
      }),
    );
  });
});

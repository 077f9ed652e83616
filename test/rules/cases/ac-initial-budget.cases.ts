import type { StatedAmount } from '../../../src/extract/stated-amounts.js';
import type { PairCases } from '../../../src/rules/_lib/cross.js';
import { CZJ_2024_FA, CZJ_2025_BU, pairDocument, pairOf, reprinted } from '../../helpers/pairs.js';

/**
 * The fixtures hold no 预算 of the year of a 决算 they hold. The 2024 预算 of 财政局 stands in: a copy
 * of its 2025 预算 as 2024, printing for each 项 the 年初预算 the 2024 决算 states (1560.05 for
 * 2010601 行政运行 …, 2993.92 in all) — a consistent pair — and the same copy with lines reprinted.
 */
const AS_STATED: Record<string, string> = {
  'func:2010601': '1560.05',
  'func:2010602': '10.00',
  'func:2010607': '135.90',
  'func:2010608': '450.52',
  'func:2080501': '85.55',
  'func:2080505': '161.62',
  'func:2080506': '80.81',
  'func:2080599': '0.94',
  'func:2101101': '62.29',
  'func:2210201': '187.75',
  'func:2210203': '258.50',
  total: '2993.92',
  'sangong:total': '0.95',
};
const budget2024 = (extra: (s: StatedAmount[]) => StatedAmount[] = (s) => s) =>
  pairDocument(CZJ_2025_BU, {
    year: 2024,
    alter: (stated) =>
      extra(Object.entries(AS_STATED).reduce((s, [subject, v]) => reprinted((x) => x.own && x.split === 'total' && x.subject === subject, v)(s), stated)),
  });

export const cases: PairCases = {
  valid: [{ name: '财政局 2024 决算 against a 2024 预算 that prints the 年初预算 it states', pair: () => pairOf(pairDocument(CZJ_2024_FA), budget2024()) }],
  invalid: [
    {
      name: 'the 2024 预算 prints 2010601 行政运行 as 1570.05 and the 合计 as 3003.92',
      pair: () =>
        pairOf(
          pairDocument(CZJ_2024_FA),
          budget2024((s) =>
            reprinted(
              (x) => x.own && x.split === 'total' && x.subject === 'total',
              '3003.92',
            )(reprinted((x) => x.own && x.split === 'total' && x.subject === 'func:2010601', '1570.05')(s)),
          ),
        ),
      findings: 2,
    },
  ],
};

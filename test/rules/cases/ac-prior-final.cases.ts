import type { PairCases } from '../../../src/rules/_lib/cross.js';
import { CZJ_2024_FA, pairDocument, pairOf, reprinted } from '../../helpers/pairs.js';

/**
 * The fixtures hold no two consecutive 决算 of one body. The 2023 决算 of 财政局 stands in: a copy of
 * its 2024 决算 as 2023, printing the 一般公共预算财政拨款支出 the 2024 决算 implies for 2023
 * ("2940.05万元 … 与2023年度相比 … 减少63.14万元": 3003.19) — and the same copy with it reprinted.
 */
const final2023 = (total: string) =>
  pairDocument(CZJ_2024_FA, { year: 2023, alter: reprinted((x) => x.own && x.subject === 'total' && x.split === 'total' && x.source === 'fa05', total) });

export const cases: PairCases = {
  valid: [
    { name: '财政局 2024 决算 against a 2023 决算 whose total is what 2024 says of it', pair: () => pairOf(pairDocument(CZJ_2024_FA), final2023('3003.19')) },
  ],
  invalid: [{ name: 'the 2023 决算 prints its total as 3010.00', pair: () => pairOf(pairDocument(CZJ_2024_FA), final2023('3010.00')), findings: 1 }],
};

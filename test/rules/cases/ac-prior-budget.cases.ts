import type { PairCases } from '../../../src/rules/_lib/cross.js';
import { CZJ_2024_FA, CZJ_2025_BU, pairDocument, pairOf, reprinted, WANLI_2024, WANLI_2025 } from '../../helpers/pairs.js';

export const cases: PairCases = {
  valid: [
    // 万里街道 2025 预算: 比2024年预算增加3,355.65 (18,976.76 → 15,621.11), 三公 减少10 (47.91), 公务用车 46.56 and 购置费 25 — each as the 2024 预算 prints it.
    { name: '万里街道 2025 预算 against its 2024 预算 (real)', pair: () => pairOf(pairDocument(WANLI_2025), pairDocument(WANLI_2024)) },
  ],
  invalid: [
    {
      name: 'the 2024 预算 reprinted: its 合计 15,621.11 as 15,721.11 and 公务用车购置费 25 as 20',
      pair: () =>
        pairOf(
          pairDocument(WANLI_2025),
          pairDocument(WANLI_2024, {
            alter: (s) =>
              reprinted(
                (x) => x.own && x.subject === 'sangong:carBuy',
                '20',
              )(reprinted((x) => x.own && x.subject === 'total' && x.split === 'total' && x.source === 'bu05', '15721.11')(s)),
          }),
        ),
      findings: 2,
    },
    // Found in the real pair: the 2025 预算 says 2024's budget was 3,121.42 − 107.62 = 3,013.80; the 2024 决算 says its 年初预算 was 2,993.92.
    {
      name: '财政局 2025 预算 against the 年初预算 its 2024 决算 states (real)',
      pair: () => pairOf(pairDocument(CZJ_2025_BU), pairDocument(CZJ_2024_FA)),
      findings: 1,
    },
  ],
};

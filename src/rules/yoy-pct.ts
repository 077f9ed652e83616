import { checkYoy, isOrgRunning } from './_lib/yoy.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'yoy-pct',
  description: 'A YoY change amount and its percentage agree: p ≈ 100·Δ/(C ∓ Δ) (T-YOY)',
  messages: {
    zh: '{where}：{metric} 变动 {delta}，基数 {prior}，应为 {right}%，文中为 {left}%{hint}',
    en: '{where}: {metric} changed by {delta} on a base of {prior}, i.e. {right}%, but the text says {left}%{hintEn}',
  },
});

export const rule: Rule = { meta, check: (r) => checkYoy(meta, r, (y) => !isOrgRunning(y)) };
export default rule;

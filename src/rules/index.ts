import { RULES as BUDGET } from './_registry/budget.js';
import { RULES as FA } from './_registry/fa.js';
import { RULES as NARRATIVE } from './_registry/narrative.js';
import { RULES as PERFORMANCE } from './_registry/performance.js';
import type { Rule } from './_lib/types.js';

/** Every implemented rule. The catalogue (`_lib/catalogue.ts`) lists the rest as not implemented. */
export const RULES: readonly Rule[] = [...FA, ...BUDGET, ...PERFORMANCE, ...NARRATIVE];

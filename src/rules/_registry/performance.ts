import type { Rule } from '../_lib/types.js';

/** Rules of this family group, in catalogue order. Every rule file in src/rules/ is listed in exactly one registry. */
export const RULES: readonly Rule[] = [];

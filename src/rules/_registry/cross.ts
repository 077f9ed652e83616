import type { PairRule } from '../_lib/cross.js';
import { rule as acInitialBudget } from '../ac-initial-budget.js';
import { rule as acPriorBudget } from '../ac-prior-budget.js';
import { rule as acPriorFinal } from '../ac-prior-final.js';

/** The rules that check one document against another of the same body (AC); rules/cross-engine.ts runs them. */
export const CROSS_RULES: readonly PairRule[] = [acInitialBudget, acPriorFinal, acPriorBudget];

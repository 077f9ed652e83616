import type { Rule } from '../_lib/types.js';
import { rule as buFuncHierarchy } from '../bu-func-hierarchy.js';
import { rule as buItemAmount } from '../bu-item-amount.js';
import { rule as buItemLabel } from '../bu-item-label.js';
import { rule as buItemYoy } from '../bu-item-yoy.js';
import { rule as buRowSum } from '../bu-row-sum.js';
import { rule as buSangongSum } from '../bu-sangong-sum.js';

/** 部门/单位预算 table identities gongkai adds to the catalogue (AX). Every rule file in src/rules/ is listed in exactly one registry. */
export const RULES: readonly Rule[] = [buRowSum, buFuncHierarchy, buSangongSum, buItemAmount, buItemYoy, buItemLabel];

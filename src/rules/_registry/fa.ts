import type { Rule } from '../_lib/types.js';
import { rule as docDepartmentAgreement } from '../doc-department-agreement.js';
import { rule as docYearAgreement } from '../doc-year-agreement.js';
import { rule as textLint } from '../text-lint.js';
import { rule as rFa01IncomeTotal } from '../fa01-income-total.js';
import { rule as rFa01IncomeGrand } from '../fa01-income-grand.js';
import { rule as rFa01ExpenseTotal } from '../fa01-expense-total.js';
import { rule as rFa01ExpenseGrand } from '../fa01-expense-grand.js';
import { rule as rFa01Balance } from '../fa01-balance.js';
import { rule as rFa02RowSum } from '../fa02-row-sum.js';
import { rule as rFa03RowSum } from '../fa03-row-sum.js';
import { rule as rFaFuncHierarchy } from '../fa-func-hierarchy.js';
import { rule as rFa04IncomeTotal } from '../fa04-income-total.js';
import { rule as rFa04OpeningSplit } from '../fa04-opening-split.js';
import { rule as rFa04RowSum } from '../fa04-row-sum.js';
import { rule as rFa04Grand } from '../fa04-grand.js';
import { rule as rFa05RowSum } from '../fa05-row-sum.js';
import { rule as rFa06BasicSplit } from '../fa06-basic-split.js';
import { rule as rFa07SangongSum } from '../fa07-sangong-sum.js';
import { rule as rFa07CarSubtotal } from '../fa07-car-subtotal.js';
import { rule as rFa07FinalLeBudget } from '../fa07-final-le-budget.js';
import { rule as rFa08RowSum } from '../fa08-row-sum.js';
import { rule as rFa09RowSum } from '../fa09-row-sum.js';
import { rule as rFaEmptyTableNote } from '../fa-empty-table-note.js';
import { rule as rFaTablePresence } from '../fa-table-presence.js';
import { rule as rXt0102 } from '../xt-01-02.js';
import { rule as rXt0103 } from '../xt-01-03.js';
import { rule as rXt0104 } from '../xt-01-04.js';
import { rule as rXt0405 } from '../xt-04-05.js';
import { rule as rXt0305 } from '../xt-03-05.js';
import { rule as rXt0408 } from '../xt-04-08.js';
import { rule as rXt0409 } from '../xt-04-09.js';
import { rule as rXt0506 } from '../xt-05-06.js';
import { rule as rXt0607 } from '../xt-06-07.js';
import { rule as rXt0203Func } from '../xt-02-03-func.js';

/** 部门决算 table identities (A3), cross-table agreement (A4) and the document-level rules gongkai adds (AX), in catalogue order. Every rule file in src/rules/ is listed in exactly one registry. */
export const RULES: readonly Rule[] = [
  rFa01IncomeTotal,
  rFa01IncomeGrand,
  rFa01ExpenseTotal,
  rFa01ExpenseGrand,
  rFa01Balance,
  rFa02RowSum,
  rFa03RowSum,
  rFaFuncHierarchy,
  rFa04IncomeTotal,
  rFa04OpeningSplit,
  rFa04RowSum,
  rFa04Grand,
  rFa05RowSum,
  rFa06BasicSplit,
  rFa07SangongSum,
  rFa07CarSubtotal,
  rFa07FinalLeBudget,
  rFa08RowSum,
  rFa09RowSum,
  rFaEmptyTableNote,
  rFaTablePresence,
  rXt0102,
  rXt0103,
  rXt0104,
  rXt0405,
  rXt0305,
  rXt0408,
  rXt0409,
  rXt0506,
  rXt0607,
  rXt0203Func,
  docDepartmentAgreement,
  docYearAgreement,
  textLint,
];

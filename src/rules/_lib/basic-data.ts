import type { BdColumn } from '../../extract/records.js';

/** The 基础数据表's amount columns with the words a finding names them by. */
export const BD_COLUMNS: [BdColumn, string][] = [
  ['curFin', '当年决算'],
  ['curBud', '当年预算'],
  ['prevFin', '上年决算'],
];

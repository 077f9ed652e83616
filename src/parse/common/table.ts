import type { Table } from '../../model/index.js';

/** What a table builder knows; title and unit note are attached later from the blocks above it. */
export type TableFields = Pick<Table, 'index' | 'order' | 'pages' | 'parent' | 'nRows' | 'nCols' | 'headerRows' | 'cells' | 'provenance' | 'report'>;

/** A model table with its id from its index, and no title or unit note yet. */
export const newTable = (f: TableFields): Table => ({ id: `t${f.index}`, title: null, titleBlock: null, unitNote: null, unitBlock: null, ...f });

import type { LineItem } from '../line-items.js';
import type { TableInfo } from '../records.js';
import type { FaRecords } from './schema.js';

export function faRecords(_items: LineItem[], _tables: TableInfo[]): FaRecords {
  return {};
}

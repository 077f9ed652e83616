import SSF from 'ssf';

/** What a spreadsheet cell shows and what it stores, before it is placed on a grid. */
export interface SheetValue {
  /** The text a reader sees: the stored value with the cell's number format applied. */
  printed: string;
  /** The stored value as text, when it differs from `printed` (model: OriginCell.value). */
  stored?: string;
  /** A formula whose result the file does not store (nothing to print without recalculating). */
  formulaWithoutValue?: boolean;
  /** The number format could not be applied; the number is printed as Excel's General format would. */
  formatUnread?: string;
}

/** Days from Excel's day 0 (1899-12-30, so that the 1900 leap-year bug is kept) to the Unix epoch. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Day 0 of a workbook saved with the 1904 date system. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Line breaks as the model keeps them: `\n` (Excel stores `\r\n` or `_x000D_\n` inside cells). */
const lines = (s: string): string => s.replace(/\r\n?/g, '\n');

/** A number with a format code, as Excel prints it; General when the code cannot be applied. */
function formatNumber(n: number, fmt: string | undefined): SheetValue {
  const stored = String(n);
  const code = fmt && fmt.trim() !== '' ? fmt : 'General';
  try {
    return withStored(SSF.format(code, n), stored);
  } catch {
    return { ...withStored(SSF.format('General', n), stored), formatUnread: code };
  }
}

const withStored = (printed: string, stored: string): SheetValue => (printed === stored ? { printed } : { printed, stored });

/** The serial day number a date cell stores (exceljs hands dates over as Date objects, in UTC). */
const serial = (d: Date, date1904: boolean): number => (d.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / 86_400_000;

/**
 * The printed text and stored value of an exceljs cell value under its number format. Values are
 * null, numbers, strings, booleans, Dates, rich text (`{ richText }`), hyperlinks (`{ text }`),
 * formulas (`{ formula | sharedFormula, result }`) and errors (`{ error }`).
 */
export function printedValue(value: unknown, numFmt: string | undefined, date1904: boolean): SheetValue {
  if (value === null || value === undefined) return { printed: '' };
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, numFmt) : { printed: String(value) };
  if (typeof value === 'string') return { printed: lines(value) };
  if (typeof value === 'boolean') return { printed: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    const n = serial(value, date1904);
    return Number.isFinite(n) ? formatNumber(n, numFmt && numFmt !== 'General' ? numFmt : 'yyyy-mm-dd') : { printed: '' };
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return { printed: lines(v.richText.map((r: { text?: unknown }) => (typeof r?.text === 'string' ? r.text : '')).join('')) };
    if ('error' in v) return { printed: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) {
      if (v.result === undefined || v.result === null) return { printed: '', formulaWithoutValue: true };
      return printedValue(v.result, numFmt, date1904);
    }
    if ('text' in v) return printedValue(v.text, numFmt, date1904);
  }
  return { printed: '' };
}

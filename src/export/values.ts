import type { Column } from './tables.js';

/** RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record (CRLF-terminated, as RFC 4180 has it). */
export const csvRecord = (values: readonly unknown[]): string => values.map(csvField).join(',') + '\r\n';

const isJson = (s: string): boolean => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

/**
 * One JSON Lines record. A decimal stays a string (JSON numbers are read back as floats by most
 * readers); a JSON column is embedded as the stored JSON text itself, byte for byte, so nothing in
 * it is re-encoded (a column whose text is not valid JSON is written as a string).
 */
export function jsonlRecord(columns: readonly Column[], values: readonly unknown[]): string {
  const parts = columns.map((c, i) => {
    const v = values[i];
    let out: string;
    if (v === null || v === undefined) out = 'null';
    else if (c.type === 'json' && typeof v === 'string' && isJson(v)) out = v;
    else if (c.type === 'integer' && typeof v === 'number') out = String(v);
    else out = JSON.stringify(typeof v === 'bigint' ? v.toString() : String(v));
    return `${JSON.stringify(c.name)}:${out}`;
  });
  return `{${parts.join(',')}}\n`;
}

/** Digits Excel keeps of a number: it reads and shows at most 15 significant digits. */
const EXCEL_DIGITS = 15;
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

/**
 * The text of an xlsx number cell for an exact decimal string, or null when it must stay text: only
 * a canonical decimal (no exponent, no leading zeros, no trailing fractional zeros) of at most 15
 * significant digits whose JS number prints back as the very same string. Such a number is the
 * nearest double to the decimal and Excel reads, shows and sums it as that decimal; anything else
 * (more digits, `1.10`-style text) is written as a string so no digit changes.
 */
export function xlsxNumber(s: string): string | null {
  if (!DECIMAL.test(s) || s === '-0') return null;
  const digits = s.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  if (digits.length > EXCEL_DIGITS) return null;
  const n = Number(s);
  if (!Number.isFinite(n) || String(n) !== s) return null;
  return s;
}

/** Places a number format shows at most (finer digits are in the cell's value, and exact in csv and jsonl). */
export const XLSX_MAX_PLACES = 6;

/**
 * An exact decimal string as an xlsx number cell: its value (the nearest double, as JavaScript
 * prints it), the places its number format shows (the decimal's own, at most six), and whether the
 * double is the decimal exactly. Null for text that is not a decimal.
 */
export function xlsxDecimal(s: string): { v: string; places: number; exact: boolean } | null {
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  const places = Math.min(XLSX_MAX_PLACES, s.split('.')[1]?.replace(/0+$/, '').length ?? 0);
  return { v: String(n === 0 ? 0 : n), places, exact: xlsxNumber(s) !== null };
}

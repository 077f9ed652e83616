import { isTitle, UNIT_NOTE } from './roles.js';

/**
 * The title strip printed over a disclosure table: its title, table number, 部门, year and unit
 * note, as lines above it (深圳's 表1 / 收支总表 / 部门名称：… / 单位：万元), as a one-row table of its
 * own (江苏's and the central 决算's `部门：… | 2020年度 | 公开01表 金额单位：元`), or as the first rows
 * of the table's grid. Each piece of text is recognised alone; a strip is text made only of them.
 */
export type StripPiece =
  | { kind: 'title'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'department'; text: string; name: string }
  | { kind: 'year'; text: string; year: number }
  | { kind: 'unit'; text: string }
  | { kind: 'continued'; text: string }
  /** 填报时间：2023年2月20日: part of the strip, of no use to the table. */
  | { kind: 'date'; text: string };

const compact = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');

/** 公开01表, 公开 02 表, 预算01表, 决算表01, 表1, 表 3-1, 附表2. */
const NUMBER = /^(?:(?:公开|预算|决算|部门|附)\d{1,2}(?:[-－—]\d{1,2})?表|(?:附)?表\d{1,2}(?:[-－—]\d{1,2})?|(?:公开|预算|决算)表\d{1,2})$/;
/** A table number opening a title: 表1：收支总表, 预算01表收支总表, 公开02表 收入决算表. */
export const NUMBER_PREFIX = /^((?:公开|预算|决算)\d{1,2}(?:[-－—]\d{1,2})?表|(?:附)?表\s*\d{1,2}(?:\s*[-－—]\s*\d{1,2})?)\s*[:：、.．]?\s*/;
/** 部门：…, 部门名称：…, 单位名称：…, 填报单位：…, 预算单位：… (单位：万元 is a unit note, tried first). */
const DEPARTMENT = /^(?:部门|单位|部门名称|单位名称|预算单位|填报单位|编制单位|主管部门)\s*[:：]\s*(\S.*)$/;
/** 单位：人 / 单位：个 is a table's measure, not a body. */
const MEASURE = /^(?:人|人次|个|辆|台|套|项|次|户|家|所|%|％|平方米|[万千亿]?元|万人)$/;
const DATE = /^(?:填报|编制|填表|打印)?(?:时间|日期)\s*[:：]/;
const YEAR = /^[（(]?((?:19|20)\d{2})\s*年度?[）)]?$/;
/** 续表, 续表1, （续）, 续. */
export const CONTINUED = /^[（(]?续(?:表)?\s*\d{0,2}[）)]?$/;
const UNIT_ONLY = new RegExp(`^${UNIT_NOTE.source}$`);

/** One piece of a strip, or null when the text is something else. */
export function stripPiece(text: string): StripPiece | null {
  const t = text.trim();
  const c = compact(t);
  if (c === '') return null;
  if (UNIT_ONLY.test(c)) return { kind: 'unit', text: t };
  if (NUMBER.test(c)) return { kind: 'number', text: t };
  if (CONTINUED.test(c)) return { kind: 'continued', text: t };
  const year = YEAR.exec(c);
  if (year) return { kind: 'year', text: t, year: Number(year[1]) };
  if (DATE.test(c)) return { kind: 'date', text: t };
  const dept = DEPARTMENT.exec(t.replace(/^[\s\u3000]+/, ''));
  if (dept && !/[。；;:：]/.test(dept[1]!) && !MEASURE.test(compact(dept[1]!))) return { kind: 'department', text: t, name: dept[1]!.trim() };
  if (isTitle(t)) return { kind: 'title', text: t };
  return null;
}

/**
 * The pieces of a line, a block or a cell when every piece of it belongs to a strip; null otherwise.
 * Pieces are the lines, the parts of a line set apart by wide spaces (`部门：国家信访局    金额单位：万元`),
 * its words when each is a piece (`填报单位：… 单位：万元 填报时间：…`), and a unit note closing a piece
 * (`公开06表金额单位：元`).
 */
export function stripPieces(text: string): StripPiece[] | null {
  const parts = text
    .split(/\n|[ \t]{2,}|\u3000+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (parts.length === 0) return null;
  const out: StripPiece[] = [];
  for (const p of parts) {
    const piece = splitWords(p) ?? stripPiece(p) ?? splitUnitTail(p);
    if (!piece) return null;
    out.push(...(Array.isArray(piece) ? piece : [piece]));
  }
  return out;
}

/**
 * A line of pieces set apart by single spaces, as HTML prints them (`部门：株洲市社会保险服务中心
 * 2021年度 公开01表`): every word a piece. Null when one word is not (a 部门 name may hold a space).
 */
function splitWords(text: string): StripPiece[] | null {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return null;
  const pieces = words.map(stripPiece);
  return pieces.every((p): p is StripPiece => p !== null) ? pieces : null;
}

/** `部门：国家信访局 金额单位：万元` on one line, or `公开01表 金额单位：元`: the piece before the unit note, then the note. */
function splitUnitTail(text: string): StripPiece[] | null {
  const m = UNIT_NOTE.exec(text);
  if (!m || m.index === 0 || text.slice(m.index + m[0].length).trim() !== '') return null;
  const head = stripPiece(text.slice(0, m.index));
  return head && head.kind !== 'unit' ? [head, { kind: 'unit', text: m[0].trim() }] : null;
}

/** What a strip says about its table. */
export interface StripFacts {
  title?: string;
  number?: string;
  department?: string;
  year?: number;
  unit?: string;
  continued?: boolean;
}

/**
 * The facts of a run of strip pieces, or null when they name two of one thing (two titles, two
 * numbers): a list of tables (目录) is made of the same pieces, and is no strip.
 */
export function stripFacts(pieces: readonly StripPiece[]): StripFacts | null {
  const f: StripFacts = {};
  for (const p of pieces) {
    switch (p.kind) {
      case 'title':
        if (f.title !== undefined) return null;
        f.title = p.text;
        break;
      case 'number':
        if (f.number !== undefined) return null;
        f.number = compact(p.text);
        break;
      case 'department':
        if (f.department !== undefined) return null;
        f.department = p.name;
        break;
      case 'year':
        if (f.year !== undefined) return null;
        f.year = p.year;
        break;
      case 'unit':
        if (f.unit !== undefined) return null;
        f.unit = p.text;
        break;
      case 'continued':
        f.continued = true;
        break;
      case 'date':
        break;
    }
  }
  return f;
}

/** The number a title opens with (表1：收支总表 → 表1), compacted; null when it opens with none. */
export function titleNumber(title: string): string | null {
  const m = NUMBER_PREFIX.exec(title.trim());
  return m && m[0].length < title.trim().length ? compact(m[1]!) : null;
}

/**
 * A title as a reader compares two of them: no spaces, no number in front, no 续表 mark
 * (收支总表（续） is 收支总表).
 */
export function titleKey(title: string): string {
  return compact(title)
    .replace(NUMBER_PREFIX, '')
    .replace(/[（(]续(?:表)?\d{0,2}[）)]$|^续表\d{0,2}[:：]?/, '');
}

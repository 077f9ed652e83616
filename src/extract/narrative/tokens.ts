import { Decimal } from 'decimal.js';
import { IN_WAN } from '../../normalise/amount.js';
import { type Figure, halfUnitOf } from '../figure.js';
import { metricOf } from './metrics.js';
import { type Sentence, refOf } from './sentences.js';

/** What a printed number with its unit is, before facts are built from it. */
export type Kind = 'money' | 'percent' | 'persons' | 'count' | 'other';

/** One number-with-unit in a sentence, with the words printed before it. */
export interface Token {
  /** Offsets in the sentence text, [start, end) over the number and its unit. */
  start: number;
  end: number;
  kind: Kind;
  /** The unit as printed (万元, 元, 亿, %, 万人, 人, 个, 辆 …). */
  printedUnit: string;
  figure: Figure;
  /** Text from the last clause break or number before it up to the number. */
  label: string;
  /** Text from the previous number (or the sentence start) up to the number. */
  between: string;
  /** 0 at top level; otherwise the index (1-based) of the parenthesised group it sits in. */
  paren: number;
  /** Whether the number stands after 原因 (a reason's numbers are not the sentence's facts). */
  inReason: boolean;
  /** The number was printed without the % its label calls for (`满意度94.9`). */
  bare?: boolean;
  /** Why the figure itself is in doubt (letter-spaced digits that did not rejoin to one well-formed number). */
  uncertain?: string;
}

const NUMBER = /(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|亿元|元|万人|人次|人|亿|%|个|辆|份|家|分|条|台|次|户|项|名|套|万(?=\s*$))?/g;
const BREAK = /[，,。；;：:（）()！？]/;

const kindOf = (unit: string): Kind => {
  if (/^(?:万元|亿元|元|亿)$/.test(unit)) return 'money';
  if (unit === '%') return 'percent';
  if (unit === '人' || unit === '万人') return 'persons';
  if (/^(?:个|辆|份|台|套|家)$/.test(unit)) return 'count';
  return 'other';
};

/** Money into 万元, exactly, with the printed half-unit scaled the same way. */
function figureOf(s: Sentence, start: number, end: number, digits: string, unit: string, kind: Kind): Figure {
  const plain = digits.replace(/,/g, '');
  const decimals = plain.includes('.') ? plain.split('.')[1]!.length : 0;
  const value = new Decimal(plain);
  const evidence = refOf(s, start, end);
  const printed = s.text
    .slice(start, end)
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (kind === 'money') {
    const scale = unit === '亿' || unit === '亿元' ? IN_WAN['亿元'] : unit === '元' ? IN_WAN['元'] : IN_WAN['万元'];
    return { value: value.times(scale), halfUnit: halfUnitOf(decimals, scale), decimals, printed, unit: '万元', evidence };
  }
  return { value, halfUnit: halfUnitOf(decimals), decimals, printed, unit: unit || null, evidence };
}

/** A clause that a reason's list of points runs on with ("二是…", "（2）…"), not a new statement. */
const REASON_POINT = /^\s*(?:[一二三四五六七八九十]是|其[一二三]|首先|其次|再次|最后|另一方面|一方面|[(（]?\d+[)）.、]|[(（][一二三四五六七八九十]+[)）])/;
const MONEY_AT = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|亿元|元)/;
const YOY_AFTER = /(?:比|较|与)\s*(?:上年|上一年|去年|\d{4}\s*年)/;

/**
 * Whether an offset stands in a reason ("主要原因是…"): from 原因/由于/因为 to the end of the sentence, or to
 * the ；that opens a new statement — a clause led by an amount whose label names a metric or that a YoY
 * comparison follows (广州 2026: "…主要原因是一是…；三是…预算安排；支出预算16,410.71万元，比上年减少…").
 */
function reasonSpans(t: string): (at: number) => boolean {
  const spans: [number, number][] = [];
  for (const m of t.matchAll(/原因|由于|因为/g)) {
    const from = m.index!;
    if (spans.some(([a, b]) => from >= a && from < b)) continue;
    let to = t.length;
    for (const sc of t.slice(from).matchAll(/[；;]/g)) {
      const at = from + sc.index! + 1;
      const clause = t.slice(at).split(/[；;]/)[0]!;
      const money = MONEY_AT.exec(clause);
      if (!money || REASON_POINT.test(clause)) continue;
      const label =
        clause
          .slice(0, money.index)
          .split(/[，,：:]/)
          .at(-1) ?? '';
      if (/原因|由于|因为/.test(clause.slice(0, money.index))) continue;
      if (metricOf(label) !== null || YOY_AFTER.test(clause.slice(money.index))) {
        to = at;
        break;
      }
    }
    spans.push([from, to]);
  }
  return (at) => spans.some(([a, b]) => at > a && at < b);
}

/** Every number with a unit in a sentence, left to right. A number without a unit is not a fact, except a bare rate. */
export function tokensOf(s: Sentence): Token[] {
  const t = s.text;
  // （类）（款）（项）（境） annotate a name; they neither break a label nor open a group.
  const mask = t.replace(/[（(](类|款|项|境)[)）]/g, (m) => `〔${m.slice(1, -1)}〕`);
  const out: Token[] = [];
  // Parenthesis groups: group id per character.
  const group: number[] = [];
  let depth = 0;
  let gid = 0;
  let current = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = mask[i]!;
    if (ch === '（' || ch === '(') {
      if (depth === 0) current = ++gid;
      depth++;
    }
    group.push(depth > 0 ? current : 0);
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  const inReason = reasonSpans(t);
  let prevEnd = 0;
  for (const m of t.matchAll(NUMBER)) {
    // A rejoined letter-spaced number stands at the front of its run, the run's spaces after it.
    const run = s.spaced.find((r) => m.index! >= r.start && m.index! < r.end);
    const start = m.index!;
    // "2.94万" ending a block whose next one opens with "元" (002 PDF page break): 万元.
    const unit = m[3] === '万' ? (s.open ? '万元' : '') : (m[3] ?? '');
    if (m[3] === '万' && !unit) continue;
    const before = t.slice(prevEnd, start);
    const end = m.index! + m[0].length;
    let bare = false;
    if (!unit) {
      // A rate printed without % (001 自评 "94.9"; narrative "满意度达到98"): kept so percent-unit-missing can see it.
      if (!/(?:率|满意度)(?:达到|达|为)?\s*$/.test(before) || /^\d{4}$/.test(m[1]!) || /^\s*[年月日号]/.test(t.slice(end))) {
        continue;
      }
      bare = true;
    }
    // "单位价值50万元以上设备8台" (长沙 2025): a threshold that qualifies what is counted, not an amount.
    const threshold = /^\s*(?:[(（]含[)）])?\s*(?:及)?(?:以上|以下|以内)/.test(t.slice(end));
    const kind = bare ? 'percent' : threshold ? 'other' : kindOf(unit);
    let ls = start;
    while (ls > prevEnd && !BREAK.test(mask[ls - 1]!)) ls--;
    out.push({
      start,
      end,
      kind,
      printedUnit: bare ? '' : unit,
      figure: figureOf(s, start, end, m[1]! + (m[2] ?? ''), bare ? '%' : unit, kind),
      label: t.slice(ls, start).trim(),
      between: before,
      paren: group[start] ?? 0,
      inReason: inReason(start),
      ...(bare ? { bare } : {}),
      ...(run && !run.clean ? { uncertain: `letter-spaced digits "${s.text.slice(run.start, run.end).trim()}" do not rejoin to one well-formed number` } : {}),
    });
    prevEnd = end;
  }
  return out;
}

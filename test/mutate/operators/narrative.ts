/**
 * Faults in the running text, planted where the document's truth file says a reader finds the
 * statement: a figure the truth says restates a table cell, changed; a direction word of a stated
 * change flipped; a stated share, change or rate changed; the 万元 after a restated figure printed as
 * 元. The sentence is found by its quote (locate.ts); a statement the parse prints over two blocks,
 * or with its digits spaced out, is not planted in.
 */
import { Decimal } from 'decimal.js';
import type { TruthStatement } from '../../accuracy/truth.js';
import type { Operator, PlantContext } from '../context.js';
import { editText } from '../edit.js';
import type { Expectation, Fault } from '../fault.js';
import { type Located, locateNumber, locateQuote } from '../locate.js';
import { moved, printLike, readPrinted } from '../printed.js';
import { DIRECTION_RULES, familyOf, NARRATIVE_RULES, PERCENT_RULES, TEXT_TABLE_RULES, union } from '../rule-sets.js';

const MONEY = new Set(['元', '万元', '亿元']);

interface Site {
  s: TruthStatement;
  quote: Located;
  number: { start: number; end: number };
  text: string;
}

/** A statement whose figure is printed once in its quote, as a whole number the parse kept together. */
function site(ctx: PlantContext, s: TruthStatement): Site | null {
  const quote = locateQuote(ctx.doc.blocks, s.quote);
  if (!quote) return null;
  const text = ctx.doc.blocks.find((b) => b.id === quote.block)!.text;
  const first = locateNumber(text, quote.start, quote.end, s.value, 0);
  if (!first || locateNumber(text, quote.start, quote.end, s.value, 1)) return null;
  if (ctx.busy({ kind: 'text', block: quote.block, start: first.start, end: first.end })) return null;
  return { s, quote, number: first, text };
}

const sites = (ctx: PlantContext, keep: (s: TruthStatement) => boolean): Site[] => {
  const seen = new Set<string>();
  const out: Site[] = [];
  for (const s of ctx.truth?.statements ?? []) {
    if (!keep(s)) continue;
    const x = site(ctx, s);
    const key = x ? `${x.quote.block}:${x.number.start}` : '';
    if (!x || seen.has(key)) continue;
    seen.add(key);
    out.push(x);
  }
  return out;
};

/** A text fault: replace [start, end) of the block by `text`; the place is the replaced span (or `place`). */
function textFault(
  kind: Fault['kind'],
  x: Site,
  start: number,
  end: number,
  text: string,
  what: string,
  expect: Expectation,
  place?: { start: number; end: number },
): Fault {
  const block = x.quote.block;
  return {
    kind,
    id: `${kind} ${block}:${start}`,
    what: `${what} — «${x.text.slice(Math.max(x.quote.start, start - 24), Math.min(x.quote.end, end + 24)).replace(/\s+/g, ' ')}»`,
    places: [{ kind: 'text', block, ...(place ?? { start, end }) }],
    expect,
    shift: { text: { block, from: start + text.length, by: end - start - text.length } },
    apply: (doc) => editText(doc, block, start, end, text),
  };
}

/**
 * The rule whose job it is to compare a restated figure with the table it restates, by that table's
 * kind; null when the catalogue makes the comparison an info: 机关运行经费 is "normally = 06 公用经费
 * (info if it differs)" (fan-org-running), so a truth that reads it off the 公用经费 line names a
 * likeness, not an identity.
 */
function restatingRule(ctx: PlantContext, s: TruthStatement): string | null {
  if (/机关运行经费/.test(s.subject) && !/机关运行/.test([s.equals?.row ?? '', ...(s.equals?.column ?? [])].join(''))) return null;
  const kind = ctx.truth?.tables.find((t) => t.id === s.equals?.table)?.kind ?? '';
  const code = s.equals?.code ?? '';
  if (/^fa0[1-4]$/.test(kind)) return 'fan-total';
  if (kind === 'fa05' && code.length === 7) return 'fan-item-detail';
  if (kind === 'fa06') return 'fan-basic-split';
  if (kind === 'fa07') return 'fan-sangong';
  if (/^bu/.test(kind) && code.length === 7) return 'bu-item-amount';
  return 'same-quantity-agreement';
}

/** A figure the truth says restates a table cell, changed (its printed precision kept). */
export const narrativeFigureFaults: Operator = (ctx) =>
  sites(ctx, (s) => s.equals !== null && s.unit !== null && MONEY.has(s.unit)).flatMap((x) => {
    const p = readPrinted(x.s.value);
    if (!p || p.value.isZero()) return [];
    const raw = printLike(p, moved(p, x.number.start % 2 === 0, new Decimal(10).pow(-p.decimals).times(50)));
    const primary = restatingRule(ctx, x.s);
    // The table comparison is the rule's job; a share, change or sum the sentence states of the same figure breaks too, and reports it as truly.
    const expect: Expectation = primary
      ? { must: union([primary], TEXT_TABLE_RULES, NARRATIVE_RULES), may: [], family: familyOf(primary) }
      : { undetectable: '机关运行经费 read off the 公用经费 line: the catalogue compares them as an info (fan-org-running)', must: [], may: [], family: 'A5' };
    return [textFault('narrative-figure', x, x.number.start, x.number.end, raw, `${x.s.subject} ${x.s.value} → ${raw}`, expect)];
  });

const FLIP: Record<string, string> = { 增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长', 上升: '下降', 降低: '提高', 提高: '降低' };
const WORD = /增加|减少|增长|下降|上升|降低|提高/g;

/**
 * A direction word of a stated change flipped, in a statement that states the change twice (an
 * amount and a rate, 增加 2.55 万元，增长 1.40%): the statement then contradicts itself. Words in
 * brackets (a template's 增加（减少）) and in a 主要原因 clause are left alone.
 */
export const directionFaults: Operator = (ctx) =>
  sites(ctx, (s) => s.role === 'change').flatMap((x) => {
    const clause = x.text.slice(x.quote.start, x.quote.end);
    const words = [...clause.matchAll(WORD)].filter((m) => !/[（(]$/.test(clause.slice(0, m.index)) && !/原因/.test(clause.slice(0, m.index)));
    if (words.length !== 2) return [];
    const m = words[x.number.start % 2]!;
    const start = x.quote.start + m.index;
    const flipped = FLIP[m[0]]!;
    const expect: Expectation = { must: DIRECTION_RULES, may: DIRECTION_RULES, family: familyOf(DIRECTION_RULES[0]!) };
    return [
      textFault('direction', x, start, start + m[0].length, flipped, `${x.s.subject}: ${m[0]} → ${flipped}`, expect, {
        start: x.quote.start,
        end: x.quote.end,
      }),
    ];
  });

/** The rule that recomputes a percentage of each role. */
const PERCENT_RULE: Record<string, string> = { share: 'pct-share', change: 'yoy-pct', rate: 'completion-rate' };

/** A stated share, change or completion rate, changed: a share stays at most 100%. */
export const percentFaults: Operator = (ctx) =>
  sites(ctx, (s) => s.unit === '%' && s.role in PERCENT_RULE).flatMap((x) => {
    if (!/^\s*[%％]/.test(x.text.slice(x.number.end))) return [];
    const p = readPrinted(x.s.value);
    if (!p || p.value.isZero()) return [];
    const floor = Decimal.max(1, new Decimal(10).pow(-p.decimals).times(20));
    let v = moved(p, x.number.start % 2 === 0, floor, 0.2);
    if (x.s.role !== 'change' && v.gt(100)) v = moved(p, false, floor, 0.2);
    const raw = printLike(p, v);
    const primary = PERCENT_RULE[x.s.role]!;
    const expect: Expectation = { must: union([primary], PERCENT_RULES), may: union(NARRATIVE_RULES, TEXT_TABLE_RULES), family: familyOf(primary) };
    return [textFault('percent', x, x.number.start, x.number.end, raw, `${x.s.subject} ${x.s.value}% → ${raw}%`, expect)];
  });

/** 万元 after a figure the truth says restates a table cell, printed as 元: the figure is then 10,000 times too small. */
export const unitTextFaults: Operator = (ctx) =>
  sites(ctx, (s) => s.equals !== null && s.unit === '万元' && restatingRule(ctx, s) !== null).flatMap((x) => {
    const after = /^\s*万元/.exec(x.text.slice(x.number.end));
    if (!after) return [];
    const start = x.number.end + after[0].length - 2;
    const expect: Expectation = { must: [], may: [], family: 'unit-suspect (gate)', unit: true };
    if (readPrinted(x.s.value)?.value.isZero()) expect.undetectable = 'a zero is zero in any unit';
    return [
      textFault('unit-text', x, start, start + 2, '元', `${x.s.subject} ${x.s.value}万元 → ${x.s.value}元`, expect, { start: x.number.start, end: start + 2 }),
    ];
  });

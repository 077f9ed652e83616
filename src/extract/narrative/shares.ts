import { bareLabel, columnOf, metricOf, scopeOf } from './metrics.js';
import type { Reading } from './reading.js';
import type { Binding, FactOf, Labelled, NarrativeFact } from './schema.js';

/**
 * The base of a share "a 占 p%": what the sentence or its lead names, never the item before it.
 * - "占 X 的 p%": the X the text stated last (of the same funding scope);
 * - a 其中 list's shares: the breakdown's total;
 * - a list "a 占 x%；b 占 y%；c 占 z%" shares one base: the amount its lead states before the list
 *   ("财政拨款支出 13733.8 万元，主要用于以下方面：…"), else the total its lead or its section's title names
 *   ("支出包括：…" → 支出; 杭州 2026 二(五)2 "一般公共预算当年拨款结构情况" → the 当年拨款 of 二(五)1), else,
 *   for a list, its section's own total, uncertainly.
 */

type Amount = FactOf<'amount'>;

const DOCUMENT_TOTALS = new Set(['收入', '支出', '收支总计', '财政拨款收支总计', '一般公共预算财政拨款支出', '基本支出', '项目支出', '三公经费', '政府采购']);

export interface ShareBase {
  baseLabel: string;
  baseMetric: string | null;
  base: Labelled | null;
  binding: Binding;
}

/** The base as printed after 占, without the words around it: 占本部门支出总额的 → 支出. */
export function cleanBase(printed: string): string {
  return printed
    .replace(/[（(][^（()）]*[)）]/g, '')
    .replace(/(?:为|是|达到|达|约)$/, '')
    .replace(/^(?:本单位|本部门|我单位|我部门|部门|单位|全部|全年|年度)/, '')
    .replace(/(?:的)?(?:比重|比例|份额)$/, '')
    .replace(/(?:总额|总数|金额|总计|合计)$/, '')
    .replace(/^总(?=支出|收入)/, '');
}

const SUBJECT_NOISE = /^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）、.．])\s*|(?:结构|构成|规模|变化|具体使用|使用)?(?:情况|说明|分析)+[。.]?$|[（(]详见.*$/g;

/** The subject a section's title names: "2.一般公共预算当年拨款结构情况。" → 一般公共预算当年拨款. */
export function titleSubject(title: string): string {
  let t = title.replace(/\s+/g, '');
  for (let i = 0; i < 3; i++) t = t.replace(SUBJECT_NOISE, '');
  return t.replace(/^(?:关于)?(?:20\d{2}年(?:度)?)?/, '').replace(/的$/, '');
}

/** Words as compared: no spaces, no 财政 (一般公共预算当年拨款 = 一般公共预算当年财政拨款). */
const words = (s: string): string => s.replace(/\s+/g, '').replace(/财政/g, '');

/**
 * The department's 收入 or 支出 as a label prints it ("2026 年支出预算", "本年收入合计"), with the 本年 it
 * carries or not: 本年支出 (基本 + 项目) is not 支出总计 (with 年终结转; 北京卫健委 2026 三).
 */
function genericTotal(bare: string): { side: '收入' | '支出'; thisYear: boolean } | null {
  const m = /(本年)?(?:部门)?(?:预算)?(收入|支出)(?:预算|决算)?(?:合计|总额|总计|总预算)?$/.exec(bare);
  // Before it only the body's name and the year ("国家信访局2024年度本年支出合计"), never what is spent (财政拨款支出, 项目支出).
  const prefix = bare.slice(0, m?.index ?? 0);
  if (!m || (prefix && !/(?:局|厅|委|会|办|室|中心|院|所|站|队|部门|单位|政府)$/.test(prefix)) || /收|支|拨款|经费|费|资金|项目|采购/.test(prefix)) return null;
  return { side: m[2] as '收入' | '支出', thisYear: Boolean(m[1]) };
}

/** Whether an amount's label names `subject`: its metric, or (for a title's words) the words themselves. */
function names(a: Amount, subject: { metric: string | null; words: string | null; thisYear?: boolean }): boolean {
  if (subject.metric && a.metric === subject.metric) return true;
  if (subject.metric === '收入' || subject.metric === '支出') {
    // 收入总计 = 支出总计: a 收支总计 is the base of either side's shares (国家信访局 2026 四 "支出包括：…").
    if (a.metric === '收支总计' || a.metric === '财政拨款收支总计') return !subject.thisYear;
    // 本年支出 only matches 本年支出; 支出 / 总支出 the last of either (国家信访局 2024 五(一) "占总支出94.24%" of 本年支出合计).
    const g = genericTotal(bareLabel(a.label));
    if (g && g.side === subject.metric && (g.thisYear || !subject.thisYear) && (a.metric === null || a.metric === subject.metric)) return true;
  }
  return Boolean(subject.words && subject.words.length >= 2 && words(a.label).includes(words(subject.words)));
}

/** Whether `a` was stated before the sentence `r`. */
function before(a: Amount, r: Reading): boolean {
  const b = Number(a.ref.block.slice(1));
  const here = Number(r.s.block.id.slice(1));
  return b < here || (b === here && a.ref.start < r.s.start);
}

/** Amounts stated in the node `nodes` or under it, before the sentence. */
const inSubtree = (amounts: Amount[], nodes: readonly string[], r: Reading): Amount[] =>
  amounts.filter((a) => nodes.every((n, i) => a.outline.nodes[i] === n) && before(a, r));

/** The share base for the share token `i` of reading `r` (`listBase` carries a list's base between its shares). */
export function shareBase(
  r: Reading,
  i: number,
  part: Labelled | null,
  facts: NarrativeFact[],
  group: FactOf<'breakdown'> | undefined,
  listBase: { value: ShareBase | null },
): ShareBase {
  const tk = r.toks[i]!;
  const printed = /占([^，,；;。]*?)的?\s*$/.exec(tk.between)?.[1]?.trim() ?? '';
  const baseLabel = printed.replace(/^(?:本单位)/, '').replace(/^比$/, '');
  const amounts = facts.filter((f): f is Amount => f.kind === 'amount');
  const certain: Binding = { certain: true };
  if (baseLabel) {
    const clean = cleanBase(baseLabel);
    const generic = genericTotal(bareLabel(clean));
    const metric = metricOf(clean) ?? generic?.side ?? null;
    if (group && metric === group.total.metric) return { baseLabel, baseMetric: group.total.metric, base: group.total, binding: certain };
    if (!metric) return { baseLabel, baseMetric: null, base: null, binding: certain };
    const scope = scopeOf(clean);
    const column = columnOf(clean);
    const subject = { metric, words: null, thisYear: generic?.thisYear ?? false };
    // The base named: the last statement of it (of the same funding scope: 一般公共预算项目支出 is not 项目支出).
    const hit =
      amounts
        .filter((a) => names(a, subject) && a.scope === scope && (!column || !a.column || a.column === column || column === 'budget') && before(a, r))
        .at(-1) ?? null;
    // The document's own totals are one quantity wherever stated; another base stated in another chapter may be another thing of that name.
    const sameChapter =
      hit &&
      (DOCUMENT_TOTALS.has(metric) ||
        hit.outline.nodes.slice(0, 2).join() ===
          r.s.ctx.outline
            .slice(0, 2)
            .map((e) => e.block)
            .join());
    // 本年支出 is the year's own, without what is carried over; a 支出预算 stated without 本年 may be the 总计 that includes it (北京卫健 2026).
    const ownYear = hit && generic?.thisYear && !/本年|当年/.test(hit.label) && hit !== group?.total;
    const why = !hit
      ? null
      : !sameChapter
        ? `base ${baseLabel} taken from another section (${hit.ref.block})`
        : ownYear
          ? `base ${baseLabel} taken as ${hit.label} (${hit.ref.block}), which may include what is carried over`
          : null;
    return { baseLabel, baseMetric: metric, base: hit, binding: why ? { certain: false, why } : certain };
  }
  if (group) return { baseLabel, baseMetric: group.total.metric, base: group.total, binding: certain };
  if (listBase.value) return listBase.value;
  const found = unnamedBase(r, i, amounts);
  listBase.value = found;
  return found;
}

/** A list's base when the shares name none: the lead's amount, the total the lead or the section title names, or the section's total. */
function unnamedBase(r: Reading, i: number, amounts: Amount[]): ShareBase {
  const t = r.s.text;
  const shares = r.toks.map((_, k) => k).filter((k) => r.role[k] === 'share');
  const partIdx = (k: number): number => {
    for (let j = k - 1; j >= 0; j--) if (r.role[j] === 'amount' && r.toks[j]!.paren === r.toks[k]!.paren) return j;
    return -1;
  };
  const firstPart = partIdx(shares[0] ?? i);
  const listStart = firstPart >= 0 ? t.lastIndexOf(r.toks[firstPart]!.label, r.toks[firstPart]!.start) : r.toks[i]!.start;
  // The lead: "X 万元，主要用于以下方面：a 占 …" — an amount before the list with a colon or 包括 between.
  const lead = r.toks
    .map((_, k) => k)
    .filter((k) => r.role[k] === 'amount' && r.toks[k]!.end <= listStart && !r.toks[k]!.inReason)
    .at(-1);
  if (
    lead !== undefined &&
    /[：:]|包括|主要用于|如下|分别/.test(t.slice(r.toks[lead]!.end, listStart)) &&
    !/[；;。]/.test(t.slice(r.toks[lead]!.end, listStart))
  ) {
    return { baseLabel: '', baseMetric: r.lab[lead]!.metric, base: r.lab[lead]!, binding: { certain: true } };
  }
  const head = t.slice(Math.max(0, t.lastIndexOf('；', listStart - 1) + 1, t.lastIndexOf(';', listStart - 1) + 1), listStart);
  const chain = r.s.ctx.outline;
  const search = (subject: { metric: string | null; words: string | null }, column: string | null = null): Amount | null => {
    for (let d = chain.length; d >= 0; d--) {
      const hit = inSubtree(
        amounts,
        chain.slice(0, d).map((e) => e.block),
        r,
      )
        .filter((a) => names(a, subject) && (!column || !a.column || a.column === column))
        .at(-1);
      if (hit) return hit;
    }
    return null;
  };
  // The subject the lead names: "支出包括：", "“三公”经费财政拨款支出决算中，"; "按支出功能分类" names a classification, not a base.
  const leadWords = head.replace(/按(?:照)?[^，,：:]*?分类/g, '').replace(/(?:主要)?(?:包括|用于|如下|分别为)[：:]?$|[：:，,\s]+$/g, '');
  const leadMetric = /三公/.test(leadWords)
    ? '三公经费'
    : (metricOf(leadWords.replace(/中$/, '')) ?? (/支出/.test(leadWords) ? '支出' : /收入/.test(leadWords) ? '收入' : null));
  if (leadMetric) {
    const hit = search({ metric: leadMetric, words: null }, columnOf(leadWords));
    if (hit) return { baseLabel: '', baseMetric: leadMetric, base: hit, binding: { certain: true } };
  }
  // The subject a section title names (the innermost section title whose subject a statement carries).
  for (let d = chain.length - 1; d >= 0; d--) {
    if (chain[d]!.kind !== 'section') continue;
    const words = titleSubject(chain[d]!.title);
    if (words.length < 2) continue;
    const hit = search({ metric: metricOf(words) ?? genericTotal(bareLabel(words))?.side ?? null, words });
    if (hit) return { baseLabel: '', baseMetric: hit.metric, base: hit, binding: { certain: true } };
  }
  // A list of shares that names no base: its section's own total, if the section states one.
  if (shares.length >= 2) {
    for (let d = chain.length - 1; d >= 0; d--) {
      const nodes = chain.slice(0, d + 1).map((e) => e.block);
      const own = amounts.find(
        (a) => a.outline.nodes.length === nodes.length && nodes.every((n, k) => a.outline.nodes[k] === n) && a.role === 'total' && before(a, r),
      );
      if (own)
        return {
          baseLabel: '',
          baseMetric: own.metric,
          base: own,
          binding: { certain: false, why: `the shares name no base; taken as the section's total (${own.ref.block})` },
        };
    }
  }
  return { baseLabel: '', baseMetric: null, base: null, binding: { certain: true } };
}

import type { CommonOf, Reading } from './reading.js';
import { bareLabel, type Family, familyOf, personsPartition } from './metrics.js';
import type { FactOf, Labelled } from './schema.js';

type Breakdown = FactOf<'breakdown'>;

const isValue = (r: Reading, i: number): boolean => r.role[i] === 'amount' || r.role[i] === 'headcount' || r.role[i] === 'count';

/** Components inherit the total's column, and its 基本/项目 scope (004 自评报告: 商品和服务支出 of 基本 vs 项目). */
function inherit(total: Labelled, parts: Labelled[]): Labelled[] {
  const scope = total.metric === '基本支出' || total.metric === '项目支出' ? total.metric : null;
  return parts.map((p) => ({ ...p, column: p.column ?? total.column, scope: scope ?? p.scope }));
}

function classify(total: Labelled, parts: Labelled[], persons: boolean, exhaustiveByWords: boolean): { family: Family; exhaustive: boolean } {
  if (persons) return personsPartition(parts.map((p) => p.metric)) ? { family: 'persons', exhaustive: true } : { family: 'other', exhaustive: false };
  const adj =
    parts.some((p) => p.metric === '调整追加' || p.metric === '上年结转') &&
    parts.every((p) => p.metric === '调整追加' || p.metric === '上年结转' || (p.column === 'init' && (p.metric === null || p.metric === total.metric)));
  if (adj) return { family: 'budget-adjust', exhaustive: true };
  const fam = familyOf(parts.map((p) => p.metric));
  // 公务用车购置及运行费 splits into 购置 + 运行 only; 004 七 prints its 其中 across two sentences.
  if (fam?.family === 'sangong' && total.metric !== '三公经费') {
    const car =
      total.metric === '公务用车购置及运行费' && parts.length >= 2 && parts.every((p) => p.metric === '公务用车购置费' || p.metric === '公务用车运行维护费');
    return { family: 'sangong', exhaustive: car };
  }
  // 人员经费 + 公用经费 cover 基本支出 only (西安 2020 splits 505 对事业单位经常性补助 into them and 专项业务经费).
  if (fam?.family === 'basic-split' && total.metric !== '基本支出') return { family: fam.family, exhaustive: false };
  if (fam && (parts.length >= 2 || fam.closed)) return { family: fam.family, exhaustive: true };
  if (fam) return { family: fam.family, exhaustive: false };
  return { family: 'other', exhaustive: exhaustiveByWords && parts.length >= 2 };
}

/** [open, close] offsets of each top-level parenthesised group, in order (group ids are 1-based). */
function groupSpans(t: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let open = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '（' || ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      depth--;
      if (depth === 0) out.push([open, i]);
    }
  }
  if (depth > 0) out.push([open, t.length]);
  return out;
}

/**
 * A 其中 list that runs on over the next sentences of its paragraph, each opening with the verb its first
 * component opens with (北京卫健委 2026 五(五)2: "其中：安排基本公共卫生服务方向 35,541.8 万元，主要用于…。安排计划生育
 * 服务方向 75,124.14 万元，…。安排育儿补贴方向7,560 万元，…"): each such sentence's first amount is one more component;
 * sentences with no amount between them (what a component is used for) do not end the list.
 */
function runOn(readings: Reading[], ri: number, first: Labelled): Labelled[] {
  const verb = /^(安排|用于|拨付|下达|补助|支付)/.exec(bareLabel(first.label))?.[1];
  if (!verb) return [];
  const out: Labelled[] = [];
  for (let k = ri + 1; k < readings.length; k++) {
    const p = readings[k]!;
    if (p.s.block.id !== readings[ri]!.s.block.id) break;
    const i = p.toks.findIndex((tk, j) => p.role[j] === 'amount' && tk.paren === 0 && !tk.inReason);
    if (i < 0) continue;
    if (!bareLabel(p.toks[i]!.label).startsWith(verb) || /其中/.test(p.s.text.slice(0, p.toks[i]!.start))) break;
    out.push(p.lab[i]!);
  }
  return out;
}

/**
 * Breakdowns of one sentence:
 * - leading "X，其中 a；b；c" (the total is the last value before 其中, or the previous sentence's when
 *   the sentence opens with 其中, as 000 prints "全年支出为1095.69万元。其中：…"); components run while
 *   they stay in the first component's partition and carry no new year (004 十四 runs on into "2021年度…");
 * - parenthesised "X（a, b）" and "X（y, 其中 a, b）";
 * - trailing "a 及 b，共计 X" (or the previous sentence's amounts before "累计 X", 001 惠企惠民资金);
 * - the 000 budget line "年初预算数 A，上年结转 c，全年预算数 F".
 */
export function breakdownsOf(readings: Reading[], common: CommonOf): Breakdown[] {
  const out: Breakdown[] = [];
  let n = 0;
  const push = (r: Reading, form: Breakdown['form'], total: Labelled, parts: Labelled[], exhaustiveByWords: boolean, persons: boolean, cut = false) => {
    const comps = inherit(total, parts);
    const classified = classify(total, comps, persons, exhaustiveByWords);
    const family = classified.family;
    // A list that runs on past its partition ("其中：一般公共预算拨款收入…、国有资本经营预算拨款收入…") covers more than it names.
    const exhaustive = classified.exhaustive && !cut;
    out.push({ kind: 'breakdown', ...common(r), id: `${r.s.block.id}:bd${n++}`, form, family, exhaustive, total, components: comps });
  };
  readings.forEach((r, ri) => {
    const t = r.s.text;
    const spans = groupSpans(t);
    const groups = new Set(r.toks.map((tk) => tk.paren));
    for (const g of groups) {
      const idx = r.toks.map((_, i) => i).filter((i) => r.toks[i]!.paren === g && isValue(r, i) && !r.toks[i]!.inReason);
      const [open, close] = g === 0 ? [0, t.length] : (spans[g - 1] ?? [0, 0]);
      const inGroup = (at: number) => (g === 0 ? !spans.some(([a, b]) => at > a && at < b) : at > open && at < close);
      // Leading 其中 forms inside this group.
      // "X 万元，其中 a、b" and "X 万元，包括 a、b" (北京卫健委 2026 四(三) "307.73万元，包括公务用车购置费预算157.51万元，…");
      // "主要包括" lists kinds of spending, not amounts, and a bare 包括 needs its total in the sentence.
      for (const m of t.matchAll(/其中(包括)?|(?<!主要|其中|具体)包括/g)) {
        const at = m.index!;
        if (!inGroup(at)) continue;
        const bare = m[0] === '包括';
        const before = idx.filter((i) => r.toks[i]!.end <= at);
        const after = idx.filter((i) => r.toks[i]!.start > at);
        if (!after.length) continue;
        let total: Labelled | null = null;
        let totalKind: string | null = null;
        let totalTok: Reading['toks'][number] | null = null;
        // A bare 包括 lists the parts of the amount printed right before it ("307.73万元，包括…"), not of one a clause earlier.
        if (bare && before.length && !/^[，,\s]*$/.test(t.slice(r.toks[before.at(-1)!]!.end, at))) continue;
        if (before.length) {
          const ti = before.at(-1)!;
          total = r.lab[ti]!;
          totalTok = r.toks[ti]!;
          totalKind = totalTok.kind;
        } else if (!bare && g === 0 && at <= 2 && ri > 0 && (readings[ri - 1]!.s.block.id === r.s.block.id || readings[ri - 1]!.s.open)) {
          const p = readings[ri - 1]!;
          const pi = p.toks
            .map((_, i) => i)
            .filter((i) => isValue(p, i) && p.toks[i]!.paren === 0)
            .at(-1);
          if (pi !== undefined) {
            total = p.lab[pi]!;
            totalTok = p.toks[pi]!;
            totalKind = totalTok.kind;
          }
        }
        if (!total) continue;
        const LIST = /其中|(?<!主要|其中|具体)包括/g;
        LIST.lastIndex = at + m[0].length;
        const nextQizhong = LIST.exec(t)?.index ?? -1;
        const hasNext = nextQizhong >= 0;
        const totalUnit = totalTok?.printedUnit ?? null;
        const parts: Labelled[] = [];
        let first: string | null | undefined;
        let lastEnd = at;
        let cut = false;
        for (const i of after) {
          const tk = r.toks[i]!;
          if (hasNext && tk.start > nextQizhong && inGroup(nextQizhong)) break;
          if (tk.kind !== totalKind) continue;
          // Counts of one thing only: "公务用车102辆，其中 …4辆；…设备8台" (长沙 2025) ends at the 台.
          if (totalKind === 'count' && tk.printedUnit !== totalUnit) break;
          const lab = r.lab[i]!;
          if (parts.length && /20\d{2}\s*年/.test(t.slice(lastEnd, tk.start))) break;
          if (first === undefined) first = lab.metric;
          else if (first !== null) {
            const fam = familyOf([first]);
            const outside =
              (fam && !(lab.metric && fam.parts(lab.metric))) || (totalKind === 'persons' && (lab.metric === null || !personsPartition([first, lab.metric])));
            if (outside) {
              // Still in the list ("、" or "，" before it): the list covers more than the partition; after "；" a new statement starts.
              cut = !/[；;]/.test(t.slice(lastEnd, tk.start));
              break;
            }
          }
          parts.push(lab);
          lastEnd = tk.end;
        }
        if (!parts.length) continue;
        if (g === 0 && !hasNext && !cut && totalKind === 'money') parts.push(...runOn(readings, ri, parts[0]!));
        const listed = Boolean(m[1]) || /以及/.test(t.slice(at, close));
        push(r, g === 0 ? 'leading' : 'paren', total, parts, listed, totalKind === 'persons', cut);
      }
      // Parenthesised lists without 其中: "5.79 万元(4.08 万元, 1.71 万元)".
      if (g !== 0) {
        const money = idx.filter((i) => r.toks[i]!.kind === 'money');
        const parent = r.toks
          .map((_, i) => i)
          .filter((i) => r.toks[i]!.paren === 0 && r.toks[i]!.end <= open && r.role[i] === 'amount')
          .at(-1);
        if (!/其中/.test(t.slice(open, close)) && money.length >= 2 && parent !== undefined)
          push(
            r,
            'paren',
            r.lab[parent]!,
            money.map((i) => r.lab[i]!),
            true,
            false,
          );
      }
    }
    // Trailing totals.
    r.toks.forEach((tk, i) => {
      if (r.role[i] !== 'amount' || tk.paren || tk.inReason || !/^[、，,]?(?:共计|合计|累计|总计)/.test(tk.label)) return;
      if (/其中/.test(t.slice(tk.end).split(/[。；;]/)[0]!)) return;
      const next = readings[ri + 1];
      if (next && next.s.block.id === r.s.block.id && next.s.text.startsWith('其中')) return;
      let src: Reading = r;
      let parts = r.toks.map((_, j) => j).filter((j) => j < i && r.role[j] === 'amount' && !r.toks[j]!.paren && !r.toks[j]!.inReason);
      if (!r.toks.some((_, j) => j < i) && ri > 0 && readings[ri - 1]!.s.block.id === r.s.block.id) {
        src = readings[ri - 1]!;
        parts = src.toks.map((_, j) => j).filter((j) => src.role[j] === 'amount' && !src.toks[j]!.paren && !src.toks[j]!.inReason);
      }
      if (parts.length < 2) return;
      const labs = parts.map((j) => src.lab[j]!);
      // "预算 1.71，实际支出 1.71；…；共计 5.79" (004 自评报告) mixes columns: which ones add up is not said.
      if (new Set(labs.map((l) => l.column)).size > 1) return;
      push(r, 'trailing', r.lab[i]!, labs, true, false);
    });
    // 000 §六: "年初预算数为A，上年结转c，全年预算数F".
    const init = r.toks.findIndex((_, i) => r.role[i] === 'amount' && r.lab[i]!.column === 'init');
    const full = r.toks.findIndex((_, i) => r.role[i] === 'amount' && r.lab[i]!.column === 'full');
    if (init >= 0 && full > init) {
      const mids = r.toks
        .map((_, i) => i)
        .filter((i) => i > init && i < full && r.role[i] === 'amount' && (r.lab[i]!.metric === '上年结转' || r.lab[i]!.metric === '调整追加'));
      if (mids.length) push(r, 'trailing', r.lab[full]!, [r.lab[init]!, ...mids.map((i) => r.lab[i]!)], true, false);
    }
  });
  return out;
}

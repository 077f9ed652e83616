import { type CommonOf, type Reading, subjectBefore } from './reading.js';
import { DIRECTION_RE, DIRECTION_WORDS, metricOf, columnOf } from './metrics.js';
import type { FactOf, Labelled, NarrativeFact } from './schema.js';

/** The value a sentence is about: a 其中 sentence's total, else its 决算 amount, else its first amount. */
function topicOf(readings: Reading[], ri: number, facts: NarrativeFact[]): Labelled | null {
  for (let k = ri; k >= 0 && k >= ri - 3; k--) {
    const p = readings[k]!;
    if (k < ri && p.s.block.id !== readings[ri]!.s.block.id && !readings[k]!.s.open) return null;
    if (p.s.text.startsWith('其中')) {
      const bd = facts.find((f) => f.kind === 'breakdown' && f.ref.block === p.s.block.id && f.ref.start === p.s.start);
      if (bd?.kind === 'breakdown') return bd.total;
      continue;
    }
    const amounts = p.toks.map((_, i) => i).filter((i) => p.role[i] === 'amount' && !p.toks[i]!.paren && !p.toks[i]!.inReason);
    if (k === ri) continue;
    const fin = amounts.find((i) => p.lab[i]!.column === 'final');
    const pick = fin ?? amounts[0];
    if (pick !== undefined) return p.lab[pick]!;
  }
  return null;
}

/** The sentences before `ri` that continue into it: same block, or an open sentence carried over a page break. */
function lookback(readings: Reading[], ri: number, max = 2): Reading[] {
  const out: Reading[] = [];
  for (let k = ri - 1; k >= 0 && out.length < max; k--) {
    const p = readings[k]!;
    if (p.s.block.id !== readings[ri]!.s.block.id && !p.s.open) break;
    out.push(p);
    if (p.s.block.id !== readings[ri]!.s.block.id) break;
  }
  return out;
}

/** The last mention of a metric before this sentence (the base of "占基本支出的82.1%"). */
function lastMention(facts: NarrativeFact[], metric: string, column: string | null, before: Reading): Labelled | null {
  let hit: Labelled | null = null;
  for (const f of facts) {
    if (f.kind !== 'amount' || f.metric !== metric) continue;
    if (column && f.column && f.column !== column) continue;
    if (f.ref.block === before.s.block.id ? f.ref.start > before.s.start : Number(f.ref.block.slice(1)) > Number(before.s.block.id.slice(1))) continue;
    hit = f;
  }
  return hit;
}

/**
 * Statements of each sentence: shares ("占 p%"), year-on-year changes, completion and execution
 * rates, indicator claims, and "决算数大于/小于预算数" wordings.
 */
export function statementsOf(readings: Reading[], facts: NarrativeFact[], common: CommonOf): NarrativeFact[] {
  const out: NarrativeFact[] = [];
  const breakdowns = facts.filter((f): f is FactOf<'breakdown'> => f.kind === 'breakdown');
  // The sections (chapter and sub-title) in which some sentence mentions 追加, found once for all sentences.
  const section = (r: Reading): string => JSON.stringify([r.s.ctx.chapterTitle, r.s.ctx.subTitle]);
  const withAddition = new Set(readings.filter((o) => /追加/.test(o.s.text)).map(section));
  readings.forEach((r, ri) => {
    const t = r.s.text;
    const sectionHasAddition = withAddition.has(section(r));
    r.toks.forEach((tk, i) => {
      const role = r.role[i];
      const prevAmount = (pred: (l: Labelled) => boolean = () => true): Labelled | null => {
        for (let j = i - 1; j >= 0; j--) if (r.role[j] === 'amount' && !r.toks[j]!.inReason && pred(r.lab[j]!)) return r.lab[j]!;
        return null;
      };
      if (role === 'delta') {
        const anchors = [...tk.between.matchAll(/(?:比|较|与)/g)];
        const anchorAt = tk.start - tk.between.length + (anchors.at(-1)?.index ?? 0);
        const pctIdx = r.role[i + 1] === 'yoy-pct' ? i + 1 : -1;
        const spanEnd = pctIdx >= 0 ? r.toks[pctIdx]!.end : tk.end;
        const words = [...t.slice(anchorAt, spanEnd).split(/原因/)[0]!.matchAll(DIRECTION_RE)].map((m) => ({ word: m[0], dir: DIRECTION_WORDS.find((w) => w.word === m[0])!.dir }));
        const current = prevAmount() ?? topicOf(readings, ri, facts);
        const against = /预算/.test(t.slice(anchorAt, tk.start)) ? 'budget' : 'prior';
        out.push({ kind: 'yoy', ...common(r), metric: current?.metric ?? subjectBefore(r, tk.start), current, delta: tk.figure, against, words, pct: pctIdx >= 0 ? r.toks[pctIdx]!.figure : null });
      } else if (role === 'share') {
        const part = prevAmount();
        const bl = /占([^，,；;。]*?)的?\s*$/.exec(tk.between)?.[1] ?? '';
        const baseLabel = bl.replace(/^(?:本单位)?/, '');
        const group = breakdowns.find((b) => b.ref.block === r.s.block.id && part && b.components.some((c) => c.figure.evidence === part.figure.evidence));
        let baseMetric = baseLabel ? metricOf(baseLabel.replace(/总额$/, '')) : null;
        let base: Labelled | null = null;
        if (group && (!baseLabel || baseMetric === group.total.metric)) base = group.total;
        else if (!baseLabel) {
          const first = r.toks.findIndex((_, j) => r.role[j] === 'amount');
          const lead = t.slice(0, r.toks[0]?.start ?? 0);
          if (/[，,]/.test(lead)) {
            // 004 七(二): "“三公”经费财政拨款支出决算中，公务接待费…占24.4%": the base is the sentence's subject.
            const head = lead.split(/[，,]/)[0] ?? '';
            baseMetric = metricOf(head.replace(/中$/, ''));
            if (baseMetric) base = lastMention(facts, baseMetric, columnOf(head), r);
          } else if (first >= 0 && r.lab[first] !== part && first < i) base = r.lab[first]!;
        } else if (baseMetric) base = lastMention(facts, baseMetric, null, r);
        out.push({ kind: 'share', ...common(r), part, baseLabel, baseMetric: baseMetric ?? base?.metric ?? null, base, pct: tk.figure, group: group?.id ?? (part ? `${r.s.block.id}:${r.s.start}:${baseMetric ?? ''}` : null) });
      } else if (role === 'rate') {
        const completion = /完成/.test(tk.label);
        const back = lookback(readings, ri);
        const find = (pred: (l: Labelled) => boolean): Labelled | null => {
          const here = prevAmount(pred);
          if (here) return here;
          for (const p of back) {
            const j = p.toks.map((_, k) => k).filter((k) => p.role[k] === 'amount' && pred(p.lab[k]!)).at(-1);
            if (j !== undefined) return p.lab[j]!;
          }
          return null;
        };
        const initOnly = /年初/.test(tk.label);
        const den = find((l) => (initOnly ? l.column === 'init' : l.column === 'init' || l.column === 'full' || l.column === 'budget') && !/执行/.test(l.label));
        const num = completion ? find((l) => l.column === 'final') : find((l) => /执行数|支出|收入|决算/.test(l.label + (l.metric ?? '')) && l.column !== 'init' && l.column !== 'full' && l.column !== 'budget');
        const metric = num?.metric ?? subjectBefore(r, tk.start);
        out.push({ kind: 'rate', ...common(r), rateKind: completion ? 'completion' : 'execution', metric, num, den: completion || /执行数/.test(num?.label ?? '') ? den : null, pct: tk.figure, explainedByAddition: sectionHasAddition });
      } else if (role === 'claim') {
        const metric = metricOf(tk.label) ?? (/^、?(?:指标值=?|完成率|完成值|实际完成值)$/.test(tk.label) ? subjectBefore(r, tk.start) : null);
        out.push({ kind: 'claim', ...common(r), metric, label: tk.label, value: tk.figure, percentSignMissing: Boolean(tk.bare) });
      }
    });
    // Wording: 决算数大于/小于/等于(年初)预算数.
    const w = /决算数?(大于|高于|超过|小于|低于|等于|持平于?)(?:年初)?预算数?/.exec(t);
    if (w) {
      const comparator = /大于|高于|超过/.test(w[1]!) ? 'gt' : /小于|低于/.test(w[1]!) ? 'lt' : 'eq';
      const pool = [r, ...lookback(readings, ri)];
      const pick = (pred: (l: Labelled) => boolean): Labelled | null => {
        for (const p of pool) {
          const j = p.toks.map((_, k) => k).filter((k) => p.role[k] === 'amount' && !p.toks[k]!.inReason && (p !== r || p.toks[k]!.start < w.index) && pred(p.lab[k]!)).at(-1);
          if (j !== undefined) return p.lab[j]!;
        }
        return null;
      };
      const budget = pick((l) => l.column === 'init' || l.column === 'budget' || l.column === 'full');
      const final = pick((l) => l.column === 'final');
      out.push({ kind: 'wording', ...common(r), comparator, budget, final, reason: /原因|由于|因为/.test(t.slice(w.index + w[0].length)) });
    }
  });
  return out;
}

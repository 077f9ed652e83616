import { type CommonOf, type Reading, subjectBefore } from './reading.js';
import { DIRECTION_RE, DIRECTION_WORDS, metricOf } from './metrics.js';
import type { FactOf, Labelled, NarrativeFact } from './schema.js';
import { type ShareBase, shareBase } from './shares.js';

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

/** A clause that opens with its own subject before 比/较 (公务接待费较上年…): its change is that subject's, never an earlier amount's. */
const CLAUSE_SUBJECT = /^[；;]?\s*[^，,。\d]{2,20}?(?:比|较|与)(?:上年|\d{4}\s*年)/;

/**
 * Statements of each sentence: shares ("占 p%"), year-on-year changes, completion and execution
 * rates, indicator claims, and "决算数大于/小于预算数" wordings.
 */
/**
 * Whether `a` is printed before `b` in the same sentence: an execution rate's budget stated ahead of
 * its spending ("…预算350万元，实际支出306.09万元，预算执行率87.45%") is the rate's denominator as a
 * reader takes it.
 */
function statedBefore(a: Labelled, b: Labelled): boolean {
  const ea = a.figure.evidence;
  const eb = b.figure.evidence;
  return ea.kind === 'text' && eb.kind === 'text' && ea.block === eb.block && ea.start < eb.start;
}

export function statementsOf(readings: Reading[], facts: NarrativeFact[], common: CommonOf): NarrativeFact[] {
  const out: NarrativeFact[] = [];
  const breakdowns = facts.filter((f): f is FactOf<'breakdown'> => f.kind === 'breakdown');
  // The sections (chapter and sub-title) in which some sentence mentions 追加, found once for all sentences.
  const section = (r: Reading): string => JSON.stringify([r.s.ctx.chapterTitle, r.s.ctx.subTitle]);
  const withAddition = new Set(readings.filter((o) => /追加/.test(o.s.text)).map(section));
  readings.forEach((r, ri) => {
    const t = r.s.text;
    const sectionHasAddition = withAddition.has(section(r));
    const listBase: { value: ShareBase | null } = { value: null };
    r.toks.forEach((tk, i) => {
      const role = r.role[i];
      const prevAmount = (pred: (l: Labelled, j: number) => boolean = () => true): Labelled | null => {
        for (let j = i - 1; j >= 0; j--) if (r.role[j] === 'amount' && !r.toks[j]!.inReason && pred(r.lab[j]!, j)) return r.lab[j]!;
        return null;
      };
      if (role === 'delta') {
        const anchors = [...tk.between.matchAll(/(?:比|较|与)/g)];
        const anchorAt = tk.start - tk.between.length + (anchors.at(-1)?.index ?? 0);
        const pctIdx = r.role[i + 1] === 'yoy-pct' ? i + 1 : -1;
        const spanEnd = pctIdx >= 0 ? r.toks[pctIdx]!.end : tk.end;
        const words = [...t.slice(anchorAt, spanEnd).split(/原因/)[0]!.matchAll(DIRECTION_RE)].map((m) => ({
          word: m[0],
          dir: DIRECTION_WORDS.find((w) => w.word === m[0])!.dir,
        }));
        // The amount the change is of stands at the change's own level: "…运行维护费0万元（购置费0万元，…运行维护费0万元，比上年
        // 减少318.88万元。）比上年减少388.88万元" (广州 2026) is the 0 before the parenthesis.
        // Not across a ；: "因公出国（境）费 0万元，较上年降低25万元；公务接待费较上年降低 1.17 万元" (西安人社 2020) — the
        // second change is 公务接待费's, whose amount the sentence does not print.
        const named = subjectBefore(r, tk.start);
        // A clause with no subject of its own ("…238.32 万元，比年初预算数减少…；比上年决算数增加 45.95 万元") is still the amount's before it.
        const ownSubject =
          named !== null && CLAUSE_SUBJECT.test(t.slice(Math.max(t.lastIndexOf('；', tk.start - 1), t.lastIndexOf(';', tk.start - 1), 0), tk.start));
        const here = prevAmount((_, j) => r.toks[j]!.paren === tk.paren && !(ownSubject && /[；;]/.test(t.slice(r.toks[j]!.end, tk.start))));
        const current = here ?? (ownSubject ? null : topicOf(readings, ri, facts));
        const binding =
          !here && current && named && named !== current.metric
            ? { certain: false, why: `the changed amount ${current.figure.printed} is taken from an earlier sentence` }
            : { certain: true };
        // 比年初预算 is against the year's budget; 较上年预算 against last year's (a 预算's own comparison).
        const against = /预算/.test(t.slice(anchorAt, tk.start)) && !/上年|去年/.test(t.slice(anchorAt, tk.start)) ? 'budget' : 'prior';
        const prior = r.role[i - 1] === 'prior' ? r.lab[i - 1]! : null;
        out.push({
          kind: 'yoy',
          ...common(r),
          binding,
          metric: current?.metric ?? named,
          current,
          prior,
          delta: tk.figure,
          against,
          words,
          pct: pctIdx >= 0 ? r.toks[pctIdx]!.figure : null,
        });
      } else if (role === 'share') {
        // The part is the amount its own clause states ("…合计金额占货物支出金额的9.16%" states none).
        const part = prevAmount((_, j) => r.toks[j]!.paren === tk.paren && !/[；;]/.test(r.s.text.slice(r.toks[j]!.end, tk.start)));
        const group = breakdowns.find((b) => b.ref.block === r.s.block.id && part && b.components.some((c) => c.figure.evidence === part.figure.evidence));
        const sb = shareBase(r, i, part, facts, group, listBase);
        out.push({
          kind: 'share',
          ...common(r),
          binding: sb.binding,
          part,
          baseLabel: sb.baseLabel,
          baseMetric: sb.baseMetric ?? sb.base?.metric ?? null,
          base: sb.base,
          pct: tk.figure,
          group: group?.id ?? (part ? `${r.s.block.id}:${r.s.start}:${sb.baseMetric ?? ''}` : null),
        });
      } else if (role === 'rate') {
        const completion = /完成/.test(tk.label);
        const back = lookback(readings, ri);
        let earlier = false;
        const find = (pred: (l: Labelled) => boolean): Labelled | null => {
          const here = prevAmount(pred);
          if (here) return here;
          for (const p of back) {
            const j = p.toks
              .map((_, k) => k)
              .filter((k) => p.role[k] === 'amount' && pred(p.lab[k]!))
              .at(-1);
            if (j !== undefined) {
              earlier = true;
              return p.lab[j]!;
            }
          }
          return null;
        };
        const initOnly = /年初/.test(tk.label);
        const num = completion
          ? find((l) => l.column === 'final')
          : find((l) => /执行数|支出|收入|决算/.test(l.label + (l.metric ?? '')) && l.column !== 'init' && l.column !== 'full' && l.column !== 'budget');
        earlier = false;
        // The budget of what was spent: 国家信访局 2024 七(一) states each 三公 item's 决算 and "完成预算的 p%" of its own
        // budget, which the text does not give; the 三公 total's 预算 in the sentence before is not it.
        const own = (l: Labelled) => !num?.metric || !l.metric || l.metric === num.metric;
        const den = find(
          (l) => (initOnly ? l.column === 'init' : l.column === 'init' || l.column === 'full' || l.column === 'budget') && !/执行/.test(l.label) && own(l),
        );
        const denHere = den !== null && !earlier;
        const metric = num?.metric ?? subjectBefore(r, tk.start);
        const binding = den && earlier ? { certain: false, why: `the budget ${den.figure.printed} is stated in an earlier sentence` } : { certain: true };
        out.push({
          kind: 'rate',
          ...common(r),
          binding,
          rateKind: completion ? 'completion' : 'execution',
          metric,
          num,
          den: completion || /执行数/.test(num?.label ?? '') || (denHere && num !== null && statedBefore(den, num)) ? den : null,
          pct: tk.figure,
          explainedByAddition: sectionHasAddition,
        });
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
          const j = p.toks
            .map((_, k) => k)
            .filter((k) => p.role[k] === 'amount' && !p.toks[k]!.inReason && (p !== r || p.toks[k]!.start < w.index) && pred(p.lab[k]!))
            .at(-1);
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

import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Diagnostic, DocModel } from '../../model/index.js';
import type { Figure } from '../figure.js';
import { breakdownsOf } from './breakdowns.js';
import { bareLabel, columnOf, headcountMetricOf, metricOf, scopeOf } from './metrics.js';
import { NarrativeFact, type FactOf, type Labelled } from './schema.js';
import { type Common, type Reading, type Role, subjectBefore } from './reading.js';
import { type Sentence, refOf, sentencesOf } from './sentences.js';
import { statementsOf } from './statements.js';
import { tokensOf } from './tokens.js';
import { itemsOf, lintFactsOf } from './items.js';
import { scoresOf } from './scores.js';
import { pathOf } from './outline.js';

export { NarrativeFact } from './schema.js';

/**
 * The longest sentence read for figures. The longest of the fixtures and real documents has 554
 * characters (北京市卫生健康委员会's 预算); a run of thousands with no 。 (a notice's clause, text pasted without
 * punctuation) is not a sentence a report states a figure in, and every reader of it would work
 * through all of it (`sentence-budget`).
 */
const MAX_SENTENCE = 5_000;

const YOY_ANCHOR = /(?:比|较|与)\s*(?:上年|上一年|去年|上|年初预算|年初|预算|\d{4}\s*年)/g;
const DIR = '(?:增加|减少|增长|下降|降低|上升|提高|节约|压减)';
/** The direction word before a change, and the other word of the pair a template may leave beside it ("减少（增加）"). */
const YOY_TAIL = new RegExp(`${DIR}(?:[（(]${DIR}[)）])?了?\\s*$`);
// "减少 56.95 万元，下降 1.87%", "增加670.85万元，增幅1009.71%", "降低38.17万元（56.57%）" (西安 2020 六).
const PCT_AFTER_DELTA = new RegExp(`^[，,\\s]*(?:(?:${DIR}|减|增)(?:[（(]${DIR}[)）])?(?:了|幅度为|幅度)?|(?:增幅|减幅|降幅|涨幅)(?:为|达)?|[（(])\\s*$`);

/** The document year, or the sentence's own (first 20xx年 before the number, not a 截至…月 date range). */
function yearOfSentence(s: Sentence, firstNumber: number, fallback: number | null): number | null {
  // Only a year printed before the sentence's first number: "…主要原因是：年中财政追加了2020年…" is not the sentence's year.
  const m = /(20\d{2})\s*年(?:度|全年|末)?/.exec(s.text.slice(0, firstNumber));
  return m ? Number(m[1]) : (s.ctx.year ?? fallback);
}

/**
 * The 上海 template's 政府采购 awards: "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元；…
 * 在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额4.79万元" — contract amounts won by 中小/小微 enterprises,
 * in the reserved projects or in the others (the scope), which together never exceed all 采购.
 */
function awardOf(text: string, at: number): { metric: string; scope: string | null } | null {
  const clause = text.slice(Math.max(text.lastIndexOf('；', at - 1), text.lastIndexOf(';', at - 1), text.lastIndexOf('。', at - 1)) + 1, at);
  const m = /由(中小|小微)企业供应商中标或成交的[，,]\s*(?:采购|合同)?金额(?:为)?\s*$/.exec(clause);
  if (!m) return null;
  const scope = /预留/.test(clause) ? '预留项目' : /其他(?:政府采购)?项目/.test(clause) ? '其他项目' : null;
  return { metric: `${m[1]}企业合同`, scope };
}

/**
 * The subject a paragraph's numbered title names, for the amounts after it that name none: "1.因公出国（境）费用。2026
 * 年预算数 41.60 万元" (深圳 2026 三公), "（二）公务接待费：预算数 9.46 万元".
 */
/** The number a title opens with: 1. / 1、 / （二）. */
const TITLE_NUMBER = /^\s*(?:\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])\s*/;
const TITLE_SUBJECT = new RegExp(`${TITLE_NUMBER.source}([^。：:，,；;\\d]{2,20})[。：:]`);

function titleSubject(r: Reading): string | null {
  const m = TITLE_SUBJECT.exec(r.s.block.text);
  return m ? metricOf(m[1]!) : null;
}

/**
 * The subject the heading over a paragraph names when the heading is that subject alone: "（二）公务接待费"
 * over "2026年预算安排 18.85万元，比上年增加 0.00万元" (泉州 2026 六). A heading of more words, or with
 * figures of its own, names no subject for the amounts under it.
 */
function headingSubject(r: Reading): string | null {
  const h = r.s.ctx.topic ?? r.s.ctx.subTitle;
  if (!h) return null;
  const name = h.replace(TITLE_NUMBER, '').replace(/[。：:]$/, '');
  if (name.length > 14 || /[\d，,；;。]/.test(name)) return null;
  return metricOf(name);
}

function labelled(r: Reading, i: number): Labelled {
  const tk = r.toks[i]!;
  const own =
    tk.kind === 'persons' || (tk.kind === 'count' && /编制/.test(tk.label))
      ? headcountMetricOf(tk.label || r.s.text.slice(tk.end).split(/[，,。；;]/)[0]!)
      : metricOf(tk.label);
  // Only a label that names no thing of its own ("支出决算为", "实际支出", nothing) takes the clause's subject.
  const inherits = tk.kind === 'money' && /^(?:支出|收入)?(?:年初|全年)?(?:预算|决算|执行|实际支出|实际)?(?:安排)?(?:数|金额)?$/.test(bareLabel(tk.label));
  const metric = own ?? (inherits ? (subjectBefore(r, tk.start, tk.paren) ?? titleSubject(r) ?? headingSubject(r)) : null);
  const award = awardOf(r.s.text, tk.start);
  if (award && tk.kind === 'money') return { label: tk.label, metric: award.metric, column: columnOf(tk.label), scope: award.scope, figure: tk.figure };
  return { label: tk.label, metric, column: columnOf(tk.label), scope: scopeOf(tk.label), figure: tk.figure };
}

/** A figure's place in the text, to find the fact a breakdown's component was read from. */
const evidenceKey = (f: Figure): string => (f.evidence.kind === 'text' ? `${f.evidence.block}:${f.evidence.start}` : '');

/**
 * A titled entry ("（一）基本支出：…基本支出预算数 28398.17万元") is an item of its parent's list when the parent
 * states a total in its own text (长沙 2025 四: 68632.12, split into (一) and (二)); under a parent that states
 * none it opens a section of its own (三 (一) 收入预算, (二) 支出预算).
 */
function settleItems(readings: Reading[], facts: NarrativeFact[]): void {
  const entries = new Map(readings.flatMap((r) => r.s.ctx.outline.map((e) => [e.block, e] as const)));
  const own = new Set(facts.filter((f) => f.kind === 'amount').map((f) => f.outline.nodes.join('>')));
  for (const f of facts) {
    const last = entries.get(f.outline.nodes.at(-1) ?? '');
    if (!last?.titled || f.outline.nodes.length < 2 || !own.has(f.outline.nodes.slice(0, -1).join('>'))) continue;
    f.outline = { ...f.outline, kind: 'item' };
    if ((f.kind === 'amount' || f.kind === 'headcount' || f.kind === 'count') && f.role === 'total') f.role = 'item';
  }
}

/** Reads each token's role: amount, YoY change, share, rate, claim, headcount, count. */
function read(s: Sentence, docYear: number | null): Reading {
  const toks = tokensOf(s);
  const r: Reading = { s, toks, lab: [], role: [], year: yearOfSentence(s, toks[0]?.start ?? s.text.length, docYear) };
  toks.forEach((tk, i) => {
    let role: Role = 'other';
    const prev = r.role[i - 1];
    if (tk.kind === 'percent') {
      if (prev === 'delta' && PCT_AFTER_DELTA.test(tk.between)) role = 'yoy-pct';
      else if (/占[^，,；;。]*$/.test(tk.between)) role = 'share';
      else if (/完成(?:年初)?预算(?:数)?的?\s*$/.test(tk.label) || /执行率(?:为|达|达到)?\s*$/.test(tk.label)) role = 'rate';
      else if (/率|满意/.test(tk.label) || /(?:指标值|完成值)=?$/.test(tk.label)) role = 'claim';
    } else if (tk.kind === 'money') {
      const anchors = [...tk.between.matchAll(YOY_ANCHOR)];
      role = anchors.length && YOY_TAIL.test(tk.between) ? 'delta' : 'amount';
      // "比 2025 年年初预算数 28479.84 万元增加 1476.73 万元" (北京市司法局 2026 三): the amount after 比 is the prior value
      // the change is measured from, the one after the direction word the change.
      const p = toks[i - 1];
      if (
        role === 'amount' &&
        p?.kind === 'money' &&
        r.role[i - 1] === 'amount' &&
        /^\s*(?:增加|减少|增长|下降|降低|上升|提高|节约|压减)了?\s*$/.test(tk.between) &&
        /(?:比|较)[^，,；;。]*$/.test(p.between) &&
        [...p.between.matchAll(YOY_ANCHOR)].length
      ) {
        r.role[i - 1] = 'prior';
        role = 'delta';
      }
    } else if (tk.kind === 'persons') role = 'headcount';
    else if (tk.kind === 'count') {
      // What is counted may follow the unit ("共7个项目纳入…", "下设39个预算单位").
      const around = tk.label + s.text.slice(tk.end, tk.end + 6);
      role = /编制/.test(tk.label) ? 'headcount' : /车|项目|问卷|设备|预算单位|企业/.test(around) ? 'count' : 'other';
    }
    r.role.push(role);
    r.lab.push(null);
  });
  toks.forEach((_, i) => {
    if (['amount', 'delta', 'prior', 'headcount', 'count'].includes(r.role[i]!)) r.lab[i] = labelled(r, i);
  });
  return r;
}

const common = (r: Reading): Common => ({
  ref: refOf(r.s),
  docPart: r.s.ctx.part,
  chapter: r.s.ctx.chapter,
  section: [r.s.ctx.chapterTitle, r.s.ctx.subTitle].filter(Boolean).join(' › ') || null,
  topic: r.s.ctx.topic,
  year: r.year,
  outline: { path: pathOf(r.s.ctx.outline), nodes: r.s.ctx.outline.map((e) => e.block), kind: r.s.ctx.outline.at(-1)?.kind ?? null },
  binding: { certain: true },
});

/**
 * Narrative facts of a document: every amount, share, YoY change, rate, claim, breakdown,
 * headcount and count its running text states, sentence by sentence, with the sentence as evidence.
 * Sentences that cannot be read are skipped, never guessed.
 */
export function narrativeFacts(doc: DocModel, c: DocumentClassification): { facts: NarrativeFact[]; diagnostics: Diagnostic[] } {
  const facts: NarrativeFact[] = [];
  const diagnostics: Diagnostic[] = [];
  const sentences = sentencesOf(doc, c);
  for (const s of sentences) {
    if (s.text.length <= MAX_SENTENCE) continue;
    diagnostics.push({
      code: 'sentence-budget',
      severity: 'warning',
      stage: 'extract',
      message: `${s.block.id}: a sentence of ${s.text.length.toLocaleString('en')} characters, more than the ${MAX_SENTENCE.toLocaleString('en')} a sentence is read to; its figures were not read`,
      provenance: s.block.provenance,
      detail: { block: s.block.id, start: s.start, chars: s.text.length, limit: MAX_SENTENCE },
    });
  }
  const readings = sentences.filter((s) => s.text.length <= MAX_SENTENCE).map((s) => read(s, c.year));
  const breakdowns = breakdownsOf(readings, common);
  // An amount listed in a breakdown is a part of its total; otherwise a list entry's own (item) or its section's (total).
  const partOf = new Map<string, string>();
  for (const b of breakdowns) for (const c of b.components) if (!partOf.has(evidenceKey(c.figure))) partOf.set(evidenceKey(c.figure), b.id);
  for (const r of readings) {
    r.toks.forEach((tk, i) => {
      const lab = r.lab[i];
      if (!lab || tk.inReason) return;
      const at = common(r);
      const base = { ...at, ...lab, binding: tk.uncertain ? { certain: false, why: tk.uncertain } : at.binding };
      if (r.role[i] === 'amount') {
        const bd = partOf.get(evidenceKey(lab.figure)) ?? null;
        facts.push({ kind: 'amount', ...base, role: bd ? 'part' : at.outline.kind === 'item' ? 'item' : 'total', partOf: bd } satisfies FactOf<'amount'>);
      } else if (r.role[i] === 'headcount') {
        const bd = partOf.get(evidenceKey(lab.figure)) ?? null;
        facts.push({ kind: 'headcount', ...base, role: bd ? 'part' : at.outline.kind === 'item' ? 'item' : 'total', partOf: bd } satisfies FactOf<'headcount'>);
      } else if (r.role[i] === 'count') {
        const around = tk.label + r.s.text.slice(tk.end, tk.end + 6);
        const unit = tk.printedUnit;
        const what =
          unit === '辆'
            ? '车辆'
            : unit === '台' || unit === '套'
              ? '设备'
              : unit === '家'
                ? '企业'
                : /问卷/.test(around)
                  ? '问卷'
                  : /预算单位/.test(around)
                    ? '单位'
                    : /车/.test(around)
                      ? '车辆'
                      : '项目';
        const bd = partOf.get(evidenceKey(lab.figure)) ?? null;
        facts.push({
          kind: 'count',
          ...at,
          binding: base.binding,
          what,
          label: tk.label,
          figure: tk.figure,
          role: bd ? 'part' : at.outline.kind === 'item' ? 'item' : 'total',
          partOf: bd,
        });
      }
    });
  }
  settleItems(readings, facts);
  facts.push(...breakdowns);
  const statements = statementsOf(readings, facts, common);
  facts.push(...statements);
  // "a 万元，占 p%": a is a part of the share's base, wherever it stands.
  const shareParts = new Set(statements.flatMap((f) => (f.kind === 'share' && f.part && f.base ? [evidenceKey(f.part.figure)] : [])));
  for (const f of facts) if (f.kind === 'amount' && f.role !== 'part' && shareParts.has(evidenceKey(f.figure))) f.role = 'part';
  facts.push(...itemsOf(readings, common));
  facts.push(...lintFactsOf(readings, c, common));
  facts.push(...scoresOf(readings, common));
  const out: NarrativeFact[] = [];
  for (const f of facts) {
    const parsed = NarrativeFact.safeParse(f);
    if (parsed.success) out.push(f);
    else
      diagnostics.push({
        code: 'narrative-fact-invalid',
        severity: 'warning',
        stage: 'extract',
        message: `${f.kind} fact in ${f.ref.block} failed validation: ${parsed.error.issues[0]?.message ?? ''}`,
        provenance: f.ref.provenance,
      });
  }
  return { facts: out, diagnostics };
}

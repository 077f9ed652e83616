import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Diagnostic, DocModel } from '../../model/index.js';
import { breakdownsOf } from './breakdowns.js';
import { bareLabel, columnOf, headcountMetricOf, metricOf, scopeOf } from './metrics.js';
import { NarrativeFact, type FactOf, type Labelled } from './schema.js';
import { type Common, type Reading, type Role, subjectBefore } from './reading.js';
import { type Sentence, refOf, sentencesOf } from './sentences.js';
import { statementsOf } from './statements.js';
import { tokensOf } from './tokens.js';
import { itemsOf, lintFactsOf } from './items.js';
import { scoresOf } from './scores.js';

export { NarrativeFact } from './schema.js';

/**
 * The longest sentence read for figures. The longest of the fixtures and real documents has 554
 * characters (北京市卫生健康委员会's 预算); a run of thousands with no 。 (a notice's clause, text pasted without
 * punctuation) is not a sentence a report states a figure in, and every reader of it would work
 * through all of it (`sentence-budget`).
 */
const MAX_SENTENCE = 5_000;

const YOY_ANCHOR = /(?:比|较|与)\s*(?:上年|上一年|去年|上|年初预算|年初|预算|\d{4}\s*年)/g;
const YOY_TAIL = /(?:增加|减少|增长|下降|降低|上升|提高|节约|压减)了?\s*$/;

/** The document year, or the sentence's own (first 20xx年 before the number, not a 截至…月 date range). */
function yearOfSentence(s: Sentence, firstNumber: number, fallback: number | null): number | null {
  // Only a year printed before the sentence's first number: "…主要原因是：年中财政追加了2020年…" is not the sentence's year.
  const m = /(20\d{2})\s*年(?:度|全年|末)?/.exec(s.text.slice(0, firstNumber));
  return m ? Number(m[1]) : (s.ctx.year ?? fallback);
}

function labelled(r: Reading, i: number): Labelled {
  const tk = r.toks[i]!;
  const own = tk.kind === 'persons' || (tk.kind === 'count' && /编制/.test(tk.label)) ? headcountMetricOf(tk.label || r.s.text.slice(tk.end).split(/[，,。；;]/)[0]!) : metricOf(tk.label);
  // Only a label that names no thing of its own ("支出决算为", "实际支出", nothing) takes the clause's subject.
  const inherits = tk.kind === 'money' && /^(?:支出|收入)?(?:年初|全年)?(?:预算|决算|执行|实际支出|实际)?(?:数|金额)?$/.test(bareLabel(tk.label));
  const metric = own ?? (inherits ? subjectBefore(r, tk.start, tk.paren) : null);
  return { label: tk.label, metric, column: columnOf(tk.label), scope: scopeOf(tk.label), figure: tk.figure };
}

/** Reads each token's role: amount, YoY change, share, rate, claim, headcount, count. */
function read(s: Sentence, docYear: number | null): Reading {
  const toks = tokensOf(s);
  const r: Reading = { s, toks, lab: [], role: [], year: yearOfSentence(s, toks[0]?.start ?? s.text.length, docYear) };
  toks.forEach((tk, i) => {
    let role: Role = 'other';
    const prev = r.role[i - 1];
    if (tk.kind === 'percent') {
      if (prev === 'delta' && /^[，,\s]*(?:增加|减少|增长|下降|降低|上升|提高|减|增)(?:了|幅度为|幅度)?\s*$/.test(tk.between)) role = 'yoy-pct';
      else if (/占[^，,；;。]*$/.test(tk.between)) role = 'share';
      else if (/完成(?:年初)?预算(?:数)?的?\s*$/.test(tk.label) || /执行率(?:为|达|达到)?\s*$/.test(tk.label)) role = 'rate';
      else if (/率|满意/.test(tk.label) || /(?:指标值|完成值)=?$/.test(tk.label)) role = 'claim';
    } else if (tk.kind === 'money') {
      const anchors = [...tk.between.matchAll(YOY_ANCHOR)];
      role = anchors.length && YOY_TAIL.test(tk.between) ? 'delta' : 'amount';
    } else if (tk.kind === 'persons') role = 'headcount';
    else if (tk.kind === 'count') role = /编制/.test(tk.label) ? 'headcount' : /车|项目|问卷/.test(tk.label) ? 'count' : 'other';
    r.role.push(role);
    r.lab.push(null);
  });
  toks.forEach((_, i) => {
    if (['amount', 'delta', 'headcount', 'count'].includes(r.role[i]!)) r.lab[i] = labelled(r, i);
  });
  return r;
}

const common = (r: Reading): Common => ({ ref: refOf(r.s), docPart: r.s.ctx.part, chapter: r.s.ctx.chapter, section: [r.s.ctx.chapterTitle, r.s.ctx.subTitle].filter(Boolean).join(' › ') || null, topic: r.s.ctx.topic, year: r.year });

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
    diagnostics.push({ code: 'sentence-budget', severity: 'warning', stage: 'extract', message: `${s.block.id}: a sentence of ${s.text.length.toLocaleString('en')} characters, more than the ${MAX_SENTENCE.toLocaleString('en')} a sentence is read to; its figures were not read`, provenance: s.block.provenance, detail: { block: s.block.id, start: s.start, chars: s.text.length, limit: MAX_SENTENCE } });
  }
  const readings = sentences.filter((s) => s.text.length <= MAX_SENTENCE).map((s) => read(s, c.year));
  for (const r of readings) {
    r.toks.forEach((tk, i) => {
      const lab = r.lab[i];
      if (!lab || tk.inReason) return;
      const base = { ...common(r), ...lab };
      if (r.role[i] === 'amount') facts.push({ kind: 'amount', ...base } satisfies FactOf<'amount'>);
      else if (r.role[i] === 'headcount') facts.push({ kind: 'headcount', ...base } satisfies FactOf<'headcount'>);
      else if (r.role[i] === 'count') {
        const what = /车/.test(tk.label) ? '车辆' : /问卷/.test(tk.label) ? '问卷' : '项目';
        facts.push({ kind: 'count', ...common(r), what, label: tk.label, figure: tk.figure });
      }
    });
  }
  facts.push(...breakdownsOf(readings, common));
  facts.push(...statementsOf(readings, facts, common));
  facts.push(...itemsOf(readings, common));
  facts.push(...lintFactsOf(readings, c, common));
  facts.push(...scoresOf(readings, common));
  const out: NarrativeFact[] = [];
  for (const f of facts) {
    const parsed = NarrativeFact.safeParse(f);
    if (parsed.success) out.push(f);
    else diagnostics.push({ code: 'narrative-fact-invalid', severity: 'warning', stage: 'extract', message: `${f.kind} fact in ${f.ref.block} failed validation: ${parsed.error.issues[0]?.message ?? ''}`, provenance: f.ref.provenance });
  }
  return { facts: out, diagnostics };
}


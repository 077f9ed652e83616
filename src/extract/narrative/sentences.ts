import type { DocumentClassification } from '../../classify/classify-document.js';
import type { Block, DocModel } from '../../model/index.js';
import { yearOf } from '../../normalise/year.js';
import type { TextRef } from '../figure.js';
import type { Part } from './schema.js';
import { type OutlineEntry, stepOutline } from './outline.js';
import { rejoinSpaced, type SpacedRun } from './spacing.js';

/** The section a sentence stands in, from the headings above it. */
export interface Context {
  part: Part;
  chapter: number | null;
  chapterTitle: string | null;
  subTitle: string | null;
  /** The nearest short numbered line at list level (1. / 1、) that names a topic (`1. 年初预算项目：…`). */
  topic: string | null;
  /** Year named by the chapter heading (十四、2021年度预算绩效情况说明). */
  year: number | null;
  /** The open outline nodes, outermost first (第三部分 › 五、 › （三） › 1.): the node the sentence is printed in. */
  outline: OutlineEntry[];
}

/** One sentence of a paragraph block, with offsets into the block's printed text. */
export interface Sentence {
  block: Block;
  /** [start, end) in block.text. */
  start: number;
  end: number;
  /** The sentence with full-width digits and punctuation mapped one-to-one (offsets stay block offsets minus start). */
  text: string;
  ctx: Context;
  /** Index in the document's sentence list. */
  index: number;
  /** The block did not end its last sentence: the next paragraph continues it (a page break, 001 §二). */
  open: boolean;
  /**
   * The pieces of the sentence, in order, when a page break split it over paragraphs (000 PDF
   * "比上年减少2.64" | "万元，减少44%"): each block's span and where it starts in `text`. One piece
   * for an ordinary sentence.
   */
  parts: { block: Block; start: number; end: number; offset: number }[];
  /** Letter-spaced digit runs rejoined in `text` (offsets in the sentence): a figure read from one whose digits were not well formed is uncertain. */
  spaced: SpacedRun[];
}

/** NFKC per UTF-16 unit where it maps one unit to one (full-width digits, ％, ，): offsets survive. */
export function mapChars(s: string): string {
  let out = '';
  for (const ch of s.split('')) {
    const n = ch.normalize('NFKC');
    out += n.length === 1 ? n : ch;
  }
  return out;
}

const TERMINAL = /[。！？!?]/;

/**
 * Splits a block's text into sentences at 。！？ (kept with the sentence), trimming outer spaces. A 。 inside
 * a parenthesis that closes right after it does not end the sentence (广州 2026: "…（公务用车购置费0万元，…
 * 运行维护费0万元，比上年减少318.88万元。）比上年减少388.88万元，下降100%" is one statement).
 */
function split(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    const inside = depth > 0 && /^[^（()）]{0,40}[）)]/.test(text.slice(i + 1));
    if (i === text.length || (TERMINAL.test(ch!) && !inside)) {
      let s = start;
      const e = i === text.length ? i : i + 1;
      while (s < e && /\s/.test(text[s]!)) s++;
      let t = e;
      while (t > s && /\s/.test(text[t - 1]!)) t--;
      if (t > s) out.push({ start: s, end: t });
      start = e;
    }
  }
  return out;
}

/** A numbered heading-like line: short, numbered, no amounts. */
const isTitleLike = (b: Block): boolean => b.text.length <= 60 && !/\d+(?:\.\d+)?\s*(?:万元|元|%|％|人)/.test(b.text);

/**
 * A 目录 entry is no heading, except the body's first part heading when the parser took it for one more
 * entry: a 第X部分 the 目录 already listed, followed by a block that is no entry (长沙 2025: "第一部分部门预算公开说明"
 * after the 目录's own "第一部分 2025 年部门预算说明" … "第二部分 …").
 */
function bodyPart(b: Block, next: Block | undefined, tocParts: Set<number>): Block {
  if (b.role !== 'toc' || b.numbering?.style !== 'part') return b;
  if (tocParts.has(b.numbering.ordinal) && next && next.role !== 'toc') return { ...b, role: 'heading' };
  tocParts.add(b.numbering.ordinal);
  return b;
}

/** A numbered heading that states an amount is read too (北京卫健委 2026 二: "（一）本年财政拨款收入436,749.89万元"). */
const figured = (b: Block): boolean => b.role === 'heading' && b.numbering !== null && /\d\s*(?:万元|亿元|元)/.test(b.text);

/** Walks the blocks in reading order, keeping the section context, and yields every paragraph sentence. */
export function sentencesOf(doc: DocModel, c: DocumentClassification): Sentence[] {
  const ctx: Context = {
    part: c.kind === '决算' ? 'other' : 'report',
    chapter: null,
    chapterTitle: null,
    subTitle: null,
    topic: null,
    year: null,
    outline: [],
  };
  const out: Sentence[] = [];
  let carry: Sentence | null = null;
  let lastOrder = -2;
  const tocParts = new Set<number>();
  for (const [at, printed] of doc.blocks.entries()) {
    const b = bodyPart(printed, doc.blocks[at + 1], tocParts);
    const text = b.text;
    if (b.role === 'furniture') continue;
    // A table between two paragraphs (its order sits between theirs) ends any run-on sentence.
    if (b.role !== 'paragraph' || b.numbering || b.order !== lastOrder + 1) carry = null;
    lastOrder = b.order;
    ctx.outline = stepOutline(ctx.outline, b);
    const compact = text.replace(/\s+/g, '');
    if (b.role === 'heading' || b.role === 'caption' || (b.role === 'paragraph' && b.numbering && isTitleLike(b))) {
      if (/第[一二三四五六七八九十]+部分/.test(compact) || b.outlineLevel === 1) {
        ctx.part = /情况说明/.test(compact) ? 'fa-notes' : 'other';
        ctx.chapter = null;
        ctx.chapterTitle = ctx.subTitle = ctx.topic = null;
        ctx.year = null;
      } else if (b.role === 'heading' && !b.numbering && /决算情况说明$/.test(compact)) {
        // The 004 PDF prints "第三部分" and "2021年度部门决算情况说明" as two headings.
        ctx.part = 'fa-notes';
        ctx.chapter = null;
        ctx.chapterTitle = ctx.subTitle = ctx.topic = null;
      } else if (b.role === 'heading' && /(?:自评|评价)报告/.test(compact) && !/附件/.test(compact)) {
        ctx.part = 'report';
        ctx.chapter = null;
        ctx.chapterTitle = ctx.subTitle = ctx.topic = null;
      }
      const style = b.numbering?.style;
      if (style === 'cn-comma') {
        ctx.chapter = b.numbering!.ordinal;
        ctx.chapterTitle = compact;
        ctx.subTitle = ctx.topic = null;
        ctx.year = yearOf(compact);
      } else if (style === 'cn-paren') {
        ctx.subTitle = compact;
        ctx.topic = null;
      } else if (style === 'arabic-dot' || style === 'arabic-paren') {
        ctx.topic = compact;
      } else if (b.role === 'heading' && !b.numbering && ctx.part !== 'fa-notes') {
        // 000 prints unnumbered headings (人员编制情况, “三公”经费使用和管理情况): a new sub-section.
        ctx.subTitle = compact;
        ctx.topic = null;
      }
      if (b.role !== 'paragraph' && !figured(b)) continue;
    }
    if (b.role !== 'paragraph' && !figured(b)) continue;
    const { text: mapped, runs } = rejoinSpaced(mapChars(text));
    const spans = split(mapped);
    const runsIn = (sp: { start: number; end: number }, offset: number): SpacedRun[] =>
      runs.filter((r) => r.start >= sp.start && r.end <= sp.end).map((r) => ({ ...r, start: r.start - sp.start + offset, end: r.end - sp.start + offset }));
    // A paragraph that opens on its own 类/款/项 path (预算 说明 "2、公共安全支出（204类）司法（06款）基层司法业务（04项）…")
    // is about that 项: its topic, for this block only.
    const path = /^\s*\d+[、.]\s*([^。]*?[(（]\d*项[)）])/.exec(mapped)?.[1] ?? null;
    const blockCtx = path ? { ...ctx, topic: path } : ctx;
    spans.forEach((sp, i) => {
      const last = i === spans.length - 1;
      const piece = mapped.slice(sp.start, sp.end);
      const open = last && !TERMINAL.test(piece.at(-1) ?? '') && !/[；;：:]$/.test(piece);
      if (i === 0 && carry) {
        // The previous paragraph's last sentence runs on into this one: one sentence over two blocks.
        carry.parts.push({ block: b, start: sp.start, end: sp.end, offset: carry.text.length });
        carry.spaced.push(...runsIn(sp, carry.text.length));
        carry.text += piece;
        carry.open = open;
        if (!open) carry = null;
        return;
      }
      const s: Sentence = {
        block: b,
        start: sp.start,
        end: sp.end,
        text: piece,
        ctx: { ...blockCtx },
        index: out.length,
        open,
        parts: [{ block: b, start: sp.start, end: sp.end, offset: 0 }],
        spaced: runsIn(sp, 0),
      };
      out.push(s);
      // A short unpunctuated line is a title, not half a sentence (000 "“三公”经费使用和管理情况").
      carry = open && (piece.length >= 25 || /[\d，,、]$/.test(piece)) && !(b.numbering && isTitleLike(b)) ? s : null;
    });
    if (!spans.length) carry = null;
  }
  return out;
}

/** The evidence of a span of a sentence (offsets relative to the sentence). */
export function refOf(s: Sentence, from = 0, to = s.text.length): TextRef {
  // The piece the span starts in; a span is clipped to that block (a number never straddles a break in the seeds).
  const p = [...s.parts].reverse().find((x) => x.offset <= from) ?? s.parts[0]!;
  const start = p.start + (from - p.offset);
  const end = Math.min(p.end, p.start + (to - p.offset));
  const quote = s.parts.map((x) => x.block.text.slice(x.start, x.end)).join('');
  return { kind: 'text', block: p.block.id, start, end: Math.max(start, end), quote, provenance: p.block.provenance };
}

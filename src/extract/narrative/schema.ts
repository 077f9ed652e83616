import { z } from 'zod';
import { Figure, TextRef } from '../figure.js';

/** Which part of the document a sentence stands in: the 决算 情况说明, a 绩效 report (stand-alone or appended), or other text. */
export const Part = z.enum(['fa-notes', 'report', 'other']);
export type Part = z.infer<typeof Part>;

/**
 * The outline node a sentence is printed in: 情况说明 五(三)1 → path ["第三部分", "五", "（三）", "1"]. A
 * figure belongs to the node it is printed in; two statements at different nodes are about different
 * things unless they say they are the same measure.
 */
export const OutlineRef = z.object({
  /** The numbering markers from the outermost part down, as printed without the 、/. after them; [] outside any numbered node. */
  path: z.array(z.string()),
  /** The id of the block that opened each node of the path: the nodes' identities (a 职能 list and the 说明 may both number 一、). */
  nodes: z.array(z.string()),
  /** `section` under a title line, `item` in an entry of a numbered list that states its own figure; null outside any node. */
  kind: z.enum(['section', 'item']).nullable(),
});
export type OutlineRef = z.infer<typeof OutlineRef>;

/**
 * Whether the sentence's subject, figure and unit were bound unambiguously. A finding drawn from an
 * uncertain binding is at most a warning and says why (`data.uncertain`).
 */
export const Binding = z.object({
  certain: z.boolean(),
  /** What was uncertain (letter-spaced digits rejoined with a doubt, a base taken from an earlier sentence …). */
  why: z.string().optional(),
});
export type Binding = z.infer<typeof Binding>;

/** Where a fact was stated: the sentence's evidence, its section and the year it speaks of. */
const Common = {
  /** The sentence: block id, its span in the block's text, the sentence as quote, the block's provenance. */
  ref: TextRef,
  docPart: Part,
  /** Ordinal of the enclosing 一、二、… chapter (情况说明 七 → 7); null outside numbered chapters. */
  chapter: z.number().int().nullable(),
  /** Title of the enclosing chapter and sub-section, as printed (`七、一般公共预算财政拨款三公经费支出决算情况说明`). */
  section: z.string().nullable(),
  /** The nearest numbered list line above it that names a topic (`1. 年初预算项目：社会保险经办专项经费`). */
  topic: z.string().nullable(),
  /** The year the fact is about: from the sentence, else its section, else the document. */
  year: z.number().int().nullable(),
  outline: OutlineRef,
  binding: Binding,
};

/** One labelled amount: the label is the text printed before it (from the last number or clause break). */
const Labelled = z.object({
  label: z.string(),
  metric: z.string().nullable(),
  /** 年初预算 / 全年预算 / 预算 / 决算·执行; null when the label says none. */
  column: z.enum(['init', 'full', 'budget', 'final']).nullable(),
  /** Funding scope (财政拨款, 一般公共预算) or, for a breakdown's components, the breakdown's 基本支出/项目支出. */
  scope: z.string().nullable(),
  /** Value in 万元 for money (元 and 亿元 converted exactly, the half-unit scaled with it), else as printed. */
  figure: Figure,
});
export type Labelled = z.infer<typeof Labelled>;

/** Where a figure stands in its outline, for amounts, headcounts and counts. */
const Standing = {
  /**
   * `part` a component of a stated breakdown (其中 …), `item` a numbered list entry's own figure, `total` a
   * section's (or the document's) figure, stated in the section's own text.
   */
  role: z.enum(['total', 'item', 'part']),
  /** Id of the breakdown whose component it is (its total is what it is a part of); null for a total or an item. */
  partOf: z.string().nullable(),
};

/** N.amount(metric, year, scope, where). */
export const AmountFact = z.object({ kind: z.literal('amount'), ...Common, ...Labelled.shape, ...Standing });

/** N.share(part, base, pct): "a 占(base的) p%". */
export const ShareFact = z.object({
  kind: z.literal('share'),
  ...Common,
  part: Labelled.nullable(),
  /** What the share is of, as printed after 占 (`基本支出`), or the sentence's subject. */
  baseLabel: z.string(),
  baseMetric: z.string().nullable(),
  /** The base's value when the text gives it (the breakdown total, or the last mention of the base metric). */
  base: Labelled.nullable(),
  pct: Figure,
  /** Id of the breakdown this share's part belongs to, when it belongs to one. */
  group: z.string().nullable(),
});

/** N.yoy(metric, current, delta, dirWords[], pct): "比上年增加/减少 Δ，增长/下降 p%". */
export const YoyFact = z.object({
  kind: z.literal('yoy'),
  ...Common,
  metric: z.string().nullable(),
  current: Labelled.nullable(),
  /** The prior value when the statement prints it ("比 2025 年年初预算数 28479.84 万元增加 …"); null when only implied. */
  prior: Labelled.nullable(),
  delta: Figure,
  /** What the change is measured against: the prior year (比上年) or the year's budget (比年初预算数). */
  against: z.enum(['prior', 'budget']),
  /** Every direction word of the statement in order (增加, 减少 …), reasons excluded. */
  words: z.array(z.object({ word: z.string(), dir: z.enum(['up', 'down']) })),
  pct: Figure.nullable(),
});

/** N.rate(metric, num, den, pct): "完成(年初)预算的 p%", "执行率 p%". */
export const RateFact = z.object({
  kind: z.literal('rate'),
  ...Common,
  rateKind: z.enum(['completion', 'execution']),
  /** The metric whose rate it is (the numerator's, or the clause's subject). */
  metric: z.string().nullable(),
  num: Labelled.nullable(),
  den: Labelled.nullable(),
  pct: Figure,
  /** Whether the sentence or the next explains an overrun by 追加. */
  explainedByAddition: z.boolean(),
});

/** N.claim(metric, value): a stated indicator value ("在职人员控制率 … 100%", "满意度达到98%"). */
export const ClaimFact = z.object({
  kind: z.literal('claim'),
  ...Common,
  metric: z.string().nullable(),
  /** The subject as printed (`服务对象满意度`, `在职人员控制率，指标值=`). */
  label: z.string(),
  value: Figure,
  /** The value was printed without %. */
  percentSignMissing: z.boolean(),
});

/** "共计/全年 X，其中 a；b；c" (leading), "a 及 b，共计 X" (trailing), "X（a, b）" (parenthesised). */
export const BreakdownFact = z.object({
  kind: z.literal('breakdown'),
  ...Common,
  id: z.string(),
  form: z.enum(['leading', 'trailing', 'paren']),
  family: z.enum([
    'econ',
    'income',
    'basic-split',
    'basic-project',
    'func',
    'fund',
    'budget-adjust',
    'sangong',
    'procurement',
    'meeting',
    'pension',
    'persons',
    'other',
  ]),
  /** Whether the components are meant to cover the total (a partition, or the text says so). */
  exhaustive: z.boolean(),
  total: Labelled,
  components: z.array(Labelled),
});

/** A number of persons (编制, 在职, 退休, 参保 …), in 人 or 万人. */
export const HeadcountFact = z.object({ kind: z.literal('headcount'), ...Common, ...Labelled.shape, ...Standing });

/** A count of things (辆, 个 projects, 份 questionnaires). */
export const CountFact = z.object({
  kind: z.literal('count'),
  ...Common,
  what: z.enum(['车辆', '项目', '问卷', '设备', '单位', '企业']),
  label: z.string(),
  figure: Figure,
  ...Standing,
});

/** "决算数大于/小于/等于(年初)预算数" with the two amounts it speaks of and whether a reason follows. */
export const WordingFact = z.object({
  kind: z.literal('wording'),
  ...Common,
  comparator: z.enum(['gt', 'lt', 'eq']),
  budget: Labelled.nullable(),
  final: Labelled.nullable(),
  reason: z.boolean(),
});

/** 情况说明 五(三): one numbered 项 "N、X（类）Y（款）Z（项）" with its 年初预算 and 支出决算. */
export const ItemFact = z.object({
  kind: z.literal('item'),
  ...Common,
  ordinal: z.number().int(),
  lei: z.string(),
  kuan: z.string(),
  xiang: z.string(),
  init: Labelled.nullable(),
  final: Labelled.nullable(),
  /** The evidence of the heading that names the 类/款/项. */
  headingRef: TextRef,
});

/** 五(三)'s lead sentence: the totals the items should add up to. */
export const ItemTotalFact = z.object({ kind: z.literal('item-total'), ...Common, init: Labelled.nullable(), final: Labelled.nullable() });

/** A phrase naming another department's business (民政工作 in a 社保 report). */
export const EntityFact = z.object({ kind: z.literal('entity'), ...Common, department: z.string(), phrase: z.string() });

/** A sentence that opens with a year and the unit as subject ("2019年社保中心每月…"). */
export const YearMentionFact = z.object({ kind: z.literal('year-mention'), ...Common, mentioned: z.number().int(), phrase: z.string() });

/** A self-score the text states: the total, a part its 其中 lists, or an indicator's weight and score (权重10分，得7分). In 分. */
export const ScoreFact = z.object({
  kind: z.literal('score'),
  ...Common,
  role: z.enum(['total', 'part', 'item']),
  /** What is scored, as the text names it (综合, 预算执行, 产出指标, 数量指标). */
  subject: z.string(),
  weight: Figure.nullable(),
  score: Figure,
});

/** "设置数量指标、质量指标、时效指标和成本指标4个二级指标": the indicators a report says it set, and how many. */
export const IndicatorListFact = z.object({
  kind: z.literal('indicator-list'),
  ...Common,
  /** 1 一级, 2 二级, 3 三级. */
  level: z.number().int().min(1).max(3),
  names: z.array(z.string()),
  count: z.number().int(),
});

/** A fact stated in running text (spec §0.2 N.*). */
export const NarrativeFact = z.discriminatedUnion('kind', [
  AmountFact,
  ShareFact,
  YoyFact,
  RateFact,
  ClaimFact,
  BreakdownFact,
  HeadcountFact,
  CountFact,
  WordingFact,
  ItemFact,
  ItemTotalFact,
  EntityFact,
  YearMentionFact,
  ScoreFact,
  IndicatorListFact,
]);
export type NarrativeFact = z.infer<typeof NarrativeFact>;
export type FactOf<K extends NarrativeFact['kind']> = Extract<NarrativeFact, { kind: K }>;

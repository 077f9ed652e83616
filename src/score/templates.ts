import { Decimal } from 'decimal.js';

/**
 * The 自评表 templates as data (spec A6 `st-level1-weights`, `st-grade-band`): the 一级 weights of
 * each variant and the grade bands. Rules read these; extract only decides which variant a table
 * states.
 */

export type L1Variant = 'V1' | 'V2';

/** One 一级 of a template: its canonical name, the words that name it in a table, its weight. */
export interface L1Slot {
  name: string;
  /** Matched against the compacted 一级 label (产出指标（50分） → 产出指标). */
  pattern: RegExp;
  weight: Decimal;
}

const d = (v: number): Decimal => new Decimal(v);

export const L1_TEMPLATES: Record<L1Variant, readonly L1Slot[]> = {
  // 000 说明, 002 附件4-2, 004 (the default when nothing is stated).
  V1: [
    { name: '预算执行率', pattern: /预算执行率|资金总额|部门资金|项目资金|资金情况/, weight: d(10) },
    { name: '产出指标', pattern: /产出/, weight: d(50) },
    { name: '效益指标', pattern: /效益/, weight: d(30) },
    { name: '满意度指标', pattern: /满意度/, weight: d(10) },
  ],
  // 001 注: "原则上一级指标分值统一设置为：预算执行率10分、部门管理指标20分、履职效果指标50分、能力建设指标10分、服务对象满意度指标10分".
  V2: [
    { name: '预算执行率', pattern: /预算执行率|资金总额|资金预算|部门资金/, weight: d(10) },
    { name: '部门管理指标', pattern: /部门管理/, weight: d(20) },
    { name: '履职效果指标', pattern: /履职效果/, weight: d(50) },
    { name: '能力建设指标', pattern: /能力建设/, weight: d(10) },
    { name: '服务对象满意度指标', pattern: /满意度/, weight: d(10) },
  ],
};

/** The template slot a 一级 label belongs to, or null. */
export function l1SlotOf(variant: L1Variant, label: string): L1Slot | null {
  return L1_TEMPLATES[variant].find((s) => s.pattern.test(label)) ?? null;
}

export type BandVariant = 'A' | 'B';

/** A grade band: [min, max) in 分 (max null = no upper bound), with the grade's canonical name. */
export interface Band {
  grade: string;
  min: Decimal;
  max: Decimal | null;
}

export const BANDS: Record<BandVariant, readonly Band[]> = {
  // 000 说明: 优秀（S≥90）、良好（90＞S≥80）、较差（80＞S≥60）、差（S＜60）.
  A: [
    { grade: '优秀', min: d(90), max: null },
    { grade: '良好', min: d(80), max: d(90) },
    { grade: '较差', min: d(60), max: d(80) },
    { grade: '差', min: d(-Infinity), max: d(60) },
  ],
  // 004 备注: 90 分（含）—100 分为优，80 分（含）—90 分为良，60 分（含）—80 分为中，60 分以下为差.
  B: [
    { grade: '优秀', min: d(90), max: null },
    { grade: '良好', min: d(80), max: d(90) },
    { grade: '中', min: d(60), max: d(80) },
    { grade: '差', min: d(-Infinity), max: d(60) },
  ],
};

/** The band a total falls in. */
export function bandOf(variant: BandVariant, total: Decimal): Band {
  return BANDS[variant].find((b) => total.gte(b.min) && (b.max === null || total.lt(b.max)))!;
}

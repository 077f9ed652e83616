import { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { Block, DocModel, Table } from '../../model/index.js';
import { compactText } from '../../normalise/text.js';
import { cellRef, DecimalSchema, EvidenceRef } from '../figure.js';
import { blocksAfter, rowCells } from './cells.js';

/** Where a piece of template text was printed: a block id, or a table cell `t0:r21c0`. */
const Source = z.object({ where: z.string(), text: z.string(), evidence: EvidenceRef });
type Source = z.infer<typeof Source>;

/**
 * The template a 自评表 follows, as its 说明/注/备注 state it (spec §0.2 ST.template, C "Template
 * detection"). `stated: false` means nothing said so and the default applies (V1, bands B).
 */
export const StTemplate = z.object({
  l1Weights: z.object({
    variant: z.enum(['V1', 'V2']),
    stated: z.boolean(),
    /** The 一级 weights as the text prints them (预算执行率10分 …), in 分. */
    weights: z.array(z.object({ name: z.string(), weight: DecimalSchema })),
    source: Source.nullable(),
  }),
  bands: z.object({ variant: z.enum(['A', 'B']), stated: z.boolean(), source: Source.nullable() }),
  /** `weight×rate` when the template defines 得分 = 分值 × 执行率 (004 header "得分(分值×执行率)"). */
  scoreFormula: z.enum(['weight×rate']).nullable(),
  scoreFormulaSource: Source.nullable(),
  /** The rate's definition is stated as 全年执行数 / 全年预算数 (004 备注 1). */
  rateDefined: z.boolean(),
  /** The report adopts "未完成指标值的，按照完成值与指标值的比例计分" (001 §三(五)). */
  proportional: Source.nullable(),
  /** The report allows a deduction when the actual exceeds the target by much ("完成值高于指标值较多…按照偏离度适度调减分值", 001). */
  deviationDeduction: Source.nullable(),
  /** The report says the 三公经费 had no budget ("三公经费…年初无预算安排", 001): a 三公 控制率 is then undefined. */
  sangongNoBudget: Source.nullable(),
});
export type StTemplate = z.infer<typeof StTemplate>;

/** The text rows inside the table (说明/注/备注 rows, 001 row 21) and the paragraphs under it. */
function templateTexts(doc: DocModel, t: Table, kind: string): Source[] {
  const out: Source[] = [];
  for (let r = 0; r < t.nRows; r++)
    for (const c of rowCells(t, r))
      if (c.own && /^(?:说明|注|备注)/.test(c.text) && c.text.length > 8)
        out.push({ where: `${t.id}:r${r}c${c.col}`, text: c.text, evidence: cellRef(t, kind, c.cell) });
  for (const b of blocksAfter(doc, t)) out.push(blockSource(b));
  return out;
}

const blockSource = (b: Block): Source => ({
  where: b.id,
  text: compactText(b.text).slice(0, 300),
  evidence: { kind: 'text', block: b.id, start: 0, end: b.text.length, quote: b.text.slice(0, 300), provenance: b.provenance },
});

const L1_WEIGHT = /(预算执行率|产出指标|效益指标|满意度指标|部门管理指标|履职效果指标|能力建设指标|服务对象满意度指标)(\d+(?:\.\d+)?)分/g;

export function templateOf(
  doc: DocModel,
  t: Table,
  kind: string,
  scoreHeader: string | null,
  scoreHeaderCell: Parameters<typeof cellRef>[2] | null,
): StTemplate {
  const texts = templateTexts(doc, t, kind);
  let l1: StTemplate['l1Weights'] = { variant: 'V1', stated: false, weights: [], source: null };
  let bands: StTemplate['bands'] = { variant: 'B', stated: false, source: null };
  let rateDefined = false;
  let formulaSource: StTemplate['scoreFormulaSource'] = null;
  for (const s of texts) {
    const weights = [...s.text.matchAll(L1_WEIGHT)].map((m) => ({ name: m[1]!, weight: new Decimal(m[2]!) }));
    if (weights.length >= 3 && !l1.stated)
      l1 = { variant: weights.some((w) => /部门管理|履职效果/.test(w.name)) ? 'V2' : 'V1', stated: true, weights, source: s };
    if (/优秀[(（]S≥90/.test(s.text) && !bands.stated) bands = { variant: 'A', stated: true, source: s };
    else if (/90分[(（]含[)）][—\-–~至]+100分为优/.test(s.text) && !bands.stated) bands = { variant: 'B', stated: true, source: s };
    if (/执行率["”]?=["“]?全年执行数["”]?\/["“]?全年预算数/.test(s.text)) rateDefined = true;
    if (/得分=分值[×xX*]执行率/.test(s.text)) formulaSource = s;
  }
  if (!formulaSource && scoreHeader && scoreHeaderCell && /得分[(（]分值[×xX*]执行率[)）]/.test(compactText(scoreHeader)))
    formulaSource = { where: `${t.id}:header`, text: compactText(scoreHeader), evidence: cellRef(t, kind, scoreHeaderCell) };
  const inText = (re: RegExp) => {
    const b = doc.blocks.find((x) => re.test(compactText(x.text)));
    return b ? blockSource(b) : null;
  };
  const prop = inText(/未完成指标值的[，,]?按照?完成值与指标值的比例计分/);
  return {
    l1Weights: l1,
    bands,
    scoreFormula: formulaSource ? 'weight×rate' : null,
    scoreFormulaSource: formulaSource,
    rateDefined,
    proportional: prop,
    deviationDeduction: inText(/完成值高于指标值较多.{0,60}偏离度适度调减/),
    sangongNoBudget: inText(/三公经费[”"]?.{0,20}无预算安排/),
  };
}

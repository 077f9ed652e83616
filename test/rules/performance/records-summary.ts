import type { Slot } from '../../../src/extract/figure.js';
import type { Measure } from '../../../src/extract/performance/cells.js';
import type { DocumentRecords } from '../../../src/extract/records.js';

/**
 * The 绩效 records of a document as plain strings (value + unit of each slot), so that tests can
 * compare them with seed text and across formats (HTML, DOCX, PDF) without evidence details.
 */
export const slotText = (s: Slot | null | undefined): string | null =>
  !s ? null : s.state === 'number' ? `${s.figure.value.toFixed()}${s.figure.unit ?? ''}` : s.state;

export const measureText = (m: Measure | null | undefined): string | null =>
  !m
    ? null
    : m.slot.state === 'number'
      ? `${m.comparator === 'value' ? '' : m.comparator}${slotText(m.slot)}${m.high ? `..${m.high.value.toFixed()}` : ''}`
      : m.slot.state;

export function performanceSummary(r: DocumentRecords) {
  return {
    selfEval: r.selfEval.map((t) => ({
      kind: t.tableKind,
      project: t.project,
      fund: t.fundRows.map((f) => [
        f.key,
        slotText(f.initBudget),
        slotText(f.fullBudget),
        slotText(f.executed),
        measureText(f.rate),
        slotText(f.weight),
        slotText(f.score),
      ]),
      split: t.split
        ? {
            ...Object.fromEntries(Object.entries(t.split.src).map(([k, v]) => [k, slotText(v)])),
            ...Object.fromEntries(Object.entries(t.split.nat).map(([k, v]) => [k, slotText(v)])),
          }
        : null,
      items: t.items.map((it) => [
        it.l1,
        it.l1Weight?.value.toFixed() ?? null,
        it.l2,
        it.l3,
        measureText(it.target),
        measureText(it.actual),
        slotText(it.weight),
        slotText(it.score),
        it.scoredBy,
      ]),
      total: [slotText(t.total?.weight), slotText(t.total?.score)],
      grade: t.grade?.canonical ?? null,
      template: [
        t.template.l1Weights.variant,
        t.template.l1Weights.stated,
        t.template.bands.variant,
        t.template.bands.stated,
        t.template.scoreFormula,
        t.template.rateDefined,
        t.template.proportional !== null,
      ],
    })),
    basicData: r.basicData.map((b) => ({
      year: b.year,
      staff: [slotText(b.staff?.quota), slotText(b.staff?.onDuty), measureText(b.staff?.rateStated)],
      rows: Object.fromEntries(b.rows.map((x) => [x.key, [slotText(x.curFin), slotText(x.curBud), slotText(x.prevFin)]])),
    })),
    frameworks: r.frameworks.map((f) => ({
      scope: f.scope,
      total: slotText(f.totalSelfScore),
      nodes: f.nodes.map((n) => [n.level, n.name, n.weight?.value.toFixed() ?? null, n.parent, slotText(n.selfScore)]),
    })),
  };
}

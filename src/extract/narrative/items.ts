import type { DocumentClassification } from '../../classify/classify-document.js';
import type { CommonOf, Reading } from './reading.js';
import type { FactOf, Labelled, NarrativeFact } from './schema.js';
import { refOf } from './sentences.js';

/**
 * "N、X（类）Y（款）Z（项）". Each name runs to the first mark after it: a lookahead finds it and the
 * name is then taken whole, so a sentence with many （类） and （款） and no （项） is read in one pass (three
 * lazy groups backtracked over every pair of marks: cubic in the sentence). The first mark is the
 * only one that can lead to a match, so the matches are the same.
 */
const ITEM = /^\s*(\d+)[、.．]\s*(?=(.+?)[（(]类[)）])\2[（(]类[)）](?=(.+?)[（(]款[)）])\3[（(]款[)）](?=(.+?)[（(]项[)）])\4[（(]项[)）]/;

const amountWith = (r: Reading, pred: (l: Labelled) => boolean): Labelled | null => {
  const i = r.toks.findIndex((_, k) => r.role[k] === 'amount' && !r.toks[k]!.inReason && pred(r.lab[k]!));
  return i >= 0 ? r.lab[i]! : null;
};

/**
 * 情况说明 五(三) (004): numbered 项 lines "N、X（类）Y（款）Z（项）" each followed by "年初预算为A万元，支出决算为B万元…",
 * and the lead sentence with the totals they add up to.
 */
export function itemsOf(readings: Reading[], common: CommonOf): NarrativeFact[] {
  const out: NarrativeFact[] = [];
  let leadDone = false;
  readings.forEach((r, ri) => {
    const m = ITEM.exec(r.s.text);
    if (!m) return;
    if (!leadDone) {
      for (let k = ri - 1; k >= 0 && k >= ri - 4; k--) {
        const p = readings[k]!;
        const init = amountWith(p, (l) => l.column === 'init');
        const final = amountWith(p, (l) => l.column === 'final');
        if (init || final) {
          out.push({ kind: 'item-total', ...common(p), init, final } satisfies FactOf<'item-total'>);
          break;
        }
      }
      leadDone = true;
    }
    // The amounts stand in the next paragraph (or the rest of this one).
    const body = readings.slice(ri + 1, ri + 4).filter((p) => !ITEM.test(p.s.text));
    const next = readings[ri + 1];
    const pool = next && !ITEM.test(next.s.text) ? [next, ...body.filter((p) => p.s.block.id === next.s.block.id)] : [];
    let init: Labelled | null = null;
    let final: Labelled | null = null;
    for (const p of pool) {
      init ??= amountWith(p, (l) => l.column === 'init');
      final ??= amountWith(p, (l) => l.column === 'final');
    }
    const at = next ?? r;
    out.push({
      kind: 'item',
      ...common(at),
      ordinal: Number(m[1]),
      lei: m[2]!.trim(),
      kuan: m[3]!.trim(),
      xiang: m[4]!.trim(),
      init,
      final,
      headingRef: refOf(r.s),
    } satisfies FactOf<'item'>);
  });
  return out;
}

/** Departments whose business a 社保/人社 text should not carry, as "X工作 / X系统 / X专项 / X维稳" phrases. */
const FOREIGN = /(民政|教育|卫生健康|卫健|公安|农业农村|水利|交通运输|林业|文化旅游|自然资源)(各项工作|工作|系统|专项|维稳|事业|业务)/g;
const OWN_SUBJECT = /^(?:我单位|本单位|我中心|本中心|我局|本局|社保中心|中心|单位|区社保中心|县社保中心)/;

/** Facts for the lint rules: another department's business named; a sentence opening on another year with the unit as subject. */
export function lintFactsOf(readings: Reading[], c: DocumentClassification, common: CommonOf): NarrativeFact[] {
  const out: NarrativeFact[] = [];
  const own = c.department ?? '';
  for (const r of readings) {
    for (const m of r.s.text.matchAll(FOREIGN)) {
      if (own.includes(m[1]!)) continue;
      out.push({ kind: 'entity', ...common(r), department: m[1]!, phrase: m[0] } satisfies FactOf<'entity'>);
    }
    const y = /^(?:[(（]?\d+[)）、.]\s*)?(20\d{2})\s*年(?:度)?\s*(.{0,8})/.exec(r.s.text);
    if (y && OWN_SUBJECT.test(y[2]!.replace(/^[，,]/, ''))) {
      out.push({ kind: 'year-mention', ...common(r), mentioned: Number(y[1]), phrase: r.s.text.slice(0, 24) } satisfies FactOf<'year-mention'>);
    }
    // A 决算 states its holdings at the year-end of its own year: "截至2023年12月31日" in a 2024 决算 (24年普陀 测试版 十一(三)).
    const end = c.kind === '决算' ? /截[至止]\s*(20\d{2})\s*年\s*(?:12\s*月\s*31\s*日|12\s*月底|底|末)/.exec(r.s.text) : null;
    if (end) out.push({ kind: 'year-mention', ...common(r), mentioned: Number(end[1]), phrase: end[0] } satisfies FactOf<'year-mention'>);
  }
  return out;
}

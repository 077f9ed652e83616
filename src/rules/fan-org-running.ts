import { factsOf, textTable, whereOf } from './_lib/narrative.js';
import { lineItem } from './_lib/table-values.js';
import { Tally } from './_lib/finding.js';
import { compare, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { checkYoy, isOrgRunning } from './_lib/yoy.js';
import { ruleMeta } from './_lib/meta.js';

/** The amount check's words (the YoY findings fill the same placeholders from checkYoy's data). */
const NO_YOY = {
  what: '机关运行经费 ',
  whatEn: '机关运行经费 ',
  against: '与公用经费不同（通常相等）：',
  againstEn: 'which differs from 公用经费 (normally equal): ',
  hint: '',
  hintEn: '',
};

const meta = ruleMeta({
  id: 'fan-org-running',
  description: "情况说明 十 机关运行经费 is normally = 公用经费 (公开06, else 情况说明 六); info when it differs (its YoY statements are yoy-pct's)",
  messages: {
    zh: '{where}：机关运行经费说明，{what}{left}，{against}{right}{hint}',
    en: '{where}: 机关运行经费 statement, {whatEn}{left}, {againstEn}{right}{hintEn}',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const amounts = factsOf(r, 'amount');
    const running = amounts.find((a) => a.docPart === 'fa-notes' && a.metric === '机关运行经费');
    if (!running) return t.result({ outcome: 'not-applicable', reason: 'no 机关运行经费 amount in the 情况说明' });
    const table = lineItem(r, 'fa06', '*', /公用经费/);
    const narrative = amounts.find((a) => a.docPart === 'fa-notes' && a.metric === '公用经费');
    const pub = table
      ? { label: '公开06 公用经费合计', figure: table }
      : narrative
        ? { label: `六 公用经费（${narrative.ref.block}）`, figure: narrative.figure }
        : null;
    if (!pub) return t.result({ outcome: 'insufficient-data', reason: 'no 公用经费 to compare 机关运行经费 with' });
    const left = single('机关运行经费', running.figure);
    const right = single(pub.label, pub.figure);
    t.compare(textTable(running), left, right, compare(left, right), { where: whereOf(running), ...NO_YOY }, { severity: 'info' });
    // Its YoY and vs-年初预算 statements recompute under T-YOY (yoy-pct leaves 十 to this rule).
    const yoy = checkYoy(meta, r, isOrgRunning);
    t.findings.push(...yoy.findings);
    t.residuals.push(...yoy.residuals);
    t.checked += yoy.checked;
    return t.result({ outcome: 'not-applicable', reason: 'nothing to check' });
  },
};
export default rule;

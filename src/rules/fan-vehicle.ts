import { factsOf, textTable, whereOf } from './_lib/narrative.js';
import { Tally } from './_lib/finding.js';
import { compare, single } from './_lib/interval.js';
import type { Rule } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fan-vehicle',
  description: 'The 七 公务用车保有量 equals the 十三 车辆数',
  messages: {
    zh: '{where}：七 公务用车保有量 {left} 辆与十三 车辆数 {right} 辆不符',
    en: '{where}: 七 says {left} official vehicles, 十三 says {right}',
  },
});

export const rule: Rule = {
  meta,
  check(r) {
    const t = new Tally(meta);
    const cars = factsOf(r, 'count').filter((c) => c.what === '车辆' && c.docPart === 'fa-notes');
    const held = cars.find((c) => c.chapter === 7 && /保有量/.test(c.label));
    const assets = cars.find((c) => c.chapter === 13);
    if (!held || !assets) return t.result({ outcome: 'not-applicable', reason: 'no 公务用车保有量 and 车辆数 both stated' });
    const left = single('七 公务用车保有量', held.figure);
    const right = single('十三 车辆数', assets.figure);
    t.compare(textTable(held), left, right, compare(left, right, { exact: true }), { where: `${whereOf(held)} / ${whereOf(assets)}` });
    return t.result({ outcome: 'not-applicable', reason: 'nothing to check' });
  },
};
export default rule;

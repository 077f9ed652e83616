import { Decimal } from 'decimal.js';
import { childrenOf, type FrameworkTable, type FwNode, leavesOf } from '../extract/records.js';
import { Tally } from './_lib/finding.js';
import { compare, computed, single, sum } from './_lib/interval.js';
import type { Rule, Side } from './_lib/types.js';
import { ruleMeta } from './_lib/meta.js';

const meta = ruleMeta({
  id: 'fw-weight-hierarchy',
  description:
    'Each 一级 weight = Σ its 二级 = Σ its leaves; each 二级 = Σ its leaves; Σ 一级 = 100; Σ leaves = 100. A 一级 whose 二级 already fails is reported once, at the 二级.',
  messages: {
    zh: '{table}：{node} 权重 {left} ≠ {rightLabel} {right}{hint}',
    en: '{table}: {node} weight {left} vs {rightLabel} {right}{hint}',
  },
});

const ZERO = new Decimal(0);
const exact = (a: Side, b: Side) => compare(a, b, { exact: true });
const weights = (nodes: FwNode[]) => nodes.filter((n) => n.weight).map((n) => ({ label: n.name, figure: n.weight! }));

export function checkTree(fw: FrameworkTable, tally: Tally): void {
  const hundred = computed('满分', new Decimal(100), ZERO, []);
  const roots = fw.nodes.filter((n) => n.level === 1);
  for (const l1 of roots) {
    if (!l1.weight) continue;
    const kids = childrenOf(fw, l1).filter((k) => k.level === 2);
    let childFailed = false;
    for (const l2 of kids) {
      const leaves = childrenOf(fw, l2);
      if (!l2.weight || !leaves.length || leaves.some((x) => !x.weight)) continue;
      const left = single(l2.name, l2.weight);
      const right = sum('Σ 三级', weights(leaves));
      const cmp = exact(left, right);
      if (cmp.agreement !== 'equal') childFailed = true;
      const l1Sum = leavesOf(fw, l1).reduce((a, x) => a.plus(x.weight?.value ?? 0), ZERO);
      const hint =
        cmp.agreement !== 'equal' && !l1Sum.eq(l1.weight.value)
          ? `；因此一级「${l1.name}」(${l1.weight.value.toFixed()}) 的三级合计为 ${l1Sum.toFixed()} / so the leaves of ${l1.name} sum to that`
          : '';
      tally.compare(fw.table, left, right, cmp, { table: fw.table, node: `二级「${l2.name}」`, hint });
    }
    if (childFailed) continue;
    const left = single(l1.name, l1.weight);
    if (kids.length && kids.every((k) => k.weight)) {
      const right = sum('Σ 二级', weights(kids));
      tally.compare(fw.table, left, right, exact(left, right), { table: fw.table, node: `一级「${l1.name}」`, hint: '' });
    }
    const leaves = leavesOf(fw, l1);
    if (leaves.length && leaves.every((k) => k.weight)) {
      const right = sum('Σ 三级', weights(leaves));
      tally.compare(fw.table, left, right, exact(left, right), { table: fw.table, node: `一级「${l1.name}」`, hint: '' });
    }
  }
  if (roots.length && roots.every((r) => r.weight)) {
    const left = sum('Σ 一级', weights(roots));
    tally.compare(fw.table, left, hundred, exact(left, hundred), { table: fw.table, node: '一级合计', hint: '' });
  }
  const leaves = leavesOf(fw);
  if (leaves.length && leaves.every((r) => r.weight)) {
    const left = sum('Σ 三级', weights(leaves));
    tally.compare(fw.table, left, hundred, exact(left, hundred), { table: fw.table, node: '三级合计', hint: '' });
  }
}

export const rule: Rule = {
  meta,
  check(records) {
    const tally = new Tally(meta);
    if (!records.frameworks.length) return tally.result({ outcome: 'not-applicable', reason: 'no 共性指标框架' });
    for (const fw of records.frameworks) checkTree(fw, tally);
    return tally.result({ outcome: 'insufficient-data', reason: 'no framework node with a printed weight was extracted' });
  },
};

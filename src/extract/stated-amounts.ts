import { kindSpec } from '../classify/table-kinds.js';
import { compactText } from '../normalise/text.js';
import { amountBasis, type Basis } from './amount-basis.js';
import { amountSlot, figureOf, type Figure } from './figure.js';
import { lineCell } from './line-items.js';
import type { Labelled } from './narrative/schema.js';
import type { DocumentRecords } from './records.js';

/**
 * The amounts a document states about a year, keyed so that two documents of one body can be compared:
 * which year, on which basis (budget, adjusted budget, execution, final), of which money (scope) and
 * what (a 功能分类 code, the expense total, a 三公 item), and which split (合计, 基本支出, 项目支出).
 * A 决算 states its own 决算 and, in its 情况说明, the year's 年初预算; a 预算 its own budget and, in its
 * columns and sentences, last year's budget or execution ("比2024年预算增加107.62万元"). Each keeps its
 * figure with the rounding its printing allows, and its evidence.
 */

export type StatedBasis = Exclude<Basis, 'change'>;

export interface StatedAmount {
  year: number;
  basis: StatedBasis;
  /** The document's own figure for its own year (a 决算's 决算数, a 预算's 预算数), not one it restates. */
  own: boolean;
  /** Whose money: all, fiscal (财政拨款), gpb (一般公共预算), gov-fund, soe. gpb is fiscal where the document has no other 财政拨款. */
  scope: string;
  /** `func:2080505`, `total` (all expense), `income`, `sangong:total`, `sangong:reception` … */
  subject: string;
  split: 'total' | 'basic' | 'project';
  /** What the document calls it, for messages. */
  label: string;
  /** In 万元, with its rounding envelope and evidence. */
  figure: Figure;
  /** Where it was read: a table kind, `三公`, `情况说明`, `编制说明`. */
  source: string;
}

const TOTAL = /^(?:合计|小计|总计|本年支出合计|支出合计|本年支出|决算数|预算数|金额|执行数|年初预算数|小计合计)$/;

function splitOf(measure: string): StatedAmount['split'] | null {
  const m = compactText(measure);
  if (/^基本支出/.test(m)) return 'basic';
  if (/^项目支出/.test(m)) return 'project';
  if (TOTAL.test(m) || /预算数$|执行数$|决算数$/.test(m)) return 'total';
  return null;
}

const ownBasis = (kind: string): StatedBasis => (kind === '决算' ? 'final' : 'budget');

/** The 功能分类 expense tables' amounts, the body's own lines only (not a unit's under it). */
function fromTables(r: DocumentRecords): StatedAmount[] {
  const d = r.document;
  const out: StatedAmount[] = [];
  for (const li of r.lineItems) {
    const spec = kindSpec(li.tableKind);
    if (!spec || spec.rows !== 'func' || !spec.content.includes('expense') || !spec.funds || li.group) continue;
    if (li.amount.state !== 'number' || !li.amount.wan) continue;
    const subject = li.code === '*' ? 'total' : li.code && /^\d{3}(?:\d{2}){0,2}$/.test(li.code) ? `func:${li.code}` : null;
    const split = splitOf(li.measure);
    const b = amountBasis(li.measurePath, d);
    // A variant total (扣除中央基建投资后执行数, 不含…) is not the amount the other documents state.
    if (!subject || !split || b.basis === 'change' || b.year === null || /扣除|不含|剔除/.test(li.measurePath.join(''))) continue;
    const figure = figureOf(amountSlot(li.amount, lineCell(li)))!;
    out.push({
      year: b.year,
      basis: b.basis,
      own: b.year === d.year && b.basis === ownBasis(d.kind),
      scope: spec.funds,
      subject,
      split,
      label: `${li.code === '*' ? '' : `${li.code} `}${li.name} › ${li.measurePath.join(' › ')}`,
      figure,
      source: li.tableKind,
    });
  }
  return out;
}

const SANGONG_NAMES: Record<string, string> = {
  total: '“三公”经费合计',
  abroad: '因公出国（境）费',
  carSub: '公务用车购置及运行费',
  carBuy: '公务用车购置费',
  carRun: '公务用车运行费',
  reception: '公务接待费',
  runningCost: '机关运行经费',
};

/** The 三公 table's figures: a 决算's 决算数 and (full-year) 预算数, a 预算's 预算数 and last year's. */
function fromSangong(r: DocumentRecords): StatedAmount[] {
  const d = r.document;
  if (d.year === null) return [];
  const out: StatedAmount[] = [];
  for (const f of r.sangong) {
    const name = SANGONG_NAMES[f.item];
    if (!name || f.amount.state !== 'number' || !f.amount.wan) continue;
    if (f.rowLabel && !/合计|总计/.test(f.rowLabel)) continue;
    const b = amountBasis(f.headerPath, d);
    if (b.basis === 'change' || b.year === null) continue;
    const year = f.side === 'prior' && b.year === d.year ? d.year - 1 : b.year;
    const basis: StatedBasis = f.side === 'fin' ? 'final' : b.basis;
    const figure = figureOf(
      amountSlot(f.amount, { kind: 'cell', table: f.table, tableKind: 'sangong', row: f.row, col: f.col, raw: f.amount.printed, provenance: f.provenance }),
    )!;
    out.push({
      year,
      basis,
      own: year === d.year && basis === ownBasis(d.kind),
      scope: f.fund ?? 'fiscal',
      subject: `sangong:${f.item}`,
      split: 'total',
      label: `${name} › ${f.headerPath.join(' › ')}`,
      figure,
      source: '三公',
    });
  }
  return out;
}

/** What a sentence's subject is, by the words that name it. */
function subjectOfText(text: string): { scope: string; subject: string } | null {
  const t = compactText(text).replace(/[“”"]/g, '');
  if (/公务用车购置及运行(?:维护)?费/.test(t)) return { scope: 'fiscal', subject: 'sangong:carSub' };
  if (/公务用车购置费/.test(t)) return { scope: 'fiscal', subject: 'sangong:carBuy' };
  if (/公务用车运行(?:维护)?费/.test(t)) return { scope: 'fiscal', subject: 'sangong:carRun' };
  if (/因公出国/.test(t)) return { scope: 'fiscal', subject: 'sangong:abroad' };
  if (/公务接待费/.test(t)) return { scope: 'fiscal', subject: 'sangong:reception' };
  if (/三公经费/.test(t)) return { scope: 'fiscal', subject: 'sangong:total' };
  if (/机关运行经费/.test(t)) return { scope: 'fiscal', subject: 'sangong:runningCost' };
  if (/一般公共预算(?:财政)?拨款支出|一般公共预算支出/.test(t)) return { scope: 'gpb', subject: 'total' };
  if (/财政拨款支出/.test(t)) return { scope: 'fiscal', subject: 'total' };
  if (/财政拨款收入/.test(t)) return { scope: 'fiscal', subject: 'income' };
  return null;
}

/**
 * The year and basis a change is measured from: "比2024年预算", "与2023年度相比", "比上年预算执行数";
 * without a word for the basis, a 决算 compares 决算 with 决算 and a 预算 budget with budget.
 */
export function changeBase(quote: string, d: { kind: string; year: number | null }): { year: number; basis: StatedBasis } | null {
  const t = compactText(quote);
  const m = /(?:比|与|较|同)((?:19|20)\d{2}|上)年度?(?:当年)?(预算执行数|执行数|预算数?|决算数?)?/.exec(t);
  if (!m || d.year === null) return null;
  const year = m[1] === '上' ? d.year - 1 : Number(m[1]);
  if (year >= d.year) return null;
  const w = m[2] ?? '';
  const basis: StatedBasis = /执行/.test(w) ? 'execution' : /决算/.test(w) ? 'final' : /预算/.test(w) ? 'budget' : ownBasis(d.kind);
  return { year, basis };
}

const textFigure = (l: Labelled): Figure => l.figure;

/** The narrative's 年初预算 (a 决算's 情况说明: per 项 and in total, and the 三公's) and the prior-year figures its changes imply. */
function fromText(r: DocumentRecords): StatedAmount[] {
  const d = r.document;
  if (d.year === null) return [];
  const year = d.year;
  const out: StatedAmount[] = [];
  const codes = funcCodes(r);
  for (const n of r.narrative) {
    if (n.kind === 'item' && n.init && d.kind === '决算') {
      const code = codes(n.lei, n.kuan, n.xiang);
      if (code)
        out.push({
          year,
          basis: 'budget',
          own: false,
          scope: 'gpb',
          subject: `func:${code}`,
          split: 'total',
          label: `${n.lei}（类）${n.kuan}（款）${n.xiang}（项） ${n.init.label}`,
          figure: textFigure(n.init),
          source: '情况说明',
        });
    } else if (n.kind === 'item-total' && n.init && d.kind === '决算') {
      out.push({
        year,
        basis: 'budget',
        own: false,
        scope: 'gpb',
        subject: 'total',
        split: 'total',
        label: n.init.label,
        figure: textFigure(n.init),
        source: '情况说明',
      });
    } else if (n.kind === 'amount' && n.column === 'init' && d.kind === '决算' && n.metric) {
      const s = subjectOfText(n.label);
      if (s?.subject.startsWith('sangong:'))
        out.push({ year, basis: 'budget', own: false, ...s, split: 'total', label: n.label, figure: textFigure(n), source: '情况说明' });
    } else if (n.kind === 'yoy' && n.current && n.words.length) {
      const base = changeBase(n.ref.quote, d);
      const s = subjectOfText(n.metric ?? n.current.label);
      if (!base || !s) continue;
      const cur = n.current.figure;
      const dir = n.words[0]!.dir;
      const value = dir === 'up' ? cur.value.minus(n.delta.value) : cur.value.plus(n.delta.value);
      const figure: Figure = {
        ...cur,
        value,
        halfUnit: cur.halfUnit.plus(n.delta.halfUnit),
        printed: `${cur.printed} ${dir === 'up' ? '−' : '+'} ${n.delta.printed}`,
      };
      out.push({
        year: base.year,
        basis: base.basis,
        own: false,
        ...s,
        split: 'total',
        label: `${n.current.label}${cur.printed}，${n.words[0]!.word}${n.delta.printed}`,
        figure,
        source: d.kind === '决算' ? '情况说明' : '编制说明',
      });
    }
  }
  return out;
}

/** A 预算's 编制说明 items: last year's 执行数 of each 功能分类 项. */
function fromBudgetItems(r: DocumentRecords): StatedAmount[] {
  return r.budgetItems.flatMap((b): StatedAmount[] =>
    b.prior && b.priorYear !== null && b.priorYear !== r.document.year
      ? [
          {
            year: b.priorYear,
            basis: 'execution',
            own: false,
            scope: 'fiscal',
            subject: `func:${b.code}`,
            split: 'total',
            label: `${b.code} ${b.names.xiang} ${b.priorYear}年当年预算执行数`,
            figure: b.prior,
            source: '编制说明',
          },
        ]
      : [],
  );
}

/** Names → code, by the document's own 功能分类 tables: the 项 whose 款 and 类 carry the names printed. */
function funcCodes(r: DocumentRecords): (lei: string, kuan: string, xiang: string) => string | null {
  const names = new Map<string, Set<string>>();
  for (const li of r.lineItems)
    if (li.code && /^\d{3}(?:\d{2}){0,2}$/.test(li.code) && kindSpec(li.tableKind)?.rows === 'func')
      names.set(li.code, (names.get(li.code) ?? new Set()).add(compactText(li.name)));
  const named = (code: string, name: string): boolean => names.get(code)?.has(compactText(name)) ?? false;
  return (lei, kuan, xiang) => {
    const hits = [...names.keys()].filter((c) => c.length === 7 && named(c, xiang) && named(c.slice(0, 5), kuan) && named(c.slice(0, 3), lei));
    return hits.length === 1 ? hits[0]! : null;
  };
}

/** Whether the document shows 财政拨款 outside 一般公共预算 (a 政府性基金 or 国有资本经营 amount that is not 0). */
function otherFunds(r: DocumentRecords): boolean {
  return r.lineItems.some((li) => {
    const spec = kindSpec(li.tableKind);
    const outside = spec?.funds === 'gov-fund' || spec?.funds === 'soe' || /政府性基金|国有资本/.test(li.measurePath.join(''));
    return outside && li.amount.state === 'number' && !li.amount.value.isZero();
  });
}

/**
 * Every amount the document states that another document of its body may state too. Where the
 * document has no 财政拨款 outside 一般公共预算, gpb and fiscal are one scope (fiscal): its
 * 一般公共预算支出表 and its 财政拨款支出 sentences speak of the same money.
 */
export function statedAmounts(r: DocumentRecords): StatedAmount[] {
  const all = [...fromTables(r), ...fromSangong(r), ...fromText(r), ...fromBudgetItems(r)];
  const merge = !otherFunds(r);
  return all.map((s) => (merge && s.scope === 'gpb' ? { ...s, scope: 'fiscal' } : s));
}

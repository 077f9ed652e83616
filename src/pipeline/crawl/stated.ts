import { departmentInTitle, departmentOf } from '../../normalise/department.js';
import { yearOf } from '../../normalise/year.js';

/** The kinds a page or link can state, in classify's words (classify-document.ts's DocumentKind). */
export type StatedKind = '决算' | '预算' | '自评报告' | '评价报告' | '指标框架';

/** Which text stated a field: the link's text, the page's title, or the source the page names. */
export type StatedBy = 'link' | 'title' | 'source';

/** What a page and the link on it say a document is. */
export interface Stated {
  department: string | null;
  region: string | null;
  year: number | null;
  kind: StatedKind | null;
  from: Partial<Record<'department' | 'region' | 'year' | 'kind', StatedBy>>;
}

const compact = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

const BODY = '(?:局|厅|委员会|委|办公室|办公厅|办事处|中心|院|所|站|处|室|会|馆|队|校|部|政府)';

/** A body named with its year in front: `2026年武汉市信访局部门预算`. */
const YEAR_FIRST = new RegExp(`^(?:20\\d{2}|\\d{2})年度?(.{2,40}?${BODY})(?:本级)?(?:部门|单位|整体)`);

/** The body a headline names: before its year, after it, or on a labelled line. */
export function departmentInHeadline(text: string): string | null {
  const t = compact(text).replace(/^附件\d*[:：]?/, '');
  return departmentInTitle(t) ?? YEAR_FIRST.exec(t)?.[1] ?? departmentOf(text);
}

/** A body the page names as its source (`来源：上海市普陀区财政局`) when it is one (not `本网`, `财政局网站`). */
const sourceBody = (s: string): string | null => {
  const t = compact(s);
  return new RegExp(`^.{2,40}?${BODY}$`).test(t) && !/网站?$/.test(t) ? t : null;
};

/**
 * The region units at the start of a body's name: `上海市普陀区财政局` → `上海市普陀区`,
 * `北京市司法局` → `北京市`; null for a body named without one (`国家信访局`).
 */
export function regionOf(body: string): string | null {
  const m = /^(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|地区|盟|区|县|旗))+/.exec(compact(body));
  if (!m) return null;
  // A body that is itself a unit's government (`普陀区人民政府`) keeps its region; a bare `市` prefix of a word is not one.
  return m[0].length < compact(body).length ? m[0] : null;
}

/** The kind a text states. `预决算` names both and states neither. */
export function kindIn(text: string): StatedKind | null {
  const t = compact(text).replace(/预决算/g, '');
  if (/指标(?:体系)?框架/.test(t)) return '指标框架';
  if (/自评/.test(t)) return '自评报告';
  if (/评价报告|绩效评价/.test(t)) return '评价报告';
  if (/决算/.test(t)) return '决算';
  if (/预算/.test(t)) return '预算';
  return null;
}

/**
 * What the link text, then the page title, then the page's source line state about a document.
 * Each field comes from the first text that states it, and says which.
 */
export function statedBy(texts: { link: string | null; title: string | null; source: string | null }): Stated {
  const order: [StatedBy, string | null][] = [
    ['link', texts.link],
    ['title', texts.title],
  ];
  const out: Stated = { department: null, region: null, year: null, kind: null, from: {} };
  for (const [by, text] of order) {
    if (!text) continue;
    if (out.year === null) {
      const y = yearOf(text);
      if (y !== null) [out.year, out.from.year] = [y, by];
    }
    if (out.kind === null) {
      const k = kindIn(text);
      if (k !== null) [out.kind, out.from.kind] = [k, by];
    }
    if (out.department === null) {
      const d = departmentInHeadline(text);
      if (d !== null) [out.department, out.from.department] = [d, by];
    }
  }
  if (out.department === null && texts.source) {
    const d = sourceBody(texts.source);
    if (d !== null) [out.department, out.from.department] = [d, 'source'];
  }
  if (out.department !== null) {
    const r = regionOf(out.department);
    if (r !== null) [out.region, out.from.region] = [r, out.from.department!];
  }
  return out;
}

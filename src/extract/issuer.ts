import type { DocumentClassification } from '../classify/classify-document.js';
import type { Diagnostic, DocModel } from '../model/index.js';
import { divisionPath, pathName, readRegion, type Division } from '../normalise/region.js';

/**
 * Who published a document, by code: the issuing body as printed, the region its name (or, when the
 * name carries none, the document's cover and 部门 lines) places it in — 省/市/县 with the national
 * 行政区划代码, or 中央 — and the body's own name without the region words, which the store keys its
 * body ids by. A name that cannot be placed is said, with why, never guessed.
 */

/** The code given to the central government, which GB/T 2260 does not code. */
export const CENTRAL_CODE = '000000';

export interface RegionRef {
  /** 6-digit 行政区划代码 of the innermost division (310107), or 000000 for 中央. */
  code: string;
  /** As a reader writes it: 上海市普陀区, 广东省深圳市, 中央. */
  name: string;
  level: '中央' | '省' | '市' | '县';
  province: { code: string; name: string } | null;
  city: { code: string; name: string } | null;
  county: { code: string; name: string } | null;
}

export interface Issuer {
  /** The department or unit as the document prints it (classify's reading). */
  printed: string | null;
  /** The body's name without its region words, spaces and brackets (财政局, 政府办公室): the alias key with the region code. */
  name: string | null;
  region: RegionRef | null;
  /** Where the region came from: the body's own name, the document's titles and 部门 lines, or a central body's name. */
  regionFrom: 'name' | 'context' | 'central' | null;
  level: '部门' | '单位' | null;
  /** Why the body was not resolved (then no body id is given to the document); null when it was. */
  unresolved: string | null;
}

const compact = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** Central bodies name no region: 国家信访局, 中华人民共和国财政部, 最高人民法院, and a 部/署/总局 printed without one. */
const CENTRAL = /^(?:国家|中华人民共和国|中国|中央|中共中央|全国|国务院|最高人民)/;
const MINISTRY = /^[\p{Script=Han}]{1,12}(?:部|总署|署|总局)$/u;
/** A template's stand-in for the body's name. */
const PLACEHOLDER = /XX|ＸＸ|××|xx|某/;

function regionRef(d: Division): RegionRef {
  const path = divisionPath(d);
  const at = (level: Division['level']) => {
    const x = path.find((p) => p.level === level);
    return x ? { code: x.code, name: x.name } : null;
  };
  const province = at('province')!;
  // A 直辖市 is its own prefecture: its districts are counties of the 市 (310100 上海市).
  const city = at('city') ?? (d.level === 'county' && /^(?:11|12|31|50)$/.test(d.province) ? { code: `${d.province}0100`, name: province.name } : null);
  return { code: d.code, name: pathName(d), level: d.level === 'province' ? '省' : d.level === 'city' ? '市' : '县', province, city, county: at('county') };
}

const CENTRAL_REF: RegionRef = { code: CENTRAL_CODE, name: '中央', level: '中央', province: null, city: null, county: null };

/** The body's name as the alias key: no region words, spaces or brackets, 人民政府 as 政府. */
export const bodyKey = (rest: string): string =>
  compact(rest)
    .replace(/[（(](?:本级|机关|本部|部门|单位)[)）]/g, '')
    .replace(/人民政府/g, '政府')
    .replace(/[“”"‘’'《》]/g, '');

/** Where a text mentions regions (the cover's `上海市普陀区2025年区级部门预算`, `2026年深圳市财政局部门预算`): the innermost division of each reading. */
function mentions(text: string): Division[][] {
  const t = compact(text);
  const out: Division[][] = [];
  for (let i = 0; i < t.length; i++) {
    // Region words start a word: after the start, a year (2026年), 编制部门： or the like.
    if (i > 0 && !/[\d年:：度]/.test(t[i - 1]!)) continue;
    const r = readRegion(t.slice(i));
    if (r.length) {
      out.push(r.map((x) => x.division));
      i += r[0]!.consumed - 1;
    }
  }
  return out;
}

/** The texts whose region words place a body that names none: the titles and 部门 lines classify read. */
function contextTexts(doc: DocModel, cls: DocumentClassification): string[] {
  const ev = cls.evidence;
  const texts = [...ev.kind, ...ev.department, ...ev.year, ...ev.level].filter((e) => e.block !== null).map((e) => e.text);
  for (const b of doc.blocks.slice(0, 6)) if (b.text.length <= 60) texts.push(b.text);
  return [...new Set(texts)];
}

/** The one division the readings agree on, innermost: readings of different places, or none, give null. */
function agreed(readings: Division[][]): { division: Division | null; candidates: Division[] } {
  const all = readings.flat();
  if (!all.length) return { division: null, candidates: [] };
  // Ambiguous readings (普陀区: two counties) count only where no unambiguous one says which.
  const sure = readings.filter((r) => r.length === 1).map((r) => r[0]!);
  const pool = sure.length ? sure : all;
  const innermost = pool.filter((d) => !pool.some((o) => o !== d && o.code !== d.code && divisionPath(o).some((p) => p.code === d.code)));
  const distinct = [...new Map(innermost.map((d) => [d.code, d])).values()];
  return distinct.length === 1 ? { division: distinct[0]!, candidates: distinct } : { division: null, candidates: distinct };
}

const list = (ds: Division[]): string => ds.map((d) => `${pathName(d)} ${d.code}`).join(', ');

/**
 * Resolves the issuer of a document from classify's department (as printed) and the region words of
 * its titles and 部门 lines. The body's own region words come first (上海市普陀区财政局 is in 普陀区
 * whatever the cover says); the cover's decide only what the name leaves open (普陀区 names two
 * counties; 财政局 names none).
 */
export function resolveIssuer(doc: DocModel, cls: DocumentClassification): { issuer: Issuer; diagnostics: Diagnostic[] } {
  const printed = cls.department;
  const context = agreed(contextTexts(doc, cls).flatMap(mentions));
  const base = { printed, level: cls.level };
  const unresolved = (why: string, region: RegionRef | null, regionFrom: Issuer['regionFrom'], name: string | null = null) => ({
    issuer: { ...base, name, region, regionFrom, unresolved: why },
    diagnostics: [
      {
        code: 'body-unresolved',
        severity: 'info' as const,
        stage: 'extract' as const,
        message: `the issuing body is not resolved: ${why}`,
        provenance: { kind: 'file' as const },
        detail: { printed, region: region?.code ?? null },
      },
    ],
  });
  const fromContext = context.division ? regionRef(context.division) : null;

  if (!printed)
    return unresolved('no department or unit is named in the document’s titles or 部门/编制单位 lines', fromContext, fromContext ? 'context' : null);
  const t = compact(printed);
  if (PLACEHOLDER.test(t)) return unresolved(`the name printed is a template’s placeholder (${printed})`, fromContext, fromContext ? 'context' : null);

  // 中共上海市普陀区委员会办公室: the party's local bodies print their region after 中共.
  const lead = /^中共(?!中央)/.test(t) ? 2 : 0;
  const own = readRegion(t.slice(lead));
  if (!own.length && (CENTRAL.test(t) || MINISTRY.test(t))) {
    return { issuer: { ...base, name: bodyKey(t), region: CENTRAL_REF, regionFrom: 'central', unresolved: null }, diagnostics: [] };
  }
  if (own.length) {
    let pick = own.length === 1 ? own[0]! : null;
    if (!pick) {
      // 普陀区财政局 with 上海市 on the cover: the reading inside the cover's region.
      const inside = own.filter((r) =>
        context.candidates.some((c) => divisionPath(r.division).some((p) => p.code === c.code) || divisionPath(c).some((p) => p.code === r.division.code)),
      );
      if (inside.length === 1) pick = inside[0]!;
      else
        return unresolved(
          `“${printed}” names ${own.length} places (${list(own.map((r) => r.division))}) and nothing else in the document says which`,
          null,
          null,
          bodyKey(t.slice(lead + own[0]!.consumed)),
        );
    }
    const name = bodyKey(t.slice(0, lead) + t.slice(lead + pick.consumed));
    if (!name) return unresolved(`“${printed}” is a region’s name, not a body’s`, regionRef(pick.division), 'name');
    return {
      issuer: { ...base, name, region: regionRef(pick.division), regionFrom: own.length === 1 ? 'name' : 'context', unresolved: null },
      diagnostics: [],
    };
  }
  // 财政局: the body prints no region; the cover and 部门 lines must say one, and only one.
  const name = bodyKey(t);
  if (fromContext) return { issuer: { ...base, name, region: fromContext, regionFrom: 'context', unresolved: null }, diagnostics: [] };
  return unresolved(
    context.candidates.length
      ? `“${printed}” names no region and the document’s titles name several (${list(context.candidates)})`
      : `“${printed}” names no region and neither do the document’s titles or 部门 lines`,
    null,
    null,
    name,
  );
}

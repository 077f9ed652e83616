import type { Diagnostic } from '../../model/index.js';
import type { DiscoveryToCheck } from '../../store/crawl.js';
import { regionOf } from './stated.js';

/** One field on which what the site says and what the document is differ. */
export interface Disagreement {
  field: 'format' | 'kind' | 'department' | 'region' | 'year';
  /** What the link or page states, and which text stated it. */
  stated: string | number | null;
  statedBy: string;
  /** What the document is, as classify read it (kind `other`: read, and no disclosure; `unknown`: too little read to tell). */
  document: string | number | null;
}

export interface Agreement {
  agreement: 'agrees' | 'mismatch' | 'unchecked';
  diagnostics: Diagnostic[];
}

/** The formats a link's file type promises, in detect's words (an OLE2 file is a .doc or a .xls). */
const FORMATS: Record<string, readonly string[]> = {
  pdf: ['pdf'],
  doc: ['ole', 'docx'],
  docx: ['docx'],
  xls: ['ole', 'xlsx'],
  xlsx: ['xlsx'],
  zip: ['zip', 'docx', 'xlsx'],
  html: ['html'],
};

const compact = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** Two names of one body: equal, or one is the other with its region left out (`普陀区财政局`, `上海市普陀区财政局`). */
export function sameBody(a: string, b: string): boolean {
  const [x, y] = [compact(a), compact(b)];
  return x === y || x.endsWith(y) || y.endsWith(x);
}

const sameRegion = (a: string, b: string): boolean => {
  const [x, y] = [compact(a), compact(b)];
  return x.includes(y) || y.includes(x);
};

/**
 * Whether a stored document is what the page and link that led to it say: the file type the link
 * names, the kind, body, region and year they state, against what the bytes are and what classify
 * read. A field is compared only where both sides have a value, except that a file classify places
 * as no disclosure (kind `other`) or cannot place (`unknown`) disagrees with the column it was found
 * in whatever the link said. A document that could not be read is `unchecked`.
 */
export function checkAgreement(d: DiscoveryToCheck): Agreement {
  const from = JSON.parse(d.stated_from) as Record<string, string>;
  const by = (field: string): string =>
    from[field] === 'link'
      ? `link text «${d.link_text}»`
      : from[field] === 'title'
        ? `page title «${d.page_title ?? ''}»`
        : from[field] === 'source'
          ? 'the page’s source line'
          : 'the crawled column';
  const off: Disagreement[] = [];
  const promised = d.link_format ? FORMATS[d.link_format] : undefined;
  if (promised && !promised.includes(d.format))
    off.push({ field: 'format', stated: d.link_format, statedBy: `link «${d.link_text}» (${d.url})`, document: d.format });
  if (d.status === 'failed' && off.length === 0) return { agreement: 'unchecked', diagnostics: [] };
  if (d.status !== 'failed') {
    if (d.kind === null || d.kind === 'unknown' || d.kind === 'other')
      off.push({ field: 'kind', stated: d.stated_kind ?? 'a disclosure', statedBy: by('kind'), document: d.kind ?? 'unknown' });
    else if (d.stated_kind !== null && d.stated_kind !== d.kind) off.push({ field: 'kind', stated: d.stated_kind, statedBy: by('kind'), document: d.kind });
    if (d.stated_year !== null && d.year !== null && d.stated_year !== d.year)
      off.push({ field: 'year', stated: d.stated_year, statedBy: by('year'), document: d.year });
    if (d.stated_department !== null && d.department !== null && !sameBody(d.stated_department, d.department)) {
      off.push({ field: 'department', stated: d.stated_department, statedBy: by('department'), document: d.department });
      const region = regionOf(d.department);
      if (d.stated_region !== null && region !== null && !sameRegion(d.stated_region, region))
        off.push({ field: 'region', stated: d.stated_region, statedBy: by('region'), document: region });
    }
  }
  if (off.length === 0) return { agreement: 'agrees', diagnostics: [] };
  const said = off.map((o) => `${o.field}: the site says ${o.stated} (${o.statedBy}), the document is ${o.document ?? '—'}`).join('; ');
  return {
    agreement: 'mismatch',
    diagnostics: [
      {
        code: 'source-mismatch',
        severity: 'warning',
        stage: 'classify',
        message: `${d.url} is not what the site says it is: ${said}`,
        provenance: { kind: 'file' },
        detail: { url: d.url, sha256: d.sha256, disagreements: off },
      },
    ],
  };
}

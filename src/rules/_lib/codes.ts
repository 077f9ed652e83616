import type { DocumentRecords } from '../../extract/records.js';
import type { DocCode } from './types.js';

/** Which catalogue document types a document contains (spec §0.1), from its kind and table kinds. */
export function documentCodes(r: DocumentRecords): DocCode[] {
  // A file that is not a disclosure (a notice saved under a budget's name) is checked as nothing.
  if (r.document.kind === 'other') return [];
  const kinds = new Set(r.tables.map((t) => t.kind));
  const codes = new Set<DocCode>();
  if (r.document.kind === '决算' || [...kinds].some((k) => /^fa0\d$/.test(k))) codes.add('FA');
  if (r.document.kind === '预算' || [...kinds].some((k) => /^bu0\d$/.test(k))) codes.add('BU');
  if (['自评报告', '评价报告'].includes(r.document.kind) || r.narrative.length > 0) codes.add('PR');
  if (kinds.has('st-dept') || kinds.has('st-project')) codes.add('ST');
  if (kinds.has('bd')) codes.add('BD');
  if (kinds.has('fw')) codes.add('FW');
  return [...codes];
}

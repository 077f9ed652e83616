import { readFileSync } from 'node:fs';
import { compactText } from './text.js';

/**
 * The 科目 names of the 政府收支分类科目 by code as the current edition prints them, and the names earlier
 * editions printed (data/subject-names.json): a 2026 预算 that still prints 210 医疗卫生与计划生育支出
 * lines up in the panel with every other 210 卫生健康支出.
 */

/** 支出功能分类 (201…), 部门预算支出经济分类 (301…), 政府预算支出经济分类 (501…). */
export type SubjectScheme = 'func' | 'econ' | 'econ-gov';

interface Subject {
  scheme: SubjectScheme;
  code: string;
  name: string;
  formerly?: { name: string; until: number | null }[];
}

const FILE = JSON.parse(readFileSync(new URL('../../data/subject-names.json', import.meta.url), 'utf8')) as {
  source: string;
  edition: number;
  subjects: Subject[];
};

/** The edition the current names are of. */
export const SUBJECT_EDITION = FILE.edition;
export const SUBJECT_SOURCE = FILE.source;

const BY_KEY = new Map(FILE.subjects.map((s) => [`${s.scheme}:${s.code}`, s]));

/** The scheme a table's codes are of: its kind's row scheme, and for economic codes the first digit (3 部门, 5 政府). */
export function subjectScheme(rows: string | null, code: string | null): SubjectScheme | null {
  if (!code || !/^\d{3}(?:\d{2}){0,2}$/.test(code)) return null;
  if (rows === 'func') return 'func';
  if (rows === 'econ') return code.startsWith('5') ? 'econ-gov' : 'econ';
  return null;
}

/** The current edition's name of a code, or null when the reference table does not list it. */
export const currentSubjectName = (scheme: SubjectScheme, code: string): string | null => BY_KEY.get(`${scheme}:${code}`)?.name ?? null;

/** Every name the reference table knows for a code: the current one first, then the former ones. */
export function subjectNames(scheme: SubjectScheme, code: string): string[] {
  const s = BY_KEY.get(`${scheme}:${code}`);
  return s ? [s.name, ...(s.formerly ?? []).map((f) => f.name)] : [];
}

export const subjectCount = (): number => FILE.subjects.length;

/** A name as the reference table and the disclosures may both print it: NFKC (（护） and (护) alike), no spaces. */
const BY_NAME = new Map<string, Subject[]>();
for (const s of FILE.subjects)
  for (const n of [s.name, ...(s.formerly ?? []).map((f) => f.name)]) {
    const k = `${s.scheme}:${compactText(n)}`;
    BY_NAME.set(k, [...(BY_NAME.get(k) ?? []), s]);
  }

/** The code of a 科目 name in a scheme (办公费 → 30201), or null when the reference table knows no such name, or knows it under two codes. */
export function subjectCodeOf(scheme: SubjectScheme, name: string): string | null {
  const hits = BY_NAME.get(`${scheme}:${compactText(name)}`) ?? [];
  return hits.length === 1 ? hits[0]!.code : null;
}

/** Grade synonyms (spec §0.5): 优 ≡ 优秀, 良 ≡ 良好. Returns the canonical grade, or null for text that is no grade. */
export function canonicalGrade(text: string): string | null {
  const t = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(?:综合评定)?等级[:：]?/, '');
  if (/^优秀?$/.test(t)) return '优秀';
  if (/^良好?$/.test(t)) return '良好';
  if (/^中(?:等)?$/.test(t)) return '中';
  if (/^较差$/.test(t)) return '较差';
  if (/^差$/.test(t)) return '差';
  return null;
}

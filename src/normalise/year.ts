/**
 * A fiscal year a text names: `2021年度`, `（ 2022  年度）`, `2024 年度部门决算`, `24年预算`
 * (two digits: 20xx). Null when it names none; the first year named wins.
 */
export function yearOf(text: string): number | null {
  const t = text.normalize('NFKC');
  const four = /(?<!\d)(20\d{2}|19\d{2})\s*年/.exec(t);
  if (four) return Number(four[1]);
  const two = /(?<!\d)(\d{2})\s*年(?:度)?(?:部门|单位)?(?:预算|决算)/.exec(t);
  return two ? 2000 + Number(two[1]) : null;
}

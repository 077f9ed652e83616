/**
 * The department or unit a line names: `部门：株洲市社会保险服务中心`, `填报单位：衡阳县社会保险服务中心
 * 单位：万元 …`, `编制单位：上海市财政局`, `部门名称 株洲市…`. Null when the line names none.
 */
export function departmentOf(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const m =
    /(?:^|\s)(?:部门|单位|预算单位|预算主管部门|主管部门|填报单位(?:\(盖章\))?|编制单位|部门\(单位\)名称|部门名称|项目实施单位|实施单位)[:：]?\s*([^\s:：]{2,40}?(?:局|厅|委员会|委|办公室|办事处|中心|院|所|站|处|室|会|馆|队|校|部|政府))(?:\((?:本级|机关|本部)\))?(?=\s|$|\d)/.exec(
      t,
    );
  return m ? m[1]! : null;
}

/** The department a document title names before its year: `上海市普陀区财政局2024年度部门决算`. */
export function departmentInTitle(title: string): string | null {
  const t = title.normalize('NFKC').replace(/\s+/g, '');
  // A labelled line (部门：…) is departmentOf's; a title has no colon.
  if (/[:：]/.test(t)) return null;
  const m = /^(.{2,40}?(?:局|厅|委员会|委|办公室|办事处|中心|院|所|站|处|室|会|馆|队|校|部|政府))(?:\(单位\))?(?:20\d{2}|\d{2})年/.exec(t);
  if (m) return m[1]!;
  // The year first: 2026年深圳市财政局(本级)部门预算, 2026年度泉州市人民政府办公室部门预算.
  const y =
    /^(?:20\d{2})年度?(.{2,40}?(?:局|厅|委员会|委|办公室|办事处|中心|院|所|站|处|室|会|馆|队|校|部|政府))(?:\((?:本级|单位|机关)\))?(?:部门|单位)(?:综合)?(?:预算|决算)/.exec(
      t,
    );
  return y ? y[1]! : null;
}

/** The body a report's cover names as its maker: `长沙市财政局制`, `上海市财政局编制`. */
export function madeBy(line: string): string | null {
  const t = line.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(.{2,40}?(?:局|厅|委员会|委|办公室|办事处|中心|院|所|站|处|室|会|馆|队|校|部|政府))(?:编)?制$/.exec(t);
  return m ? m[1]! : null;
}

/**
 * The issuer an official document (公文) names in its title before 关于: `包头市人民政府办公室关于印发…的通知`;
 * the first of several, `厦门市商务局等九部门关于印发…的通知`.
 */
export function issuerOfNotice(title: string): string | null {
  const t = title.normalize('NFKC').replace(/\s+/g, '');
  const m =
    /^([^\d〔〕[\]（）()《》，,。：:]{2,40}?(?:局|厅|委员会|委|办公室|办事处|中心|院|所|站|处|室|会|馆|队|校|部|政府))(?:等[一二三四五六七八九十\d]+个?(?:部门|单位))?关于.{2,}的(?:通知|意见|决定|批复|报告|函|通报|公告)$/.exec(
      t,
    );
  return m ? m[1]! : null;
}

/** The year of an official document's number (发文字号): `包府办发〔2026〕11号`, `厦商务规〔２０２４〕２号`. */
export function noticeNumberYear(line: string): number | null {
  const m = /^[^\d\s]{1,16}[〔[]((?:19|20)\d{2})[〕\]]第?\d+号$/.exec(line.normalize('NFKC').replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}

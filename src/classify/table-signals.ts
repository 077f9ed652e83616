import type { Table } from '../model/index.js';
import { cellAt } from '../model/index.js';
import { titleWords, type TitleWords } from './title-words.js';

/** Everything classify reads off one table: its title's words, its header's words, its rows' codes. */
export interface TableSignals {
  /** The title as compared (titleKey), null when the table has none. */
  titleKey: string | null;
  /** The title's words; null when it has no title or the title names no table kind. */
  words: TitleWords | null;
  /** The header band's text, compacted and NFKC-normalised, cells joined by `|`. */
  header: string;
  /** 收入 and 支出 side by side, each with its own 项目/金额 columns: a 总表. */
  twoSided: boolean;
  /** How the rows are coded, by the 科目编码 printed in the first columns: 功能 (2xx…), 经济 (3xx, 5xx), or none. */
  codes: 'func' | 'econ' | null;
  /** The header (or the first rows) names a form's actuals or scores: 实际完成值, 得分, 自评. */
  actuals: boolean;
  /** The header names indicator targets: 一级/二级/三级指标 and 指标值 or 绩效目标. */
  targets: boolean;
  /** The header says 决算 (决算数): the table itself is of final accounts. */
  saysFinal: boolean;
}

const compact = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** A title as compared: NFKC, no spaces, quotes, year, 部门/单位 prefix, 公开NN表/表N/续表 marks or bracketed notes. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/["'“”‘’「」]/g, '')
    .replace(/^(?:附件|附表)[\d\-—]*[:：]?/, '')
    .replace(/^(?:(?:部门)?公开|预算|部门预算)?(?:表\d{1,2}|\d{1,2}表)[:：.、]?/, '')
    .replace(/^\d{2,4}年度?/, '')
    .replace(/^(?:市级|区级|县级|省级)?(?:预算)?(?:部门|单位)(?:\(单位\))?(?:综合预算)?/, '')
    .replace(/[(（]参考[)）]$/, '')
    .replace(/(?:公开\d+表|表[一二三四五六七八九十]+|续表)$/, '');
}

/** The header band's cells (or the first three rows' when no header was found), in grid order. */
function headerCells(t: Table): string[] {
  const rows = Math.max(t.headerRows, Math.min(3, t.nRows));
  const out: string[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < t.nCols; c++) {
      const cell = cellAt(t, r, c);
      if (cell && cell.row === r && cell.col === c && cell.raw.trim()) out.push(compact(cell.raw));
    }
  return out;
}

/** A 科目编码 at the start of a cell: `201`, `2010101`, `[201]一般公共服务支出`, `30101 基本工资`. */
const CODE = /^[[【(（]?(\d{3}|\d{5}|\d{7})(?![\d.,])/;

/** The coding of the rows: the most common kind of code among the first columns' cells below the header. */
function rowCodes(t: Table): 'func' | 'econ' | null {
  let func = 0;
  let econ = 0;
  const cols = Math.min(3, t.nCols);
  for (let r = t.headerRows; r < t.nRows; r++)
    for (let c = 0; c < cols; c++) {
      const cell = cellAt(t, r, c);
      if (!cell || cell.row !== r || cell.col !== c) continue;
      const m = CODE.exec(compact(cell.raw));
      if (!m) continue;
      if (m[1]!.startsWith('2')) func++;
      else if (/^[35]/.test(m[1]!)) econ++;
      break;
    }
  if (func + econ < 2) return null;
  return func >= econ ? 'func' : 'econ';
}

export function tableSignals(t: Table): TableSignals {
  const cells = headerCells(t);
  const header = cells.join('|');
  const sideCells = cells.filter((c) => /^(?:收入|支出)(?:项目)?$/.test(c));
  const twoSided =
    (cells.some((c) => /^收入(?:项目)?$/.test(c)) && cells.some((c) => /^支出(?:项目)?$/.test(c))) ||
    cells.filter((c) => c === '项目').length >= 2 ||
    sideCells.length >= 2;
  const indicators = /[一二三]级指标|绩效指标|指标名称/.test(header);
  return {
    titleKey: t.title ? titleKey(t.title) : null,
    words: t.title ? titleWords(t.title) : null,
    header,
    twoSided,
    codes: rowCodes(t),
    actuals: /实际完成|完成值|实际值|得分|自评/.test(header),
    targets: indicators && /指标值|绩效目标|年度目标|目标值/.test(header),
    saysFinal: /决算/.test(header),
  };
}

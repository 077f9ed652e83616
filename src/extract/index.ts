import { classifyDocument, type DocumentClassification } from '../classify/classify-document.js';
import { kindSpec, type TableKindSpec } from '../classify/table-kinds.js';
import type { Diagnostic, DocModel, Table } from '../model/index.js';
import { cellAt } from '../model/index.js';
import { parseAmount } from '../normalise/amount.js';
import { trustOf } from '../parse/ocr/trust.js';
import { compactText } from '../normalise/text.js';
import { headerPath } from './header-path.js';
import { buRecords } from './budget/build.js';
import { budgetFuncNames, budgetItems } from './budget/items.js';
import { faRecords } from './final-accounts/build.js';
import { labelItems } from './final-accounts/label-items.js';
import { resolveIssuer } from './issuer.js';
import { lineItems, type LineItem } from './line-items.js';
import { lintFacts } from './lint.js';
import { narrativeFacts } from './narrative/facts.js';
import { basicDataRecords } from './performance/basic-data.js';
import { evFundRecords } from './performance/eval-funds.js';
import { frameworkRecords } from './performance/framework.js';
import { selfEvalRecords } from './performance/self-eval.js';
import { targetRecords } from './performance/targets.js';
import type { DocumentRecords, TableInfo } from './records.js';
import { sangongFacts, type SangongFact } from './sangong.js';
import { tableTrust } from './table-trust.js';

/**
 * Whether a kind's amounts are line items: every amount table of a 决算 or 预算 (the 三公 tables give
 * 三公 facts instead). A two-sided 总表 (项目 | 金额 on a 收入 side and a 支出 side) names its lines
 * rather than coding them.
 */
const amountTable = (spec: TableKindSpec | null): spec is TableKindSpec =>
  spec !== null && (spec.family === '决算' || spec.family === '预算') && !spec.content.includes('sangong');

/** Columns that print codes or line numbers, not amounts (行次, 科目编码, 类/款/项, 序号). */
const NOT_AMOUNT_HEADER = /^(?:行次|序号|类|款|项|.*编码)$/;

/**
 * Origin cells below the header whose text reads as a number, outside the code and line-number
 * columns and the 栏次 row: the printed amounts, which line items must account for one by one.
 */
function numericCells(t: Table): number {
  const amountCol = Array.from({ length: t.nCols }, (_, c) => !headerPath(t, c).some((l) => NOT_AMOUNT_HEADER.test(l)));
  let n = 0;
  for (let r = t.headerRows; r < t.nRows; r++) {
    if (compactText(cellAt(t, r, 0)?.raw ?? '') === '栏次') continue;
    for (let c = 0; c < t.nCols; c++) {
      const cell = cellAt(t, r, c);
      if (amountCol[c] && cell && cell.row === r && cell.col === c && parseAmount(cell.raw).state === 'number') n++;
    }
  }
  return n;
}

/** The paragraphs printed after a table, up to the next table or caption (its 注 / 说明 / 备注). */
function notesAfter(doc: DocModel, t: Table): { block: string; text: string }[] {
  const next = Math.min(...doc.tables.filter((x) => x.order > t.order && !x.parent).map((x) => x.order), Infinity);
  const out: { block: string; text: string }[] = [];
  for (const b of doc.blocks) {
    if (b.order <= t.order || b.order >= next) continue;
    if (b.role === 'caption' || b.role === 'heading') break;
    if (b.role === 'paragraph' || b.role === 'unit-note') out.push({ block: b.id, text: b.text });
    if (out.length >= 6) break;
  }
  return out;
}

function trustData(doc: DocModel): DocumentRecords['document']['trust'] {
  const t = trustOf(doc);
  return {
    ocrPages: [...t.degradedPages].sort((a, b) => a - b),
    documentCap: t.documentCap ? { code: t.documentCap.code, message: t.documentCap.message } : null,
  };
}

/**
 * Extract: the document model → every record the checks, the store and the exports need.
 * A pure function of the model; bad content yields diagnostics, never an exception. The
 * classification is the model's own unless given (`npm run bench` times the two stages apart).
 */
export function extractRecords(doc: DocModel, classification: DocumentClassification = classifyDocument(doc)): DocumentRecords {
  const diagnostics: Diagnostic[] = [...classification.diagnostics];
  const trust = tableTrust(doc.tables, classification.tables);
  const tables: TableInfo[] = doc.tables.map((t, i) => ({
    ...classification.tables[i]!,
    title: t.title,
    unitNote: t.unitNote,
    notes: notesAfter(doc, t),
    numericCells: numericCells(t),
    provenance: t.provenance,
    trust: trust[i]!,
  }));
  const items: LineItem[] = [];
  const sangong: SangongFact[] = [];
  doc.tables.forEach((t, i) => {
    const kind = tables[i]!.kind;
    const spec = kindSpec(kind);
    if (amountTable(spec)) {
      const r = spec.twoSided ? labelItems(t, kind) : lineItems(t, kind);
      items.push(...r.items);
      diagnostics.push(...r.diagnostics);
    }
    if (spec?.content.includes('sangong') && (spec.family === '决算' || spec.family === '预算')) {
      const r = sangongFacts(t, { family: spec.family, year: classification.year });
      sangong.push(...r.facts);
      diagnostics.push(...r.diagnostics);
    }
  });
  const selfEval = selfEvalRecords(doc, classification);
  const targets = targetRecords(doc, classification);
  const basicData = basicDataRecords(doc, classification);
  const evFunds = evFundRecords(doc, classification);
  const frameworks = frameworkRecords(doc, classification);
  const narrative = narrativeFacts(doc, classification);
  const issuer = resolveIssuer(doc, classification);
  diagnostics.push(...issuer.diagnostics);
  diagnostics.push(
    ...selfEval.diagnostics,
    ...targets.diagnostics,
    ...basicData.diagnostics,
    ...evFunds.diagnostics,
    ...frameworks.diagnostics,
    ...narrative.diagnostics,
  );
  const unreadablePages = [
    ...new Set(
      doc.diagnostics
        .filter((d) => /^(?:needs-ocr|pdf-garbled-text)$/.test(d.code) && d.provenance?.kind === 'pdf')
        .map((d) => (d.provenance as { page: number }).page),
    ),
  ].sort((a, b) => a - b);
  return {
    document: {
      id: doc.id,
      source: doc.source,
      kind: classification.kind,
      department: classification.department,
      year: classification.year,
      level: classification.level,
      issuer: issuer.issuer,
      unreadablePages,
      trust: trustData(doc),
    },
    classification,
    tables,
    blocks: doc.blocks,
    lineItems: items,
    fa: faRecords(items, tables),
    bu: buRecords(items, tables),
    budgetItems: budgetItems(doc.blocks, budgetFuncNames(items)),
    sangong,
    selfEval: selfEval.records,
    targets: targets.records,
    basicData: basicData.records,
    evFunds: evFunds.records,
    frameworks: frameworks.records,
    narrative: narrative.facts,
    lint: lintFacts(doc.blocks, classification.level, tables),
    diagnostics,
  };
}

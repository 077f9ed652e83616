export {
  readReportData,
  type ReportCell,
  type ReportData,
  type ReportDocument,
  type ReportEvidence,
  type ReportFinding,
  type ReportSide,
  type ReportTable,
} from './data.js';
export { cellAnchor, documentAnchor, esc, findingAnchor, renderReport, resolveEvidence, tableAnchor, type ResolvedEvidence } from './render.js';
export { REPORT_CSS } from './style.js';
export { writeReport, type WrittenReport } from './write.js';

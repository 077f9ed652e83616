export { beginRead, DEFAULT_DB, openStore, readTransaction, type Db } from './db.js';
export { migrate, migrations } from './migrate.js';
export { documentRows, type DocumentRows, type Processed } from './rows.js';
export { documentSummaries, type DocumentSummary } from './summary.js';
export { documentDetails, type DocumentDetails, type StoredCell, type StoredEvidence, type StoredFinding, type StoredTable } from './details.js';
export { exportCount, exportRows, panelRows, type ExportName, type RowStream } from './export-rows.js';
export { body, listBodies, mergeBodies, renameBody, type BodyView } from './bodies.js';
export { beginRun, endRun, recordFile, recordFileError, storedDocument, writeDocument, writeDocuments, type DocumentWrite, type RunCounts } from './write.js';
export {
  documentIds,
  documentOutcome,
  findingCounts,
  localPaths,
  olderVersionsOf,
  readFindings,
  readingTotals,
  severitiesFrom,
  statusCounts,
  storeProblems,
  unreadDocuments,
  type DocumentOutcome,
  type FindingFilter,
  type FindingView,
  type UnreadDocument,
} from './read.js';

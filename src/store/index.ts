export { DEFAULT_DB, openStore, type Db } from './db.js';
export { migrate, migrations } from './migrate.js';
export { documentRows, type DocumentRows } from './rows.js';
export { body, listBodies, mergeBodies, renameBody, type BodyView } from './bodies.js';
export { beginRun, endRun, recordFile, recordFileError, storedDocument, writeDocument, writeDocuments, type DocumentWrite, type RunCounts } from './write.js';
export {
  findingCounts,
  localPaths,
  olderVersionsOf,
  readFindings,
  readingTotals,
  severitiesFrom,
  storeProblems,
  unreadDocuments,
  type FindingFilter,
  type FindingView,
  type UnreadDocument,
} from './read.js';

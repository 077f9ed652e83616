export { DEFAULT_DB, openStore, type Db } from './db.js';
export { migrate, migrations } from './migrate.js';
export { documentRows, type DocumentRows } from './rows.js';
export { beginRun, endRun, recordFile, recordFileError, storedDocument, writeDocument, type RunCounts } from './write.js';
export { findingCounts, readFindings, severitiesFrom, storeProblems, type FindingFilter, type FindingView } from './read.js';
export { body, listBodies, mergeBodies, renameBody, type BodyView } from './bodies.js';

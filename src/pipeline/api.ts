/**
 * The pipeline's stages as functions, for programs that run them one by one (`npm run bench` times
 * each): the compiled build exports this module as `dist/api.mjs`, sharing its code with the CLI.
 */
export { detectFormat } from '../sources/sniff/detect.js';
export { parseDocument, type ParseOptions } from '../parse/index.js';
export { classifyDocument } from '../classify/classify-document.js';
export { extractRecords } from '../extract/index.js';
export { checkDocument } from '../rules/engine.js';
export { documentRows, openStore, writeDocument } from '../store/index.js';
export { fromBytes, readSource } from '../sources/file.js';
export { processDocument, type Stages } from './process.js';
export { runBatch, type BatchSummary } from './batch.js';
export { ENGINE_VERSION } from './version.js';
export { collectFiles } from '../sources/collect.js';

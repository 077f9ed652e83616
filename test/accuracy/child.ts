/** Scores one document against its truth file: `node test/accuracy/child.mjs TRUTH.json`; prints the DocScore as JSON. */
import path from 'node:path';
import { processDocument } from '../../src/pipeline/process.js';
import { readSource } from '../../src/sources/file.js';
import { scoreDocument } from './score.js';
import { readTruth } from './truth.js';

const truth = readTruth(process.argv[2]!);
const processed = await processDocument(await readSource(path.join('fixtures/real', truth.file)));
process.stdout.write(JSON.stringify(scoreDocument(truth, processed)) + '\n');

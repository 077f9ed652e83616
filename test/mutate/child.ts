/** Fault injection on one document: `node test/mutate/child.mjs FILE PER_KIND SEED [KIND,…]`; prints its DocResult as one JSON line. */
import type { FaultKind } from './fault.js';
import { mutateDocument } from './run-doc.js';

const [file, perKind, seed, kinds] = process.argv.slice(2);
const result = await mutateDocument(file!, { perKind: Number(perKind), seed: seed!, ...(kinds ? { kinds: kinds.split(',') as FaultKind[] } : {}) });
process.stdout.write(JSON.stringify(result) + '\n');

import { bodiesText } from '../report/text/bodies.js';
import { listBodies, mergeBodies, renameBody } from '../store/bodies.js';
import { openStore } from '../store/db.js';
import { existingStore, UsageError } from './usage.js';

/**
 * `gongkai bodies [--db FILE] [--json]` lists the publishing bodies of the store with their ids, region
 * and the names documents print for them; `gongkai bodies merge A B` makes B's names and documents
 * A's (one body printed two ways, or renamed); `gongkai bodies rename ID NAME` names a body.
 */
export function bodiesCommand(action: 'list' | 'merge' | 'rename', args: string[], o: { db: string; json: boolean }): number {
  const ids = args.map(Number);
  if (action === 'list' && args.length) throw new UsageError('list takes no arguments');
  if (action === 'merge' && !(args.length === 2 && ids.every(Number.isInteger))) throw new UsageError('merge takes two body ids: INTO FROM');
  if (action === 'rename' && !(args.length >= 2 && Number.isInteger(ids[0]))) throw new UsageError('rename takes a body id and a name');
  const db = openStore(existingStore(o.db));
  try {
    if (action === 'list') {
      const bodies = listBodies(db);
      process.stdout.write(o.json ? JSON.stringify(bodies, null, 2) + '\n' : bodiesText(bodies));
      return 0;
    }
    if (action === 'merge') {
      const why = mergeBodies(db, ids[0]!, ids[1]!);
      if (why) process.stderr.write(`gongkai bodies merge: ${why}\n`);
      else process.stdout.write(`body ${ids[1]} is now body ${ids[0]}\n`);
      return why ? 2 : 0;
    }
    const name = args.slice(1).join(' ');
    const why = renameBody(db, ids[0]!, name);
    if (why) process.stderr.write(`gongkai bodies rename: ${why}\n`);
    else process.stdout.write(`body ${ids[0]} is named ${name}\n`);
    return why ? 2 : 0;
  } finally {
    db.close();
  }
}

import { existsSync } from 'node:fs';
import { listBodies, mergeBodies, renameBody } from '../store/bodies.js';
import { openStore } from '../store/db.js';

/**
 * `gongkai bodies [--db FILE] [--json]` lists the publishing bodies of the store with their ids, region
 * and the names documents print for them; `gongkai bodies merge A B` makes B's names and documents
 * A's (one body printed two ways, or renamed); `gongkai bodies rename ID NAME` names a body.
 */
export function bodiesCommand(args: string[], o: { db: string; json: boolean }): number {
  if (!existsSync(o.db)) {
    process.stderr.write(`gongkai bodies: no store at ${o.db} (run gongkai ingest first)\n`);
    return 2;
  }
  const [action, ...rest] = args;
  const db = openStore(o.db);
  try {
    if (action === undefined || action === 'list') {
      const bodies = listBodies(db);
      if (o.json) process.stdout.write(JSON.stringify(bodies, null, 2) + '\n');
      else for (const b of bodies) process.stdout.write(`${String(b.id).padStart(5)}  ${b.region_code} ${(b.region_name ?? '').padEnd(12)} ${b.name}  · ${b.documents} document(s): ${b.years ?? ''}${b.aliases && b.aliases !== b.name ? `  · printed as ${b.aliases}` : ''}\n`);
      return 0;
    }
    const ids = rest.map(Number);
    if (action === 'merge' && rest.length === 2 && ids.every(Number.isInteger)) {
      const why = mergeBodies(db, ids[0]!, ids[1]!);
      if (why) process.stderr.write(`gongkai bodies merge: ${why}\n`);
      else process.stdout.write(`body ${ids[1]} is now body ${ids[0]}\n`);
      return why ? 2 : 0;
    }
    if (action === 'rename' && rest.length >= 2 && Number.isInteger(ids[0])) {
      const why = renameBody(db, ids[0]!, rest.slice(1).join(' '));
      if (why) process.stderr.write(`gongkai bodies rename: ${why}\n`);
      else process.stdout.write(`body ${ids[0]} is named ${rest.slice(1).join(' ')}\n`);
      return why ? 2 : 0;
    }
    process.stderr.write('gongkai bodies: give nothing (list), merge INTO_ID FROM_ID, or rename ID NAME\n');
    return 2;
  } finally {
    db.close();
  }
}

import type { Issuer } from '../extract/issuer.js';
import type { Db } from './db.js';
import type { DocumentRows } from './rows.js';

/**
 * The dataset's rows of a document (migration 006): its issuer matched to a body through the body's
 * aliases (a new name in a region makes a new body, seeded from what the document prints), what each
 * line item is of, and the amounts it states about a year. Written inside writeDocument's transaction.
 */

const now = (): string => new Date().toISOString();

/** The alias of an issuer's (region, name), made with a body of its own when the store has none. */
function aliasOf(db: Db, issuer: Issuer): number | null {
  if (issuer.unresolved !== null || !issuer.region || !issuer.name) return null;
  const found = db.prepare('SELECT id FROM body_aliases WHERE region_code = ? AND key = ?').get(issuer.region.code, issuer.name) as { id: number } | undefined;
  if (found) return found.id;
  const at = now();
  const printed = issuer.printed ?? issuer.name;
  const body = db.prepare('INSERT INTO bodies (name, region_code, created_at) VALUES (?, ?, ?) RETURNING id').get(printed, issuer.region.code, at) as {
    id: number;
  };
  return (
    db
      .prepare('INSERT INTO body_aliases (body_id, region_code, key, printed, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id')
      .get(body.id, issuer.region.code, issuer.name, printed, at) as { id: number }
  ).id;
}

export function writeDatasetRows(db: Db, documentId: number, d: DocumentRows): void {
  for (const t of ['document_issuers', 'stated_amounts']) db.prepare(`DELETE FROM ${t} WHERE document_id = ?`).run(documentId);
  const i = d.issuer;
  if (i) {
    const r = i.region;
    db.prepare(
      `INSERT INTO document_issuers (document_id, printed, key, region_code, region_name, region_level, province_code, province_name, city_code, city_name,
         county_code, county_name, region_from, level, alias_id, unresolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      documentId,
      i.printed,
      i.name,
      r?.code ?? null,
      r?.name ?? null,
      r?.level ?? null,
      r?.province?.code ?? null,
      r?.province?.name ?? null,
      r?.city?.code ?? null,
      r?.city?.name ?? null,
      r?.county?.code ?? null,
      r?.county?.name ?? null,
      i.regionFrom,
      i.level,
      aliasOf(db, i),
      i.unresolved,
    );
  }
  // line_item_dims goes with its table (ON DELETE CASCADE): writeDocument has just rewritten the tables.
  const tables = new Map(
    (db.prepare('SELECT table_key, id FROM tables WHERE document_id = ?').all(documentId) as { table_key: string; id: number }[]).map((t) => [
      t.table_key,
      t.id,
    ]),
  );
  const dim = db.prepare(
    'INSERT INTO line_item_dims (table_id, row, col, fiscal_year, basis, grp, side, scheme, name_current, funds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const li of d.lineItems) dim.run(tables.get(li.table), li.row, li.col, li.fiscalYear, li.basis, li.group, li.side, li.scheme, li.nameCurrent, li.funds);
  const st = db.prepare(
    'INSERT INTO stated_amounts (document_id, seq, fiscal_year, basis, own, scope, subject, split, label, value, half_unit, printed, unit, source, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  d.stated.forEach((s, k) =>
    st.run(documentId, k, s.year, s.basis, s.own ? 1 : 0, s.scope, s.subject, s.split, s.label, s.value, s.halfUnit, s.printed, s.unit, s.source, s.evidence),
  );
}

/** A row of v_bodies. */
export interface BodyView {
  id: number;
  name: string;
  region_code: string;
  region_name: string | null;
  named_by: 'document' | 'user';
  merged_into: number | null;
  aliases: string | null;
  documents: number;
  years: string | null;
}

/** The bodies the store knows (merged ones only when asked), by region and name. */
export function listBodies(db: Db, o: { merged?: boolean } = {}): BodyView[] {
  return db.prepare(`SELECT * FROM v_bodies ${o.merged ? '' : 'WHERE merged_into IS NULL'} ORDER BY region_code, name, id`).all() as BodyView[];
}

/** A body by id, following merges to the body it became. */
export function body(db: Db, id: number): BodyView | undefined {
  let b = db.prepare('SELECT * FROM v_bodies WHERE id = ?').get(id) as BodyView | undefined;
  for (let hops = 0; b?.merged_into != null && hops < 100; hops++)
    b = db.prepare('SELECT * FROM v_bodies WHERE id = ?').get(b.merged_into) as BodyView | undefined;
  return b;
}

/**
 * Merges body `from` into body `into` (a renamed body, or one name printed two ways): its aliases,
 * and so its documents, are `into`'s from now on; `from` keeps its row, marked merged, so its id still
 * leads somewhere. Returns a reason when the merge cannot be made.
 */
export function mergeBodies(db: Db, into: number, from: number): string | null {
  const a = body(db, into);
  const b = body(db, from);
  if (!a) return `no body ${into}`;
  if (!b) return `no body ${from}`;
  if (a.id === b.id) return `bodies ${into} and ${from} are already one (${a.id})`;
  db.transaction(() => {
    db.prepare('UPDATE body_aliases SET body_id = ? WHERE body_id = ?').run(a.id, b.id);
    db.prepare('UPDATE bodies SET merged_into = ? WHERE id = ? OR merged_into = ?').run(a.id, b.id, b.id);
  }).immediate();
  return null;
}

/** Gives a body the name the user chose (it stays the body's name whatever documents print later). */
export function renameBody(db: Db, id: number, name: string): string | null {
  const b = body(db, id);
  if (!b) return `no body ${id}`;
  if (!name.trim()) return 'give a name';
  db.prepare("UPDATE bodies SET name = ?, named_by = 'user' WHERE id = ?").run(name.trim(), b.id);
  return null;
}

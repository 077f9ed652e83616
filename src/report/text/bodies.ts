import type { BodyView } from '../../store/bodies.js';

/** One publishing body as `gongkai bodies` lists it: id, region code and name, its name, its documents and years, the other names documents print. */
export const bodyLine = (b: BodyView): string =>
  `${String(b.id).padStart(5)}  ${b.region_code} ${(b.region_name ?? '').padEnd(12)} ${b.name}  · ${b.documents} document(s): ${b.years ?? ''}${b.aliases && b.aliases !== b.name ? `  · printed as ${b.aliases}` : ''}`;

/** The store's bodies, a line each (nothing when there are none). */
export const bodiesText = (bodies: readonly BodyView[]): string => bodies.map((b) => `${bodyLine(b)}\n`).join('');

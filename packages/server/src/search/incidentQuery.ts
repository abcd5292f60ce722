import type { RawBuilder, SqlBool } from 'kysely';
import type { Actor, Tx } from '../platform/context.ts';
import { parseQuery } from './query.ts';
import { incidentsMatching } from './store.ts';

/** One stretch of the incident list's `?q=` (see store.ts#incidentsMatching). */
export type IncidentQueryStretch = (below: number | null, max: number) => Promise<{ match: RawBuilder<SqlBool>; from: number | null }>;

/**
 * The incident list's `?q=` through the search index: incidents whose title, summary or impact (and,
 * for responders, ticket and whys) contain every word, each read as a prefix ("data" finds
 * "database"), read in stretches of the list's order. Null when the text has no word (the list then
 * ignores it).
 */
export function incidentQueryMatch(tx: Tx, user: Actor, text: string): IncidentQueryStretch | null {
  let parsed: ReturnType<typeof parseQuery>;
  try {
    parsed = parseQuery(text, { prefixAll: true });
  } catch {
    return null;
  }
  return incidentsMatching(tx, user, parsed);
}

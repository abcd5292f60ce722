import type { RawBuilder, SqlBool } from 'kysely';
import type { Actor, Tx } from '../platform/context.ts';
import { parseQuery } from './query.ts';
import { incidentsMatching } from './store.ts';

/**
 * The incident list's `?q=` through the search index: incidents whose title, summary or impact (and,
 * for responders, ticket and whys) contain every word, each read as a prefix ("data" finds
 * "database"). Null when the text has no word (the list then ignores it).
 */
export async function incidentQueryMatch(tx: Tx, user: Actor, text: string): Promise<RawBuilder<SqlBool> | null> {
  let parsed: ReturnType<typeof parseQuery>;
  try {
    parsed = parseQuery(text, { prefixAll: true });
  } catch {
    return null;
  }
  return incidentsMatching(tx, user, parsed);
}

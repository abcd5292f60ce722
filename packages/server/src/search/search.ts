import {
  ACTIVE_STATUSES,
  csv,
  INCIDENT_STATUSES,
  SEARCH_DATE_BUCKETS,
  SEARCH_KINDS,
  type SearchFacets,
  type SearchPage,
  type SearchQuery,
} from '@firebreak/shared';
import type { z } from 'zod';
import { type Ctx, reader } from '../platform/context.ts';
import { readThreadOf } from '../platform/db/readThread.ts';
import { AppError, InputError } from '../platform/errors.ts';
import { getService } from '../services/index.ts';
import { settings } from '../severities/index.ts';
import { presentFacets, presentHit } from './present.ts';
import { parseQuery } from './query.ts';
import { hits, type SearchFilter, searchOrder, searchWindow } from './store.ts';

const DAY = 86_400_000;
const BUCKET_DAYS: Record<(typeof SEARCH_DATE_BUCKETS)[number], number> = { day: 1, week: 7, month: 30, year: 365 };

/** The filters of a search request, resolved to ids; null when a filter names nothing (no results). */
async function filterOf(ctx: Ctx, query: z.output<typeof SearchQuery>): Promise<SearchFilter | null> {
  const tx = reader(ctx);
  const f: SearchFilter = { from: query.from && new Date(query.from).toISOString(), to: query.to && new Date(query.to).toISOString() };
  f.kinds = csv(query.kind);
  const badKind = f.kinds.find((k) => !SEARCH_KINDS.includes(k as never));
  if (badKind) throw new InputError(`kind: unknown kind ${badKind} (one of ${SEARCH_KINDS.join(', ')})`, { field: 'kind' });
  f.statuses = csv(query.status).flatMap((s) => (s === 'active' ? [...ACTIVE_STATUSES] : [s]));
  const bad = f.statuses.find((s) => !INCIDENT_STATUSES.includes(s as never));
  if (bad) throw new InputError(`status: unknown status ${bad}`, { field: 'status' });
  const sevNames = csv(query.severity).map((s) => s.toLowerCase());
  if (sevNames.length) {
    const all = (await settings(tx)).severities;
    f.severityIds = all.filter((s) => sevNames.includes(s.name.toLowerCase()) || sevNames.includes(s.id)).map((s) => s.id);
    if (!f.severityIds.length) return null;
  }
  if (query.service) {
    const svc = await getService(tx, query.service);
    if (!svc) return null;
    f.serviceId = svc.id;
  }
  if (query.hasRetro) f.hasRetro = query.hasRetro === 'true';
  return f;
}

const EMPTY_FACETS: SearchFacets = { total: 0, capped: false, kind: [], service: [], severity: [], status: [], date: [], hasRetro: [] };

/**
 * Full-text search over what the caller may read (incidents, timelines, retrospectives, follow-ups,
 * alerts), best match first, with snippets; facets on the first page.
 */
export async function searchCommand(ctx: Ctx, query: z.output<typeof SearchQuery>): Promise<SearchPage> {
  const parsed = parseQuery(query.q);
  const after = searchOrder.decode(query.cursor);
  const f = await filterOf(ctx, query);
  if (!f) return { data: [], nextCursor: null, facets: after ? null : EMPTY_FACETS };
  const read = reader(ctx);
  // SQLite: the window and the snippets on the read thread (the milliseconds of a common word's
  // window would otherwise hold the event loop); PostgreSQL's queries already run off it.
  const tx = { ...read, thread: ctx.config.searchThread ? readThreadOf(read.db) : undefined };
  try {
    const now = ctx.clock.now().getTime();
    const since = after
      ? null
      : Object.fromEntries(SEARCH_DATE_BUCKETS.map((b) => [b, new Date(now - BUCKET_DAYS[b] * DAY).toISOString()]));
    const found = await searchWindow(tx, ctx.user, parsed, f, query.limit, after, since);
    const { page, nextCursor } = searchOrder.page(found.rows, query.limit);
    const byId = new Map(
      (
        await hits(
          tx,
          parsed,
          page.map((r) => r.id),
        )
      ).map((h) => [Number(h.id), h]),
    );
    const data = page.flatMap((r) => {
      const h = byId.get(r.id);
      return h ? [presentHit(h, r.score)] : [];
    });
    return { data, nextCursor, facets: found.facets ? presentFacets(found.facets) : null };
  } catch (err) {
    // The parser keeps syntax out of the engines; should one still refuse the query, it is the query's fault.
    if (err instanceof AppError) throw err;
    if (/fts5|syntax|tsquery/i.test(String((err as Error).message)))
      throw new InputError('q: this search cannot be run; try plain words', { field: 'q' });
    throw err;
  }
}

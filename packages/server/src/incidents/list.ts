import { ACTIVE_STATUSES, csv, INCIDENT_STATUSES } from '@firebreak/shared';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { type IncidentQueryStretch, incidentQueryMatch } from '../search/index.ts';
import { getService } from '../services/index.ts';
import { presentSeverity, settings } from '../severities/index.ts';
import { resolveUser } from '../users/index.ts';
import { summaries } from './read.ts';
import { countActiveBySeverity, type IncidentSummaryRow, incidentOrder, type ListFilter, listIncidents } from './store.ts';

export type ListQuery = {
  limit: number;
  cursor?: string;
  status?: string;
  severity?: string;
  service?: string;
  roleHolder?: string;
  mine?: 'true' | 'false';
  q?: string;
};

/** A filtered page of the incidents the caller may see, newest first. */
export async function listIncidentsCommand(ctx: Ctx, query: ListQuery) {
  const tx = reader(ctx);
  const f: ListFilter = { limit: query.limit, q: query.q, after: incidentOrder.decode(query.cursor) };
  const stretch = query.q?.trim() ? incidentQueryMatch(tx, ctx.user, query.q) : null;
  const statuses = csv(query.status).flatMap((s) => (s === 'active' ? [...ACTIVE_STATUSES] : [s]));
  const bad = statuses.find((s) => !INCIDENT_STATUSES.includes(s as never));
  if (bad) throw new InputError(`status: unknown status ${bad}`, { field: 'status' });
  f.statuses = statuses;
  const sevNames = csv(query.severity).map((s) => s.toLowerCase());
  if (sevNames.length) {
    const all = (await settings(tx)).severities;
    f.severityIds = all.filter((s) => sevNames.includes(s.name.toLowerCase()) || sevNames.includes(s.id)).map((s) => s.id);
    if (!f.severityIds.length) return { data: [], nextCursor: null };
  }
  if (query.service) {
    const svc = await getService(tx, query.service);
    if (!svc) return { data: [], nextCursor: null };
    f.serviceId = svc.id;
  }
  if (query.roleHolder)
    f.roleHolderId = query.roleHolder === 'me' ? ctx.user.id : (await resolveUser(tx, query.roleHolder, 'roleHolder')).id;
  if (query.mine === 'true') f.mineUserId = ctx.user.id;
  const rows = stretch ? await listMatching(tx, ctx, f, stretch) : await listIncidents(tx, ctx.user, f);
  const { page, nextCursor } = incidentOrder.page(rows, query.limit);
  return { data: await summaries(tx, ctx.user, page), nextCursor };
}

/**
 * The list with words in `?q=`: the search index hands out its matches in the list's order, a stretch
 * at a time (search/store.ts#incidentsMatching), and each stretch is listed with the list's own
 * conditions (access, filters, cursor) until a page is full. A stretch reads a few more texts than a
 * page; when private incidents of others or the filters leave it short, the next reads four times as
 * many, so a sparse result does not cost one round per page.
 */
async function listMatching(tx: Tx, ctx: Ctx, f: ListFilter, stretch: IncidentQueryStretch): Promise<IncidentSummaryRow[]> {
  const rows: IncidentSummaryRow[] = [];
  let below = f.after ? Number(f.after[0]) : null;
  let max = 2 * (f.limit + 1) + 8;
  for (;;) {
    const s = await stretch(below, max);
    const within = { from: s.from, below };
    rows.push(...(await listIncidents(tx, ctx.user, { ...f, qMatch: s.match, qWithin: within, limit: f.limit - rows.length })));
    if (rows.length > f.limit || s.from === null) return rows;
    below = s.from;
    max *= 4;
  }
}

/** Counts of active incidents per severity, for the top of the list. */
export async function activeCounts(ctx: Ctx) {
  const tx = reader(ctx);
  const [rows, severities] = await Promise.all([
    countActiveBySeverity(tx, ctx.user, ACTIVE_STATUSES),
    settings(tx).then((s) => s.severities),
  ]);
  return severities
    .filter((s) => !s.archived || rows.some((r) => r.severity_id === s.id))
    .map((s) => ({ severity: presentSeverity(s), active: Number(rows.find((r) => r.severity_id === s.id)?.n ?? 0) }));
}

import { ACTIVE_STATUSES, csv, INCIDENT_STATUSES } from '@firebreak/shared';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { InputError } from '../platform/errors.ts';
import { incidentQueryMatch } from '../search/index.ts';
import { getService } from '../services/index.ts';
import { presentSeverity, settings } from '../severities/index.ts';
import { resolveUser } from '../users/index.ts';
import { summaries } from './read.ts';
import { countActiveBySeverity, incidentOrder, type ListFilter, listIncidents } from './store.ts';

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
  if (query.q?.trim()) f.qMatch = await incidentQueryMatch(tx, ctx.user, query.q);
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
  const { page, nextCursor } = incidentOrder.page(await listIncidents(tx, ctx.user, f), query.limit);
  return { data: await summaries(tx, ctx.user, page), nextCursor };
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

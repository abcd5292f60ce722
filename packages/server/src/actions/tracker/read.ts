import { ACTION_STATUSES, csv, type FollowUpQuery, isOpenActionStatus, OPEN_ACTION_STATUSES } from '@firebreak/shared';
import type { z } from 'zod';
import { formatRef, getIncident } from '../../incidents/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { reader } from '../../platform/context.ts';
import { InputError } from '../../platform/errors.ts';
import { getService } from '../../services/index.ts';
import { getTeam } from '../../teams/index.ts';
import { resolveUser } from '../../users/index.ts';
import { followUpOrder, listFollowUps } from './store.ts';

/** The cross-incident follow-up tracker: by owner, team, service, overdue; only visible incidents. */
export async function followUpTracker(ctx: Ctx, q: z.output<typeof FollowUpQuery>) {
  const tx = reader(ctx);
  const now = ctx.clock.now().toISOString();
  const statuses = !q.status ? [...OPEN_ACTION_STATUSES] : q.status === 'all' ? [...ACTION_STATUSES] : csv(q.status);
  const bad = statuses.find((s) => !ACTION_STATUSES.includes(s as never));
  if (bad) throw new InputError(`status: unknown status ${bad} (one of ${ACTION_STATUSES.join(', ')}, or all)`, { field: 'status' });
  const after = followUpOrder.decode(q.cursor);
  const empty = { data: [], nextCursor: null };
  const ownerId = q.owner ? (q.owner === 'me' ? ctx.user.id : (await resolveUser(tx, q.owner, 'owner')).id) : undefined;
  const team = q.team ? await getTeam(tx, q.team) : undefined;
  if (q.team && !team) return empty;
  const service = q.service ? await getService(tx, q.service) : undefined;
  if (q.service && !service) return empty;
  const incident = q.incident ? await getIncident(tx, q.incident) : undefined;
  if (q.incident && !incident) return empty;
  const rows = await listFollowUps(tx, ctx.user, {
    statuses,
    ownerId,
    teamId: team?.id,
    serviceId: service?.id,
    incidentId: incident?.id,
    overdueAt: q.overdue === 'true' ? now : undefined,
    fromRetro: q.fromRetro === 'true',
    limit: q.limit,
    after,
  });
  const { page, nextCursor } = followUpOrder.page(rows, q.limit);
  return {
    data: page.map((a) => ({
      id: a.id,
      title: a.title,
      description: a.description,
      incident: { ref: formatRef(a.incident_number), title: a.incident_title },
      retroId: a.retro_id,
      fromRetro: !!a.linked_retro_id,
      owner: a.owner_id ? { id: a.owner_id, name: a.owner_name ?? '', email: a.owner_email ?? '' } : null,
      dueAt: a.due_at,
      overdue: !!a.due_at && isOpenActionStatus(a.status) && a.due_at < now,
      priority: a.priority,
      status: a.status,
      addresses: a.addresses,
      horizon: a.horizon,
      draft: !!a.draft,
      createdAt: a.created_at,
      updatedAt: a.updated_at,
    })),
    nextCursor,
  };
}

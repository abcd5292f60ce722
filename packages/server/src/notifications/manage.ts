import type { NotificationKind, NotificationView, StakeholderView, SubscriptionView } from '@firebreak/shared';
import { formatRef, getIncidentById, loadIncident, visibleTo } from '../incidents/index.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { InputError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { getService } from '../services/index.ts';
import { listSeverities } from '../severities/index.ts';
import {
  addStakeholder,
  addSubscription,
  countUnread,
  getNotification,
  listNotifications,
  listSubscriptions,
  markRead,
  notificationOrder,
  removeStakeholder,
  removeSubscription,
  stakeholdersOf,
  unsubscribe,
} from './store.ts';

type Target = 'incident' | 'service' | 'severity';

/** The id a subscription is stored under: incidents by id (404 when hidden), services and severities by id or name. */
async function resolveTarget(tx: Tx, ctx: Ctx, target: Target, ref: string): Promise<string> {
  if (target === 'incident') return (await loadIncident(tx, ctx.user, ref)).id;
  if (target === 'service') {
    const svc = await getService(tx, ref);
    if (!svc) throw new NotFoundError(`No service ${ref}`, 'service_not_found');
    return svc.id;
  }
  const sev = (await listSeverities(tx, false)).find((s) => s.id === ref || s.name.toLowerCase() === ref.toLowerCase());
  if (!sev) throw new InputError(`id: no severity ${ref}`, { field: 'id' }, 'unknown_severity');
  return sev.id;
}

export async function presentSubscriptions(tx: Tx, ctx: Ctx): Promise<SubscriptionView[]> {
  const rows = await listSubscriptions(tx, ctx.user.id);
  const severities = await listSeverities(tx, true);
  const out: SubscriptionView[] = [];
  for (const r of rows) {
    let label: string | null = null;
    if (r.target === 'incident') {
      const inc = await getIncidentById(tx, r.target_id);
      // A private incident one was removed from is not listed (nor does it notify).
      if (
        inc &&
        (await loadIncident(tx, ctx.user, inc.id).then(
          () => true,
          () => false,
        ))
      )
        label = `${formatRef(inc.number)} ${inc.title}`;
    } else if (r.target === 'service') label = (await getService(tx, r.target_id))?.name ?? null;
    else {
      const s = severities.find((x) => x.id === r.target_id);
      label = s ? `${s.name} and above` : null;
    }
    if (label) out.push({ target: r.target as Target, id: r.target_id, label, createdAt: r.created_at });
  }
  return out;
}

export async function subscribe(ctx: Ctx, target: Target, ref: string): Promise<SubscriptionView[]> {
  await transaction(ctx, async (tx) => {
    const id = await resolveTarget(tx, ctx, target, ref);
    await addSubscription(tx, { user_id: ctx.user.id, target, target_id: id, created_at: ctx.clock.now().toISOString() });
  });
  return presentSubscriptions(reader(ctx), ctx);
}

export async function unsubscribeFrom(ctx: Ctx, target: Target, ref: string): Promise<SubscriptionView[]> {
  await transaction(ctx, async (tx) => {
    const id = await resolveTarget(tx, ctx, target, ref);
    if (!(await removeSubscription(tx, ctx.user.id, target, id)))
      throw new NotFoundError(`You do not watch that ${target}`, 'subscription_not_found');
  });
  return presentSubscriptions(reader(ctx), ctx);
}

// ---- service stakeholder lists (responders and admins) ----

async function serviceFor(tx: Tx, ref: string) {
  const svc = await getService(tx, ref);
  if (!svc) throw new NotFoundError(`No service ${ref}`, 'service_not_found');
  return svc;
}

const mayManage = (ctx: Ctx) => {
  if (ctx.user.role === 'viewer') throw new NotAllowedError('Stakeholder lists are managed by responders and admins');
};

export async function listStakeholders(ctx: Ctx, ref: string): Promise<StakeholderView[]> {
  mayManage(ctx);
  const tx = reader(ctx);
  const svc = await serviceFor(tx, ref);
  return (await stakeholdersOf(tx, [svc.id])).map((s) => ({
    id: s.id,
    email: s.email,
    user: s.user_id ? { id: s.user_id, name: s.user_name ?? '' } : null,
    createdAt: s.created_at,
  }));
}

export async function addServiceStakeholder(ctx: Ctx, ref: string, email: string): Promise<StakeholderView[]> {
  mayManage(ctx);
  await transaction(ctx, async (tx) => {
    const svc = await serviceFor(tx, ref);
    await addStakeholder(tx, {
      id: newId(),
      service_id: svc.id,
      email: email.trim().toLowerCase(),
      added_by: ctx.user.id,
      created_at: ctx.clock.now().toISOString(),
    });
  });
  return listStakeholders(ctx, ref);
}

export async function removeServiceStakeholder(ctx: Ctx, ref: string, id: string): Promise<StakeholderView[]> {
  mayManage(ctx);
  await transaction(ctx, async (tx) => {
    const svc = await serviceFor(tx, ref);
    if (!(await removeStakeholder(tx, svc.id, id))) throw new NotFoundError(`No stakeholder ${id} on ${svc.name}`, 'stakeholder_not_found');
  });
  return listStakeholders(ctx, ref);
}

// ---- in-app notifications ----

type ListRow = Awaited<ReturnType<typeof listNotifications>>[number];
export const presentNotification = (r: ListRow): NotificationView => ({
  id: Number(r.id),
  kind: r.kind as NotificationKind,
  title: r.title,
  body: r.body,
  incident: { id: r.incident_id, ref: formatRef(r.incident_number), title: r.incident_title },
  entryId: r.entry_id === null ? null : Number(r.entry_id),
  createdAt: r.created_at,
  readAt: r.read_at,
});

export async function readNotifications(ctx: Ctx, q: { unread: boolean; limit: number; cursor?: string }) {
  const tx = reader(ctx);
  const rows = await listNotifications(tx, ctx.user, {
    unread: q.unread,
    limit: q.limit,
    after: notificationOrder.decode(q.cursor),
    visibleTo: visibleTo(ctx.user),
  });
  const { page, nextCursor } = notificationOrder.page(rows, q.limit);
  return { data: page.map(presentNotification), nextCursor, unread: await countUnread(tx, ctx.user, visibleTo(ctx.user)) };
}

export const unreadCount = (ctx: Ctx) => countUnread(reader(ctx), ctx.user, visibleTo(ctx.user));

export async function markNotificationRead(ctx: Ctx, id: number, read = true): Promise<number> {
  await transaction(ctx, async (tx) => {
    if (!(await getNotification(tx, ctx.user.id, id))) throw new NotFoundError(`No notification ${id}`, 'notification_not_found');
    await markRead(tx, ctx.user.id, [id], read ? ctx.clock.now().toISOString() : null);
    tx.events.push({ type: 'notification', userId: ctx.user.id });
  });
  return unreadCount(ctx);
}

export async function markAllRead(ctx: Ctx, upTo?: number): Promise<number> {
  await transaction(ctx, async (tx) => {
    await markRead(tx, ctx.user.id, upTo === undefined ? 'all' : { upTo }, ctx.clock.now().toISOString());
    tx.events.push({ type: 'notification', userId: ctx.user.id });
  });
  return unreadCount(ctx);
}

/** The one-click unsubscribe: the address gets no more notification e-mail (in-app is unchanged). */
export async function unsubscribeAddress(deps: Parameters<typeof transaction>[0], email: string): Promise<void> {
  await transaction(deps, (tx) => unsubscribe(tx, email, deps.clock.now().toISOString()));
}

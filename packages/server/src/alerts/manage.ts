import { CHANGES_BEFORE_DECLARATION_HOURS } from '@firebreak/shared';
import { canWork, loadIncident, servicesOf, visibleTo } from '../incidents/index.ts';
import { type Ctx, reader, transaction } from '../platform/context.ts';
import { ConflictError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { reactToAlertResolved } from './hooks.ts';
import { alertsChanged } from './live.ts';
import { declareFromAlert } from './routing.ts';
import {
  type AlertFilter,
  alertEvents,
  alertOrder,
  alertsWithNames,
  changesOfServices,
  firstAlertPayload,
  insertAlertEvent,
  markAlert,
} from './store.ts';

/**
 * Alerts as people see them. An alert joined to an incident is visible to whoever sees the incident
 * (private incidents: members and admins); alerts not joined to any incident are visible to everyone
 * signed in.
 */
const visible = (tx: ReturnType<typeof reader>, ctx: Ctx) =>
  alertsWithNames(tx).where((eb) => eb.or([eb('alerts.incident_id', 'is', null), visibleTo(ctx.user)]));

export async function listAlerts(ctx: Ctx, f: AlertFilter) {
  let q = visible(reader(ctx), ctx)
    .$call(alertOrder.order)
    .limit(f.limit + 1);
  if (f.after) q = q.where(alertOrder.after(f.after));
  // Dropped alerts (a routing rule dropped them) are listed only when asked for.
  if (f.status === 'open') q = q.where('alerts.resolved_at', 'is', null).where('alerts.status', '!=', 'dropped');
  else if (f.status) q = q.where('alerts.status', '=', f.status);
  else q = q.where('alerts.status', '!=', 'dropped');
  if (f.source) q = q.where('alerts.source', '=', f.source);
  if (f.service) {
    const s = f.service;
    q = q.where((eb) => eb.or([eb('services.id', '=', s), eb('services.name', '=', s)]));
  }
  return q.execute();
}

export async function findAlert(ctx: Ctx, id: string, tx = reader(ctx)) {
  const row = await visible(tx, ctx).where('alerts.id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(`No alert ${id}`, 'alert_not_found');
  return row;
}

export const eventsOf = (ctx: Ctx, id: string) => alertEvents(reader(ctx), id);

/** Acknowledge or resolve alerts by hand; each change is kept in the alert's history. */
export async function changeAlerts(ctx: Ctx, ids: string[], action: 'acknowledge' | 'resolve') {
  if (!canWork(ctx.user)) throw new NotAllowedError('Viewers cannot change alerts');
  return transaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const changed: string[] = [];
    const unchanged: string[] = [];
    for (const id of [...new Set(ids)]) {
      const row = await visible(tx, ctx).where('alerts.id', '=', id).executeTakeFirst();
      if (!row) throw new NotFoundError(`No alert ${id}`, 'alert_not_found');
      const open = row.resolved_at === null && (action === 'resolve' || row.status === 'triggered');
      if (!open) {
        unchanged.push(id);
        continue;
      }
      await markAlert(tx, id, action, now);
      await insertAlertEvent(tx, id, action, now, JSON.stringify({ by: { id: ctx.user.id, name: ctx.user.name } }));
      changed.push(id);
    }
    alertsChanged(tx, changed);
    if (action === 'resolve') await reactToAlertResolved(tx, ctx, changed);
    return { changed, unchanged };
  });
}

export async function declareIncidentFromAlert(ctx: Ctx, id: string, input: { title?: string; severity?: string; private: boolean }) {
  if (!canWork(ctx.user)) throw new NotAllowedError('Viewers cannot declare incidents; ask a responder');
  return transaction(ctx, async (tx) => {
    const row = await findAlert(ctx, id, tx);
    if (row.incident_id) throw new ConflictError('This alert already belongs to an incident', { incidentId: row.incident_id });
    alertsChanged(tx, [row.id]);
    return declareFromAlert(tx, ctx, row, input, (await firstAlertPayload(tx, id)) ?? row.title);
  });
}

/**
 * The change events of an incident's services from a day before it was declared until now: what
 * changed around the time things broke. Whoever may see the incident may see them (404 otherwise).
 */
export async function changesAround(ctx: Ctx, ref: string, limit: number) {
  const tx = reader(ctx);
  const incident = await loadIncident(tx, ctx.user, ref);
  const services = await servicesOf(tx, [incident.id]);
  const from = new Date(Date.parse(incident.declared_at) - CHANGES_BEFORE_DECLARATION_HOURS * 3_600_000).toISOString();
  return changesOfServices(
    tx,
    services.map((s) => s.id),
    from,
    limit,
  );
}

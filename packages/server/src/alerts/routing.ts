import type { AlertSeverity } from '@firebreak/shared';
import { declareIn, formatRef, openIncidentOfService } from '../incidents/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { ConflictError } from '../platform/errors.ts';
import { listSeverities } from '../severities/index.ts';
import { record } from '../timeline/index.ts';
import { type AlertCtx, type Routing, reactToAlertRouted } from './hooks.ts';
import { suppressInMaintenance } from './maintenance.ts';
import { type AlertRow, setAlertIncident } from './store.ts';

/** An alert joins an open incident of its service declared at most this long ago. */
export const JOIN_WINDOW_MS = 60 * 60_000;
/** On a critical service, alerts at these severities declare an incident when none is open. */
export const AUTO_DECLARE_SEVERITIES: readonly AlertSeverity[] = ['critical'];
const LEVELS: AlertSeverity[] = ['critical', 'error', 'warning', 'info'];

/** critical → the most severe configured severity (SEV1), error → the next, and so on. */
async function incidentSeverityFor(tx: Tx, severity: AlertSeverity): Promise<string | undefined> {
  const rows = await listSeverities(tx);
  if (!rows.length) return undefined;
  return rows[Math.min(LEVELS.indexOf(severity), rows.length - 1)].id;
}

async function link(
  tx: Tx,
  ctx: { clock: Clock; user: Actor | null },
  alert: AlertRow,
  incident: { id: string; number: number; private: number },
) {
  // Two people declaring from one alert at once: the second finds it linked and rolls back.
  if (!(await setAlertIncident(tx, alert.id, incident.id))) throw new ConflictError('This alert already belongs to an incident');
  alert.incident_id = incident.id;
  await record(tx, ctx, incident, {
    kind: 'alert_joined',
    body: alert.title,
    data: {
      alertId: alert.id,
      ref: formatRef(incident.number),
      title: alert.title,
      severity: alert.severity,
      source: alert.source,
      dedupKey: alert.dedup_key,
      url: `/alerts/${alert.id}`,
    },
  });
}

/**
 * Routes a newly opened alert: it joins the open incident of its service if one was declared within
 * the window; else, on a critical service at or above the threshold, it declares one (the request
 * kept verbatim as the original report, source `alert`); else it waits in the alert list.
 */
export async function routeNewAlert(
  tx: Tx,
  ctx: AlertCtx,
  alert: AlertRow,
  service: { id: string; criticality: string } | null,
  raw: string,
): Promise<Routing> {
  // Inside a maintenance window: recorded as suppressed; no incident, no reactions (no one is paged).
  if (await suppressInMaintenance(tx, ctx, alert)) return { outcome: 'suppressed', incidentId: null };
  let routing: Routing = { outcome: 'waiting', incidentId: null };
  if (service) {
    const since = new Date(ctx.clock.now().getTime() - JOIN_WINDOW_MS).toISOString();
    const open = await openIncidentOfService(tx, service.id, since);
    if (open) {
      await link(tx, ctx, alert, open);
      routing = { outcome: 'joined', incidentId: open.id };
    } else if (service.criticality === 'critical' && AUTO_DECLARE_SEVERITIES.includes(alert.severity as AlertSeverity)) {
      const incident = await declareIn(tx, ctx, {
        title: alert.title.slice(0, 200),
        severity: await incidentSeverityFor(tx, alert.severity as AlertSeverity),
        services: [service.id],
        originalRequest: raw.slice(0, 100_000),
        source: 'alert',
        reporter: `Alert integration ${alert.source}`,
        private: false,
        status: 'triage',
      });
      await link(tx, ctx, alert, incident);
      routing = { outcome: 'declared', incidentId: incident.id };
    }
  }
  await reactToAlertRouted(tx, ctx, alert, routing);
  return routing;
}

/** Declares an incident from a waiting alert, as a person (POST /alerts/{id}/declare). */
export async function declareFromAlert(
  tx: Tx,
  ctx: Parameters<typeof declareIn>[1],
  alert: AlertRow,
  input: { title?: string; severity?: string; private: boolean },
  originalReport: string,
) {
  const incident = await declareIn(tx, ctx, {
    title: (input.title ?? alert.title).slice(0, 200),
    severity: input.severity ?? (await incidentSeverityFor(tx, alert.severity as AlertSeverity)),
    services: alert.service_id ? [alert.service_id] : [],
    originalRequest: originalReport.slice(0, 100_000),
    source: 'alert',
    private: input.private,
    status: 'triage',
  });
  await link(tx, ctx, alert, incident);
  return incident;
}

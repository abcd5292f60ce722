import type { AlertSeverity } from '@firebreak/shared';
import { declareIn, formatRef, openIncidentOfService } from '../incidents/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { ConflictError } from '../platform/errors.ts';
import { listSeverities } from '../severities/index.ts';
import { record } from '../timeline/index.ts';
import { type AlertCtx, type Routing, reactToAlertRouted } from './hooks.ts';
import { suppressInMaintenance } from './maintenance.ts';
import type { RoutingConfig } from './routingConfig.ts';
import { type AlertRow, setAlertIncident } from './store.ts';

const LEVELS: AlertSeverity[] = ['critical', 'error', 'warning', 'info'];
type SeverityRank = { id: string; rank: number };

/**
 * The Firebreak severity of an alert: the one a routing rule chose, else by level: critical → the
 * most severe configured severity (SEV1), error → the next, and so on.
 */
export function severityOfAlert(rows: SeverityRank[], alert: Pick<AlertRow, 'severity' | 'severity_id'>): SeverityRank | undefined {
  const chosen = alert.severity_id ? rows.find((r) => r.id === alert.severity_id) : undefined;
  if (chosen || !rows.length) return chosen;
  return rows[Math.min(Math.max(LEVELS.indexOf(alert.severity as AlertSeverity), 0), rows.length - 1)];
}

/** Auto-declare threshold: the alert's severity is the configured one or more severe (default: the most severe). */
export function meetsThreshold(rows: SeverityRank[], severity: SeverityRank | undefined, thresholdId: string | null): boolean {
  if (!severity) return false;
  const threshold = (thresholdId && rows.find((r) => r.id === thresholdId)) || rows[0];
  return !!threshold && severity.rank <= threshold.rank;
}

async function incidentSeverityFor(tx: Tx, alert: Pick<AlertRow, 'severity' | 'severity_id'>): Promise<string | undefined> {
  return severityOfAlert(await listSeverities(tx), alert)?.id;
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
 * the join window; else, on a service whose criticality is in the auto-declare list and with a
 * severity at or above the threshold, it declares one (the request kept verbatim as the original
 * report, source `alert`); else it waits in the alert list. Window and threshold are the admin's
 * routing settings (`config`, cached per instance).
 */
export async function routeNewAlert(
  tx: Tx,
  ctx: AlertCtx,
  alert: AlertRow,
  service: { id: string; criticality: string } | null,
  raw: string,
  config: Pick<RoutingConfig, 'joinWindowMs' | 'autoDeclare'>,
): Promise<Routing> {
  // Inside a maintenance window: recorded as suppressed; no incident, no reactions (no one is paged).
  if (await suppressInMaintenance(tx, ctx, alert)) return { outcome: 'suppressed', incidentId: null };
  let routing: Routing = { outcome: 'waiting', incidentId: null };
  if (service) {
    const since = new Date(ctx.clock.now().getTime() - config.joinWindowMs).toISOString();
    const open = await openIncidentOfService(tx, service.id, since);
    const auto = config.autoDeclare;
    const severities = open || !auto.enabled || !auto.criticalities.includes(service.criticality) ? [] : await listSeverities(tx);
    const severity = severityOfAlert(severities, alert);
    if (open) {
      await link(tx, ctx, alert, open);
      routing = { outcome: 'joined', incidentId: open.id };
    } else if (meetsThreshold(severities, severity, auto.severityId)) {
      const incident = await declareIn(tx, ctx, {
        title: alert.title.slice(0, 200),
        severity: severity?.id,
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
    severity: input.severity ?? (await incidentSeverityFor(tx, alert)),
    services: alert.service_id ? [alert.service_id] : [],
    originalRequest: originalReport.slice(0, 100_000),
    source: 'alert',
    private: input.private,
    status: 'triage',
  });
  await link(tx, ctx, alert, incident);
  return incident;
}

import type { AlertSeverity, IntegrationFormat } from '@firebreak/shared';
import { type Deps, transaction } from '../platform/context.ts';
import { newTimeOrderedId } from '../platform/ids.ts';
import { getService } from '../services/index.ts';
import type { ChangeEvent } from './formats.ts';
import { type AlertCtx, reactToAlertResolved } from './hooks.ts';
import { alertsChanged } from './live.ts';
import { routeNewAlert } from './routing.ts';
import { routingConfig } from './routingConfig.ts';
import { decide, NO_DECISION, ruleView } from './rules.ts';
import {
  type AlertRow,
  acknowledgeOpen,
  alertInScope,
  type IntegrationRow,
  insertAlertEvent,
  insertChangeEvent,
  openAlertOf,
  resolveOpen,
  upsertTrigger,
} from './store.ts';

/** One event of any wire format, once parsed. */
export type IncomingEvent = {
  action: 'trigger' | 'acknowledge' | 'resolve' | 'note';
  dedupKey: string;
  /** Opsgenie `identifierType=id`: the key is our alert id, not a dedup key. */
  byAlertId?: boolean;
  title?: string;
  description?: string;
  severity?: AlertSeverity;
  details?: Record<string, unknown>;
  /** The event as received (its JSON), kept in the alert's history. */
  payload: unknown;
};

export type KnownIntegration = IntegrationRow & { service_name: string | null; service_criticality: string | null };
/** `dropped`: a routing rule dropped the trigger (accepted, counted on a `dropped` alert, never routed). */
export type EventOutcome = { dedupKey: string; alertId: string | null; opened: boolean; dropped?: boolean };

/** Alerts of an integration bound to a service share the service's scope: one open alert per key there. */
export const scopeOf = (i: Pick<IntegrationRow, 'id' | 'service_id'>) => (i.service_id ? `service:${i.service_id}` : `integration:${i.id}`);

/**
 * Records the events of one request, in order, in one transaction: the caller answers 2xx only
 * after this resolves, that is after the commit (group commit on SQLite). Triggers open or repeat
 * the alert of their key; acknowledge/resolve/note for a key without an open alert are dropped.
 * Routing rules (cached, see routingConfig.ts) apply to triggers: a dropped trigger is counted on
 * an alert of status `dropped` in a scope of its own (so it never holds the key's open alert); a
 * rule's service routes the alert but does not change where its key is deduplicated.
 */
export async function ingest(deps: Deps, integration: KnownIntegration, events: IncomingEvent[], raw: string): Promise<EventOutcome[]> {
  const ctx: AlertCtx = { ...deps, user: null };
  const scope = scopeOf(integration);
  const own = integration.service_id ? { id: integration.service_id, criticality: integration.service_criticality ?? 'medium' } : null;
  const config = await routingConfig(deps);
  return transaction(deps, async (tx) => {
    const now = deps.clock.now().toISOString();
    const out: EventOutcome[] = [];
    for (const e of events) {
      const payload = JSON.stringify(e.payload ?? null);
      let alert: AlertRow | undefined;
      let opened = false;
      let service = own;
      if (e.action === 'trigger') {
        const decision = config.rules.length ? decide(config.rules, integration.id, ruleView(e, integration)) : NO_DECISION;
        const dropped = !!decision.drop;
        const serviceId = dropped ? integration.service_id : (decision.service?.serviceId ?? integration.service_id);
        alert = await upsertTrigger(tx, {
          id: newTimeOrderedId(),
          integration_id: integration.id,
          service_id: serviceId,
          scope: dropped ? `dropped:${scope}` : scope,
          dedup_key: e.dedupKey,
          status: dropped ? 'dropped' : 'triggered',
          title: e.title || e.dedupKey,
          description: e.description ?? '',
          source: integration.format as IntegrationFormat,
          severity: e.severity ?? 'warning',
          details: JSON.stringify(
            decision.drop ? { ...e.details, droppedBy: { rule: decision.drop.id, name: decision.drop.name } } : (e.details ?? {}),
          ),
          incident_id: null,
          first_seen_at: now,
          last_seen_at: now,
          acknowledged_at: null,
          resolved_at: null,
          severity_id: decision.severity?.severityId ?? null,
        });
        opened = Number(alert.count) === 1;
        if (dropped) {
          // Kept: the first payload of the key, for the dry run of "why was this dropped"; repeats only count.
          if (opened) await insertAlertEvent(tx, alert.id, e.action, now, payload);
          out.push({ dedupKey: alert.dedup_key, alertId: null, opened: false, dropped: true });
          continue;
        }
        if (opened && decision.service && serviceId !== integration.service_id) {
          const s = await getService(tx, serviceId as string);
          service = s ? { id: s.id, criticality: s.criticality } : null;
        }
      } else {
        const key = e.byAlertId ? (await alertInScope(tx, scope, e.dedupKey))?.dedup_key : e.dedupKey;
        if (key !== undefined) {
          if (e.action === 'acknowledge') alert = await acknowledgeOpen(tx, scope, key, now);
          else if (e.action === 'resolve') {
            alert = await resolveOpen(tx, scope, key, now);
            if (alert) await reactToAlertResolved(tx, ctx, [alert.id]);
          } else alert = await openAlertOf(tx, scope, key);
        }
      }
      if (!alert) {
        out.push({ dedupKey: e.dedupKey, alertId: null, opened: false });
        continue;
      }
      await insertAlertEvent(tx, alert.id, e.action, now, payload);
      if (opened) await routeNewAlert(tx, ctx, alert, service, raw, config);
      out.push({ dedupKey: alert.dedup_key, alertId: alert.id, opened });
    }
    alertsChanged(
      tx,
      out.flatMap((o) => (o.alertId ? [o.alertId] : [])),
    );
    return out;
  });
}

/** Records a change event (PagerDuty `/v2/change/enqueue`) on the integration's service, committed before the answer. */
export async function recordChange(deps: Deps, integration: IntegrationRow, change: ChangeEvent, raw: string): Promise<void> {
  await transaction(deps, async (tx) => {
    const now = deps.clock.now().toISOString();
    await insertChangeEvent(tx, {
      integration_id: integration.id,
      service_id: integration.service_id,
      summary: change.summary,
      source: change.source,
      occurred_at: change.timestamp ?? now,
      received_at: now,
      payload: raw,
    });
  });
}

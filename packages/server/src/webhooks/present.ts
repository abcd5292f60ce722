import type { WebhookAudience, WebhookDeliveryView, WebhookEvent, WebhookKind, WebhookView } from '@firebreak/shared';
import { formatRef } from '../incidents/index.ts';
import type { Tx } from '../platform/context.ts';
import { resolveServices } from '../services/index.ts';
import { listSeverities } from '../severities/index.ts';
import { attemptsOf, type DeliveryRow, type DestinationRow, deliveryCounts } from './store.ts';

/**
 * A URL as admins see it after creation. Slack, Mattermost and Teams URLs carry their secret in the
 * path, so only the host and the last four characters show; a generic webhook shows its path but
 * not its query (which may hold a token).
 */
export function maskUrl(kind: WebhookKind, raw: string): string {
  const u = new URL(raw);
  if (kind === 'webhook') return `${u.origin}${u.pathname}${u.search ? '?…' : ''}`;
  const tail = `${u.pathname}${u.search}`.slice(-4);
  return `${u.origin}/…${tail}`;
}

/** Destinations with their filter named (services, severity) and counts of their deliveries. */
export async function presentDestination(tx: Tx, rows: DestinationRow[]): Promise<WebhookView[]> {
  const counts = await deliveryCounts(tx);
  const severities = await listSeverities(tx, true);
  const serviceIds = [...new Set(rows.flatMap((r) => JSON.parse(r.service_ids) as string[]))];
  // A service deleted since is left out of the filter's names, not an error.
  const services = serviceIds.length ? await resolveServices(tx, serviceIds).catch(() => []) : [];
  return rows.map((r) => {
    const n = (state: string) => Number(counts.find((c) => c.destination_id === r.id && c.state === state)?.n ?? 0);
    const sev =
      r.min_severity_rank === null ? undefined : severities.filter((s) => !s.archived).find((s) => s.rank === r.min_severity_rank);
    return {
      id: r.id,
      name: r.name,
      kind: r.kind as WebhookKind,
      url: maskUrl(r.kind as WebhookKind, r.url),
      audience: r.audience as WebhookAudience,
      events: JSON.parse(r.events) as WebhookEvent[],
      services: (JSON.parse(r.service_ids) as string[]).flatMap((id) => {
        const s = services.find((x) => x.id === id);
        return s ? [{ id: s.id, name: s.name }] : [];
      }),
      minSeverity:
        r.min_severity_rank === null
          ? null
          : { id: sev?.id ?? '', name: sev?.name ?? `rank ${r.min_severity_rank}`, rank: r.min_severity_rank },
      enabled: !!r.enabled,
      disabledReason: r.disabled_reason,
      disabledAt: r.disabled_at,
      signed: r.kind === 'webhook',
      counts: { pending: n('pending'), delivered: n('delivered'), dead: n('dead') },
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

export async function presentDeliveries(
  tx: Tx,
  rows: (DeliveryRow & { incident_number?: number | null })[],
): Promise<WebhookDeliveryView[]> {
  const attempts = await attemptsOf(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    event: r.event,
    incident: r.incident_id && r.incident_number ? { id: r.incident_id, ref: formatRef(r.incident_number) } : null,
    sequence: r.seq,
    state: r.state as WebhookDeliveryView['state'],
    attempts: r.attempts,
    nextAttemptAt: r.state === 'pending' ? r.next_attempt_at : null,
    lastStatus: r.last_status,
    lastError: r.last_error,
    lastDurationMs: r.last_duration_ms,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
    requestBody: r.body,
    log: attempts
      .filter((a) => a.delivery_id === r.id)
      .map((a) => ({
        attempt: a.attempt,
        at: a.started_at,
        durationMs: a.duration_ms,
        status: a.status,
        error: a.error,
        responseBody: a.response_body,
      })),
  }));
}

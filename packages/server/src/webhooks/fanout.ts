import {
  DEFAULT_WEBHOOK_EVENTS,
  type TimelineEntryView,
  WEBHOOK_EVENTS,
  type WebhookAudience,
  type WebhookEvent,
  type WebhookKind,
} from '@firebreak/shared';
import { z } from 'zod';
import { getIncidentById, type IncidentRow, incidentSummaries } from '../incidents/index.ts';
import type { Actor, Deps, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { newId } from '../platform/ids.ts';
import { defineJob, enqueue } from '../platform/jobs/queue.ts';
import { type EntriesRecorded, type EntryRow, listEntries, onEntriesRecorded, presentEntriesFor } from '../timeline/index.ts';
import { deliverJob } from './deliver.ts';
import { requestBody, type WebhookEventBody, type WebhookIncident } from './formats.ts';
import {
  type DestinationRow,
  deleteBatch,
  deliveredEntryIds,
  enabledDestinations,
  insertBatch,
  insertDelivery,
  reserveSequence,
  takeBatches,
} from './store.ts';

/** The event a timeline entry is sent as: a ticket change of severity is `severity_changed`, everything else its kind. */
export function eventOf(e: Pick<TimelineEntryView, 'kind' | 'data'>): WebhookEvent | null {
  if (e.kind === 'field_changed' && (e.data.changes as Record<string, unknown> | undefined)?.severity) return 'severity_changed';
  return (WEBHOOK_EVENTS as readonly string[]).includes(e.kind) ? (e.kind as WebhookEvent) : null;
}

const FanOut = z.object({ incidentId: z.string(), firstId: z.number().int(), lastId: z.number().int() });

/**
 * The listener on the timeline (in the change's transaction): one fan-out job per record batch,
 * keyed by incident and first entry. Private incidents enqueue nothing — no destination ever
 * receives them — and the fan-out checks again, since an incident may turn private before it runs.
 */
export const enqueueWebhookFanOut: EntriesRecorded = async (tx, who, incident, entries) => {
  if (incident.private || !entries.some((e) => eventOf(e))) return;
  if (!(await enabledDestinations(tx)).length) return;
  const firstId = entries[0].id;
  const lastId = entries[entries.length - 1].id;
  await insertBatch(tx, incident.id, firstId, lastId);
  await enqueue(tx, who, fanOutJob, { incidentId: incident.id, firstId, lastId }, { key: `webhooks.fanout:${incident.id}:${firstId}` });
};

export function registerWebhookHooks(): void {
  onEntriesRecorded('webhooks', enqueueWebhookFanOut);
}

/** Who a destination reads as: responders see the ticket and the war room, stakeholders what viewers see. */
const readerFor = (audience: WebhookAudience): Actor => ({
  id: `webhook-${audience}`,
  email: 'webhooks@firebreak.invalid',
  name: 'Webhooks',
  role: audience === 'stakeholders' ? 'viewer' : 'responder',
});

type Prepared = { incident: WebhookIncident; serviceIds: string[]; rank: number | null; entries: TimelineEntryView[] };

/** The incident and the entries as one audience may read them, through the incidents and timeline presenters. */
async function prepare(tx: Tx, publicUrl: string, row: IncidentRow, rows: EntryRow[], audience: WebhookAudience): Promise<Prepared> {
  const reader = readerFor(audience);
  const [s] = await incidentSummaries(tx, reader, [row]);
  // Stakeholders read only entries written for them (the rule of listEntries' stakeholdersOnly).
  const visible = audience === 'stakeholders' ? rows.filter((r) => r.visibility === 'stakeholders') : rows;
  const entries = await presentEntriesFor(tx, reader, visible);
  const base = publicUrl.replace(/\/$/, '');
  return {
    incident: {
      id: s.id,
      ref: s.ref,
      title: s.title,
      status: s.status,
      severity: s.severity ? { name: s.severity.name, rank: s.severity.rank, color: s.severity.color } : null,
      services: s.services.map((x) => ({ id: x.id, name: x.name })),
      roles: s.roles.map((r) => ({ role: r.role, roleName: r.roleName, name: r.user.name })),
      summary: row.summary || null,
      url: audience === 'stakeholders' ? `${base}/incidents/${s.ref}/status-page` : `${base}/incidents/${s.ref}`,
    },
    serviceIds: s.services.map((x) => x.id),
    rank: s.severity?.rank ?? null,
    entries,
  };
}

/** Whether a destination's filter takes this incident: services (any of them) and minimum severity. */
export function takesIncident(d: DestinationRow, p: Pick<Prepared, 'serviceIds' | 'rank'>): boolean {
  const services = JSON.parse(d.service_ids) as string[];
  if (services.length && !p.serviceIds.some((id) => services.includes(id))) return false;
  if (d.min_severity_rank !== null && (p.rank === null || p.rank > d.min_severity_rank)) return false;
  return true;
}

export const eventsOf = (d: DestinationRow): WebhookEvent[] => {
  const events = JSON.parse(d.events) as WebhookEvent[];
  return events.length ? events : DEFAULT_WEBHOOK_EVENTS;
};

/**
 * Turns batches of entries into deliveries: for every enabled destination whose filter takes the
 * incident, one delivery per entry of a subscribed event, numbered in the stream of that destination
 * and incident, with its request body fixed now (retries send the same body). The first delivery of
 * an idle stream schedules the stream's delivery job.
 */
export const fanOutJob = defineJob({
  kind: 'webhooks.fanout',
  payload: FanOut,
  maxAttempts: 8,
  timeoutMs: 60_000,
  async run(ctx, p) {
    await transaction(ctx, async (tx) => {
      // Batches of one incident are fanned out oldest first, whichever job runs first, so each
      // stream's sequence follows the timeline even when fan-out jobs run side by side.
      const batches = await takeBatches(tx, p.incidentId, p.firstId);
      if (!batches.length) return;
      const row = await getIncidentById(tx, p.incidentId);
      for (const b of batches) {
        await deleteBatch(tx, b.incident_id, b.first_id);
        if (row && !row.private) await fanOutBatch(tx, ctx, row, b.first_id, b.last_id);
      }
    });
  },
});

/** One batch of entries → deliveries for every enabled destination that takes them. */
async function fanOutBatch(tx: Tx, ctx: Pick<Deps, 'clock' | 'config'>, row: IncidentRow, firstId: number, lastId: number) {
  const destinations = await enabledDestinations(tx);
  if (!destinations.length) return;
  const rows = (await listEntries(tx, row.id, { after: firstId - 1, limit: lastId - firstId + 1 })).filter((e) => Number(e.id) <= lastId);
  const prepared = new Map<WebhookAudience, Prepared>();
  const now = ctx.clock.now().toISOString();
  for (const d of destinations) {
    const audience = d.audience as WebhookAudience;
    if (!prepared.has(audience)) prepared.set(audience, await prepare(tx, ctx.config.publicUrl, row, rows, audience));
    const prep = prepared.get(audience) as Prepared;
    if (!takesIncident(d, prep)) continue;
    const wanted = eventsOf(d);
    const already = await deliveredEntryIds(
      tx,
      d.id,
      prep.entries.map((e) => e.id),
    );
    const send = prep.entries.filter((e) => !already.has(e.id) && wanted.includes(eventOf(e) as WebhookEvent));
    if (!send.length) continue;
    const { first, wasScheduled } = await reserveSequence(tx, d.id, row.id, send.length);
    for (const [i, entry] of send.entries()) {
      const id = newId();
      const body: WebhookEventBody = {
        event: `incident.${eventOf(entry)}`,
        deliveryId: id,
        sequence: first + i,
        createdAt: now,
        audience,
        incident: prep.incident,
        entry,
      };
      await insertDelivery(tx, {
        id,
        destination_id: d.id,
        stream: row.id,
        seq: first + i,
        incident_id: row.id,
        entry_id: entry.id,
        event: body.event,
        body: requestBody(d.kind as WebhookKind, body),
        state: 'pending',
        attempts: 0,
        next_attempt_at: now,
        last_status: null,
        last_error: null,
        last_duration_ms: null,
        created_at: now,
        finished_at: null,
      });
    }
    if (!wasScheduled)
      await enqueue(tx, ctx, deliverJob, { destinationId: d.id, stream: row.id }, { key: `webhooks.deliver:${d.id}:${row.id}:${first}` });
  }
}

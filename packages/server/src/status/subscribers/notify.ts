import { type SnapshotIncident, type SnapshotMaintenance, WEBHOOK_MAX_ATTEMPTS } from '@firebreak/shared';
import { z } from 'zod';
import { type Deps, reader, type Tx, transaction } from '../../platform/context.ts';
import { defineJob, enqueue } from '../../platform/jobs/queue.ts';
import { sendMail } from '../../platform/mail.ts';
import {
  adminAddresses,
  deliveryTiming,
  postToDestination,
  WEBHOOK_HEADERS,
  webhookRetryDelayMs,
  webhookSignature,
} from '../../webhooks/index.ts';
import { onPublicEvent, type PublicEvent } from '../hooks.ts';
import { buildSnapshot, publicIncident, publicMaintenance } from '../snapshot.ts';
import { statusPageUrl, unsubscribeUrl } from './links.ts';
import { notificationMail } from './mails.ts';
import { componentUpdatePayload, incidentPayload, maintenancePayload } from './payload.ts';
import {
  confirmedSubscribers,
  countDeadDelivery,
  disableSubscriber,
  getSubscriber,
  type SubscriberRow,
  updateSubscriber,
} from './store.ts';
import { webhookSecret } from './tokens.ts';

/**
 * Telling subscribers what happened on the public page. The status slice fires `onPublicEvent`
 * inside the change's transaction; the listener only enqueues `status.notify` there (the outbox), and
 * that job — after the commit — reads the incident or maintenance through `publicIncident` /
 * `publicMaintenance` (published and not private, or nothing: then nothing is sent) and writes one
 * e-mail (`sendMail`) or webhook job per confirmed subscriber whose components it touches, keyed by
 * public update (or job) and subscriber, so a retried fan-out or a second event for one update sends nothing twice. Unconfirmed addresses get nothing.
 */
const Event = z.object({
  kind: z.enum([
    'incident_published',
    'incident_updated',
    'incident_resolved',
    'maintenance_announced',
    'maintenance_started',
    'maintenance_completed',
    'maintenance_updated',
  ]),
  incidentId: z.string().optional(),
  maintenanceId: z.string().optional(),
  updateId: z.string().nullable().optional(),
});

const WORD: Record<string, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
};
const stamp = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Whether a subscriber hears about something touching these components (nothing named: everyone). */
export const wants = (row: Pick<SubscriberRow, 'component_ids'>, ids: string[]): boolean => {
  if (!row.component_ids || !ids.length) return true;
  const chosen = JSON.parse(row.component_ids) as string[];
  return chosen.some((id) => ids.includes(id));
};

type Item = { kind: 'incident'; incident: SnapshotIncident } | { kind: 'maintenance'; maintenance: SnapshotMaintenance };

function mailContent(e: z.infer<typeof Event>, item: Item, link: string) {
  if (item.kind === 'incident') {
    const i = item.incident;
    const u = i.updates.find((x) => x.id === e.updateId) ?? i.updates[0];
    const lines = [i.title, ''];
    if (u) lines.push(`${WORD[u.status] ?? u.status} — ${u.body}`, stamp(u.createdAt));
    if (i.components.length) lines.push('', `Affected: ${i.components.map((c) => c.name).join(', ')}`);
    return { subject: `${WORD[u?.status ?? i.status] ?? i.status}: ${i.title}`, lines, link };
  }
  const m = item.maintenance;
  const u = m.updates.find((x) => x.id === e.updateId) ?? (e.kind === 'maintenance_announced' ? undefined : m.updates[0]);
  const subject = {
    maintenance_announced: 'Scheduled maintenance',
    maintenance_started: 'Maintenance in progress',
    maintenance_completed: 'Maintenance completed',
  }[e.kind as string];
  const lines = [m.title, `Scheduled ${stamp(m.scheduledFor)} to ${stamp(m.scheduledUntil)}`, ''];
  if (m.body) lines.push(m.body);
  if (u) lines.push('', `${WORD[u.status] ?? u.status} — ${u.body}`, stamp(u.createdAt));
  if (m.components.length) lines.push('', `Components: ${m.components.map((c) => c.name).join(', ')}`);
  return { subject: `${subject ?? 'Maintenance update'}: ${m.title}`, lines, link };
}

const Delivery = z.object({
  subscriberId: z.string(),
  event: z.string(),
  /** Checked again before sending: a subject made private or unpublished meanwhile is not sent. */
  incidentId: z.string().optional(),
  maintenanceId: z.string().optional(),
  body: z.string(),
  /** Which attempt this job is (a retry is a new job, scheduled like webhook destinations' retries). */
  attempt: z.number().int().min(1).default(1),
  /** The delivery's id (Firebreak-Delivery), the same on every attempt; the first job's id when absent. */
  deliveryId: z.string().optional(),
});

/**
 * One POST to a webhook subscriber, signed like outbound webhooks, retried and given up like them
 * (webhooks/deliver.ts): a failed attempt schedules the next one as a new job after 1, 3, 6 and 10
 * minutes (`webhookRetryDelayMs`), the delivery is given up after WEBHOOK_MAX_ATTEMPTS, and after
 * `deliveryTiming.disableAfterDead` deliveries given up in a row the subscriber is turned off, with
 * the reason, and every admin is told by e-mail. One delivery that arrives resets the count. Nothing
 * is sent to a subscriber while it is off, and what happened meanwhile is not sent later (a status
 * change hours old is no news); an admin turns it on again in Settings → Status page.
 */
export const statusWebhookJob = defineJob({
  kind: 'status.webhook',
  payload: Delivery,
  maxAttempts: 5,
  timeoutMs: 30_000,
  async run(ctx, p) {
    const row = await getSubscriber(reader(ctx), p.subscriberId);
    if (!row?.confirmed_at || row.kind !== 'webhook' || row.disabled_at) return;
    if (p.incidentId && !(await publicIncident(ctx, p.incidentId))) return;
    if (p.maintenanceId && !(await publicMaintenance(ctx, p.maintenanceId))) return;
    const deliveryId = p.deliveryId ?? ctx.job.id;
    const ts = Math.floor(ctx.clock.now().getTime() / 1000);
    const outcome = await postToDestination(
      ctx,
      row.address,
      p.body,
      {
        [WEBHOOK_HEADERS.delivery]: deliveryId,
        [WEBHOOK_HEADERS.event]: p.event,
        [WEBHOOK_HEADERS.timestamp]: String(ts),
        [WEBHOOK_HEADERS.signature]: webhookSignature(webhookSecret(ctx.config, row.id), ts, p.body),
      },
      ctx.signal,
    );
    await transaction(ctx, async (tx) => {
      if (outcome.ok) {
        if (row.dead_in_a_row) await updateSubscriber(tx, row.id, { dead_in_a_row: 0 });
        return;
      }
      if (p.attempt < WEBHOOK_MAX_ATTEMPTS) {
        const runAt = new Date(ctx.clock.now().getTime() + webhookRetryDelayMs(p.attempt));
        await enqueue(
          tx,
          ctx,
          statusWebhookJob,
          { ...p, attempt: p.attempt + 1, deliveryId },
          { key: `status.webhook:${deliveryId}:${p.attempt + 1}`, runAt },
        );
        return;
      }
      const dead = await countDeadDelivery(tx, row.id);
      if (dead >= deliveryTiming.disableAfterDead) await turnOff(tx, ctx, row, dead, outcome.error ?? 'failed');
    });
  },
});

/** Turns a failing webhook subscriber off (unless it is off already) and tells every admin. */
async function turnOff(tx: Tx, deps: Deps, row: SubscriberRow, dead: number, lastError: string) {
  const now = deps.clock.now().toISOString();
  const reason = `Turned off after ${dead} deliveries in a row failed ${WEBHOOK_MAX_ATTEMPTS} attempts each (last: ${lastError})`;
  if (!(await disableSubscriber(tx, row.id, now, reason))) return;
  const to = await adminAddresses(tx);
  if (!to.length) return;
  const link = `${deps.config.publicUrl.replace(/\/$/, '')}/settings/status-page`;
  await sendMail(
    tx,
    deps,
    {
      to,
      subject: 'Firebreak turned off a status page webhook subscriber',
      text: `${reason}.\n\nReceiver: ${row.address}\n\nNothing is sent to it while it is off. Turn it on again once the receiver works: ${link}\n`,
      headers: { 'Auto-Submitted': 'auto-generated' },
    },
    { key: `status.webhook.disabled:${row.id}:${now}` },
  );
}

export const statusNotifyJob = defineJob({
  kind: 'status.notify',
  payload: Event,
  maxAttempts: 5,
  async run(ctx, e) {
    let item: Item | null = null;
    if (e.incidentId) {
      const incident = await publicIncident(ctx, e.incidentId);
      if (incident) item = { kind: 'incident', incident };
    } else if (e.maintenanceId) {
      const maintenance = await publicMaintenance(ctx, e.maintenanceId);
      if (maintenance) item = { kind: 'maintenance', maintenance };
    }
    // Unpublished, private or removed since: the public hears nothing.
    if (!item) return;
    const s = await buildSnapshot(reader(ctx), ctx);
    if (!s.page.enabled) return;
    const id = item.kind === 'incident' ? item.incident.id : item.maintenance.id;
    const link = `${statusPageUrl(ctx.config)}/${item.kind}s/${encodeURIComponent(id)}`;
    const componentIds = (item.kind === 'incident' ? item.incident.components : item.maintenance.components).map((c) => c.id);
    const facts = { enabled: true, name: s.page.name, components: s.components.map((c) => ({ id: c.id, name: c.name })) };
    const content = mailContent(e, item, link);
    const update = item.kind === 'incident' ? item.incident.updates.find((u) => u.id === e.updateId) : undefined;
    const changes = (update?.affectedComponents ?? []).filter((a) => a.oldStatus !== a.status);
    await transaction(ctx, async (tx) => {
      for (const sub of await confirmedSubscribers(tx)) {
        // One message per public update and subscriber: the status slice fires both `incident_updated`
        // and `incident_resolved` for a resolving update, and a retried fan-out must not send twice.
        const key = `status.notify:${e.updateId ?? ctx.job.id}:${sub.id}`;
        if (sub.kind === 'email') {
          if (wants(sub, componentIds)) await sendMail(tx, ctx, notificationMail(ctx.config, facts, sub, content), { key });
          continue;
        }
        if (sub.disabled_at) continue;
        const meta = {
          unsubscribe: unsubscribeUrl(ctx.config, sub.id),
          documentation: `${statusPageUrl(ctx.config)}/subscribe`,
          generated_at: ctx.clock.now().toISOString(),
        };
        const ref = item.kind === 'incident' ? { incidentId: id } : { maintenanceId: id };
        if (wants(sub, componentIds)) {
          const body =
            item.kind === 'incident' ? incidentPayload(meta, s, item.incident, link) : maintenancePayload(meta, s, item.maintenance, link);
          await enqueue(
            tx,
            ctx,
            statusWebhookJob,
            { subscriberId: sub.id, event: `incident.${e.kind}`, ...ref, body: JSON.stringify(body), attempt: 1 },
            { key },
          );
        }
        for (const c of changes) {
          if (!wants(sub, [c.id])) continue;
          const body = componentUpdatePayload(meta, s, { updateId: update?.id ?? id, at: update?.createdAt ?? s.generatedAt, ...c });
          await enqueue(
            tx,
            ctx,
            statusWebhookJob,
            { subscriberId: sub.id, event: 'component_update', ...ref, body: JSON.stringify(body), attempt: 1 },
            { key: `${key}:${c.id}` },
          );
        }
      }
    });
  },
});

/** Subscribers hear about every public event (registered from buildApp; by name, so once). */
export function registerStatusSubscriberHooks(): void {
  onPublicEvent('status-subscribers', async (tx, deps, event: PublicEvent) => {
    await enqueue(tx, deps, statusNotifyJob, event);
  });
}

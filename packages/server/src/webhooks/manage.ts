import { randomBytes } from 'node:crypto';
import {
  type CreateWebhookInput,
  DEFAULT_WEBHOOK_EVENTS,
  type UpdateWebhookInput,
  type WebhookDeliveryView,
  type WebhookKind,
  type WebhookView,
  type WebhookWithSecretView,
} from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import { type Ctx, reader, type Tx, transaction } from '../platform/context.ts';
import { InputError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { enqueue } from '../platform/jobs/queue.ts';
import { resolveServices } from '../services/index.ts';
import { listSeverities } from '../severities/index.ts';
import { deliverJob } from './deliver.ts';
import { requestBody } from './formats.ts';
import { presentDeliveries, presentDestination } from './present.ts';
import {
  type DestinationRow,
  deleteDestination,
  getDestination,
  idleStreamsWithPending,
  insertDelivery,
  insertDestination,
  listDeliveries,
  listDestinations,
  lockStream,
  reserveSequence,
  setStreamScheduled,
  updateDestination,
} from './store.ts';
import { checkDestinationUrl } from './urlPolicy.ts';

/** A signing secret for a generic webhook: shown once, then only used to sign. */
const newSigningSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

async function load(tx: Tx, id: string): Promise<DestinationRow> {
  const row = await getDestination(tx, id);
  if (!row) throw new NotFoundError(`No webhook destination ${id}`, 'webhook_not_found');
  return row;
}

/** The filter's services (ids or names) and minimum severity (id or name) as stored. */
async function filterColumns(tx: Tx, input: Pick<UpdateWebhookInput, 'services' | 'minSeverity'>) {
  const out: Partial<DestinationRow> = {};
  if (input.services !== undefined) out.service_ids = JSON.stringify((await resolveServices(tx, input.services)).map((s) => s.id));
  if (input.minSeverity !== undefined) {
    if (input.minSeverity === null) out.min_severity_rank = null;
    else {
      const want = input.minSeverity.toLowerCase();
      const s = (await listSeverities(tx)).find((x) => x.id.toLowerCase() === want || x.name.toLowerCase() === want);
      if (!s) throw new InputError(`minSeverity: unknown severity ${input.minSeverity}`, { field: 'minSeverity' }, 'unknown_severity');
      out.min_severity_rank = s.rank;
    }
  }
  return out;
}

async function view(tx: Tx, id: string): Promise<WebhookView> {
  return (await presentDestination(tx, [await load(tx, id)]))[0];
}

export async function listWebhooks(ctx: Ctx): Promise<WebhookView[]> {
  requireRole(ctx, 'admin');
  const tx = reader(ctx);
  return presentDestination(tx, await listDestinations(tx));
}

export async function readWebhook(ctx: Ctx, id: string): Promise<WebhookView> {
  requireRole(ctx, 'admin');
  return view(reader(ctx), id);
}

/** Creates a destination; a generic webhook's signing secret is in this answer only. */
export async function createWebhook(ctx: Ctx, input: CreateWebhookInput): Promise<WebhookWithSecretView> {
  requireRole(ctx, 'admin');
  const url = checkDestinationUrl(input.url, ctx.config.webhooksAllowPrivate);
  const secret = input.kind === 'webhook' ? newSigningSecret() : null;
  return transaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const row: DestinationRow = {
      id: newId(),
      name: input.name,
      kind: input.kind,
      url,
      signing_secret: secret,
      audience: input.audience ?? 'responders',
      events: JSON.stringify(input.events?.length ? [...new Set(input.events)] : DEFAULT_WEBHOOK_EVENTS),
      service_ids: '[]',
      min_severity_rank: null,
      enabled: input.enabled === false ? 0 : 1,
      disabled_reason: null,
      disabled_at: null,
      dead_in_a_row: 0,
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
      ...(await filterColumns(tx, input)),
    };
    await insertDestination(tx, row);
    await audit(tx, ctx, {
      action: 'webhook.created',
      target: { type: 'webhook', id: row.id, label: row.name },
      details: { kind: row.kind, audience: row.audience, host: new URL(url).host },
    });
    return { ...(await view(tx, row.id)), signingSecret: secret };
  });
}

/**
 * Changes a destination. Turning it on clears why it was off and schedules every stream with
 * deliveries waiting, so what happened meanwhile is sent, in order.
 */
export async function updateWebhook(ctx: Ctx, id: string, input: UpdateWebhookInput): Promise<WebhookView> {
  requireRole(ctx, 'admin');
  const url = input.url === undefined ? undefined : checkDestinationUrl(input.url, ctx.config.webhooksAllowPrivate);
  return transaction(ctx, async (tx) => {
    const found = await load(tx, id);
    const now = ctx.clock.now().toISOString();
    const patch: Partial<DestinationRow> = { updated_at: now, ...(await filterColumns(tx, input)) };
    if (input.name !== undefined) patch.name = input.name;
    if (url !== undefined) patch.url = url;
    if (input.audience !== undefined) patch.audience = input.audience;
    if (input.events !== undefined)
      patch.events = JSON.stringify(input.events.length ? [...new Set(input.events)] : DEFAULT_WEBHOOK_EVENTS);
    if (input.enabled === false && found.enabled) Object.assign(patch, { enabled: 0, disabled_reason: null, disabled_at: now });
    if (input.enabled === true && !found.enabled)
      Object.assign(patch, { enabled: 1, disabled_reason: null, disabled_at: null, dead_in_a_row: 0 });
    await updateDestination(tx, id, patch);
    if (patch.enabled === 1)
      for (const { stream } of await idleStreamsWithPending(tx, id)) {
        await lockStream(tx, id, stream);
        await setStreamScheduled(tx, id, stream, true);
        await enqueue(tx, ctx, deliverJob, { destinationId: id, stream }, { key: `webhooks.deliver:${id}:${stream}:on:${now}` });
      }
    await audit(tx, ctx, {
      action: 'webhook.updated',
      target: { type: 'webhook', id, label: patch.name ?? found.name },
      // What changed, never the URL (Slack and Teams URLs are secrets).
      details: { fields: Object.keys(input).filter((k) => input[k as keyof UpdateWebhookInput] !== undefined) },
    });
    return view(tx, id);
  });
}

/** A new signing secret for a generic webhook, effective at once (receivers must switch to it). */
export async function rotateWebhookSecret(ctx: Ctx, id: string, reason?: string): Promise<WebhookWithSecretView> {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const found = await load(tx, id);
    if (found.kind !== 'webhook')
      throw new InputError(`${found.name} is a ${found.kind} destination; only generic webhooks are signed`, { field: 'kind' });
    const secret = newSigningSecret();
    await updateDestination(tx, id, { signing_secret: secret, updated_at: ctx.clock.now().toISOString() });
    await audit(tx, ctx, {
      action: 'webhook.secret_rotated',
      target: { type: 'webhook', id, label: found.name },
      details: reason ? { reason } : undefined,
    });
    return { ...(await view(tx, id)), signingSecret: secret };
  });
}

/** Deletes a destination with its delivery log; waiting deliveries are dropped with it. */
export async function deleteWebhook(ctx: Ctx, id: string): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(ctx, async (tx) => {
    const found = await load(tx, id);
    await deleteDestination(tx, id);
    await audit(tx, ctx, { action: 'webhook.deleted', target: { type: 'webhook', id, label: found.name }, details: { kind: found.kind } });
  });
}

/** Queues a `ping` through the same path as real events (signed, logged, retried); sent even while the destination is off. */
export async function sendTest(ctx: Ctx, id: string, message?: string): Promise<WebhookDeliveryView> {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const d = await load(tx, id);
    const now = ctx.clock.now().toISOString();
    const { first, wasScheduled } = await reserveSequence(tx, id, 'test', 1);
    const deliveryId = newId();
    await insertDelivery(tx, {
      id: deliveryId,
      destination_id: id,
      stream: 'test',
      seq: first,
      incident_id: null,
      entry_id: null,
      event: 'ping',
      body: requestBody(d.kind as WebhookKind, {
        event: 'ping',
        deliveryId,
        sequence: first,
        createdAt: now,
        audience: d.audience as 'responders',
        incident: null,
        entry: null,
        ...(message ? { message } : {}),
      }),
      state: 'pending',
      attempts: 0,
      next_attempt_at: now,
      last_status: null,
      last_error: null,
      last_duration_ms: null,
      created_at: now,
      finished_at: null,
    });
    if (!wasScheduled)
      await enqueue(tx, ctx, deliverJob, { destinationId: id, stream: 'test' }, { key: `webhooks.deliver:${id}:test:${first}` });
    const rows = await listDeliveries(tx, id, { limit: 1 });
    return (await presentDeliveries(tx, rows))[0];
  });
}

export async function deliveryLog(ctx: Ctx, id: string, q: { limit: number; state?: string }): Promise<WebhookDeliveryView[]> {
  requireRole(ctx, 'admin');
  const tx = reader(ctx);
  await load(tx, id);
  return presentDeliveries(tx, await listDeliveries(tx, id, q));
}

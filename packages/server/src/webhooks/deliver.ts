import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { WEBHOOK_MAX_ATTEMPTS } from '@firebreak/shared';
import { z } from 'zod';
import { getIncidentById } from '../incidents/index.ts';
import type { Deps, Tx } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { defineJob, enqueue } from '../platform/jobs/queue.ts';
import { sendMail } from '../platform/mail.ts';
import { HEADERS, signature } from './sign.ts';
import {
  adminAddresses,
  countDead,
  type DeliveryRow,
  type DestinationRow,
  getDestination,
  insertAttempt,
  lockStream,
  nextPending,
  setStreamScheduled,
  updateDelivery,
  updateDestination,
} from './store.ts';
import { guardedLookup } from './urlPolicy.ts';

/**
 * Timing of deliveries. `retryDelaysMs[n-1]` is the wait after failed attempt n: 1, 3, 6 and 10
 * minutes (plus up to 10% jitter), so the 5 attempts span about 20 minutes. `requestTimeoutMs`
 * bounds one request. Tests shorten these; nothing else changes them.
 */
export const deliveryTiming = {
  retryDelaysMs: [60_000, 180_000, 360_000, 600_000],
  requestTimeoutMs: 10_000,
  /** A destination is turned off when this many deliveries in a row were given up. */
  disableAfterDead: 3,
};

export function webhookRetryDelayMs(attempt: number, random = Math.random): number {
  const base = deliveryTiming.retryDelaysMs[Math.min(attempt, deliveryTiming.retryDelaysMs.length) - 1];
  return Math.round(base * (1 + random() * 0.1));
}

type Outcome = { ok: boolean; status: number | null; error: string | null; durationMs: number; responseBody: string | null };

/**
 * Connections are kept alive and reused, at most `MAX_SOCKETS_PER_ORIGIN` open to one origin at once
 * (more requests wait for a free one): a burst of a thousand pages to one chat service or receiver
 * then costs a few dozen connections rather than a thousand handshakes, and never opens a thousand
 * sockets to one host. The address check runs when a connection is made, so a kept connection stays
 * on an address that was checked; connections made under different address policies are never shared.
 */
const MAX_SOCKETS_PER_ORIGIN = 64;
const agents = new Map<string, HttpAgent>();
function agentFor(protocol: string, allowPrivate: boolean): HttpAgent {
  const key = `${protocol}${allowPrivate}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = { keepAlive: true, maxSockets: MAX_SOCKETS_PER_ORIGIN };
    agent = protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
    agents.set(key, agent);
  }
  return agent;
}

/** One HTTP POST: no redirects followed, private addresses refused at connect time unless allowed, answer capped. */
export function post(
  deps: Pick<Deps, 'config'>,
  url: string,
  body: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Outcome> {
  const started = performance.now();
  const u = new URL(url);
  const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Outcome>((resolve) => {
    let settled = false;
    const done = (o: Omit<Outcome, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...o, durationMs: Math.round(performance.now() - started) });
    };
    const req = request(
      u,
      {
        method: 'POST',
        agent: agentFor(u.protocol, deps.config.webhooksAllowPrivate),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Firebreak-Webhooks/1',
          ...headers,
        },
        lookup: guardedLookup(deps.config.webhooksAllowPrivate) as never,
        timeout: deliveryTiming.requestTimeoutMs,
        signal,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (text.length < 500) text += chunk;
        });
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const ok = status >= 200 && status < 300;
          done({ ok, status, error: ok ? null : `The receiver answered ${status}`, responseBody: text.slice(0, 500) || null });
        });
        res.on('error', (err) => done({ ok: false, status: res.statusCode ?? null, error: err.message, responseBody: null }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No answer within ${deliveryTiming.requestTimeoutMs} ms`)));
    req.on('error', (err) => done({ ok: false, status: null, error: err.message, responseBody: null }));
    req.end(body);
  });
}

/** The headers of a delivery; generic webhooks are signed over the timestamp and the body. */
function headersFor(d: DestinationRow, delivery: DeliveryRow, nowMs: number): Record<string, string> {
  const h: Record<string, string> = { [HEADERS.delivery]: delivery.id, [HEADERS.event]: delivery.event };
  if (d.kind === 'webhook' && d.signing_secret) {
    const ts = Math.floor(nowMs / 1000);
    h[HEADERS.timestamp] = String(ts);
    h[HEADERS.signature] = signature(d.signing_secret, ts, delivery.body);
  }
  return h;
}

const Stream = z.object({ destinationId: z.string(), stream: z.string() });

/** Enqueues the job that carries on with a stream at `runAt`; the key makes a second one for the same step a no-op. */
const handOff = (tx: Tx, deps: Deps, p: z.infer<typeof Stream>, step: string, runAt?: Date) =>
  enqueue(tx, deps, deliverJob, p, { key: `webhooks.deliver:${p.destinationId}:${p.stream}:${step}`, runAt });

/**
 * Sends one stream (one destination, one incident) in order: only the first delivery not yet
 * delivered, dead or skipped may go, so a later event never overtakes an earlier one. A failure
 * writes the attempt, sets when to try again, and hands the stream to a job scheduled then — this
 * job ends. After `WEBHOOK_MAX_ATTEMPTS` the delivery is dead (with the reason) and the stream moves
 * on. When nothing is left the stream is marked idle in the same transaction that found it empty
 * (under the stream's row lock), so a fan-out that adds a delivery either sees the job or schedules one.
 * A worker killed mid-send leaves the job to be run again after its lease: the same delivery is sent
 * again with the same delivery id (at least once).
 */
export const deliverJob = defineJob({
  kind: 'webhooks.deliver',
  payload: Stream,
  maxAttempts: 10,
  timeoutMs: 60_000,
  async run(ctx, p) {
    const budgetMs = Math.min(40_000, ctx.config.jobLeaseMs / 2);
    const startedAt = performance.now();
    for (;;) {
      const next = await transaction(ctx, async (tx) => {
        const d = await getDestination(tx, p.destinationId);
        if (!d) return null;
        await lockStream(tx, d.id, p.stream);
        // Test messages go out even while a destination is off (an admin asked for one to check it).
        if (!d.enabled && p.stream !== 'test') {
          await setStreamScheduled(tx, d.id, p.stream, false);
          return null;
        }
        for (;;) {
          const delivery = await nextPending(tx, d.id, p.stream);
          if (!delivery) {
            await setStreamScheduled(tx, d.id, p.stream, false);
            return null;
          }
          const now = ctx.clock.now();
          if (delivery.next_attempt_at > now.toISOString()) {
            // Not due yet (this job ran again after a crash): the job scheduled for it carries on.
            await handOff(tx, ctx, p, `${delivery.id}:${delivery.attempts}`, new Date(delivery.next_attempt_at));
            return null;
          }
          if (delivery.incident_id) {
            const incident = await getIncidentById(tx, delivery.incident_id);
            if (!incident || incident.private) {
              // It turned private after the event: it reaches no destination.
              await updateDelivery(tx, delivery.id, {
                state: 'skipped',
                last_error: 'The incident is private',
                finished_at: now.toISOString(),
              });
              continue;
            }
          }
          if (performance.now() - startedAt > budgetMs) {
            // Long streams continue in a fresh job, so one attempt never nears its lease.
            await handOff(tx, ctx, p, `${delivery.id}:${delivery.attempts}:more`);
            return null;
          }
          return { d, delivery };
        }
      });
      if (!next) return;
      const { d, delivery } = next;
      const attemptAt = ctx.clock.now();
      const outcome = await post(ctx, d.url, delivery.body, headersFor(d, delivery, attemptAt.getTime()), ctx.signal);
      const stop = await transaction(ctx, (tx) => settle(tx, ctx, p, d, delivery, attemptAt, outcome));
      if (stop) return;
    }
  },
});

/** Records one attempt; returns true when this job stops (a retry is scheduled for later). */
async function settle(
  tx: Tx,
  deps: Deps,
  p: z.infer<typeof Stream>,
  d: DestinationRow,
  delivery: DeliveryRow,
  at: Date,
  o: Outcome,
): Promise<boolean> {
  const attempt = delivery.attempts + 1;
  const now = deps.clock.now();
  await insertAttempt(tx, {
    delivery_id: delivery.id,
    attempt,
    started_at: at.toISOString(),
    duration_ms: o.durationMs,
    status: o.status,
    error: o.error,
    response_body: o.responseBody,
  });
  const last = { attempts: attempt, last_status: o.status, last_error: o.error, last_duration_ms: o.durationMs };
  if (o.ok) {
    await updateDelivery(tx, delivery.id, { ...last, state: 'delivered', finished_at: now.toISOString() });
    if (d.dead_in_a_row && p.stream !== 'test') await updateDestination(tx, d.id, { dead_in_a_row: 0 });
    return false;
  }
  if (attempt < WEBHOOK_MAX_ATTEMPTS) {
    const runAt = new Date(now.getTime() + webhookRetryDelayMs(attempt));
    await updateDelivery(tx, delivery.id, { ...last, next_attempt_at: runAt.toISOString() });
    await handOff(tx, deps, p, `${delivery.id}:${attempt}`, runAt);
    return true;
  }
  await updateDelivery(tx, delivery.id, { ...last, state: 'dead', finished_at: now.toISOString() });
  if (p.stream === 'test') return false;
  const dead = await countDead(tx, d.id);
  const fresh = await getDestination(tx, d.id);
  if (fresh?.enabled && dead >= deliveryTiming.disableAfterDead) await disable(tx, deps, fresh, dead, o.error ?? 'failed');
  return false;
}

/** Turns a failing destination off (what waits stays pending until it is turned on) and tells every admin. */
async function disable(tx: Tx, deps: Deps, d: DestinationRow, dead: number, lastError: string) {
  const now = deps.clock.now().toISOString();
  const reason = `Turned off after ${dead} deliveries in a row failed ${WEBHOOK_MAX_ATTEMPTS} attempts each (last: ${lastError})`;
  await updateDestination(tx, d.id, { enabled: 0, disabled_reason: reason, disabled_at: now, updated_at: now });
  const to = await adminAddresses(tx);
  if (!to.length) return;
  const link = `${deps.config.publicUrl.replace(/\/$/, '')}/settings/webhooks`;
  await sendMail(
    tx,
    deps,
    {
      to,
      subject: `Firebreak turned off the destination "${d.name}"`,
      text: `${reason}.\n\nEvents for it wait and are sent, in order, once it is turned back on: ${link}\n`,
      headers: { 'Auto-Submitted': 'auto-generated' },
    },
    { key: `webhooks.disabled:${d.id}:${now}` },
  );
}

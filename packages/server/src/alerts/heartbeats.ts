import { randomBytes } from 'node:crypto';
import type { AlertSeverity, CreateHeartbeatBody, HeartbeatStatus, HeartbeatView, UpdateHeartbeatBody } from '@firebreak/shared';
import { z } from 'zod';
import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import { type Ctx, type Deps, reader, type Tx, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../platform/errors.ts';
import { hashSecret, newId } from '../platform/ids.ts';
import { defineJob, definePeriodic } from '../platform/jobs/queue.ts';
import { resolveServices } from '../services/index.ts';
import { type IncomingEvent, ingest, type KnownIntegration } from './ingest.ts';
import {
  deleteHeartbeat,
  ensureHeartbeatIntegration,
  getHeartbeat,
  getIntegration,
  HEARTBEAT_INTEGRATION_ID,
  type HeartbeatListRow,
  type HeartbeatRow,
  heartbeatByKeyHash,
  heartbeatByNameIn,
  heartbeatIdByName,
  insertHeartbeat,
  integrationRowById,
  listHeartbeats,
  markHeartbeatDown,
  overdueHeartbeats,
  updateHeartbeat,
} from './store.ts';

/**
 * Heartbeats: a job checks in (GET/POST/HEAD its secret URL) at least every period. When a check-in
 * is more than period + grace late, the periodic check raises an alert through the normal ingest
 * path (source `heartbeat`, dedup key `heartbeat:<id>`, so it routes like any alert of its service),
 * once: `down_at` in the database says it has. The next check-in resolves it. A new heartbeat waits
 * for its first check-in before it can alert; a paused one never alerts.
 */

export const HEARTBEAT_PATH = '/api/v1/ingest/heartbeat';
const newHeartbeatKey = (): string => randomBytes(16).toString('hex');
export const dedupKeyOf = (id: string) => `heartbeat:${id}`;
const plus = (iso: string, seconds: number) => new Date(new Date(iso).getTime() + seconds * 1000).toISOString();

/** late: the check-in expected by now (due minus grace) has not come; down: it alerted; running: it sent `/start`, not yet its end. */
export function heartbeatStatus(
  r: Pick<HeartbeatRow, 'paused_at' | 'last_ping_at' | 'down_at' | 'due_at' | 'grace_seconds' | 'started_at'>,
  now: string,
): HeartbeatStatus {
  if (r.paused_at) return 'paused';
  if (r.down_at) return 'down';
  if (r.started_at) return 'running';
  if (!r.last_ping_at || !r.due_at) return 'waiting';
  return plus(r.due_at, -Number(r.grace_seconds)) < now ? 'late' : 'up';
}

export const presentHeartbeat = (r: HeartbeatListRow, now: string): HeartbeatView => ({
  id: r.id,
  name: r.name,
  status: heartbeatStatus(r, now),
  periodSeconds: Number(r.period_seconds),
  graceSeconds: Number(r.grace_seconds),
  severity: r.severity as AlertSeverity,
  service: r.service_id && r.service_name ? { id: r.service_id, name: r.service_name } : null,
  integration:
    r.integration_id && r.integration_name && r.integration_id !== HEARTBEAT_INTEGRATION_ID
      ? { id: r.integration_id, name: r.integration_name }
      : null,
  lastPingAt: r.last_ping_at,
  startedAt: r.started_at,
  lastRunSeconds: r.last_run_ms === null ? null : Math.round(Number(r.last_run_ms) / 1000),
  alertAfter: r.paused_at ? null : r.due_at,
  downSince: r.down_at,
  pausedAt: r.paused_at,
  createdAt: r.created_at,
});

// ---- admin commands ----

export async function findHeartbeat(ctx: Ctx, ref: string, tx: Tx = reader(ctx)) {
  requireRole(ctx, 'admin');
  const row = await getHeartbeat(tx, ref);
  if (!row) throw new NotFoundError(`No heartbeat "${ref}"`, 'heartbeat_not_found');
  return row;
}

export const listHeartbeatsFor = (ctx: Ctx) => {
  requireRole(ctx, 'admin');
  return listHeartbeats(reader(ctx));
};

const nameTaken = async (tx: Tx, name: string, except?: string) => {
  const other = await heartbeatIdByName(tx, name);
  if (other && other.id !== except) throw new ConflictError(`A heartbeat named "${name}" exists already`, { field: 'name' });
};
const serviceIdOf = async (tx: Tx, ref: string | null | undefined) => (ref ? (await resolveServices(tx, [ref]))[0].id : null);
async function integrationIdOf(tx: Tx, ref: string | null | undefined) {
  if (!ref) return null;
  const found = await getIntegration(tx, ref);
  if (!found) throw new InputError(`integration: unknown integration ${ref}`, { field: 'integration' });
  return found.id;
}

/** Creates a heartbeat; its key is in the answer only (stored hashed), like an integration key. */
export async function createHeartbeat(ctx: Ctx, input: z.output<typeof CreateHeartbeatBody>) {
  requireRole(ctx, 'admin');
  const key = newHeartbeatKey();
  const id = await transaction(ctx, async (tx) => {
    await nameTaken(tx, input.name);
    const now = ctx.clock.now().toISOString();
    const integrationId = await integrationIdOf(tx, input.integration);
    if (!integrationId) await ensureHeartbeatIntegration(tx, now, `unusable:${newHeartbeatKey()}`);
    const row: HeartbeatRow = {
      id: newId(),
      name: input.name,
      period_seconds: input.periodSeconds,
      grace_seconds: input.graceSeconds,
      severity: input.severity,
      service_id: await serviceIdOf(tx, input.service),
      integration_id: integrationId ?? HEARTBEAT_INTEGRATION_ID,
      key_hash: hashSecret(key),
      last_ping_at: null,
      due_at: null,
      down_at: null,
      paused_at: null,
      started_at: null,
      last_run_ms: null,
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
    };
    await insertHeartbeat(tx, row);
    await audit(tx, ctx, {
      action: 'heartbeat.created',
      target: { type: 'heartbeat', id: row.id, label: row.name },
      details: { periodSeconds: row.period_seconds, graceSeconds: row.grace_seconds, serviceId: row.service_id },
    });
    return row.id;
  });
  return { row: await findHeartbeat(ctx, id), key };
}

/** Changes a heartbeat; `paused` pauses (its open alert resolved) or resumes it (a fresh period from now). */
export async function updateHeartbeatCommand(ctx: Ctx, ref: string, input: z.output<typeof UpdateHeartbeatBody>) {
  const found = await findHeartbeat(ctx, ref);
  const now = ctx.clock.now().toISOString();
  let resolveAlert = false;
  await transaction(ctx, async (tx) => {
    if (input.name !== undefined) await nameTaken(tx, input.name, found.id);
    const patch: Partial<HeartbeatRow> = { updated_at: now };
    if (input.name !== undefined) patch.name = input.name;
    if (input.periodSeconds !== undefined) patch.period_seconds = input.periodSeconds;
    if (input.graceSeconds !== undefined) patch.grace_seconds = input.graceSeconds;
    if (input.severity !== undefined) patch.severity = input.severity;
    if (input.service !== undefined) patch.service_id = await serviceIdOf(tx, input.service);
    if (input.integration !== undefined) {
      const integrationId = await integrationIdOf(tx, input.integration);
      if (!integrationId) await ensureHeartbeatIntegration(tx, now, `unusable:${newHeartbeatKey()}`);
      patch.integration_id = integrationId ?? HEARTBEAT_INTEGRATION_ID;
    }
    const period = patch.period_seconds ?? Number(found.period_seconds);
    const grace = patch.grace_seconds ?? Number(found.grace_seconds);
    if (input.paused === true && !found.paused_at) {
      patch.paused_at = now;
      patch.down_at = null;
      patch.started_at = null;
      resolveAlert = !!found.down_at;
    } else if (input.paused === false && found.paused_at) {
      patch.paused_at = null;
      // A fresh period from now (if it has ever checked in; else it keeps waiting for its first check-in).
      patch.due_at = found.last_ping_at ? plus(now, period + grace) : null;
    } else if (found.last_ping_at && (patch.period_seconds !== undefined || patch.grace_seconds !== undefined)) {
      patch.due_at = plus(found.last_ping_at, period + grace);
    }
    await updateHeartbeat(tx, found.id, patch);
    await audit(tx, ctx, {
      action: 'heartbeat.updated',
      target: { type: 'heartbeat', id: found.id, label: patch.name ?? found.name },
      details: { fields: Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined), paused: input.paused },
    });
  });
  // The alert raised under the old settings is resolved where it was filed.
  if (resolveAlert) await sendToAlerts(ctx, found, 'resolve', 'Heartbeat paused');
  return findHeartbeat(ctx, found.id);
}

/** Deletes a heartbeat: its key stops working and its open alert is resolved; its past alerts stay. */
export async function deleteHeartbeatCommand(ctx: Ctx, ref: string) {
  const found = await findHeartbeat(ctx, ref);
  await transaction(ctx, async (tx) => {
    await deleteHeartbeat(tx, found.id);
    await audit(tx, ctx, { action: 'heartbeat.deleted', target: { type: 'heartbeat', id: found.id, label: found.name } });
  });
  if (found.down_at) await sendToAlerts(ctx, found, 'resolve', 'Heartbeat deleted');
}

// ---- the alert ----

/** The integration a heartbeat's alerts are filed under, with the heartbeat's service and source `heartbeat`. */
async function asIntegration(deps: Deps, hb: HeartbeatListRow): Promise<KnownIntegration | null> {
  const base = await integrationRowById(reader(deps), hb.integration_id ?? HEARTBEAT_INTEGRATION_ID);
  if (!base) return null;
  const service = hb.service_id
    ? { service_id: hb.service_id, service_name: hb.service_name, service_criticality: hb.service_criticality }
    : { service_id: base.service_id, service_name: base.service_name, service_criticality: base.service_criticality };
  return { ...base, ...service, format: 'heartbeat' };
}

/** What a job said when it reported a failure: its exit status (when it sent one) and its message. */
export type FailureReport = { exitStatus: number | null; message: string };

async function sendToAlerts(deps: Deps, hb: HeartbeatListRow, action: 'trigger' | 'resolve', note: string, failure?: FailureReport) {
  const integration = await asIntegration(deps, hb);
  if (!integration) return;
  const missed = hb.started_at
    ? `The job started at ${hb.started_at} and has not reported its end (a check-in or a failure) within ${hb.grace_seconds} s of grace.`
    : `No check-in since ${hb.last_ping_at ?? 'it was created'}; expected every ${hb.period_seconds} s (+${hb.grace_seconds} s grace).`;
  const reported = failure
    ? [failure.exitStatus === null ? 'The job reported a failure.' : `The job exited with status ${failure.exitStatus}.`, failure.message]
        .filter(Boolean)
        .join('\n\n')
    : '';
  const event: IncomingEvent = {
    action,
    dedupKey: dedupKeyOf(hb.id),
    title: failure
      ? `Heartbeat "${hb.name}" reported a failure`
      : hb.started_at
        ? `Heartbeat "${hb.name}" started but did not finish`
        : `Heartbeat "${hb.name}" missed its check-in`,
    description: failure ? reported : missed,
    severity: hb.severity as AlertSeverity,
    details: {
      heartbeat: { id: hb.id, name: hb.name },
      lastPingAt: hb.last_ping_at,
      dueAt: hb.due_at,
      ...(hb.started_at ? { startedAt: hb.started_at } : {}),
      ...(failure ? { exitStatus: failure.exitStatus } : {}),
    },
    payload: { heartbeat: hb.name, event: note, ...(failure ? { exitStatus: failure.exitStatus, message: failure.message } : {}) },
  };
  await ingest(deps, integration, [event], JSON.stringify(event.payload));
}

/** The heartbeat a check-in URL's key names; undefined for an unknown, deleted or malformed key. */
const byKey = async (deps: Deps, key: string) => (key && key.length <= 200 ? heartbeatByKeyHash(reader(deps), hashSecret(key)) : undefined);

/**
 * A check-in by key: null for an unknown (or deleted) key. It resolves the heartbeat's open alert,
 * if any, every time (a no-op when there is none; check-ins are rare), so no race with the
 * periodic check can leave an alert open behind a heartbeat that is up.
 */
export async function checkIn(deps: Deps, key: string): Promise<{ id: string } | null> {
  const hb = await byKey(deps, key);
  return hb ? checkInFound(deps, hb) : null;
}

/**
 * Opsgenie's heartbeat ping (`/v2/heartbeats/{name}/ping` with an Opsgenie integration's key): a
 * check-in of the heartbeat of that name filed under that integration, so a key reaches only its own
 * heartbeats. Null when there is none (Opsgenie answers its PONG all the same).
 */
export async function checkInByName(deps: Deps, integrationId: string, name: string): Promise<{ id: string } | null> {
  const hb = await heartbeatByNameIn(reader(deps), integrationId, name);
  return hb ? checkInFound(deps, hb) : null;
}

async function checkInFound(deps: Deps, hb: HeartbeatListRow): Promise<{ id: string }> {
  const now = deps.clock.now().toISOString();
  await transaction(deps, async (tx) => {
    await updateHeartbeat(tx, hb.id, {
      last_ping_at: now,
      due_at: hb.paused_at ? hb.due_at : plus(now, Number(hb.period_seconds) + Number(hb.grace_seconds)),
      down_at: null,
      ...runEnded(hb, now),
    });
  });
  await sendToAlerts(deps, { ...hb, last_ping_at: now }, 'resolve', 'Check-in received');
  return { id: hb.id };
}

/**
 * A job's own report that it failed (`/fail`, a non-zero exit status, `?status=down`): it ran, so
 * the next check-in is due a period from now, but it is down at once and its alert is raised (or
 * counts a repeat when it is still open). The next successful check-in resolves it. A paused
 * heartbeat takes the report and stays quiet. Null for an unknown key.
 */
export async function reportFailure(deps: Deps, key: string, failure: FailureReport): Promise<{ id: string } | null> {
  const hb = await byKey(deps, key);
  if (!hb) return null;
  if (hb.paused_at) return { id: hb.id };
  const now = deps.clock.now().toISOString();
  const due = plus(now, Number(hb.period_seconds) + Number(hb.grace_seconds));
  await sendToAlerts(deps, hb, 'trigger', 'Failure reported', failure);
  await transaction(deps, (tx) => updateHeartbeat(tx, hb.id, { due_at: due, down_at: hb.down_at ?? now, ...runEnded(hb, now) }));
  return { id: hb.id };
}

/** A run's end (check-in or failure) clears its start and keeps how long it took. */
const runEnded = (hb: HeartbeatListRow, now: string): Partial<HeartbeatRow> =>
  hb.started_at ? { started_at: null, last_run_ms: Math.max(0, new Date(now).getTime() - new Date(hb.started_at).getTime()) } : {};

/**
 * healthchecks.io's `/start`: the job says it has started. Its state does not change (a down
 * heartbeat stays down until a check-in), but the alert is now due by start + grace at the latest,
 * so a job that hangs or dies without reporting alerts without waiting for its next period; a
 * heartbeat still waiting for its first check-in starts counting too. The check-in or failure that
 * ends the run records its duration. Null for an unknown key.
 */
export async function startRun(deps: Deps, key: string): Promise<{ id: string } | null> {
  const hb = await byKey(deps, key);
  if (!hb) return null;
  const now = deps.clock.now().toISOString();
  const byGrace = plus(now, Number(hb.grace_seconds));
  const due = hb.paused_at ? hb.due_at : hb.due_at && hb.due_at < byGrace ? hb.due_at : byGrace;
  await transaction(deps, (tx) => updateHeartbeat(tx, hb.id, { started_at: now, due_at: due }));
  return { id: hb.id };
}

/**
 * Raises one alert per overdue heartbeat, then marks it down (a conditional update), so later runs,
 * on any instance or after a restart, find it down and leave it. A crash between the two makes the
 * next run trigger again, which only counts a repeat on the same open alert (one dedup key per
 * heartbeat). A check-in that lands in between wins: the update finds nothing overdue and the alert
 * just raised is resolved.
 */
export async function checkHeartbeats(deps: Deps): Promise<number> {
  const now = deps.clock.now().toISOString();
  let raised = 0;
  for (const hb of await overdueHeartbeats(reader(deps), now)) {
    await sendToAlerts(deps, hb, 'trigger', 'Check-in missed');
    if (await transaction(deps, (tx) => markHeartbeatDown(tx, hb.id, now))) raised++;
    else await sendToAlerts(deps, hb, 'resolve', 'Check-in received meanwhile');
  }
  return raised;
}

export const heartbeatCheckJob = defineJob({
  kind: 'alerts.heartbeat_check',
  payload: z.object({ tick: z.string() }),
  maxAttempts: 3,
  async run(ctx) {
    await checkHeartbeats(ctx);
  },
});

definePeriodic({ name: 'alerts.heartbeat_check', everyMs: 30_000, job: heartbeatCheckJob });

import { randomBytes } from 'node:crypto';
import type { CreateIntegrationBody, IntegrationFormat, RotateIntegrationKeyBody, UpdateIntegrationBody } from '@firebreak/shared';
import type { z } from 'zod';
import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import { type Ctx, type Deps, reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../platform/errors.ts';
import { hashSecret, newId } from '../platform/ids.ts';
import { resolveServices } from '../services/index.ts';
import type { KnownIntegration } from './ingest.ts';
import {
  getIntegration,
  type IntegrationRow,
  insertIntegration,
  integrationByKeyHash,
  integrationIdByName,
  integrationRow,
  updateIntegration,
} from './store.ts';

/**
 * An integration key: 32 lowercase hex characters, the shape of a PagerDuty integration key (some
 * PagerDuty clients check the length), and accepted as an Opsgenie GenieKey or a bearer token.
 */
export const newIntegrationKey = (): string => randomBytes(16).toString('hex');

async function serviceIdOf(tx: Parameters<typeof resolveServices>[0], ref: string | null | undefined) {
  if (!ref) return null;
  const [s] = await resolveServices(tx, [ref]);
  return s.id;
}

export async function findIntegration(ctx: Ctx, ref: string) {
  requireRole(ctx, 'admin');
  const row = await getIntegration(reader(ctx), ref);
  if (!row) throw new NotFoundError(`No integration "${ref}"`, 'integration_not_found');
  return row;
}

const nameTaken = async (tx: Parameters<typeof getIntegration>[0], name: string, except?: string) => {
  const other = await integrationIdByName(tx, name);
  if (other && other.id !== except) throw new ConflictError(`An integration named "${name}" exists already`, { field: 'name' });
};

export async function createIntegration(ctx: Ctx, input: z.output<typeof CreateIntegrationBody>) {
  requireRole(ctx, 'admin');
  if (input.signingSecret && input.format !== 'grafana')
    throw new InputError('signingSecret: only Grafana integrations sign their requests', { field: 'signingSecret' });
  const key = newIntegrationKey();
  const id = await transaction(ctx, async (tx) => {
    await nameTaken(tx, input.name);
    const now = ctx.clock.now().toISOString();
    const row: IntegrationRow = {
      ...integrationRow({ id: newId(), name: input.name, format: input.format, key_hash: hashSecret(key) }, now),
      service_id: await serviceIdOf(tx, input.service),
      signing_secret: input.signingSecret ?? null,
      rate_limit_per_minute: input.rateLimitPerMinute ?? null,
      created_by: ctx.user.id,
    };
    await insertIntegration(tx, row);
    await audit(tx, ctx, {
      action: 'integration.created',
      target: { type: 'integration', id: row.id, label: row.name },
      details: {
        format: row.format,
        serviceId: row.service_id,
        signed: !!row.signing_secret,
        rateLimitPerMinute: row.rate_limit_per_minute,
      },
    });
    tx.events.push({ type: 'cache', name: 'integrations' });
    return row.id;
  });
  return { row: await findIntegration(ctx, id), key };
}

export async function updateIntegrationCommand(ctx: Ctx, ref: string, input: z.output<typeof UpdateIntegrationBody>) {
  const found = await findIntegration(ctx, ref);
  if (input.signingSecret && found.format !== 'grafana')
    throw new InputError('signingSecret: only Grafana integrations sign their requests', { field: 'signingSecret' });
  await transaction(ctx, async (tx) => {
    if (input.name !== undefined) await nameTaken(tx, input.name, found.id);
    const patch: Partial<IntegrationRow> = { updated_at: ctx.clock.now().toISOString() };
    if (input.name !== undefined) patch.name = input.name;
    if (input.service !== undefined) patch.service_id = await serviceIdOf(tx, input.service);
    if (input.signingSecret !== undefined) patch.signing_secret = input.signingSecret;
    if (input.rateLimitPerMinute !== undefined) patch.rate_limit_per_minute = input.rateLimitPerMinute;
    await updateIntegration(tx, found.id, patch);
    await audit(tx, ctx, {
      action: 'integration.updated',
      target: { type: 'integration', id: found.id, label: patch.name ?? found.name },
      // What changed, never the signing secret itself.
      details: { fields: Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined) },
    });
    tx.events.push({ type: 'cache', name: 'integrations' });
  });
  return findIntegration(ctx, found.id);
}

/** A new key; the old one keeps working for the overlap (0: it stops at once). */
export async function rotateIntegrationKey(ctx: Ctx, ref: string, input: z.output<typeof RotateIntegrationKeyBody>) {
  const found = await findIntegration(ctx, ref);
  const key = newIntegrationKey();
  await transaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    await updateIntegration(tx, found.id, {
      key_hash: hashSecret(key),
      previous_key_hash: input.overlapMinutes > 0 ? found.key_hash : null,
      previous_key_expires_at: input.overlapMinutes > 0 ? new Date(now.getTime() + input.overlapMinutes * 60_000).toISOString() : null,
      updated_at: now.toISOString(),
    });
    await audit(tx, ctx, {
      action: 'integration.key_rotated',
      target: { type: 'integration', id: found.id, label: found.name },
      details: { overlapMinutes: input.overlapMinutes },
    });
    tx.events.push({ type: 'cache', name: 'integrations' });
  });
  return { row: await findIntegration(ctx, found.id), key };
}

/** Archived: its keys stop working; its alerts stay. */
export async function archiveIntegration(ctx: Ctx, ref: string) {
  const found = await findIntegration(ctx, ref);
  await transaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    // The name is freed for a new integration; the old one is kept under a unique archived name.
    await updateIntegration(tx, found.id, {
      archived_at: now,
      updated_at: now,
      name: `${found.name} (archived ${found.id})`,
      previous_key_hash: null,
      previous_key_expires_at: null,
    });
    await audit(tx, ctx, { action: 'integration.archived', target: { type: 'integration', id: found.id, label: found.name } });
    tx.events.push({ type: 'cache', name: 'integrations' });
  });
}

// ---- key checks on the ingest path ----

/**
 * Valid keys seen lately, by hash, for at most KEY_TTL_MS (and never past an old key's overlap):
 * sustained ingest needs no lookup per event. Every instance drops them on `cache integrations`
 * (a key rotated, an integration archived) and `cache *`.
 */
const KEY_TTL_MS = 5_000;
type CachedKey = { integration: KnownIntegration; at: number; validUntil: string | null };
const caches = new WeakMap<object, Map<string, CachedKey>>();
const watched = new WeakSet<object>();
function cacheOf(deps: Deps) {
  let c = caches.get(deps.bus);
  if (!c) {
    c = new Map();
    caches.set(deps.bus, c);
  }
  if (!watched.has(deps.bus)) {
    watched.add(deps.bus);
    deps.bus.subscribe((e) => {
      if (e.type === 'cache' && (e.name === 'integrations' || e.name === '*')) caches.get(deps.bus)?.clear();
    });
  }
  return c;
}

/** The live integration of a key for this format, or null (unknown, revoked, archived, or another format's key). */
export async function integrationForKey(deps: Deps, key: string, formats: readonly IntegrationFormat[]): Promise<KnownIntegration | null> {
  if (!key || key.length > 200) return null;
  const hash = hashSecret(key);
  const cache = cacheOf(deps);
  const hit = cache.get(hash);
  let found: KnownIntegration | null = null;
  // The clock is read only for an old key in its overlap (and on a miss): not per event of a current key.
  if (hit && performance.now() - hit.at < KEY_TTL_MS && (hit.validUntil === null || hit.validUntil > deps.clock.now().toISOString()))
    found = hit.integration;
  else {
    found = (await integrationByKeyHash(reader(deps), hash, deps.clock.now().toISOString())) ?? null;
    if (found) {
      if (cache.size > 10_000) cache.clear();
      cache.set(hash, {
        integration: found,
        at: performance.now(),
        validUntil: found.key_hash === hash ? null : found.previous_key_expires_at,
      });
    } else cache.delete(hash);
  }
  return found && formats.includes(found.format as IntegrationFormat) ? found : null;
}

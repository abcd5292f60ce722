import { type CreateTrackerBody, TRACKER_LABEL, type UpdateTrackerBody } from '@firebreak/shared';
import type { z } from 'zod';
import { audit } from '../audit/index.ts';
import { requireRole } from '../platform/auth.ts';
import type { Actor, Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { newId, newSecret } from '../platform/ids.ts';
import { getTeam } from '../teams/index.ts';
import { TrackerError } from './client.ts';
import { clients } from './clients.ts';
import { connectionOf, sealToken, sealWebhookSecret } from './credentials.ts';
import {
  type ConnectionRow,
  type ConnectionWithTeam,
  connectionOfTeam,
  getConnection,
  insertConnection,
  isTeamMember,
  updateConnection,
} from './store.ts';

/**
 * Who may connect, change or disconnect a team's tracker: admins, and responders who are members of
 * the team (teams are managed by responders; a team's credentials only by its own people).
 */
export async function mayManage(tx: Tx, user: Actor, teamId: string): Promise<boolean> {
  if (user.role === 'admin') return true;
  return user.role === 'responder' && (await isTeamMember(tx, teamId, user.id));
}

async function requireManage(tx: Tx, ctx: Ctx, teamId: string, teamName: string) {
  requireRole(ctx, 'admin', 'responder');
  if (!(await mayManage(tx, ctx.user, teamId))) throw new NotAllowedError(`Only admins and members of ${teamName} may change its tracker`);
}

export async function findTracker(tx: Tx, id: string): Promise<ConnectionWithTeam> {
  const row = await getConnection(tx, id);
  if (!row) throw new NotFoundError(`No tracker ${id}`, 'tracker_not_found');
  return row;
}

const targetOf = (row: Pick<ConnectionRow, 'kind' | 'settings'>) =>
  clients[row.kind as keyof typeof clients].target(JSON.parse(row.settings) as Record<string, string>);

/**
 * Connects a tracker to a team: its credential (and webhook secret) encrypted, the rest as settings.
 * Answers the webhook secret once when Firebreak made it (GitHub, GitLab, Jira without one given).
 */
export async function connectTracker(ctx: Ctx, teamRef: string, input: z.output<typeof CreateTrackerBody>) {
  return transaction(ctx, async (tx) => {
    const team = await getTeam(tx, teamRef);
    if (!team) throw new NotFoundError(`No team ${teamRef}`, 'team_not_found');
    await requireManage(tx, ctx, team.id, team.name);
    const existing = await connectionOfTeam(tx, team.id);
    if (existing)
      throw new ConflictError(
        `${team.name} already has a tracker (${TRACKER_LABEL[existing.kind as keyof typeof TRACKER_LABEL]}); disconnect it first`,
        undefined,
        'tracker_exists',
      );
    const { kind, token, webhookSecret: given, ...settings } = input;
    const id = newId();
    const webhookSecret = given ?? (kind === 'linear' ? null : newSecret('fbwh'));
    const now = ctx.clock.now().toISOString();
    const row: ConnectionRow = {
      id,
      team_id: team.id,
      kind,
      settings: JSON.stringify(settings),
      token_sealed: sealToken(ctx, id, token),
      token_last4: token.slice(-4),
      webhook_secret_sealed: webhookSecret ? sealWebhookSecret(ctx, id, webhookSecret) : null,
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
      disconnected_at: null,
    };
    await insertConnection(tx, row);
    await audit(tx, ctx, {
      action: 'tracker.connected',
      target: { type: 'tracker', id, label: `${TRACKER_LABEL[kind]} ${targetOf(row)}` },
      details: { team: team.name, kind, target: targetOf(row) },
    });
    return { id, webhookSecret: given ? null : webhookSecret };
  });
}

/** Replaces the credential or the webhook secret (never shows either). */
export async function updateTracker(ctx: Ctx, id: string, input: z.output<typeof UpdateTrackerBody>) {
  return transaction(ctx, async (tx) => {
    const row = await findTracker(tx, id);
    await requireManage(tx, ctx, row.team_id, row.team_name);
    const patch: Partial<ConnectionRow> = {};
    if (input.token !== undefined) {
      patch.token_sealed = sealToken(ctx, id, input.token);
      patch.token_last4 = input.token.slice(-4);
    }
    if (input.webhookSecret !== undefined)
      patch.webhook_secret_sealed = input.webhookSecret === null ? null : sealWebhookSecret(ctx, id, input.webhookSecret);
    if (!Object.keys(patch).length) return id;
    patch.updated_at = ctx.clock.now().toISOString();
    await updateConnection(tx, id, patch);
    await audit(tx, ctx, {
      action: 'tracker.updated',
      target: { type: 'tracker', id, label: `${TRACKER_LABEL[row.kind as keyof typeof TRACKER_LABEL]} ${targetOf(row)}` },
      details: { team: row.team_name, changed: Object.keys(input).map((k) => (k === 'token' ? 'credential' : 'webhook secret')) },
    });
    return id;
  });
}

/** Disconnects: the credentials are erased; pushed issues keep their links, and the poll stops. */
export async function disconnectTracker(ctx: Ctx, id: string) {
  await transaction(ctx, async (tx) => {
    const row = await findTracker(tx, id);
    await requireManage(tx, ctx, row.team_id, row.team_name);
    await updateConnection(tx, id, {
      disconnected_at: ctx.clock.now().toISOString(),
      token_sealed: '',
      webhook_secret_sealed: null,
      updated_at: ctx.clock.now().toISOString(),
    });
    await audit(tx, ctx, {
      action: 'tracker.disconnected',
      target: { type: 'tracker', id, label: `${TRACKER_LABEL[row.kind as keyof typeof TRACKER_LABEL]} ${targetOf(row)}` },
      details: { team: row.team_name, kind: row.kind },
    });
  });
}

/** Calls the tracker's cheap documented read with the stored credential; a refusal is an answer, not an error. */
export async function testTracker(ctx: Ctx, id: string, timeoutSeconds = 20) {
  const row = await findTracker(reader(ctx), id);
  await requireManage(reader(ctx), ctx, row.team_id, row.team_name);
  const c = connectionOf(ctx, row);
  try {
    const message = await clients[c.kind].test(c, AbortSignal.timeout(timeoutSeconds * 1000));
    return { ok: true, status: 200, message };
  } catch (err) {
    if (err instanceof TrackerError) return { ok: false, status: err.status, message: err.message };
    return { ok: false, status: null, message: `Unexpected answer from ${TRACKER_LABEL[c.kind]}` };
  }
}

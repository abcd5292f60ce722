import { TRACKER_LABEL, type TrackerKind } from '@firebreak/shared';
import { z } from 'zod';
import { applyTrackerChange, canOnAction, getAction } from '../actions/index.ts';
import { formatRef, getIncidentById, loadIncident } from '../incidents/index.ts';
import type { Ctx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { defineJob, enqueue, type JobContext } from '../platform/jobs/queue.ts';
import type { IssueDraft } from './client.ts';
import { clients } from './clients.ts';
import { connectionOf } from './credentials.ts';
import { findTracker } from './manage.ts';
import { getConnectionEvenIfGone, getLink, insertLink, type LinkRow, updateLink } from './store.ts';

const ADDRESSES: Record<string, string> = {
  symptom: 'the symptom',
  root_cause: 'the root cause',
  prevention: 'prevention',
  process: 'the process',
};

/** Attempts before a push gives up (backoff from 2 s doubles: about four minutes in all). */
export const PUSH_ATTEMPTS = 8;

/**
 * Pushes a follow-up to a team's tracker: checks and records the request, and enqueues the job that
 * creates the issue, in one transaction. A private incident's follow-up needs `confirmPrivate` and
 * goes out minimal (its title and a link back, nothing of the incident).
 */
export async function pushFollowUp(ctx: Ctx, actionId: string, input: { tracker: string; confirmPrivate?: boolean }) {
  return transaction(ctx, async (tx) => {
    const action = await getAction(tx, actionId);
    if (!action) throw new NotFoundError(`No action ${actionId}`, 'action_not_found');
    const incident = await loadIncident(tx, ctx.user, action.incident_id, 'view', { forUpdate: true }).catch((err: unknown) => {
      throw err instanceof NotFoundError ? new NotFoundError(`No action ${actionId}`, 'action_not_found') : err;
    });
    if (!canOnAction(ctx.user, 'update', action)) throw new NotAllowedError('Viewers cannot push follow-ups to a tracker');
    if (action.kind !== 'follow_up')
      throw new InputError('Only follow-ups go to a tracker; make this action a follow-up first', { field: 'kind' });
    const conn = await findTracker(tx, input.tracker);
    if (incident.private && input.confirmPrivate !== true)
      throw new ConflictError(
        `${formatRef(incident.number)} is private: confirm (confirmPrivate) to send only this follow-up's title and a link back to ${TRACKER_LABEL[conn.kind as TrackerKind]}`,
        { field: 'confirmPrivate' },
        'private_confirm_required',
      );
    const existing = await getLink(tx, actionId);
    if (existing && existing.state !== 'failed')
      throw new ConflictError(
        existing.state === 'created' ? `Already in the tracker as ${existing.external_key}` : 'Already being created in the tracker',
        undefined,
        'already_pushed',
      );
    const now = ctx.clock.now().toISOString();
    const row: LinkRow = {
      action_id: actionId,
      connection_id: conn.id,
      state: 'pending',
      minimal: incident.private ? 1 : 0,
      external_id: null,
      external_key: null,
      external_url: null,
      external_status: null,
      last_error: null,
      requested_by: ctx.user.id,
      requested_at: now,
      synced_at: now,
    };
    if (existing) await updateLink(tx, actionId, row);
    else await insertLink(tx, row);
    await enqueue(tx, ctx, pushJob, { actionId }, { key: `tracker.push:${actionId}:${now}` });
    return actionId;
  });
}

/** The issue's text: the follow-up, a link back, the incident's root-cause context (unless minimal), and the marker. */
export function draftFor(
  publicUrl: string,
  link: Pick<LinkRow, 'minimal' | 'requested_at'>,
  action: { id: string; title: string; description: string; addresses: string },
  incident: { number: number; title: string; root_causes: string },
): IssueDraft {
  const ref = formatRef(incident.number);
  const url = `${publicUrl}/incidents/${ref}`;
  const marker = `firebreak:follow-up:${action.id}`;
  const paragraphs: IssueDraft['paragraphs'] = link.minimal
    ? [[{ text: 'Follow-up of ' }, { text: ref, href: url }, { text: ' (a private incident: sign in to Firebreak to read it).' }]]
    : [
        [{ text: 'Follow-up of ' }, { text: `${ref}: ${incident.title}`, href: url }],
        ...(action.description.trim() ? [[{ text: action.description.trim() }]] : []),
        [{ text: `Addresses: ${ADDRESSES[action.addresses] ?? action.addresses}` }],
        ...(incident.root_causes.trim() ? [[{ text: `Root cause (from the incident): ${incident.root_causes.trim()}` }]] : []),
      ];
  paragraphs.push([{ text: 'Closing this issue marks the follow-up done in Firebreak.' }]);
  const md = (runs: IssueDraft['paragraphs'][number]) => runs.map((r) => (r.href ? `[${r.text}](${r.href})` : r.text)).join('');
  return {
    actionId: action.id,
    marker,
    title: action.title,
    markdown: `${paragraphs.map(md).join('\n\n')}\n\n<!-- ${marker} -->`,
    paragraphs,
    since: link.requested_at,
  };
}

async function failLink(ctx: JobContext, actionId: string, error: string, final: boolean) {
  await transaction(ctx, (tx) => updateLink(tx, actionId, { last_error: error, ...(final ? { state: 'failed' } : {}) }));
}

/**
 * Creates the issue. Idempotent: a link already created is left alone, and a retry first looks for
 * the issue an earlier attempt may have created without us hearing back (docs/trackers.md).
 */
export const pushJob = defineJob({
  kind: 'trackers.push',
  payload: z.object({ actionId: z.string() }),
  maxAttempts: PUSH_ATTEMPTS,
  timeoutMs: 45_000,
  async run(ctx, { actionId }) {
    const link = await getLink(reader(ctx), actionId);
    if (!link || link.state !== 'pending') return;
    const final = ctx.job.attempt >= PUSH_ATTEMPTS;
    const row = await getConnectionEvenIfGone(reader(ctx), link.connection_id);
    if (!row || row.disconnected_at) return failLink(ctx, actionId, 'The tracker was disconnected before the issue was created', true);
    const action = await getAction(reader(ctx), actionId);
    const incident = action && (await getIncidentById(reader(ctx), action.incident_id));
    if (!action || !incident) return failLink(ctx, actionId, 'The follow-up no longer exists', true);
    const conn = connectionOf(ctx, row);
    const client = clients[conn.kind];
    // Made private after the push was asked for: it goes out minimal all the same.
    const draft = draftFor(ctx.config.publicUrl, { ...link, minimal: link.minimal || incident.private }, action, incident);
    let issue: Awaited<ReturnType<typeof client.create>>;
    try {
      issue = (ctx.job.attempt > 1 ? await client.find(conn, draft, ctx.signal) : null) ?? (await client.create(conn, draft, ctx.signal));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await failLink(ctx, actionId, message, final);
      throw err;
    }
    await transaction(ctx, async (tx) => {
      const now = ctx.clock.now().toISOString();
      await updateLink(tx, actionId, {
        state: 'created',
        external_id: issue.id,
        external_key: issue.key,
        external_url: issue.url,
        external_status: issue.status,
        last_error: null,
        synced_at: now,
      });
      await applyTrackerChange(tx, ctx, actionId, { tracker: conn.kind, key: issue.key, url: issue.url, by: null, event: 'created' });
    });
  },
});

import { CHAT_CHANNEL_NAME_MAX, channelNameFor, channelNameWithSuffix, type IncidentSummary } from '@firebreak/shared';
import { z } from 'zod';
import { getIncidentById, type IncidentRow, incidentSummaries, peopleWhoWorked } from '../incidents/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Actor, Deps, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { backoffMs, defineJob, definePeriodic, enqueue } from '../platform/jobs/queue.ts';
import { type EntriesRecorded, onEntriesRecorded, type TimelineEntryView } from '../timeline/index.ts';
import { getUsersByIds } from '../users/index.ts';
import { REPLAY_WINDOW_MS, settingsOf, toConnection } from './connections.ts';
import { type MessageSpec, messageFor, topicOf } from './messages.ts';
import { clientFor } from './platforms.ts';
import {
  type ChannelRow,
  type ConnectionRow,
  channelNamesOf,
  channelOf,
  channelPending,
  firstPending,
  getConnectionRowEvenIfGone,
  insertChannel,
  insertOutbox,
  listConnectionRows,
  markArchived,
  type OutboxRow,
  type Stream,
  updateOutbox,
} from './store.ts';
import { ChatApiError, type ChatCapabilities, type ChatClient, type ChatConnection, type ChatMessage } from './types.ts';

/**
 * Everything Firebreak tells a chat platform goes through the outbox (`chat_outbox`): one row per
 * call, queued in the transaction of the change that causes it, sent by `chatops.deliver` jobs in
 * the order queued per connection and incident (a stream). A row is marked done as soon as its call
 * succeeded, so a retry resumes at the first call not yet done and never posts a message twice; a
 * 429 waits its Retry-After, other failures back off, and answers retrying cannot fix
 * (`ChatApiError.permanent`) fail that call alone.
 */

/** Attempts per call before it is given up. */
export const MAX_CALL_ATTEMPTS = 8;
/** How long a runner holds the stream's first call while it sends it. */
const LEASE_MS = 90_000;
/** Calls per job before the stream continues in a fresh job (an attempt never nears its lease). */
const CALLS_PER_JOB = 25;
/** The code adapters give a `ChatApiError` when a channel name is already taken (Slack `name_taken`). */
export const NAME_TAKEN = 'name_taken';

export type Target = 'incident' | 'announcements' | 'destination';
/** A handover's post: to the team's channel, the message made when it was queued (a handover has no incident to read). */
export type HandoverPost = { target: 'team'; channelId: string | null; message: ChatMessage };
export type Op =
  | { op: 'create_channel'; payload: Record<string, never> }
  | { op: 'invite'; payload: { userIds?: string[] } }
  | { op: 'topic'; payload: Record<string, never> }
  | { op: 'post'; payload: { target: Target; spec: MessageSpec } | HandoverPost }
  | { op: 'archive'; payload: Record<string, never> };
type Queued = Op & { key?: string };

/**
 * A connection's capabilities: as its adapter said when the connection was saved or tested, else
 * asked now without its secrets; null when its adapter is not loaded (nothing is sent then).
 */
export function capabilitiesOf(row: ConnectionRow): ChatCapabilities | null {
  if (row.capabilities) return JSON.parse(row.capabilities) as ChatCapabilities;
  try {
    return clientFor({
      id: row.id,
      platform: row.platform as ChatConnection['platform'],
      name: row.name,
      externalTeamId: row.external_team_id,
      secrets: {},
      settings: settingsOf(row),
      apiBaseUrl: row.api_base_url,
    }).capabilities;
  } catch {
    return null;
  }
}

/** The system's reader of incidents for chat: a responder (the chat messages go to responders' channels). */
const CHAT_READER: Actor = { id: 'chatops', email: 'chatops@firebreak.invalid', name: 'Chat', role: 'responder' };

export async function summaryOf(tx: Tx, row: IncidentRow): Promise<IncidentSummary> {
  return (await incidentSummaries(tx, CHAT_READER, [row]))[0];
}

/** A stream's runner: an incident's calls on a connection, or a handover's (`handoverId`, no incident). */
const Deliver = z
  .object({ connectionId: z.string(), incidentId: z.string().optional(), handoverId: z.string().optional() })
  .refine((p) => !!p.incidentId !== !!p.handoverId, 'an incident or a handover');
type Deliver = z.infer<typeof Deliver>;
const streamOf = (p: Deliver): Stream => (p.incidentId ? { incidentId: p.incidentId } : { handoverId: p.handoverId ?? '' });
const streamKey = (p: Deliver) => (p.incidentId ? p.incidentId : `handover:${p.handoverId}`);

/** Queues calls for one incident's stream and schedules its runner. */
export function queueCalls(tx: Tx, who: { clock: Clock }, connectionId: string, incidentId: string, ops: Queued[]): Promise<void> {
  return queueStream(tx, who, connectionId, { incidentId }, ops);
}

/** Queues calls for one stream (an incident's or a handover's) and schedules its runner. */
export async function queueStream(tx: Tx, who: { clock: Clock }, connectionId: string, stream: Stream, ops: Queued[]): Promise<void> {
  if (!ops.length) return;
  const incidentId = 'incidentId' in stream ? stream.incidentId : null;
  const handoverId = 'handoverId' in stream ? stream.handoverId : null;
  const now = who.clock.now().toISOString();
  let any = false;
  for (const o of ops) {
    const fresh = await insertOutbox(tx, {
      connection_id: connectionId,
      incident_id: incidentId,
      handover_id: handoverId,
      op: o.op,
      payload: JSON.stringify(o.payload),
      dedupe_key: o.key ? `${connectionId}:${o.key}` : null,
      state: 'pending',
      attempts: 0,
      next_attempt_at: null,
      lease_until: null,
      last_error: null,
      result: null,
      created_at: now,
      done_at: null,
    });
    any ||= fresh;
  }
  if (any) await enqueue(tx, who, deliverJob, incidentId ? { connectionId, incidentId } : { connectionId, handoverId: handoverId ?? '' });
}

/** Closed, declined or a duplicate: the incident's work has ended. */
const isClosing = (e: TimelineEntryView) => e.kind === 'status_changed' && ['closed', 'declined', 'duplicate'].includes(String(e.data.to));
const severityChanged = (e: TimelineEntryView) =>
  e.kind === 'field_changed' && !!(e.data.changes as Record<string, unknown> | undefined)?.severity;
const commanderChanged = (e: TimelineEntryView) =>
  (e.kind === 'role_assigned' || e.kind === 'role_unassigned') && e.data.role === 'commander';

/**
 * The listener on the timeline (in the change's transaction): turns what happened into calls per
 * connection. Declared → channel, invitations, topic, welcome, announcement; status, severity and
 * commander → a message in the incident channel and the topic; stakeholder update → the
 * announcements channel (or the only destination); closed → archive. Private incidents are never
 * announced. Chat messages mirrored from a channel are not sent back.
 */
export const chatOnEntries: EntriesRecorded = async (tx, who, incident, entries) => {
  const relevant = entries.filter(
    (e) =>
      e.kind === 'declared' ||
      e.kind === 'status_changed' ||
      e.kind === 'stakeholder_update' ||
      e.kind === 'member_added' ||
      e.kind === 'page_escalated' ||
      severityChanged(e) ||
      commanderChanged(e) ||
      (e.kind === 'role_assigned' && !commanderChanged(e)),
  );
  if (!relevant.length) return;
  const connections = await listConnectionRows(tx);
  if (!connections.length) return;
  const row = await getIncidentById(tx, incident.id);
  if (!row) return;
  for (const conn of connections) {
    const caps = capabilitiesOf(conn);
    if (!caps) continue;
    const settings = settingsOf(conn);
    const ops: Queued[] = [];
    const hasChannel = caps.channels && (!!(await channelOf(tx, conn.id, row.id)) || (await channelPending(tx, conn.id, row.id)));
    for (const e of relevant) {
      const k = (t: string) => `entry:${e.id}:${t}`;
      if (e.kind === 'declared') {
        if (caps.channels) {
          ops.push({ op: 'create_channel', payload: {}, key: `channel:${row.id}` });
          ops.push({ op: 'invite', payload: {}, key: k('invite') });
          ops.push({ op: 'topic', payload: {}, key: k('topic') });
          ops.push({ op: 'post', payload: { target: 'incident', spec: { kind: 'welcome' } }, key: k('welcome') });
          if (!row.private && settings.announcementsChannel)
            ops.push({ op: 'post', payload: { target: 'announcements', spec: { kind: 'announcement' } }, key: k('announce') });
        } else if (!row.private) {
          ops.push({ op: 'post', payload: { target: 'destination', spec: { kind: 'announcement' } }, key: k('announce') });
        }
        continue;
      }
      if (e.kind === 'stakeholder_update') {
        if (row.private) continue;
        const spec: MessageSpec = { kind: 'update', body: e.body ?? '', actor: e.actor?.name ?? null };
        if (!caps.channels) ops.push({ op: 'post', payload: { target: 'destination', spec }, key: k('update') });
        else if (settings.announcementsChannel) ops.push({ op: 'post', payload: { target: 'announcements', spec }, key: k('update') });
        continue;
      }
      if (!hasChannel) continue;
      if (e.kind === 'member_added' || e.kind === 'role_assigned') {
        ops.push({ op: 'invite', payload: {}, key: k('invite') });
        if (!commanderChanged(e)) continue;
      }
      if (e.kind === 'page_escalated') {
        const people = Array.isArray(e.data.people) ? (e.data.people as string[]) : [];
        if (people.length) ops.push({ op: 'invite', payload: { userIds: people }, key: k('invite') });
        continue;
      }
      ops.push({
        op: 'post',
        payload: {
          target: 'incident',
          spec: { kind: 'change', entry: { kind: e.kind, body: e.body, data: e.data, actor: e.actor?.name ?? null } },
        },
        key: k('post'),
      });
      ops.push({ op: 'topic', payload: {}, key: k('topic') });
      if (isClosing(e) && settings.archiveOnClose) ops.push({ op: 'archive', payload: {}, key: `archive:${row.id}` });
    }
    await queueCalls(tx, who, conn.id, row.id, ops);
  }
};

/** Registers the timeline listener; called once from buildApp. */
export function registerChatHooks(): void {
  onEntriesRecorded('chatops', chatOnEntries);
}

type Done = { result: string | null };

/** Performs one call. Returns what to record; throws what the client threw. */
async function perform(deps: Deps, conn: ChatConnection, client: ChatClient, op: OutboxRow, incident: IncidentRow | null): Promise<Done> {
  if (!incident) {
    // A handover's stream: only posts to a team's channel, whose message travels in the payload.
    const p = JSON.parse(op.payload) as HandoverPost;
    if (op.op !== 'post' || p.target !== 'team') throw new ChatApiError(`Unknown handover call ${op.op}`, { permanent: true });
    return { result: JSON.stringify(await client.post(p.channelId, p.message)) };
  }
  const tx = reader(deps);
  const channel = await channelOf(tx, conn.id, incident.id);
  const payload = JSON.parse(op.payload) as Op['payload'];
  switch (op.op as Op['op']) {
    case 'create_channel': {
      if (channel) return { result: `channel ${channel.channel_id} exists` };
      const max = CHAT_CHANNEL_NAME_MAX[conn.platform];
      const base = channelNameFor(
        conn.settings.channelPattern,
        { number: incident.number, title: incident.title, declaredAt: incident.declared_at },
        max,
      );
      const taken = await channelNamesOf(tx, conn.id);
      for (let n = 1; n <= 20; n++) {
        const name = channelNameWithSuffix(base, n, max);
        if (taken.has(name)) continue;
        try {
          const made = await client.createChannel(name, { private: !!incident.private });
          await transaction(deps, (w) =>
            insertChannel(w, {
              connection_id: conn.id,
              incident_id: incident.id,
              channel_id: made.id,
              channel_name: made.name,
              mirror: conn.settings.mirrorByDefault ? 1 : 0,
              invited: '[]',
              topic: null,
              created_at: deps.clock.now().toISOString(),
              archived_at: null,
            }),
          );
          return { result: JSON.stringify(made) };
        } catch (err) {
          if (err instanceof ChatApiError && err.code === NAME_TAKEN) continue;
          throw err;
        }
      }
      throw new ChatApiError(`No free channel name like ${base}`, { permanent: true });
    }
    case 'invite': {
      if (!channel || channel.archived_at) return { result: 'no channel' };
      const p = payload as { userIds?: string[] };
      const wanted = p.userIds ?? (await peopleWhoWorked(tx, incident.id));
      const already = new Set(JSON.parse(channel.invited) as string[]);
      const users = (
        await getUsersByIds(
          tx,
          wanted.filter((id) => !already.has(id)),
        )
      ).filter((u) => !u.disabled_at);
      if (!users.length) return { result: 'nobody new' };
      const platformIds: string[] = [];
      for (const u of users) {
        const id = await client.userIdByEmail(u.email);
        if (id) platformIds.push(id);
      }
      if (platformIds.length) await client.invite(channel.channel_id, platformIds);
      const invited = [...already, ...users.map((u) => u.id)];
      await transaction(deps, (w) =>
        w.db
          .updateTable('chat_incident_channels')
          .set({ invited: JSON.stringify(invited) })
          .where('connection_id', '=', conn.id)
          .where('incident_id', '=', incident.id)
          .execute(),
      );
      return { result: JSON.stringify({ invited: platformIds }) };
    }
    case 'topic': {
      if (!channel || channel.archived_at) return { result: 'no channel' };
      const summary = await summaryOf(tx, incident);
      const topic = topicOf(summary, deps.config.publicUrl);
      if (topic === channel.topic) return { result: 'unchanged' };
      await client.setTopic(channel.channel_id, topic);
      await transaction(deps, (w) => setTopicRow(w, channel, topic));
      return { result: topic };
    }
    case 'post': {
      const p = payload as { target: Target; spec: MessageSpec };
      if (!incident) throw new ChatApiError('An incident message without its incident', { permanent: true });
      let channelId: string | null;
      if (p.target === 'destination') {
        // The only destination is everyone's channel: announcements and updates of public incidents only.
        if (incident.private) return { result: 'private: not announced' };
        channelId = null;
      } else if (p.target === 'announcements') {
        if (incident.private) return { result: 'private: not announced' };
        channelId = conn.settings.announcementsChannel;
        if (!channelId) return { result: 'no announcements channel' };
      } else {
        if (!channel || channel.archived_at) return { result: 'no channel' };
        channelId = channel.channel_id;
      }
      const message = messageFor(p.spec, await summaryOf(tx, incident), deps.config.publicUrl);
      const sent = await client.post(channelId, message);
      return { result: JSON.stringify(sent) };
    }
    case 'archive': {
      if (!channel || channel.archived_at) return { result: 'no channel' };
      await client.archive(channel.channel_id);
      await transaction(deps, (w) => markArchived(w, conn.id, incident.id, deps.clock.now().toISOString()));
      return { result: 'archived' };
    }
  }
  throw new ChatApiError(`Unknown chat call ${op.op}`, { permanent: true });
}

const setTopicRow = (tx: Tx, channel: ChannelRow, topic: string) =>
  tx.db
    .updateTable('chat_incident_channels')
    .set({ topic })
    .where('connection_id', '=', channel.connection_id)
    .where('incident_id', '=', channel.incident_id)
    .execute();

/** Takes the stream's first pending call for this runner, unless another runner holds it or it is not due. */
async function claim(deps: Deps, p: Deliver): Promise<{ op: OutboxRow } | { wait: Date } | null> {
  const now = deps.clock.now();
  return transaction(deps, async (tx) => {
    const op = await firstPending(tx, p.connectionId, streamOf(p));
    if (!op) return null;
    // Its runner carries on after it; should that runner die, a job comes back when its lease ends.
    if (op.lease_until && op.lease_until > now.toISOString()) return { wait: new Date(op.lease_until) };
    if (op.next_attempt_at && op.next_attempt_at > now.toISOString()) return { wait: new Date(op.next_attempt_at) };
    const res = await tx.db
      .updateTable('chat_outbox')
      .set({ lease_until: new Date(now.getTime() + LEASE_MS).toISOString() })
      .where('id', '=', op.id)
      .where('state', '=', 'pending')
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now.toISOString())]))
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0 ? { op } : { wait: new Date(now.getTime() + LEASE_MS) };
  });
}

/** Schedules the stream's runner for later (a Retry-After or a back-off), once per call and attempt. */
const handOff = (tx: Tx, deps: Pick<Deps, 'clock'>, p: Deliver, step: string, runAt?: Date) =>
  enqueue(tx, deps, deliverJob, p, { key: `chatops.deliver:${p.connectionId}:${streamKey(p)}:${step}`, runAt });

/** Sends a stream's calls in order until it is empty, must wait, or has sent enough for one job. */
export const deliverJob = defineJob({
  kind: 'chatops.deliver',
  payload: Deliver,
  maxAttempts: 10,
  timeoutMs: 60_000,
  async run(ctx, p) {
    const row = await getConnectionRowEvenIfGone(reader(ctx), p.connectionId);
    const incident = p.incidentId ? ((await getIncidentById(reader(ctx), p.incidentId)) ?? null) : null;
    for (let n = 0; n < CALLS_PER_JOB; n++) {
      const taken = await claim(ctx, p);
      if (!taken) return;
      if ('wait' in taken) {
        await transaction(ctx, (tx) => handOff(tx, ctx, p, `wait:${taken.wait.toISOString()}`, taken.wait));
        return;
      }
      const { op } = taken;
      const now = () => ctx.clock.now().toISOString();
      if (!row || row.disabled_at || (p.incidentId && !incident)) {
        await transaction(ctx, (tx) =>
          updateOutbox(tx, op.id, { state: 'failed', last_error: 'The connection was removed', lease_until: null, done_at: now() }),
        );
        continue;
      }
      let outcome: Done | Error;
      try {
        const conn = toConnection(ctx, row);
        outcome = await perform(ctx, conn, clientFor(conn), op, incident);
      } catch (err) {
        outcome = err instanceof Error ? err : new Error(String(err));
      }
      if (!(outcome instanceof Error)) {
        const done = outcome;
        await transaction(ctx, (tx) =>
          updateOutbox(tx, op.id, { state: 'done', result: done.result, lease_until: null, last_error: null, done_at: now() }),
        );
        continue;
      }
      const err = outcome;
      const attempts = op.attempts + 1;
      const permanent = err instanceof ChatApiError && err.permanent;
      if (permanent || attempts >= MAX_CALL_ATTEMPTS) {
        await transaction(ctx, (tx) =>
          updateOutbox(tx, op.id, { state: 'failed', attempts, last_error: err.message.slice(0, 1000), lease_until: null, done_at: now() }),
        );
        continue;
      }
      const delay = err instanceof ChatApiError && err.retryAfterMs !== undefined ? err.retryAfterMs : backoffMs(attempts);
      const at = new Date(ctx.clock.now().getTime() + delay);
      await transaction(ctx, async (tx) => {
        await updateOutbox(tx, op.id, {
          attempts,
          last_error: err.message.slice(0, 1000),
          next_attempt_at: at.toISOString(),
          lease_until: null,
        });
        await handOff(tx, ctx, p, `${op.id}:${attempts}`, at);
      });
      return;
    }
    await transaction(ctx, (tx) => handOff(tx, ctx, p, `more:${ctx.job.id}`));
  },
});

/** Done and failed calls are kept this long (what was sent, for support), then removed. */
export const OUTBOX_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/** Removes old finished calls and expired replay keys. */
export const pruneJob = defineJob({
  kind: 'chatops.prune',
  payload: z.object({ tick: z.string() }),
  async run(ctx) {
    const now = ctx.clock.now().getTime();
    await transaction(ctx, async (tx) => {
      await tx.db
        .deleteFrom('chat_outbox')
        .where('state', '<>', 'pending')
        .where('done_at', '<', new Date(now - OUTBOX_KEEP_MS).toISOString())
        .execute();
      await tx.db
        .deleteFrom('chat_replay_keys')
        .where('seen_at', '<', new Date(now - REPLAY_WINDOW_MS).toISOString())
        .execute();
    });
  },
});
export const prunePeriodic = definePeriodic({ name: 'chatops.prune', everyMs: 60 * 60 * 1000, job: pruneJob });

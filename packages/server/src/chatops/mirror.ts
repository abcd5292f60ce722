import { getIncident, loadIncident } from '../incidents/index.ts';
import type { Deps } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { pinEntry, record } from '../timeline/index.ts';
import { actorFor } from './commands.ts';
import { getConnection } from './connections.ts';
import { clientFor } from './platforms.ts';
import { channelById, getMark, insertMark, setMarkEntry } from './store.ts';
import type { ChatChannelMessage, ChatReply } from './types.ts';

/**
 * Messages of an incident channel on the incident's timeline, as `chat` entries shaped like the
 * chat import's (investigation/): the retrospective's themes read `data.author` and the matched
 * person. Each message once (`chat_message_marks`), whatever the platform retries.
 */

const ephemeral = (text: string): ChatReply => ({ visibility: 'ephemeral', message: { text } });

/** Mirrors one message of an incident channel with mirroring on; anything else is ignored. Idempotent by message id. */
export async function mirrorMessage(deps: Deps, m: ChatChannelMessage): Promise<void> {
  if (!m.text.trim()) return;
  const channel = await channelById(reader(deps), m.connectionId, m.channelId);
  if (!channel?.mirror) return;
  if (await getMark(reader(deps), m.connectionId, m.channelId, m.messageId, 'mirror')) return;
  const conn = await getConnection(deps, m.connectionId);
  if (!conn) return;
  const user = await actorFor(deps, conn, clientFor(conn), m.userId);
  await transaction(deps, async (tx) => {
    const incident = await getIncident(tx, channel.incident_id, { forUpdate: true });
    if (!incident) return;
    const now = deps.clock.now().toISOString();
    const fresh = await insertMark(tx, {
      connection_id: m.connectionId,
      channel_id: m.channelId,
      message_id: m.messageId,
      kind: 'mirror',
      incident_id: incident.id,
      entry_id: null,
      created_at: now,
    });
    if (!fresh) return;
    const entry = await record(tx, { user, clock: deps.clock }, incident, {
      kind: 'chat',
      body: m.text.slice(0, 40_000),
      occurredAt: validInstant(m.at) ?? now,
      actor: user ? { id: user.id, name: user.name } : null,
      data: {
        source: conn.platform,
        live: true,
        channel: channel.channel_name,
        ts: m.messageId,
        author: { name: user?.name ?? m.userId, externalId: m.userId },
      },
    });
    await setMarkEntry(tx, { connection_id: m.connectionId, channel_id: m.channelId, message_id: m.messageId, kind: 'mirror' }, entry.id);
  });
}

const validInstant = (s: string) => (Number.isFinite(Date.parse(s)) ? new Date(Date.parse(s)).toISOString() : null);

/**
 * Pins a message of an incident channel as a key moment: its mirrored entry when there is one, else
 * the message is written to the timeline pinned. As the person who pinned it, who must be allowed
 * to comment on the incident. Idempotent by message id.
 */
export async function pinMessage(deps: Deps, m: ChatChannelMessage & { pinnedBy: string }): Promise<ChatReply> {
  const channel = await channelById(reader(deps), m.connectionId, m.channelId);
  if (!channel) return ephemeral('Only messages of an incident channel can be added to a timeline.');
  const conn = await getConnection(deps, m.connectionId);
  if (!conn) return ephemeral('This chat workspace is not connected to Firebreak (any more).');
  const client = clientFor(conn);
  const user = await actorFor(deps, conn, client, m.pinnedBy);
  if (!user)
    return ephemeral(
      "Firebreak does not know you yet: your chat account's e-mail address must belong to a Firebreak account. Ask an admin to invite you.",
    );
  const ctx = { ...deps, user };
  const ref = channel.incident_id;
  try {
    await loadIncident(reader(deps), user, ref, 'comment');
  } catch {
    return ephemeral('You may not add to this incident’s timeline.');
  }
  const mirrored = await getMark(reader(deps), m.connectionId, m.channelId, m.messageId, 'mirror');
  const author = await actorFor(deps, conn, client, m.userId);
  const pinnedNow = await transaction(deps, async (tx) => {
    const incident = await getIncident(tx, channel.incident_id, { forUpdate: true });
    if (!incident) return false;
    const now = deps.clock.now().toISOString();
    const fresh = await insertMark(tx, {
      connection_id: m.connectionId,
      channel_id: m.channelId,
      message_id: m.messageId,
      kind: 'pin',
      incident_id: incident.id,
      entry_id: mirrored?.entry_id ?? null,
      created_at: now,
    });
    if (!fresh) return false;
    if (mirrored?.entry_id) return true; // pinned below, through the timeline's own pin (one `pinned` entry)
    const entry = await record(tx, ctx, incident, {
      kind: 'chat',
      body: m.text.slice(0, 40_000),
      occurredAt: validInstant(m.at) ?? now,
      actor: author ? { id: author.id, name: author.name } : null,
      pinned: true,
      data: {
        source: conn.platform,
        live: true,
        channel: channel.channel_name,
        ts: m.messageId,
        author: { name: author?.name ?? m.userId, externalId: m.userId },
        pinnedBy: { id: user.id, name: user.name },
      },
    });
    await setMarkEntry(tx, { connection_id: m.connectionId, channel_id: m.channelId, message_id: m.messageId, kind: 'pin' }, entry.id);
    return true;
  });
  if (!pinnedNow) return ephemeral('This message is already a key moment on the timeline.');
  if (mirrored?.entry_id) await pinEntry(ctx, ref, mirrored.entry_id, true);
  return ephemeral('Added to the incident timeline as a key moment.');
}

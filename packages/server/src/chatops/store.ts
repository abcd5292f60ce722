import type { Selectable } from 'kysely';
import type { Tx } from '../platform/context.ts';
import type {
  ChatConnectionsTable,
  ChatIncidentChannelsTable,
  ChatMessageMarksTable,
  ChatOutboxTable,
  ChatTeamChannelsTable,
} from '../platform/db/schema.ts';

export type ConnectionRow = Selectable<ChatConnectionsTable>;
export type ChannelRow = Selectable<ChatIncidentChannelsTable>;
export type OutboxRow = Selectable<ChatOutboxTable>;
export type MarkRow = Selectable<ChatMessageMarksTable>;
export type TeamChannelRow = Selectable<ChatTeamChannelsTable>;

// ---- connections ----

export const getConnectionRow = (tx: Tx, id: string) =>
  tx.db.selectFrom('chat_connections').selectAll().where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();

/** Any connection by id, disabled ones too (outbox rows and channels keep pointing at theirs). */
export const getConnectionRowEvenIfGone = (tx: Tx, id: string) =>
  tx.db.selectFrom('chat_connections').selectAll().where('id', '=', id).executeTakeFirst();

export const listConnectionRows = (tx: Tx) =>
  tx.db
    .selectFrom('chat_connections')
    .selectAll()
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(200)
    .execute();

export const connectionsOfPlatform = (tx: Tx, platform: string) =>
  tx.db
    .selectFrom('chat_connections')
    .selectAll()
    .where('platform', '=', platform)
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .execute();

export const insertConnection = (tx: Tx, row: ConnectionRow) => tx.db.insertInto('chat_connections').values(row).execute();
export const updateConnectionRow = (tx: Tx, id: string, patch: Partial<ConnectionRow>) =>
  tx.db.updateTable('chat_connections').set(patch).where('id', '=', id).execute();

// ---- replay keys ----

/** Inserts the key unless present; true when it was new. Keys older than `prunedBefore` are removed first. */
export async function insertReplayKey(tx: Tx, connectionId: string, key: string, now: string, prunedBefore: string): Promise<boolean> {
  await tx.db.deleteFrom('chat_replay_keys').where('seen_at', '<', prunedBefore).execute();
  const res = await tx.db
    .insertInto('chat_replay_keys')
    .values({ connection_id: connectionId, key, seen_at: now })
    .onConflict((oc) => oc.columns(['connection_id', 'key']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

// ---- incident channels ----

export const channelsOfIncident = (tx: Tx, incidentId: string) =>
  tx.db
    .selectFrom('chat_incident_channels')
    .innerJoin('chat_connections', 'chat_connections.id', 'chat_incident_channels.connection_id')
    .selectAll('chat_incident_channels')
    .select('chat_connections.platform')
    .where('chat_incident_channels.incident_id', '=', incidentId)
    .orderBy('chat_incident_channels.created_at')
    .execute();

export const channelOf = (tx: Tx, connectionId: string, incidentId: string) =>
  tx.db
    .selectFrom('chat_incident_channels')
    .selectAll()
    .where('connection_id', '=', connectionId)
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();

export const channelById = (tx: Tx, connectionId: string, channelId: string) =>
  tx.db
    .selectFrom('chat_incident_channels')
    .selectAll()
    .where('connection_id', '=', connectionId)
    .where('channel_id', '=', channelId)
    .executeTakeFirst();

export const channelNamesOf = async (tx: Tx, connectionId: string): Promise<Set<string>> =>
  new Set(
    (await tx.db.selectFrom('chat_incident_channels').select('channel_name').where('connection_id', '=', connectionId).execute()).map(
      (r) => r.channel_name,
    ),
  );

export const insertChannel = (tx: Tx, row: ChannelRow) =>
  tx.db
    .insertInto('chat_incident_channels')
    .values(row)
    .onConflict((oc) => oc.columns(['connection_id', 'incident_id']).doNothing())
    .execute();

export const setMirror = (tx: Tx, incidentId: string, mirror: boolean) =>
  tx.db
    .updateTable('chat_incident_channels')
    .set({ mirror: mirror ? 1 : 0 })
    .where('incident_id', '=', incidentId)
    .execute();

export const markArchived = (tx: Tx, connectionId: string, incidentId: string, at: string) =>
  tx.db
    .updateTable('chat_incident_channels')
    .set({ archived_at: at })
    .where('connection_id', '=', connectionId)
    .where('incident_id', '=', incidentId)
    .execute();

// ---- mirrored / pinned messages ----

export const getMark = (tx: Tx, connectionId: string, channelId: string, messageId: string, kind: 'mirror' | 'pin') =>
  tx.db
    .selectFrom('chat_message_marks')
    .selectAll()
    .where('connection_id', '=', connectionId)
    .where('channel_id', '=', channelId)
    .where('message_id', '=', messageId)
    .where('kind', '=', kind)
    .executeTakeFirst();

/** True when the mark was new (the message was not mirrored / pinned before). */
export async function insertMark(tx: Tx, row: MarkRow): Promise<boolean> {
  const res = await tx.db
    .insertInto('chat_message_marks')
    .values(row)
    .onConflict((oc) => oc.columns(['connection_id', 'channel_id', 'message_id', 'kind']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

export const setMarkEntry = (tx: Tx, m: Pick<MarkRow, 'connection_id' | 'channel_id' | 'message_id' | 'kind'>, entryId: number) =>
  tx.db
    .updateTable('chat_message_marks')
    .set({ entry_id: entryId })
    .where('connection_id', '=', m.connection_id)
    .where('channel_id', '=', m.channel_id)
    .where('message_id', '=', m.message_id)
    .where('kind', '=', m.kind)
    .execute();

// ---- outbox ----

export type NewOutboxRow = Omit<OutboxRow, 'id'>;

/** Queues an operation; with a dedupe key only once. True when it was new. */
export async function insertOutbox(tx: Tx, row: NewOutboxRow): Promise<boolean> {
  if (row.dedupe_key) {
    const res = await tx.db
      .insertInto('chat_outbox')
      .values(row)
      .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
  }
  await tx.db.insertInto('chat_outbox').values(row).execute();
  return true;
}

/** A stream of calls: an incident's, or a handover's (which has no incident). */
export type Stream = { incidentId: string } | { handoverId: string };

/** The first pending operation of a stream (connection + incident or handover): operations run in the order they were queued. */
export const firstPending = (tx: Tx, connectionId: string, stream: Stream) =>
  tx.db
    .selectFrom('chat_outbox')
    .selectAll()
    .where('connection_id', '=', connectionId)
    .$call((q) =>
      'incidentId' in stream ? q.where('incident_id', '=', stream.incidentId) : q.where('handover_id', '=', stream.handoverId),
    )
    .where('state', '=', 'pending')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();

export const updateOutbox = (tx: Tx, id: number, patch: Partial<Omit<OutboxRow, 'id'>>) =>
  tx.db.updateTable('chat_outbox').set(patch).where('id', '=', id).execute();

/** Whether a stream has a channel on the way (a create_channel not yet failed). */
export const channelPending = async (tx: Tx, connectionId: string, incidentId: string) =>
  !!(await tx.db
    .selectFrom('chat_outbox')
    .select('id')
    .where('connection_id', '=', connectionId)
    .where('incident_id', '=', incidentId)
    .where('op', '=', 'create_channel')
    .where('state', '=', 'pending')
    .executeTakeFirst());

export const outboxOf = (tx: Tx, incidentId: string) =>
  tx.db.selectFrom('chat_outbox').selectAll().where('incident_id', '=', incidentId).orderBy('id').execute();

export const handoverOutboxOf = (tx: Tx, handoverId: string) =>
  tx.db.selectFrom('chat_outbox').selectAll().where('handover_id', '=', handoverId).orderBy('id').execute();

// ---- team channels (where a team's handovers are posted) ----

/** A team's channels with their (enabled) connections. */
export const teamChannelsOf = (tx: Tx, teamIds: string[]) =>
  teamIds.length
    ? tx.db
        .selectFrom('chat_team_channels')
        .innerJoin('chat_connections', 'chat_connections.id', 'chat_team_channels.connection_id')
        .selectAll('chat_team_channels')
        .select(['chat_connections.platform', 'chat_connections.name as connection_name'])
        .where('chat_team_channels.team_id', 'in', teamIds)
        .where('chat_connections.disabled_at', 'is', null)
        .orderBy('chat_connections.created_at')
        .orderBy('chat_team_channels.connection_id')
        .execute()
    : Promise.resolve([]);

export async function upsertTeamChannel(tx: Tx, row: TeamChannelRow): Promise<void> {
  await tx.db
    .insertInto('chat_team_channels')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['team_id', 'connection_id']).doUpdateSet({ channel_id: row.channel_id, set_by: row.set_by, updated_at: row.updated_at }),
    )
    .execute();
}

export const getTeamChannel = (tx: Tx, teamId: string, connectionId: string) =>
  tx.db
    .selectFrom('chat_team_channels')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('connection_id', '=', connectionId)
    .executeTakeFirst();

export const deleteTeamChannel = (tx: Tx, teamId: string, connectionId: string) =>
  tx.db.deleteFrom('chat_team_channels').where('team_id', '=', teamId).where('connection_id', '=', connectionId).execute();

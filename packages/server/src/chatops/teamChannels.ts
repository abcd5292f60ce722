import { CHAT_PLATFORM_LABEL, type ChatPlatformId, type SetTeamChatChannelBody, type TeamChatView } from '@firebreak/shared';
import { DateTime } from 'luxon';
import { audit } from '../audit/index.ts';
import { type HandoverWritten, onHandoverWritten } from '../oncall/index.ts';
import { policiesPagingSchedule } from '../paging/index.ts';
import { requireRole } from '../platform/auth.ts';
import type { Ctx, Deps, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { InputError, NotFoundError } from '../platform/errors.ts';
import { teamsOfServicesUsingPolicies } from '../services/index.ts';
import { getTeam } from '../teams/index.ts';
import { capabilitiesOf, type HandoverPost, queueStream } from './outbound.ts';
import {
  type ConnectionRow,
  deleteTeamChannel,
  getConnectionRow,
  getTeamChannel,
  listConnectionRows,
  teamChannelsOf,
  upsertTeamChannel,
} from './store.ts';
import type { ChatMessage } from './types.ts';

/**
 * A team's chat channel (issue 16: "handovers are posted to the team's channel and acknowledged
 * with a button"): per team and connection, the channel where the handovers of the team's schedules
 * are posted. Admins and responders set it, as they edit teams; everyone signed in reads it.
 */

async function loadTeam(tx: Tx, ref: string) {
  const team = await getTeam(tx, ref);
  if (!team) throw new NotFoundError(`No team ${ref}`, 'team_not_found');
  return team;
}

/** What a platform without channels (Teams: its Workflows webhook has one destination) stores as the team's channel. */
export const NO_CHANNEL = '';

/** Whether the connection's platform has channels to choose; an adapter that is not loaded counts as having them. */
const hasChannels = (conn: ConnectionRow) => capabilitiesOf(conn)?.channels ?? true;

const mayManage = (ctx: Ctx) => ctx.user.role === 'admin' || ctx.user.role === 'responder';

async function view(ctx: Ctx, tx: Tx, teamId: string): Promise<TeamChatView> {
  const manage = mayManage(ctx);
  return {
    channels: (await teamChannelsOf(tx, [teamId])).map((r) => ({
      connectionId: r.connection_id,
      platform: r.platform as ChatPlatformId,
      connectionName: r.connection_name,
      channelId: r.channel_id,
      updatedAt: r.updated_at,
    })),
    connections: manage
      ? (await listConnectionRows(tx)).map((c) => ({
          id: c.id,
          platform: c.platform as ChatPlatformId,
          name: c.name,
          channels: hasChannels(c),
        }))
      : [],
    abilities: { manage },
  };
}

export async function teamChat(ctx: Ctx, ref: string): Promise<TeamChatView> {
  const tx = reader(ctx);
  return view(ctx, tx, (await loadTeam(tx, ref)).id);
}

export async function setTeamChannel(ctx: Ctx, ref: string, input: SetTeamChatChannelBody): Promise<TeamChatView> {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    const team = await loadTeam(tx, ref);
    const conn = await getConnectionRow(tx, input.connectionId);
    if (!conn) throw new NotFoundError(`No chat connection ${input.connectionId}`, 'chat_connection_not_found');
    const label = CHAT_PLATFORM_LABEL[conn.platform as ChatPlatformId] ?? conn.platform;
    // Teams has no channels to name: its handovers go to the Workflows webhook's one destination.
    const channelId = hasChannels(conn) ? input.channelId : NO_CHANNEL;
    if (channelId === undefined)
      throw new InputError(`channelId: ${label} needs the id of the channel where the handovers go`, { field: 'channelId' });
    const before = await getTeamChannel(tx, team.id, conn.id);
    await upsertTeamChannel(tx, {
      team_id: team.id,
      connection_id: conn.id,
      channel_id: channelId,
      set_by: ctx.user.id,
      updated_at: ctx.clock.now().toISOString(),
    });
    await audit(tx, ctx, {
      action: 'chat.team_channel_set',
      target: { type: 'team', id: team.id, label: team.name },
      details: { connectionId: conn.id, connection: conn.name, channelId, previous: before?.channel_id ?? null },
    });
    return view(ctx, tx, team.id);
  });
}

export async function removeTeamChannel(ctx: Ctx, ref: string, connectionId: string): Promise<TeamChatView> {
  requireRole(ctx, 'admin', 'responder');
  return transaction(ctx, async (tx) => {
    const team = await loadTeam(tx, ref);
    const before = await getTeamChannel(tx, team.id, connectionId);
    if (!before)
      throw new NotFoundError(`Team ${team.name} has no channel on chat connection ${connectionId}`, 'chat_connection_not_found');
    await deleteTeamChannel(tx, team.id, connectionId);
    await audit(tx, ctx, {
      action: 'chat.team_channel_removed',
      target: { type: 'team', id: team.id, label: team.name },
      details: { connectionId, channelId: before.channel_id },
    });
    return view(ctx, tx, team.id);
  });
}

const when = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).setLocale('en-GB').toFormat("ccc d LLL HH:mm '('ZZZZ')'");
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The handover as posted: who hands over to whom, the schedule, what the shift left open (counts
 * only — the team's channel may see less than the outgoing person, so no incident is named), the
 * link, and the Acknowledge button (`handover_ack`, the handover's id) that `pressButton` answers.
 */
export function handoverMessage(h: HandoverWritten): ChatMessage {
  const to = h.incoming?.name ?? 'nobody';
  const s = h.summary;
  const open = [
    plural(s.incidents.length, 'open incident', 'open incidents'),
    plural(s.alerts.length, 'unacknowledged alert', 'unacknowledged alerts'),
    ...(s.pagesAvailable ? [plural(s.pages.length, 'page', 'pages')] : []),
  ];
  return {
    text: `On-call handover for ${h.schedule.name}: ${h.outgoing.name} → ${to}`,
    title: `Handover: ${h.schedule.name}`,
    body: `${h.outgoing.name} handed over to ${to} at ${when(h.changedAt, h.schedule.timeZone)}. During the shift (since ${when(h.shiftStart, h.schedule.timeZone)}): ${open.join(', ')}.`,
    fields: [
      { label: 'From', value: h.outgoing.name },
      { label: 'To', value: to },
      { label: 'Schedule', value: h.schedule.name },
      { label: 'Open incidents', value: String(s.incidents.length) },
      { label: 'Unacknowledged alerts', value: String(s.alerts.length) },
      ...(s.pagesAvailable ? [{ label: 'Pages in the shift', value: String(s.pages.length) }] : []),
    ],
    link: { label: 'Read the handover in Firebreak', url: h.link },
    buttons: [{ actionId: 'handover_ack', label: 'Acknowledge', value: h.id, style: 'primary' }],
    context: h.incoming
      ? `${h.incoming.name} acknowledges once they have read it.`
      : 'Nobody took over: someone who manages the schedule acknowledges.',
  };
}

/**
 * The teams a schedule's handovers go to: its own team; a schedule without one belongs to the teams
 * owning the services whose escalation policies page it.
 */
export async function teamsOfSchedule(tx: Tx, schedule: HandoverWritten['schedule']): Promise<string[]> {
  if (schedule.teamId) return [schedule.teamId];
  return teamsOfServicesUsingPolicies(tx, await policiesPagingSchedule(tx, schedule.id));
}

/** In the handover's transaction: one post per connection and distinct channel of those teams. */
export async function postHandover(tx: Tx, deps: Deps, h: HandoverWritten): Promise<void> {
  const rows = await teamChannelsOf(tx, await teamsOfSchedule(tx, h.schedule));
  const message = handoverMessage(h);
  for (const r of rows) {
    const conn = await getConnectionRow(tx, r.connection_id);
    const caps = conn && capabilitiesOf(conn);
    if (!caps) continue;
    // A platform without channels (Teams' Workflows webhook) posts to its only destination.
    const payload: HandoverPost = { target: 'team', channelId: caps.channels ? r.channel_id : null, message };
    await queueStream(tx, deps, r.connection_id, { handoverId: h.id }, [{ op: 'post', payload, key: `handover:${h.id}:${r.channel_id}` }]);
  }
}

/** Registers the handover listener; called once from buildApp. */
export function registerChatHandoverHooks(): void {
  onHandoverWritten('chatops', postHandover);
}

import type { ChatConnectionView, ChatPlatformId, ChatTestResult, IncidentChatView } from '@firebreak/shared';
import type { Config } from '../config.ts';
import { settingsOf } from './connections.ts';
import type { ChannelRow, ConnectionRow } from './store.ts';

/** The URLs an admin pastes into the platform's app settings, from FIREBREAK_PUBLIC_URL. */
export function endpointsOf(config: Pick<Config, 'publicUrl'>, platform: ChatPlatformId, id: string): { label: string; url: string }[] {
  const base = `${config.publicUrl.replace(/\/+$/, '')}/api/v1/chat`;
  switch (platform) {
    case 'slack':
      return [
        { label: 'Slash command Request URL', url: `${base}/slack/commands` },
        { label: 'Interactivity Request URL', url: `${base}/slack/interactivity` },
        { label: 'Event Subscriptions Request URL', url: `${base}/slack/events` },
      ];
    case 'mattermost':
      return [
        { label: 'Slash command Request URL', url: `${base}/mattermost/commands` },
        { label: 'Interactive message actions URL', url: `${base}/mattermost/actions` },
        { label: 'Outgoing webhook callback URL', url: `${base}/mattermost/messages` },
      ];
    case 'teams':
      return [{ label: 'Outgoing webhook callback URL', url: `${base}/teams/${id}/messages` }];
  }
}

/** A connection without its secrets: only the names of those stored. */
export function presentConnection(config: Pick<Config, 'publicUrl'>, row: ConnectionRow): ChatConnectionView {
  const platform = row.platform as ChatPlatformId;
  return {
    id: row.id,
    platform,
    name: row.name,
    externalTeamId: row.external_team_id,
    settings: settingsOf(row),
    apiBaseUrl: row.api_base_url,
    secretsSet: JSON.parse(row.secret_names) as string[],
    lastTest: row.last_test ? (JSON.parse(row.last_test) as ChatTestResult) : null,
    endpoints: endpointsOf(config, platform, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const presentChannels = (rows: (ChannelRow & { platform: string })[]): IncidentChatView => ({
  channels: rows.map((r) => ({
    connectionId: r.connection_id,
    platform: r.platform as ChatPlatformId,
    channelId: r.channel_id,
    channelName: r.channel_name,
    mirror: !!r.mirror,
    archivedAt: r.archived_at,
  })),
});

import type { TrackerKind, TrackerLinkView, TrackerView } from '@firebreak/shared';
import type { Config } from '../config.ts';
import { clients } from './clients.ts';
import type { ConnectionWithTeam, LinkRow } from './store.ts';

export const webhookUrl = (config: Pick<Config, 'publicUrl'>, id: string) => `${config.publicUrl}/api/v1/trackers/${id}/webhook`;

/** A connection without its secrets: the last four characters of the credential, whether a webhook secret is set. */
export function presentTracker(config: Pick<Config, 'publicUrl'>, row: ConnectionWithTeam, manage: boolean): TrackerView {
  const settings = JSON.parse(row.settings) as Record<string, string>;
  return {
    id: row.id,
    team: { id: row.team_id, name: row.team_name },
    kind: row.kind as TrackerKind,
    target: clients[row.kind as TrackerKind].target(settings),
    settings,
    tokenLast4: row.token_last4,
    webhookUrl: webhookUrl(config, row.id),
    hasWebhookSecret: !!row.webhook_secret_sealed,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    abilities: { manage },
  };
}

export const presentLink = (l: LinkRow & { kind: string }): TrackerLinkView => ({
  actionId: l.action_id,
  trackerId: l.connection_id,
  kind: l.kind as TrackerKind,
  state: l.state as TrackerLinkView['state'],
  key: l.external_key,
  url: l.external_url,
  externalStatus: (l.external_status as TrackerLinkView['externalStatus']) ?? null,
  error: l.last_error,
  requestedAt: l.requested_at,
  syncedAt: l.synced_at,
});

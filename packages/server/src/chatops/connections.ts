import { DEFAULT_CHAT_SETTINGS } from '@firebreak/shared';
import type { Deps } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError } from '../platform/errors.ts';
import { credentialKey, SecretKeyMissing, seal, unseal } from '../platform/secrets.ts';
import { type ConnectionRow, connectionsOfPlatform, getConnectionRow, insertReplayKey } from './store.ts';
import type { ChatConnection, ChatPlatform, ChatSettings } from './types.ts';

/** Replay keys are kept this long: long enough for any platform's retries, short enough to stay small. */
export const REPLAY_WINDOW_MS = 60 * 60 * 1000;

/** The encryption key, or the 409 that tells an operator what to configure (like trackers/). */
export function keyFor(deps: Pick<Deps, 'config' | 'dialect'>): Buffer {
  try {
    return credentialKey(deps.config, deps.dialect);
  } catch (err) {
    if (err instanceof SecretKeyMissing) throw new ConflictError(err.message, undefined, 'secret_key_missing');
    throw err;
  }
}

export const sealSecrets = (deps: Pick<Deps, 'config' | 'dialect'>, connectionId: string, secrets: Record<string, string>) =>
  seal(keyFor(deps), JSON.stringify(secrets), `${connectionId}:chat-secrets`);

export const unsealSecrets = (deps: Pick<Deps, 'config' | 'dialect'>, row: Pick<ConnectionRow, 'id' | 'secrets_sealed'>) =>
  row.secrets_sealed ? (JSON.parse(unseal(keyFor(deps), row.secrets_sealed, `${row.id}:chat-secrets`)) as Record<string, string>) : {};

export const settingsOf = (row: Pick<ConnectionRow, 'settings'>): ChatSettings => ({
  ...DEFAULT_CHAT_SETTINGS,
  ...(JSON.parse(row.settings) as Partial<ChatSettings>),
});

/** A stored connection as adapters and the core use it: secrets unsealed (never presented by any route). */
export function toConnection(deps: Pick<Deps, 'config' | 'dialect'>, row: ConnectionRow): ChatConnection {
  return {
    id: row.id,
    platform: row.platform as ChatPlatform,
    name: row.name,
    externalTeamId: row.external_team_id,
    secrets: unsealSecrets(deps, row),
    settings: settingsOf(row),
    apiBaseUrl: row.api_base_url,
  };
}

/** A connection by id; null when unknown or deleted. */
export async function getConnection(deps: Deps, id: string): Promise<ChatConnection | null> {
  const row = await getConnectionRow(reader(deps), id);
  return row ? toConnection(deps, row) : null;
}

/**
 * The connection inbound requests of a workspace belong to: the one whose `externalTeamId` is the
 * one named, else the platform's only connection without one. Null for an unknown workspace (the
 * adapter answers a clear error).
 */
export async function findConnection(deps: Deps, platform: ChatPlatform, externalTeamId: string | null): Promise<ChatConnection | null> {
  const rows = await connectionsOfPlatform(reader(deps), platform);
  const exact = externalTeamId !== null ? rows.find((r) => r.external_team_id === externalTeamId) : undefined;
  if (exact) return toConnection(deps, exact);
  const open = rows.filter((r) => r.external_team_id === null);
  return open.length === 1 ? toConnection(deps, open[0]) : null;
}

/** Replay guard: true the first time a key is seen for a connection within the last hour, false after. */
export async function firstSeen(deps: Deps, connectionId: string, key: string): Promise<boolean> {
  const now = deps.clock.now();
  return transaction(deps, (tx) =>
    insertReplayKey(tx, connectionId, key.slice(0, 500), now.toISOString(), new Date(now.getTime() - REPLAY_WINDOW_MS).toISOString()),
  );
}

import type { TrackerKind } from '@firebreak/shared';
import type { Deps } from '../platform/context.ts';
import { ConflictError } from '../platform/errors.ts';
import { credentialKey, SecretKeyMissing, seal, unseal } from '../platform/secrets.ts';
import type { Connection } from './client.ts';
import type { ConnectionRow } from './store.ts';

/** The encryption key, or the 409 that tells an operator what to configure. */
export function keyFor(deps: Pick<Deps, 'config' | 'dialect'>): Buffer {
  try {
    return credentialKey(deps.config, deps.dialect);
  } catch (err) {
    if (err instanceof SecretKeyMissing) throw new ConflictError(err.message, undefined, 'secret_key_missing');
    throw err;
  }
}

export const sealToken = (deps: Pick<Deps, 'config' | 'dialect'>, connectionId: string, token: string) =>
  seal(keyFor(deps), token, `${connectionId}:token`);
export const sealWebhookSecret = (deps: Pick<Deps, 'config' | 'dialect'>, connectionId: string, secret: string) =>
  seal(keyFor(deps), secret, `${connectionId}:webhook`);

/** A stored connection with its credential decrypted, for the tracker clients (never presented). */
export function connectionOf(deps: Pick<Deps, 'config' | 'dialect'>, row: ConnectionRow): Connection {
  return {
    id: row.id,
    kind: row.kind as TrackerKind,
    settings: JSON.parse(row.settings) as Record<string, string>,
    token: unseal(keyFor(deps), row.token_sealed, `${row.id}:token`),
  };
}

export const webhookSecretOf = (deps: Pick<Deps, 'config' | 'dialect'>, row: ConnectionRow): string | null =>
  row.webhook_secret_sealed ? unseal(keyFor(deps), row.webhook_secret_sealed, `${row.id}:webhook`) : null;

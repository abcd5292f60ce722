import {
  CHAT_PLATFORM_LABEL,
  CHAT_SECRET_NAMES,
  type ChatPlatformId,
  type ChatTestResult,
  type CreateChatConnectionBody,
  DEFAULT_CHAT_SETTINGS,
  type UpdateChatConnectionBody,
} from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import { formatRef, loadIncident } from '../incidents/index.ts';
import { requireRole } from '../platform/auth.ts';
import type { Ctx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { InputError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { sealSecrets, settingsOf, toConnection, unsealSecrets } from './connections.ts';
import { clientFor } from './platforms.ts';
import { type ConnectionRow, getConnectionRow, insertConnection, setMirror, updateConnectionRow } from './store.ts';
import { ChatApiError, type ChatCapabilities } from './types.ts';

/** Connections are admins' business: they carry the bot's credentials for a whole workspace. */

export async function findChatConnection(ctx: Ctx, id: string): Promise<ConnectionRow> {
  requireRole(ctx, 'admin');
  const row = await getConnectionRow(reader(ctx), id);
  if (!row) throw new NotFoundError(`No chat connection ${id}`, 'chat_connection_not_found');
  return row;
}

/** What the adapter says the platform allows, stored so the timeline listener needs no secrets. */
function capabilitiesJson(ctx: Ctx, row: ConnectionRow): string | null {
  try {
    return JSON.stringify(clientFor(toConnection(ctx, row)).capabilities satisfies ChatCapabilities);
  } catch {
    return null;
  }
}

const label = (row: Pick<ConnectionRow, 'platform' | 'name'>) => `${CHAT_PLATFORM_LABEL[row.platform as ChatPlatformId]} ${row.name}`;

export async function createChatConnection(ctx: Ctx, input: CreateChatConnectionBody): Promise<string> {
  requireRole(ctx, 'admin');
  return transaction(ctx, async (tx) => {
    const id = newId();
    const now = ctx.clock.now().toISOString();
    const names = [...CHAT_SECRET_NAMES[input.platform]];
    const row: ConnectionRow = {
      id,
      platform: input.platform,
      name: input.name,
      external_team_id: input.externalTeamId ?? null,
      settings: JSON.stringify({ ...DEFAULT_CHAT_SETTINGS, ...input.settings }),
      api_base_url: input.apiBaseUrl ?? null,
      secrets_sealed: sealSecrets(ctx, id, input.secrets),
      secret_names: JSON.stringify(names.filter((n) => input.secrets[n])),
      last_test: null,
      capabilities: null,
      created_by: ctx.user.id,
      created_at: now,
      updated_at: now,
      disabled_at: null,
    };
    row.capabilities = capabilitiesJson(ctx, row);
    await insertConnection(tx, row);
    await audit(tx, ctx, {
      action: 'chat_connection.created',
      target: { type: 'chat_connection', id, label: label(row) },
      details: { platform: input.platform, name: input.name, externalTeamId: row.external_team_id, secrets: JSON.parse(row.secret_names) },
    });
    return id;
  });
}

export async function updateChatConnection(ctx: Ctx, id: string, input: UpdateChatConnectionBody): Promise<string> {
  const row = await findChatConnection(ctx, id);
  const platform = row.platform as ChatPlatformId;
  const known = CHAT_SECRET_NAMES[platform];
  const unknown = Object.keys(input.secrets ?? {}).filter((n) => !known.includes(n));
  if (unknown.length)
    throw new InputError(`secrets: ${CHAT_PLATFORM_LABEL[platform]} has no secret ${unknown.join(', ')}; expected ${known.join(', ')}`, {
      field: 'secrets',
    });
  return transaction(ctx, async (tx) => {
    const patch: Partial<ConnectionRow> = {};
    const changed: string[] = [];
    if (input.name !== undefined && input.name !== row.name) {
      patch.name = input.name;
      changed.push('name');
    }
    if (input.externalTeamId !== undefined && input.externalTeamId !== row.external_team_id) {
      patch.external_team_id = input.externalTeamId;
      changed.push('externalTeamId');
    }
    if (input.apiBaseUrl !== undefined && input.apiBaseUrl !== row.api_base_url) {
      patch.api_base_url = input.apiBaseUrl;
      changed.push('apiBaseUrl');
    }
    if (input.settings && Object.keys(input.settings).length) {
      patch.settings = JSON.stringify({ ...settingsOf(row), ...input.settings });
      changed.push(...Object.keys(input.settings).map((k) => `settings.${k}`));
    }
    if (input.secrets && Object.keys(input.secrets).length) {
      const secrets = { ...unsealSecrets(ctx, row), ...input.secrets };
      patch.secrets_sealed = sealSecrets(ctx, id, secrets);
      patch.secret_names = JSON.stringify(known.filter((n) => secrets[n]));
      changed.push(...Object.keys(input.secrets).map((k) => `secret ${k}`));
    }
    if (!changed.length) return id;
    patch.updated_at = ctx.clock.now().toISOString();
    const next = { ...row, ...patch };
    patch.capabilities = capabilitiesJson(ctx, next) ?? row.capabilities;
    await updateConnectionRow(tx, id, patch);
    await audit(tx, ctx, {
      action: 'chat_connection.updated',
      target: { type: 'chat_connection', id, label: label(next) },
      details: { changed },
    });
    return id;
  });
}

/** Removes a connection: its secrets are erased; nothing more is sent, and its channels stay as they are. */
export async function deleteChatConnection(ctx: Ctx, id: string): Promise<void> {
  const row = await findChatConnection(ctx, id);
  await transaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    await updateConnectionRow(tx, id, { disabled_at: now, secrets_sealed: '', secret_names: '[]', updated_at: now });
    await audit(tx, ctx, {
      action: 'chat_connection.deleted',
      target: { type: 'chat_connection', id, label: label(row) },
      details: { platform: row.platform },
    });
  });
}

/** "Test the connection": the adapter's cheap documented call with the stored credentials; a refusal is an answer, not an error. */
export async function testChatConnection(ctx: Ctx, id: string): Promise<ChatTestResult> {
  const row = await findChatConnection(ctx, id);
  const at = ctx.clock.now().toISOString();
  let result: ChatTestResult;
  let capabilities: string | null = null;
  try {
    const client = clientFor(toConnection(ctx, row));
    capabilities = JSON.stringify(client.capabilities);
    result = { ok: true, message: await client.test(), at };
  } catch (err) {
    const message =
      err instanceof ChatApiError
        ? err.message
        : `Could not reach ${CHAT_PLATFORM_LABEL[row.platform as ChatPlatformId]}: ${err instanceof Error ? err.message : String(err)}`;
    result = { ok: false, message: message.slice(0, 500), at };
  }
  await transaction(ctx, (tx) =>
    updateConnectionRow(tx, id, { last_test: JSON.stringify(result), ...(capabilities ? { capabilities } : {}) }),
  );
  return result;
}

/** Mirroring of an incident's channels on or off: who may edit the incident. */
export async function setIncidentMirroring(ctx: Ctx, ref: string, mirror: boolean): Promise<string> {
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'update', { forUpdate: true });
    await setMirror(tx, incident.id, mirror);
    await audit(tx, ctx, {
      action: 'chat.mirroring_changed',
      target: { type: 'incident', id: incident.id, label: formatRef(incident.number) },
      details: { mirror },
    });
    return incident.id;
  });
}

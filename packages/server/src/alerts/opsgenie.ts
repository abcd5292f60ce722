import { randomUUID } from 'node:crypto';
import { type Deps, reader, type Tx, transaction } from '../platform/context.ts';
import { type KnownIntegration, scopeOf } from './ingest.ts';
import { alertsChanged } from './live.ts';
import { alertInScope, insertAlertEvent, openAlertOf } from './store.ts';

/**
 * The parts of Opsgenie's Alert API beyond create / close / acknowledge / notes that real clients
 * call: the message and description updates Alertmanager's Opsgenie notifier sends with
 * `update_alerts: true`, and the request status (`GET /v2/alerts/requests/{requestId}`) that
 * opsgenie-go-sdk-v2's `RetrieveStatus` and opsgenie-python-sdk's `get_request_status` poll.
 */

/**
 * The integration key of an Opsgenie API request, in any of the three forms Opsgenie's API documents:
 * `Authorization: GenieKey <key>`, `Authorization: Basic <base64>` (of the key itself, or curl's
 * `--user ':<key>'` / `--user '<key>:'`: the password, else the user name), or the `apiKey` query parameter.
 */
export function opsgenieKey(authorization: string | undefined, url: string): string | null {
  const header = /^(GenieKey|Basic)\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (header?.[1].toLowerCase() === 'geniekey') return header[2];
  if (header) {
    const decoded = Buffer.from(header[2], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return (colon < 0 ? decoded : decoded.slice(colon + 1) || decoded.slice(0, colon)) || null;
  }
  const query = url.indexOf('?');
  return query < 0 ? null : new URLSearchParams(url.slice(query + 1)).get('apiKey') || null;
}

/** Opsgenie's action names, as its request status reports them. */
export type OgAction = 'Create' | 'Close' | 'Acknowledge' | 'AddNote' | 'UpdateMessage' | 'UpdateDescription';

/** How long a request's status can be asked for (Opsgenie keeps it for days too). */
export const REQUEST_STATUS_DAYS = 3;

/**
 * Records what an accepted request did under `requestId` (a fresh UUID, like Opsgenie's), in the
 * transaction that records the request itself: the row commits with the request's event, so a
 * status query right after the 202 finds it, and it costs no commit of its own. Older records are
 * removed now and then (1 call in 200).
 */
export async function insertRequestStatus(
  tx: Tx,
  now: Date,
  integration: KnownIntegration,
  requestId: string,
  action: OgAction,
  alertId: string | null,
  alias: string | null,
): Promise<void> {
  await tx.db
    .insertInto('opsgenie_requests')
    .values({
      request_id: requestId,
      integration_id: integration.id,
      action,
      alert_id: alertId,
      alias: alias === null ? null : alias.slice(0, 512),
      processed_at: now.toISOString(),
    })
    .execute();
  if (Math.random() < 1 / 200) {
    const before = new Date(now.getTime() - REQUEST_STATUS_DAYS * 86_400_000).toISOString();
    await tx.db.deleteFrom('opsgenie_requests').where('processed_at', '<', before).execute();
  }
}

/** `insertRequestStatus` in a transaction of its own, for a request that wrote nothing else (`identifierType=tiny`). */
export async function recordRequest(deps: Deps, integration: KnownIntegration, action: OgAction): Promise<string> {
  const requestId = randomUUID();
  await transaction(deps, (tx) => insertRequestStatus(tx, deps.clock.now(), integration, requestId, action, null, null));
  return requestId;
}

const DONE: Record<OgAction, string> = {
  Create: 'Created alert',
  Close: 'Closed alert',
  Acknowledge: 'Acknowledged alert',
  AddNote: 'Added note',
  UpdateMessage: 'Updated message',
  UpdateDescription: 'Updated description',
};

/** Opsgenie's AlertRequestStatus of a request of this integration, or null (unknown, expired or another integration's). */
export async function requestStatus(deps: Deps, integration: KnownIntegration, requestId: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(requestId)) return null;
  const row = await reader(deps)
    .db.selectFrom('opsgenie_requests')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('integration_id', '=', integration.id)
    .executeTakeFirst();
  if (!row) return null;
  const success = row.alert_id !== null;
  return {
    success,
    action: row.action,
    processedAt: row.processed_at,
    integrationId: integration.id,
    isSuccess: success,
    status: success ? (DONE[row.action as OgAction] ?? 'Processed') : 'Alert does not exist',
    alertId: row.alert_id ?? '',
    alias: row.alias ?? '',
  };
}

/**
 * Changes the message (Firebreak: the title) or description of the open alert with this alias (or
 * id), recording the request in its history; null when there is none (accepted and dropped, like
 * close and acknowledge). `then` writes what else the request records (its status row) in the same
 * transaction. Committed before the caller answers.
 */
export async function updateAlertText(
  deps: Deps,
  integration: KnownIntegration,
  identifier: string,
  byId: boolean,
  patch: { message?: string; description?: string },
  payload: unknown,
  then: (tx: Tx, updated: { id: string; alias: string } | null) => Promise<void>,
): Promise<{ id: string; alias: string } | null> {
  const scope = scopeOf(integration);
  return transaction(deps, async (tx) => {
    const updated = await updateText(tx, deps.clock.now().toISOString(), scope, identifier, byId, patch, payload);
    await then(tx, updated);
    return updated;
  });
}

async function updateText(
  tx: Tx,
  now: string,
  scope: string,
  identifier: string,
  byId: boolean,
  patch: { message?: string; description?: string },
  payload: unknown,
): Promise<{ id: string; alias: string } | null> {
  const found = byId ? await alertInScope(tx, scope, identifier) : await openAlertOf(tx, scope, identifier);
  if (!found || found.resolved_at) return null;
  const set: { title?: string; description?: string; last_seen_at: string } = { last_seen_at: now };
  if (patch.message !== undefined) set.title = patch.message;
  if (patch.description !== undefined) set.description = patch.description;
  const updated = await tx.db
    .updateTable('alerts')
    .set(set)
    .where('id', '=', found.id)
    .where('resolved_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!updated) return null;
  await insertAlertEvent(tx, found.id, patch.message !== undefined ? 'update_message' : 'update_description', now, JSON.stringify(payload));
  alertsChanged(tx, [found.id]);
  return { id: found.id, alias: found.dedup_key };
}

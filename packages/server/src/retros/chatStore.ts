import type { ChatAuthor, UserRole } from '@firebreak/shared';
import type { Actor, Tx } from '../platform/context.ts';
import type { TimelineEntryView } from '../timeline/present.ts';
import type { IncidentKey } from '../timeline/record.ts';

// Both databases take this many bound values per statement comfortably (SQLite ≥ 3.32: 32766).
const CHUNK = 900;

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/**
 * The keys of the chat messages already imported into an incident. One query for all of them: far
 * cheaper than many `key IN (…)` lookups, even for a re-import of a large export.
 */
export async function knownChatKeys(tx: Tx, incidentId: string): Promise<Set<string>> {
  const rows = await tx.db.selectFrom('chat_message_keys').select('key').where('incident_id', '=', incidentId).execute();
  return new Set(rows.map((r) => r.key));
}

/** Remembers imported messages, many rows per statement, in key order (B-tree appends, not random inserts). */
export async function insertChatKeys(tx: Tx, rows: { incident_id: string; key: string; entry_id: number }[]): Promise<void> {
  const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const part of chunks(sorted, 1000)) await tx.db.insertInto('chat_message_keys').values(part).execute();
}

/**
 * Firebreak users behind chat authors: by e-mail (key: the e-mail), else by a name that exactly one
 * active user has (key: `name:<lowercase name>`).
 */
export async function matchUsers(tx: Tx, authors: ChatAuthor[]): Promise<Map<string, Actor>> {
  const emails = [...new Set(authors.flatMap((a) => (a.email ? [a.email.toLowerCase()] : [])))];
  const names = [...new Set(authors.map((a) => a.name.toLowerCase()))];
  const out = new Map<string, Actor>();
  const toActor = (u: { id: string; email: string; name: string; role: string }): Actor => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role as UserRole,
  });
  for (const part of chunks(emails, CHUNK)) {
    const rows = await tx.db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role'])
      .where('email', 'in', part)
      .where('disabled_at', 'is', null)
      .execute();
    for (const u of rows) out.set(u.email, toActor(u));
  }
  for (const part of chunks(names, CHUNK)) {
    const rows = await tx.db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role'])
      .where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'in', part), eb('email', 'in', part)]))
      .where('disabled_at', 'is', null)
      .execute();
    const byName = new Map<string, (typeof rows)[number][]>();
    for (const u of rows) {
      for (const k of new Set([u.name.toLowerCase(), u.email])) byName.set(k, [...(byName.get(k) ?? []), u]);
    }
    for (const [k, us] of byName) if (us.length === 1 && part.includes(k)) out.set(`name:${k}`, toActor(us[0]));
  }
  return out;
}

export type ChatEntryInput = { actor: Actor | null; body: string; occurredAt: string; data: Record<string, unknown> };

/**
 * Writes many `chat` timeline entries with multi-row INSERTs, in the caller's transaction, and
 * queues their bus events exactly as timeline/record.ts#record() does for one entry (same row
 * shape: chat is war-room only, `internal`). One INSERT per entry through record() reached about
 * 17k messages/s; this keeps a 50,000-message import inside the 20k/s budget.
 * Ids come back from RETURNING in no promised order, but each statement assigns them in VALUES
 * order (autoincrement / nextval per row), so sorted ids match the rows in order.
 */
export async function insertChatEntries(
  tx: Tx,
  incident: IncidentKey,
  recordedAt: string,
  inputs: ChatEntryInput[],
): Promise<TimelineEntryView[]> {
  const views: TimelineEntryView[] = [];
  for (const part of chunks(inputs, 500)) {
    const rows = part.map((e) => ({
      incident_id: incident.id,
      kind: 'chat',
      actor_id: e.actor?.id ?? null,
      body: e.body,
      data: JSON.stringify(e.data),
      visibility: 'internal',
      occurred_at: e.occurredAt,
      recorded_at: recordedAt,
      pinned: 0,
    }));
    const ids = (await tx.db.insertInto('timeline_entries').values(rows).returning('id').execute())
      .map((r) => Number(r.id))
      .sort((a, b) => a - b);
    for (const [i, e] of part.entries()) {
      const view: TimelineEntryView = {
        id: ids[i],
        kind: 'chat',
        actor: e.actor ? { id: e.actor.id, name: e.actor.name } : null,
        body: e.body,
        data: e.data,
        visibility: 'internal',
        occurredAt: e.occurredAt,
        recordedAt,
        pinned: false,
      };
      views.push(view);
      tx.events.push({
        type: 'timeline',
        incidentId: incident.id,
        incidentNumber: incident.number,
        private: !!incident.private,
        entry: view,
      });
    }
  }
  return views;
}

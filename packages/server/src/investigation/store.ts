import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ChatAuthor, UserRole } from '@firebreak/shared';
import type { Actor, Tx } from '../platform/context.ts';

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
  for (const part of chunks(sorted, 1000)) {
    await tx.db.insertInto('chat_message_keys').values(part).execute();
    await nextTurn(); // a large import lets other requests in between statements
  }
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

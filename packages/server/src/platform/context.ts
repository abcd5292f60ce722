import type { TokenScope, UserRole } from '@firebreak/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { Bus, BusEvent } from './bus.ts';
import type { Clock } from './clock.ts';
import { groupCommitterFor } from './db/groupCommit.ts';
import { type Dialect, readDbFor } from './db/index.ts';
import type { DB } from './db/schema.ts';

/** Long-lived dependencies, built once in main.ts (or per test). */
export type Deps = { db: Kysely<DB>; dialect: Dialect; clock: Clock; bus: Bus; config: Config };

/** The authenticated person making a request. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  /** The role this request acts with: the person's role, capped by the token's scope. */
  role: UserRole;
  /** How the request signed in (absent for work the system does on someone's behalf). */
  credential?: { kind: 'token'; id: string; scope: TokenScope } | { kind: 'session'; id: string };
};

/** Where a request came from: the client address as Fastify resolves it (proxies per its config) and the User-Agent. */
export type RequestInfo = { ip: string | null; userAgent: string | null };

/** Per-request context handed to commands; `request` is set for HTTP requests (the audit log records it). */
export type Ctx = Deps & { user: Actor; request?: RequestInfo };

/**
 * A unit of work: queries run on `db`; `events` are published after commit. `write` is true inside
 * a transaction (reads there must not use caches).
 */
export type Tx = { db: Kysely<DB> | Transaction<DB>; dialect: Dialect; events: BusEvent[]; write?: boolean };

/** Timeline events of one incident within one transaction become one event (a chat import writes thousands). */
function coalesce(events: BusEvent[]): BusEvent[] {
  const out: BusEvent[] = [];
  const byIncident = new Map<string, Extract<BusEvent, { type: 'timeline' }>>();
  const seen = new Set<string>();
  for (const e of events) {
    if (e.type === 'timeline') {
      const prev = byIncident.get(e.incidentId);
      if (prev) {
        prev.firstId = Math.min(prev.firstId, e.firstId);
        prev.lastId = Math.max(prev.lastId, e.lastId);
        for (const [k, n] of Object.entries(e.kinds)) prev.kinds[k] = (prev.kinds[k] ?? 0) + n;
        continue;
      }
      const copy = { ...e, kinds: { ...e.kinds } };
      byIncident.set(e.incidentId, copy);
      out.push(copy);
      continue;
    }
    const key = JSON.stringify(e);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/**
 * Runs `fn` in one database transaction; its bus events are sent to other instances inside it (so
 * only if it commits) and published here once it committed. On SQLite, concurrent transactions
 * share one durable commit (group commit), each in its own savepoint.
 */
export async function transaction<T>(deps: Deps, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const run = async (db: Kysely<DB> | Transaction<DB>) => {
    const tx: Tx = { db, dialect: deps.dialect, events: [], write: true };
    const result = await fn(tx);
    const events = coalesce(tx.events);
    for (const n of deps.bus.notifications(events)) await sql`select pg_notify(${n.channel}, ${n.payload})`.execute(db);
    return { result, events };
  };
  const { result, events } =
    deps.dialect === 'sqlite' ? await groupCommitterFor(deps.db).run(run) : await deps.db.transaction().execute(run);
  deps.bus.publish(events);
  return result;
}

/** Read-only access outside a transaction (on SQLite, its own connection, so reads never wait for a commit). */
export const reader = (deps: Pick<Deps, 'db' | 'dialect'>): Tx => ({ db: readDbFor(deps.db), dialect: deps.dialect, events: [] });

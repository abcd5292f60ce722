import type { UserRole } from '@firebreak/shared';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { Bus, BusEvent } from './bus.ts';
import type { Clock } from './clock.ts';
import type { Dialect } from './db/index.ts';
import type { DB } from './db/schema.ts';

/** Long-lived dependencies, built once in main.ts (or per test). */
export type Deps = { db: Kysely<DB>; dialect: Dialect; clock: Clock; bus: Bus; config: Config };

/** The authenticated person making a request. */
export type Actor = { id: string; email: string; name: string; role: UserRole };

/** Per-request context handed to commands. */
export type Ctx = Deps & { user: Actor };

/** A unit of work: queries run on `db` inside one transaction; `events` are published after commit. */
export type Tx = { db: Kysely<DB> | Transaction<DB>; dialect: Dialect; events: BusEvent[] };

/** Runs `fn` in one database transaction and publishes its bus events only once it committed. */
export async function transaction<T>(deps: Deps, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const events: BusEvent[] = [];
  const result = await deps.db.transaction().execute((db) => fn({ db, dialect: deps.dialect, events }));
  for (const e of events) deps.bus.publish(e);
  return result;
}

/** Read-only access outside a transaction. */
export const reader = (deps: Deps): Tx => ({ db: deps.db, dialect: deps.dialect, events: [] });

import { sql } from 'kysely';
import type { Tx } from '../context.ts';

/**
 * Serialises writers of one kind for the rest of the transaction: on PostgreSQL a transaction-scoped
 * advisory lock on the name (several instances and connections take turns instead of deadlocking on
 * rows locked in different orders); SQLite has one writer already.
 */
export async function lockFor(tx: Tx, name: string): Promise<void> {
  if (tx.dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(tx.db);
}

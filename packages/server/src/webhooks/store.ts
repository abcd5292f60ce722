import type { Selectable } from 'kysely';
import type { Tx } from '../platform/context.ts';
import type { WebhookAttemptsTable, WebhookDeliveriesTable, WebhookDestinationsTable } from '../platform/db/schema.ts';

// The SQL of outbound webhooks and chat: destinations, per-incident streams, deliveries, attempts.

export type DestinationRow = Selectable<WebhookDestinationsTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;
export type AttemptRow = Selectable<WebhookAttemptsTable>;

export const listDestinations = (tx: Tx) => tx.db.selectFrom('webhook_destinations').selectAll().orderBy('name').orderBy('id').execute();
export const enabledDestinations = (tx: Tx) =>
  tx.db.selectFrom('webhook_destinations').selectAll().where('enabled', '=', 1).orderBy('id').execute();
export const getDestination = (tx: Tx, id: string) =>
  tx.db.selectFrom('webhook_destinations').selectAll().where('id', '=', id).executeTakeFirst();
export const insertDestination = (tx: Tx, row: DestinationRow) => tx.db.insertInto('webhook_destinations').values(row).execute();
export const updateDestination = (tx: Tx, id: string, patch: Partial<DestinationRow>) =>
  tx.db.updateTable('webhook_destinations').set(patch).where('id', '=', id).execute();
export const deleteDestination = (tx: Tx, id: string) => tx.db.deleteFrom('webhook_destinations').where('id', '=', id).execute();

/** Pending, delivered and dead counts per destination. */
export const deliveryCounts = (tx: Tx) =>
  tx.db
    .selectFrom('webhook_deliveries')
    .select((eb) => ['destination_id', 'state', eb.fn.countAll<number | string>().as('n')])
    .groupBy(['destination_id', 'state'])
    .execute();

/**
 * Takes the next sequence numbers of a destination's stream (creating it) under a row lock on
 * PostgreSQL (SQLite serialises writers), and says whether a delivery job must be scheduled.
 */
export async function reserveSequence(tx: Tx, destinationId: string, stream: string, count: number) {
  await tx.db
    .insertInto('webhook_streams')
    .values({ destination_id: destinationId, stream, next_seq: 1, scheduled: 0 })
    .onConflict((oc) => oc.columns(['destination_id', 'stream']).doNothing())
    .execute();
  const row = await lockStream(tx, destinationId, stream);
  await tx.db
    .updateTable('webhook_streams')
    .set({ next_seq: row.next_seq + count, scheduled: 1 })
    .where('destination_id', '=', destinationId)
    .where('stream', '=', stream)
    .execute();
  return { first: row.next_seq, wasScheduled: row.scheduled === 1 };
}

export async function lockStream(tx: Tx, destinationId: string, stream: string) {
  let q = tx.db.selectFrom('webhook_streams').selectAll().where('destination_id', '=', destinationId).where('stream', '=', stream);
  if (tx.dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirstOrThrow();
}

export const setStreamScheduled = (tx: Tx, destinationId: string, stream: string, scheduled: boolean) =>
  tx.db
    .updateTable('webhook_streams')
    .set({ scheduled: scheduled ? 1 : 0 })
    .where('destination_id', '=', destinationId)
    .where('stream', '=', stream)
    .execute();

/** Streams of a destination that have deliveries waiting but no job (after it is turned back on). */
export const idleStreamsWithPending = (tx: Tx, destinationId: string) =>
  tx.db
    .selectFrom('webhook_streams')
    .select('stream')
    .where('destination_id', '=', destinationId)
    .where('scheduled', '=', 0)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('webhook_deliveries')
          .select('id')
          .whereRef('webhook_deliveries.destination_id', '=', 'webhook_streams.destination_id')
          .whereRef('webhook_deliveries.stream', '=', 'webhook_streams.stream')
          .where('webhook_deliveries.state', '=', 'pending'),
      ),
    )
    .execute();

/** Entries of these ids a destination already has deliveries for (a fan-out that runs twice adds nothing). */
export const deliveredEntryIds = async (tx: Tx, destinationId: string, entryIds: number[]) =>
  entryIds.length
    ? new Set(
        (
          await tx.db
            .selectFrom('webhook_deliveries')
            .select('entry_id')
            .where('destination_id', '=', destinationId)
            .where('entry_id', 'in', entryIds)
            .execute()
        ).map((r) => Number(r.entry_id)),
      )
    : new Set<number>();

export const insertBatch = (tx: Tx, incidentId: string, firstId: number, lastId: number) =>
  tx.db
    .insertInto('webhook_batches')
    .values({ incident_id: incidentId, first_id: firstId, last_id: lastId })
    .onConflict((oc) => oc.columns(['incident_id', 'first_id']).doNothing())
    .execute();

/**
 * The incident's batches up to this one, oldest first, locked on PostgreSQL: a fan-out of a later
 * batch waits for one of an earlier batch running at the same time, and then skips what it deleted.
 */
export function takeBatches(tx: Tx, incidentId: string, upToFirstId: number) {
  let q = tx.db
    .selectFrom('webhook_batches')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('first_id', '<=', upToFirstId)
    .orderBy('first_id');
  if (tx.dialect === 'postgres') q = q.forUpdate();
  return q.execute();
}
export const deleteBatch = (tx: Tx, incidentId: string, firstId: number) =>
  tx.db.deleteFrom('webhook_batches').where('incident_id', '=', incidentId).where('first_id', '=', firstId).execute();

/** Counts one more delivery given up, atomically (several streams of one destination may die at once). */
export const countDead = async (tx: Tx, id: string) =>
  Number(
    (
      await tx.db
        .updateTable('webhook_destinations')
        .set((eb) => ({ dead_in_a_row: eb('dead_in_a_row', '+', 1) }))
        .where('id', '=', id)
        .returning('dead_in_a_row')
        .executeTakeFirst()
    )?.dead_in_a_row ?? 0,
  );

export const insertDelivery = (tx: Tx, row: DeliveryRow) => tx.db.insertInto('webhook_deliveries').values(row).execute();

/** The first delivery of a stream that has not arrived, been given up or skipped: the only one that may be sent. */
export const nextPending = (tx: Tx, destinationId: string, stream: string) =>
  tx.db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('destination_id', '=', destinationId)
    .where('stream', '=', stream)
    .where('state', '=', 'pending')
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();

export const getDelivery = (tx: Tx, id: string) =>
  tx.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
export const updateDelivery = (tx: Tx, id: string, patch: Partial<DeliveryRow>) =>
  tx.db.updateTable('webhook_deliveries').set(patch).where('id', '=', id).execute();

export const listDeliveries = (tx: Tx, destinationId: string, opts: { limit: number; state?: string }) => {
  let q = tx.db
    .selectFrom('webhook_deliveries')
    .leftJoin('incidents', 'incidents.id', 'webhook_deliveries.incident_id')
    .selectAll('webhook_deliveries')
    .select('incidents.number as incident_number')
    .where('webhook_deliveries.destination_id', '=', destinationId)
    .orderBy('webhook_deliveries.created_at', 'desc')
    .orderBy('webhook_deliveries.seq', 'desc')
    .limit(opts.limit);
  if (opts.state) q = q.where('webhook_deliveries.state', '=', opts.state);
  return q.execute();
};

export const insertAttempt = (tx: Tx, row: Omit<AttemptRow, 'id'>) => tx.db.insertInto('webhook_attempts').values(row).execute();
export const attemptsOf = (tx: Tx, deliveryIds: string[]) =>
  deliveryIds.length
    ? tx.db.selectFrom('webhook_attempts').selectAll().where('delivery_id', 'in', deliveryIds).orderBy('id').execute()
    : Promise.resolve([] as AttemptRow[]);

/** Active admins' addresses: who hears that a destination was turned off. */
export const adminAddresses = async (tx: Tx) =>
  (
    await tx.db.selectFrom('users').select('email').where('role', '=', 'admin').where('disabled_at', 'is', null).orderBy('email').execute()
  ).map((r) => r.email);

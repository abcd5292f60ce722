import { type Insertable, type Selectable, sql } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { StatusSubscribersTable } from '../../platform/db/schema.ts';

/** The SQL of status page subscribers and their throttle (tables from migration 0024). */
export type SubscriberRow = Selectable<StatusSubscribersTable>;

export const findSubscriber = (tx: Tx, kind: SubscriberRow['kind'], address: string) =>
  tx.db.selectFrom('status_subscribers').selectAll().where('kind', '=', kind).where('address', '=', address).executeTakeFirst();

export const getSubscriber = (tx: Tx, id: string) =>
  tx.db.selectFrom('status_subscribers').selectAll().where('id', '=', id).executeTakeFirst();

export const insertSubscriber = (tx: Tx, row: Insertable<StatusSubscribersTable>) =>
  tx.db.insertInto('status_subscribers').values(row).execute();

export const updateSubscriber = (tx: Tx, id: string, set: Partial<Omit<SubscriberRow, 'id' | 'kind'>>) =>
  tx.db.updateTable('status_subscribers').set(set).where('id', '=', id).execute();

export const deleteSubscriber = async (tx: Tx, id: string): Promise<boolean> =>
  Number((await tx.db.deleteFrom('status_subscribers').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;

/** Counts one more webhook delivery given up, atomically; returns how many in a row. */
export const countDeadDelivery = async (tx: Tx, id: string) =>
  Number(
    (
      await tx.db
        .updateTable('status_subscribers')
        .set((eb) => ({ dead_in_a_row: eb('dead_in_a_row', '+', 1) }))
        .where('id', '=', id)
        .returning('dead_in_a_row')
        .executeTakeFirst()
    )?.dead_in_a_row ?? 0,
  );

/** Turns a subscriber off with a reason; false when it was off already (or is gone). */
export const disableSubscriber = async (tx: Tx, id: string, at: string, reason: string): Promise<boolean> =>
  Number(
    (
      await tx.db
        .updateTable('status_subscribers')
        .set({ disabled_at: at, disabled_reason: reason, updated_at: at })
        .where('id', '=', id)
        .where('disabled_at', 'is', null)
        .executeTakeFirst()
    ).numUpdatedRows,
  ) > 0;

/** Confirmed subscribers (webhooks are confirmed when made), for a notification's fan-out. */
export const confirmedSubscribers = (tx: Tx) =>
  tx.db.selectFrom('status_subscribers').selectAll().where('confirmed_at', 'is not', null).orderBy('created_at').orderBy('id').execute();

/** Every subscriber for the admin list, newest first. */
export const listSubscribers = (tx: Tx, limit: number) =>
  tx.db.selectFrom('status_subscribers').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();

export async function countSubscribers(tx: Tx): Promise<{ total: number; confirmed: number }> {
  const row = await tx.db
    .selectFrom('status_subscribers')
    .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.count<number>('confirmed_at').as('confirmed')])
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), confirmed: Number(row.confirmed) };
}

/** Unconfirmed e-mail subscriptions whose confirmation mail went out before `before` (never confirmed: forgotten). */
export const pruneUnconfirmed = async (tx: Tx, before: string) =>
  Number(
    (await tx.db.deleteFrom('status_subscribers').where('confirmed_at', 'is', null).where('created_at', '<', before).executeTakeFirst())
      .numDeletedRows,
  );

/** Counts one request against a key; a window that started at or before `windowStart` starts again. Returns the count. */
export async function countRequest(tx: Tx, key: string, now: string, windowStart: string): Promise<number> {
  const row = await tx.db
    .insertInto('status_subscribe_throttle')
    .values({ key, count: 1, window_start: now, updated_at: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`CASE WHEN status_subscribe_throttle.window_start <= ${windowStart} THEN 1 ELSE status_subscribe_throttle.count + 1 END`,
        window_start: sql<string>`CASE WHEN status_subscribe_throttle.window_start <= ${windowStart} THEN ${now} ELSE status_subscribe_throttle.window_start END`,
        updated_at: now,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export const pruneThrottle = async (tx: Tx, windowStart: string) =>
  Number((await tx.db.deleteFrom('status_subscribe_throttle').where('window_start', '<=', windowStart).executeTakeFirst()).numDeletedRows);

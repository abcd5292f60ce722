import type { Selectable } from 'kysely';
import type { Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import type { OncallFeedsTable, OncallHandoversTable, OncallOverridesTable, OncallSchedulesTable } from '../platform/db/schema.ts';

export type ScheduleRow = Selectable<OncallSchedulesTable>;
export type OverrideRow = Selectable<OncallOverridesTable>;
export type FeedRow = Selectable<OncallFeedsTable>;
export type HandoverRow = Selectable<OncallHandoversTable>;

// ---- schedules ----
export const scheduleById = (tx: Tx, id: string) =>
  tx.db.selectFrom('oncall_schedules').selectAll().where('id', '=', id).executeTakeFirst();
export const scheduleByIdOrName = (tx: Tx, ref: string) =>
  tx.db
    .selectFrom('oncall_schedules')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', ref), eb('name', '=', ref)]))
    .orderBy('id')
    .executeTakeFirst();
export const scheduleByName = (tx: Tx, name: string) =>
  tx.db.selectFrom('oncall_schedules').selectAll().where('name', '=', name).executeTakeFirst();
export const allSchedules = (tx: Tx) => tx.db.selectFrom('oncall_schedules').selectAll().orderBy('name').orderBy('id').execute();
/** By name; the id breaks ties. */
export const scheduleOrder = keyset<{ name: string; id: string }>('schedules', [
  { column: 'oncall_schedules.name', dir: 'asc', type: 'string', of: (r) => r.name },
  { column: 'oncall_schedules.id', dir: 'asc', type: 'string', of: (r) => r.id },
]);
export const pageOfSchedules = (tx: Tx, opts: { limit: number; after?: Cursor }) => {
  let q = tx.db
    .selectFrom('oncall_schedules')
    .selectAll()
    .$call(scheduleOrder.order)
    .limit(opts.limit + 1);
  if (opts.after) q = q.where(scheduleOrder.after(opts.after));
  return q.execute();
};
export const insertSchedule = (tx: Tx, row: ScheduleRow) => tx.db.insertInto('oncall_schedules').values(row).execute();
export const updateSchedule = (tx: Tx, id: string, patch: Partial<ScheduleRow>) =>
  tx.db.updateTable('oncall_schedules').set(patch).where('id', '=', id).execute();
export const deleteSchedule = (tx: Tx, id: string) => tx.db.deleteFrom('oncall_schedules').where('id', '=', id).execute();
/** Locks the schedule row (PostgreSQL) so concurrent override checks see each other. */
export const lockSchedule = (tx: Tx, id: string) =>
  tx.dialect === 'postgres'
    ? tx.db.selectFrom('oncall_schedules').select('id').where('id', '=', id).forUpdate().executeTakeFirst()
    : Promise.resolve(undefined);

export const teamById = (tx: Tx, ids: string[]) =>
  ids.length ? tx.db.selectFrom('teams').select(['id', 'name']).where('id', 'in', ids).execute() : Promise.resolve([]);
export const isTeamMember = async (tx: Tx, teamId: string, userId: string) =>
  !!(await tx.db
    .selectFrom('team_members')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst());
export const usersByIds = (tx: Tx, ids: string[]) =>
  ids.length
    ? tx.db.selectFrom('users').select(['id', 'name', 'email', 'role', 'disabled_at']).where('id', 'in', ids).execute()
    : Promise.resolve([]);

// ---- overrides ----
/** Overrides of these schedules that overlap [from, to). */
export const overridesOverlapping = (tx: Tx, scheduleIds: string[], from: string, to: string) =>
  scheduleIds.length
    ? tx.db
        .selectFrom('oncall_overrides')
        .selectAll()
        .where('schedule_id', 'in', scheduleIds)
        .where('end_at', '>', from)
        .where('start_at', '<', to)
        .orderBy('start_at')
        .orderBy('id')
        .execute()
    : Promise.resolve([]);
export const overrideById = (tx: Tx, scheduleId: string, id: string) =>
  tx.db.selectFrom('oncall_overrides').selectAll().where('schedule_id', '=', scheduleId).where('id', '=', id).executeTakeFirst();
export const insertOverride = (tx: Tx, row: OverrideRow) => tx.db.insertInto('oncall_overrides').values(row).execute();
export const deleteOverride = (tx: Tx, id: string) => tx.db.deleteFrom('oncall_overrides').where('id', '=', id).execute();

// ---- calendar feeds ----
export const feedByHash = (tx: Tx, hash: string) =>
  tx.db.selectFrom('oncall_feeds').selectAll().where('token_hash', '=', hash).executeTakeFirst();
export const deleteFeed = (tx: Tx, scope: string) => tx.db.deleteFrom('oncall_feeds').where('scope', '=', scope).executeTakeFirst();
export const insertFeed = (tx: Tx, row: FeedRow) => tx.db.insertInto('oncall_feeds').values(row).execute();

// ---- handovers ----
export const handoverById = (tx: Tx, id: string) =>
  tx.db.selectFrom('oncall_handovers').selectAll().where('id', '=', id).executeTakeFirst();
/** Inserts the handover unless this schedule's change at that instant has one; true when inserted. */
export async function insertHandoverOnce(tx: Tx, row: HandoverRow): Promise<boolean> {
  const res = await tx.db
    .insertInto('oncall_handovers')
    .values(row)
    .onConflict((oc) => oc.columns(['schedule_id', 'changed_at']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}
export const updateHandover = (tx: Tx, id: string, patch: Partial<HandoverRow>) =>
  tx.db.updateTable('oncall_handovers').set(patch).where('id', '=', id).execute();
export const handoversOf = (tx: Tx, scheduleId: string, limit: number) =>
  tx.db
    .selectFrom('oncall_handovers')
    .selectAll()
    .where('schedule_id', '=', scheduleId)
    .orderBy('changed_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();

import type { Selectable } from 'kysely';
import type { Tx } from '../platform/context.ts';
import type { RoleTypesTable, SeveritiesTable } from '../platform/db/schema.ts';

export type SeverityRow = Selectable<SeveritiesTable>;
export type RoleTypeRow = Selectable<RoleTypesTable>;

export const listSeverities = (tx: Tx, includeArchived = false) => {
  let q = tx.db.selectFrom('severities').selectAll().orderBy('rank');
  if (!includeArchived) q = q.where('archived', '=', 0);
  return q.execute();
};
export const getSeverity = (tx: Tx, id: string) => tx.db.selectFrom('severities').selectAll().where('id', '=', id).executeTakeFirst();
export const insertSeverity = (tx: Tx, row: SeverityRow) => tx.db.insertInto('severities').values(row).execute();
export const updateSeverity = (tx: Tx, id: string, patch: Partial<SeverityRow>) =>
  tx.db.updateTable('severities').set(patch).where('id', '=', id).execute();

export const listRoleTypes = (tx: Tx, includeArchived = false) => {
  let q = tx.db.selectFrom('role_types').selectAll().orderBy('rank');
  if (!includeArchived) q = q.where('archived', '=', 0);
  return q.execute();
};
export const insertRoleType = (tx: Tx, row: RoleTypeRow) => tx.db.insertInto('role_types').values(row).execute();
export const updateRoleType = (tx: Tx, key: string, patch: Partial<RoleTypeRow>) =>
  tx.db.updateTable('role_types').set(patch).where('key', '=', key).execute();

type Settings = { severities: SeverityRow[]; roles: RoleTypeRow[]; at: number };
const SETTINGS_TTL_MS = 10_000;
const settingsCache = new WeakMap<object, Settings>();

/**
 * Severities and role types (archived included) for presenting incidents. They change rarely and
 * are read on every incident request, so reads outside a transaction share a copy for a few
 * seconds; a write's `cache` event drops every instance's copy, and transactions always read fresh.
 */
export async function settings(tx: Tx): Promise<Pick<Settings, 'severities' | 'roles'>> {
  if (tx.write) return { severities: await listSeverities(tx, true), roles: await listRoleTypes(tx, true) };
  const hit = settingsCache.get(tx.db);
  if (hit && performance.now() - hit.at < SETTINGS_TTL_MS) return hit;
  const fresh = { severities: await listSeverities(tx, true), roles: await listRoleTypes(tx, true), at: performance.now() };
  settingsCache.set(tx.db, fresh);
  return fresh;
}

export const forgetSettings = (db: object) => settingsCache.delete(db);

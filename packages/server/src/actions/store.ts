import type { Selectable } from 'kysely';
import { visibleTo } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import type { ActionsTable } from '../platform/db/schema.ts';

export type ActionRow = Selectable<ActionsTable>;
export type ActionWithNames = ActionRow & { owner_name: string | null; owner_email: string | null; incident_number: number };

const base = (tx: Tx) =>
  tx.db
    .selectFrom('actions')
    .innerJoin('incidents', 'incidents.id', 'actions.incident_id')
    .leftJoin('users', 'users.id', 'actions.owner_id')
    .selectAll('actions')
    .select(['users.name as owner_name', 'users.email as owner_email', 'incidents.number as incident_number']);

export const getAction = (tx: Tx, id: string) =>
  base(tx).where('actions.id', '=', id).executeTakeFirst() as Promise<ActionWithNames | undefined>;

/** Creation order; actions created in the same instant (one transaction, a fixed clock) keep id order. */
export const actionOrder = keyset<{ created_at: string; id: string }>('actions', [
  { column: 'actions.created_at', dir: 'asc', type: 'string', of: (r) => r.created_at },
  { column: 'actions.id', dir: 'asc', type: 'string', of: (r) => r.id },
]);

export type ActionFilter = { incidentId?: string; kind?: string; statuses?: string[]; ownerId?: string; limit: number; after?: Cursor };

/** Actions in creation order; across incidents only those on incidents the user may see. */
export function listActions(tx: Tx, user: Actor, f: ActionFilter) {
  let q = base(tx)
    .$call(actionOrder.order)
    .limit(f.limit + 1);
  if (f.incidentId) q = q.where('actions.incident_id', '=', f.incidentId);
  else q = q.where(visibleTo(user));
  if (f.kind) q = q.where('actions.kind', '=', f.kind);
  if (f.statuses?.length) q = q.where('actions.status', 'in', f.statuses);
  if (f.ownerId) q = q.where('actions.owner_id', '=', f.ownerId);
  if (f.after) q = q.where(actionOrder.after(f.after));
  return q.execute() as Promise<ActionWithNames[]>;
}

export const insertAction = (tx: Tx, row: ActionRow) => tx.db.insertInto('actions').values(row).execute();
export const updateAction = (tx: Tx, id: string, patch: Partial<ActionRow>) =>
  tx.db.updateTable('actions').set(patch).where('id', '=', id).execute();

import type { UserBrief } from '@firebreak/shared';
import type { Tx } from '../platform/context.ts';
import { resolveUser } from '../users/index.ts';
import { usersByIds } from './store.ts';

/** Users by id, for presenters: id → brief. */
export async function briefs(tx: Tx, ids: Iterable<string | null | undefined>): Promise<Map<string, UserBrief>> {
  const wanted = [...new Set([...ids].filter((x): x is string => !!x))];
  const rows = await usersByIds(tx, wanted);
  return new Map(rows.map((u) => [u.id, { id: u.id, name: u.name, email: u.email }]));
}

/** A user named by id or e-mail, as an id; 400 naming the field when there is no active one. */
export async function userIdOf(tx: Tx, ref: string, field: string): Promise<string> {
  return (await resolveUser(tx, ref, field)).id;
}

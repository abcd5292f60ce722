import type { Selectable } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { RetroWhysTable } from '../../platform/db/schema.ts';

export type WhyRow = Selectable<RetroWhysTable>;

export const whysOfRetro = (tx: Tx, retroId: string) =>
  tx.db.selectFrom('retro_whys').selectAll().where('retro_id', '=', retroId).orderBy('position').orderBy('id').execute();

export const insertWhy = (tx: Tx, row: WhyRow) => tx.db.insertInto('retro_whys').values(row).execute();

export const updateWhy = (tx: Tx, id: string, patch: Partial<WhyRow>) =>
  tx.db.updateTable('retro_whys').set(patch).where('id', '=', id).execute();

export const deleteWhys = (tx: Tx, ids: string[]) => tx.db.deleteFrom('retro_whys').where('id', 'in', ids).execute();

/** Whys whose chain ends in a follow-up: which action each one points at. */
export const whysEndingInActions = (tx: Tx, retroId: string) =>
  tx.db.selectFrom('retro_whys').select(['id', 'action_id']).where('retro_id', '=', retroId).where('action_id', 'is not', null).execute();

import type { Tx } from '../platform/context.ts';

/** SQL of the comms slice: the installation's communication settings (one JSON value per key). */

export const readSettingRows = (tx: Tx) => tx.db.selectFrom('comms_settings').select(['key', 'value']).execute();

export async function writeSetting(tx: Tx, row: { key: string; value: string; updated_by: string | null; updated_at: string }) {
  await tx.db
    .insertInto('comms_settings')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_by: row.updated_by, updated_at: row.updated_at }))
    .execute();
}

export const deleteSetting = (tx: Tx, key: string) => tx.db.deleteFrom('comms_settings').where('key', '=', key).execute();

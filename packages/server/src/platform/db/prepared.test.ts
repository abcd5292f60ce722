import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabases } from '../../test/harness.ts';
import type { Tx } from '../context.ts';
import { prepared } from './prepared.ts';

describe.each(testDatabases())('prepared queries on %s', (kind) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let tx: Tx;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    tx = { db: database.db, dialect: database.dialect, events: [] };
  });
  afterAll(async () => {
    await database.cleanup();
  });

  it('runs the query compiled once with each call’s values, keeping the values it does not name', async () => {
    // Upsert: the constant 1 and the increment are compiled in; name and value change per call.
    const bump = prepared<{ name: string; value: number }, { name: string; value: number }>(['name', 'value'], (db, v) =>
      db
        .insertInto('counters')
        .values({ name: v.name, value: v.value })
        .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
        .returning(['name', 'value']),
    );
    expect(await bump(tx, { name: 'prep-a', value: 10 })).toEqual([{ name: 'prep-a', value: 10 }]);
    expect(await bump(tx, { name: 'prep-b', value: 20 })).toEqual([{ name: 'prep-b', value: 20 }]);
    expect(await bump(tx, { name: 'prep-a', value: 99 })).toEqual([{ name: 'prep-a', value: 11 }]);
    const rows = await database.db
      .selectFrom('counters')
      .select(['name', 'value'])
      .where('name', 'like', 'prep-%')
      .orderBy('name')
      .execute();
    expect(rows).toEqual([
      { name: 'prep-a', value: 11 },
      { name: 'prep-b', value: 20 },
    ]);
  });

  it('refuses a query that does not use a named value (it would be silently left out)', async () => {
    const broken = prepared<{ name: string; value: number }, never>(['name', 'value'], (db, v) =>
      db.insertInto('counters').values({ name: v.name, value: 1 }),
    );
    await expect(broken(tx, { name: 'prep-c', value: 3 })).rejects.toThrow(/value not used as a value/);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { Bus } from '../bus.ts';
import { systemClock } from '../clock.ts';
import { type Deps, reader, type Tx, transaction } from '../context.ts';
import { groupCommitterFor } from './groupCommit.ts';
import { type Database, openDatabase } from './index.ts';

describe('group commit on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-gc-'));
  let database: Database;
  let deps: Deps;
  const counter = (name: string) =>
    reader(deps)
      .db.selectFrom('counters')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirst()
      .then((r) => r?.value);
  const bump = (name: string, value: number) => transaction(deps, (tx) => tx.db.insertInto('counters').values({ name, value }).execute());

  beforeAll(async () => {
    database = await openDatabase(join(dir, 'gc.sqlite'));
    deps = { db: database.db, dialect: 'sqlite', clock: systemClock, bus: new Bus(), config: loadConfig({ FIREBREAK_DATA_DIR: dir }) };
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('concurrent transactions share durable commits, and each is visible once its promise resolves', async () => {
    const gc = groupCommitterFor(database.db);
    const before = { ...gc.stats };
    await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        await bump(`c${i}`, i);
        // Acknowledged means committed: another connection (the read one) sees it at once.
        expect(await counter(`c${i}`)).toBe(i);
      }),
    );
    const commits = gc.stats.commits - before.commits;
    expect(gc.stats.transactions - before.transactions).toBe(100);
    expect(commits).toBeLessThan(100);
    expect(commits).toBeGreaterThanOrEqual(1);
  });

  it('a failing transaction rolls back only its own work and gets its own error; the batch commits', async () => {
    const results = await Promise.allSettled([
      bump('ok-1', 1),
      transaction(deps, async (tx) => {
        await tx.db.insertInto('counters').values({ name: 'doomed', value: 1 }).execute();
        throw new Error('this request failed validation late');
      }),
      bump('ok-1', 2), // unique violation: fails on its own
      bump('ok-2', 3),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('this request failed validation late');
    expect(String((results[2] as PromiseRejectedResult).reason.message)).toMatch(/UNIQUE/);
    expect(await counter('ok-1')).toBe(1);
    expect(await counter('ok-2')).toBe(3);
    expect(await counter('doomed')).toBeUndefined();
  });

  it('when the shared commit fails, every transaction in it fails and nothing of it is stored', async () => {
    // A deferred foreign-key violation is only detected at COMMIT: it makes the whole batch's commit fail.
    const results = await Promise.allSettled([
      bump('batch-a', 1),
      transaction(deps, async (tx) => {
        await sql`pragma defer_foreign_keys = on`.execute(tx.db);
        await tx.db.insertInto('team_members').values({ team_id: 'no-such-team', user_id: 'no-such-user' }).execute();
      }),
      bump('batch-b', 2),
    ]);
    const settled = results.map((r) => r.status);
    // The first may have committed alone before the others queued; those that shared the failing commit all failed.
    expect(settled[1]).toBe('rejected');
    expect(settled[2]).toBe('rejected');
    expect(await counter('batch-b')).toBeUndefined();
    if (settled[0] === 'rejected') expect(await counter('batch-a')).toBeUndefined();
    // And the committer keeps working afterwards.
    await bump('after', 9);
    expect(await counter('after')).toBe(9);
  });

  it('the full-text index commits with its documents: indexed once per batch, rolled-back and removed ones never', async () => {
    const doc = (title: string) => ({
      source: 'test',
      kind: 'incident',
      source_id: title,
      incident_id: null,
      parent_id: null,
      service_id: null,
      audience: 'all',
      label: 'test',
      title,
      body: `${title} body`,
      at: new Date().toISOString(),
    });
    const add = (tx: Tx, title: string) => tx.db.insertInto('search_docs').values(doc(title)).execute();
    const matches = async (word: string) =>
      (await sql<{ n: number }>`select count(*) as n from search_fts where search_fts match ${word}`.execute(reader(deps).db)).rows[0].n;
    // Outside a batch (an autocommit statement, as tools write): indexed at once, as before.
    await database.db.insertInto('search_docs').values(doc('delta')).execute();
    await transaction(deps, (tx) => add(tx, 'echo'));
    const results = await Promise.allSettled([
      transaction(deps, (tx) => add(tx, 'alpha')),
      transaction(deps, async (tx) => {
        await add(tx, 'bravo');
        throw new Error('rolled back');
      }),
      transaction(deps, async (tx) => {
        await add(tx, 'charlie');
        await tx.db.deleteFrom('search_docs').where('source_id', '=', 'charlie').execute();
      }),
      transaction(deps, async (tx) => {
        await tx.db.deleteFrom('search_docs').where('source_id', '=', 'delta').execute();
        await tx.db.updateTable('search_docs').set({ title: 'foxtrot' }).where('source_id', '=', 'echo').execute();
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect({
      alpha: await matches('alpha'),
      bravo: await matches('bravo'),
      charlie: await matches('charlie'),
      delta: await matches('delta'),
      echo: await matches('echo'),
      foxtrot: await matches('foxtrot'),
    }).toEqual({ alpha: 1, bravo: 0, charlie: 0, delta: 0, echo: 1, foxtrot: 1 }); // echo: still in its body
    // The index agrees with its content table row for row, and no committed state is left deferring.
    await sql`insert into search_fts (search_fts, rank) values ('integrity-check', 1)`.execute(database.db);
    expect((await sql<{ deferring: number }>`select deferring from search_fts_state`.execute(reader(deps).db)).rows).toEqual([
      { deferring: 0 },
    ]);
  });

  it('refuses a transaction opened inside another (it would wait for its own batch forever)', async () => {
    await expect(transaction(deps, () => bump('nested-outer', 1).then(() => undefined))).rejects.toThrow(/inside a transaction/);
    expect(await counter('nested-outer')).toBeUndefined();
  });
});

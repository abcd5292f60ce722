import { mkdtempSync, rmSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

  it("answers only once the batch's COMMIT is on disk: the WAL's fdatasync, off the event loop, after the COMMIT", async () => {
    // Every FileHandle shares one prototype: hold the WAL's fdatasync until the test lets it go.
    const probe = await open(join(dir, 'gc.sqlite'), 'r');
    const proto = Object.getPrototypeOf(probe) as FileHandle;
    await probe.close();
    const synced: string[] = [];
    let release: (outcome?: Error) => void = () => {};
    const spy = vi.spyOn(proto, 'datasync').mockImplementation(function (this: FileHandle) {
      return new Promise<void>((resolve, reject) => {
        release = (outcome) => (outcome ? reject(outcome) : resolve());
      }).then(() => void synced.push('wal'));
    });
    try {
      let answered = false;
      const pending = bump('durable-1', 1).then(() => {
        answered = true;
      });
      await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
      // Committed (the other connection sees it) but not yet synced: no answer yet, and the event
      // loop is free meanwhile (this test runs).
      expect(await counter('durable-1')).toBe(1);
      await new Promise((r) => setTimeout(r, 20));
      expect(answered).toBe(false);
      // Transactions asked for meanwhile wait for that fsync, then share the next commit and fsync.
      let second = false;
      const next = Promise.all([bump('durable-2', 2), bump('durable-3', 3)]).then(() => {
        second = true;
      });
      await new Promise((r) => setTimeout(r, 20));
      expect(await counter('durable-2')).toBeUndefined();
      const commits = groupCommitterFor(database.db).stats.commits;
      release();
      await pending;
      expect(answered).toBe(true);
      await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
      expect(groupCommitterFor(database.db).stats.commits).toBe(commits + 1);
      expect(await counter('durable-3')).toBe(3);
      expect(second).toBe(false);
      release();
      await next;
      expect(synced).toEqual(['wal', 'wal']);
      // A failed fsync fails the batch's callers (their data's durability is unknown).
      const failing = bump('durable-4', 4);
      await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(3));
      release(new Error('EIO: i/o error, fdatasync'));
      await expect(failing).rejects.toThrow(/EIO/);
    } finally {
      spy.mockRestore();
    }
    // The writer connection is back to synchronous=FULL (2) between batches, for writes outside them.
    expect((await sql<{ synchronous: number }>`pragma synchronous`.execute(database.db)).rows).toEqual([{ synchronous: 2 }]);
    await bump('after-sync', 4);
    expect(await counter('after-sync')).toBe(4);
  });

  it('refuses a transaction opened inside another (it would wait for its own batch forever)', async () => {
    await expect(transaction(deps, () => bump('nested-outer', 1).then(() => undefined))).rejects.toThrow(/inside a transaction/);
    expect(await counter('nested-outer')).toBeUndefined();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { Bus } from '../bus.ts';
import { systemClock } from '../clock.ts';
import { type Deps, reader, transaction } from '../context.ts';
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

  it('refuses a transaction opened inside another (it would wait for its own batch forever)', async () => {
    await expect(transaction(deps, () => bump('nested-outer', 1).then(() => undefined))).rejects.toThrow(/inside a transaction/);
    expect(await counter('nested-outer')).toBeUndefined();
  });
});

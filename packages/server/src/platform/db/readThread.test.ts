import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness.ts';
import { readDbFor } from './index.ts';
import { readThreadOf } from './readThread.ts';

describe('the SQLite read thread', () => {
  it('starts on first use, reads what the main connection committed, and ends with the database', async () => {
    const database = await openTestDatabase('sqlite');
    const thread = readThreadOf(readDbFor(database.db));
    if (!thread) throw new Error('a SQLite file database has a read thread');
    try {
      expect(thread.running).toBe(false);
      await database.db
        .insertInto('counters')
        .values([
          { name: 'thread-a', value: 7 },
          { name: 'thread-b', value: 8 },
        ])
        .execute();
      const query = sql<{ name: string; value: number }>`select name, value from counters where name like ${'thread-%'} order by name`;
      expect(await thread.all(query.compile(database.db))).toEqual([
        { name: 'thread-a', value: 7 },
        { name: 'thread-b', value: 8 },
      ]);
      expect(thread.running).toBe(true);
      // The engine's refusal reaches the caller with its message (search maps FTS5 syntax errors to 400).
      await expect(thread.all(sql`select * from no_such_table`.compile(database.db))).rejects.toThrow(/no such table/);
      await database.db.updateTable('counters').set({ value: 9 }).where('name', '=', 'thread-a').execute();
      expect(await thread.all(query.compile(database.db))).toEqual([
        { name: 'thread-a', value: 9 },
        { name: 'thread-b', value: 8 },
      ]);
    } finally {
      await database.cleanup();
    }
    expect(thread.running).toBe(false);
    await expect(thread.all(sql`select 1`.compile(database.db))).rejects.toThrow(/closed/);
  });

  it("folds a statement's rows on the thread and sends back only the result", async () => {
    const database = await openTestDatabase('sqlite');
    const thread = readThreadOf(readDbFor(database.db));
    if (!thread) throw new Error('a SQLite file database has a read thread');
    try {
      await database.db
        .insertInto('counters')
        .values([
          { name: 'fold-a', value: 2 },
          { name: 'fold-b', value: 5 },
        ])
        .execute();
      const query = sql`select name, value from counters where name like ${'fold-%'} order by name`.compile(database.db);
      // Rows arrive as arrays of the statement's columns; `arg` travels with the fold.
      const sum = (rows: unknown[][], arg: { times: number }) => ({
        names: rows.map((r) => r[0]),
        total: rows.reduce((n, r) => n + Number(r[1]) * arg.times, 0),
      });
      expect(await thread.fold(query, sum, { times: 10 })).toEqual({ names: ['fold-a', 'fold-b'], total: 70 });
      expect(await thread.fold(query, sum, { times: 1 })).toEqual({ names: ['fold-a', 'fold-b'], total: 7 });
      // A fold runs as its own source on the thread: a variable from around it is not there.
      const outside = 3;
      await expect(thread.fold(query, (rows) => rows.length * outside, null)).rejects.toThrow(/outside is not defined/);
      // The thread is still there for the next statement.
      expect(await thread.all(query)).toHaveLength(2);
    } finally {
      await database.cleanup();
    }
  });

  // A script of its own process: whether the thread keeps the process alive, or lets it end before
  // an await on the thread settles, shows only when nothing else holds the event loop (as in vitest).
  const runScript = (body: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-thread-'));
    try {
      const script = join(dir, 'script.ts');
      const platform = resolve(import.meta.dirname);
      writeFileSync(
        script,
        `import { openDatabase, readDbFor } from ${JSON.stringify(join(platform, 'index.ts'))};
import { readThreadOf } from ${JSON.stringify(join(platform, 'readThread.ts'))};
const database = await openDatabase(${JSON.stringify(join(dir, 'db.sqlite'))});
const thread = readThreadOf(readDbFor(database.db));
const query = { sql: 'select 41 + 1 as n', parameters: [] };
${body}`,
      );
      return spawnSync(process.execPath, [script], { cwd: platform, encoding: 'utf8', timeout: 30_000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('never keeps a process alive once idle, even when the database is left open', () => {
    const r = runScript('console.log(JSON.stringify(await thread.all(query)));');
    expect(r.signal, 'the process did not exit by itself').toBeNull();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('[{"n":42}]');
  });

  it('closing with statements in flight answers them, then waits for the thread to end', () => {
    const r = runScript(`const inFlight = Array.from({ length: 20 }, () => thread.all(query));
await database.close();
console.log(thread.running, (await Promise.all(inFlight)).flat().length);`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('false 20');
  });
});

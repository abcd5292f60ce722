import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, freePort, removeDir, start, tempDir, testDatabase } from './testing.ts';

describe('firebreak backup / restore / migrate as commands', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = tempDir();
    env = { FIREBREAK_DATA_DIR: join(dir, 'data') };
    const created = await cli(['admin', 'create-user', '--email', 'ada@example.com', '--role', 'admin'], env);
    expect(created.code, created.stderr).toBe(0);
  });
  afterAll(() => removeDir(dir));

  it('backs up, refuses to overwrite without --force, and restore refuses while `firebreak serve` runs on the data directory', async () => {
    const file = join(dir, 'backup.sqlite');
    const first = await cli(['backup', file], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`to ${file}`);
    const again = await cli(['backup', file], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists; choose another name or pass --force.*\(backup_exists\)/);
    expect((await cli(['backup', file, '--force'], env)).code).toBe(0);

    const server = start(['serve'], { ...env, FIREBREAK_PORT: String(await freePort()) });
    try {
      await server.waitFor(/Firebreak is running/, 60_000);
      // Online: the backup works while the server runs; the restore does not.
      expect((await cli(['backup', join(dir, 'online.sqlite')], env)).code).toBe(0);
      const refused = await cli(['restore', file], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/open in another process \(a running Firebreak server\?\); stop it.*\(server_running\)/);
    } finally {
      await server.stop();
    }
    const restored = await cli(['restore', file], env);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('firebreak.sqlite.before-restore');
    expect(existsSync(join(dir, 'data', 'firebreak.sqlite.before-restore'))).toBe(true);
  }, 180_000);

  it.runIf(process.env.FIREBREAK_TEST_DATABASE_URL)(
    'on PostgreSQL, backup points to pg_dump; migrate prints the verification table and refuses a second time',
    async () => {
      const db = await testDatabase('postgres', dir);
      try {
        const backup = await cli(['backup', join(dir, 'pg.sqlite')], db.env);
        expect(backup.code).toBe(2);
        expect(backup.stderr).toContain('pg_dump --format=custom');
        expect(backup.stderr).toContain('(use_pg_dump)');

        const url = db.env.FIREBREAK_DATABASE_URL as string;
        const moved = await cli(['migrate', '--to', url], env);
        expect(moved.code, moved.stderr).toBe(0);
        expect(moved.stdout).toMatch(/^TABLE +SQLITE ROWS +POSTGRES ROWS +SQLITE CHECKSUM +POSTGRES CHECKSUM +RESULT/m);
        expect(moved.stdout).toMatch(/^users +1 +1 +([0-9a-f]{16}) +\1 +ok/m);
        expect(moved.stdout).toMatch(/All \d+ tables \(\d+ rows\) copied and verified/);
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        expect((await c.query('SELECT email FROM users')).rows).toEqual([{ email: 'ada@example.com' }]);
        await c.end();

        const twice = await cli(['migrate', '--to', url], env);
        expect(twice.code).toBe(1);
        expect(twice.stderr).toContain('(target_not_empty)');
      } finally {
        await db.cleanup();
      }
    },
    180_000,
  );
});

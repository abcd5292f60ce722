// Helpers for the CLI tests: run `firebreak` as a real child process, and a real server beside it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../../server/src/app.ts';
import { Bus, ensureDefaults, loadConfig, openDatabase, systemClock } from './offline.ts';

export const MAIN = resolve(import.meta.dirname, 'main.ts');
export type Env = Record<string, string | undefined>;
export type Result = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI with exactly `env` (plus PATH/HOME), feeding `input` to stdin. */
export function cli(args: string[], env: Env, input = ''): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: cleanEnv(env), stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => {
      stdout += b;
    });
    child.stderr.on('data', (b) => {
      stderr += b;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** A long-running CLI process (serve, timeline --follow) whose output can be awaited. */
export function start(args: string[], env: Env) {
  const child = spawn(process.execPath, [MAIN, ...args], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const io = { stdout: '', stderr: '' };
  child.stdout.on('data', (b) => {
    io.stdout += b;
  });
  child.stderr.on('data', (b) => {
    io.stderr += b;
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    child,
    io,
    exited,
    /** Resolves once stdout matches; fails with what was printed if it exits or times out first. */
    waitFor: (pattern: RegExp, ms = 10_000) =>
      waitFor(
        () => {
          if (pattern.test(io.stdout)) return true;
          if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}\nstdout: ${io.stdout}\nstderr: ${io.stderr}`);
          return false;
        },
        ms,
        () => `stdout: ${io.stdout}\nstderr: ${io.stderr}`,
      ),
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
export type Started = ReturnType<typeof start>;

function cleanEnv(env: Env): Env {
  // Only what the test says: no FIREBREAK_* leaking in from the developer's shell.
  return { PATH: process.env.PATH, TZ: 'UTC', FIREBREAK_LOG_LEVEL: 'warn', ...env };
}

export async function waitFor(ok: () => boolean, ms: number, what: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms\n${what()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/**
 * The real API on the test database, in this process, on a random port. (`firebreak serve` itself
 * is tested separately: here the web app's build, if any, must not matter.)
 */
export async function startServer(dbEnv: Env, dir: string) {
  const config = loadConfig({ ...dbEnv, FIREBREAK_PORT: '0' });
  const database = await openDatabase(config.database);
  const deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config };
  await ensureDefaults(deps);
  const app = await buildApp(deps, { webDir: join(dir, 'no-web-build') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

import { SCHEMA_LOCK } from '../../server/src/platform/db/migrate.ts';

export type TestDb = { env: Env; cleanup(): Promise<void> };

/** SQLite always; PostgreSQL too when FIREBREAK_TEST_DATABASE_URL is set (as the server tests do). */
export const databaseKinds = (): ('sqlite' | 'postgres')[] =>
  process.env.FIREBREAK_TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh data dir, or a fresh Postgres schema selected through the URL's search_path. */
export async function testDatabase(kind: 'sqlite' | 'postgres', dir: string): Promise<TestDb> {
  if (kind === 'sqlite') return { env: { FIREBREAK_DATA_DIR: join(dir, 'data') }, cleanup: async () => {} };
  const base = process.env.FIREBREAK_TEST_DATABASE_URL as string;
  const schema = `cli_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const { default: pg } = await import('pg');
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE SCHEMA "${schema}"`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  // Under the server's schema lock (platform/db/migrate.ts#SCHEMA_LOCK): a migration elsewhere reads the whole catalog.
  const drop = `BEGIN; SELECT pg_advisory_xact_lock(${SCHEMA_LOCK}); DROP SCHEMA IF EXISTS "${schema}" CASCADE; COMMIT;`;
  return { env: { FIREBREAK_DATABASE_URL: url.toString() }, cleanup: () => admin(drop) };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'firebreak-cli-'));
export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const repoRoot = join(import.meta.dirname, '..', '..');
const exitWithParent = pathToFileURL(join(import.meta.dirname, 'exitWithParent.ts')).href;

/** A free TCP port on localhost, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Servers started by this process and not yet exited. They die with this process: killed on exit and on
 * SIGTERM/SIGINT/SIGHUP (vitest stops its workers with SIGTERM, which skips 'exit' handlers); and should
 * this process be killed outright, the preload ends them (exitWithParent.ts).
 */
const live = new Set<ChildProcess>();
let watching = false;
function killLive(): void {
  for (const child of live) child.kill('SIGKILL');
}
function killWithThisProcess(): void {
  if (watching) return;
  watching = true;
  process.once('exit', killLive);
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killLive();
      // Then die of the signal as if nobody had listened (unless someone else, e.g. Playwright, handles it).
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

export type RunningServer = {
  url: string;
  port: number;
  dataDir: string;
  /** The one-time first-run link the server printed (fresh data dir only). */
  setupLink: string | null;
  output: () => string;
  /** Kills the process abruptly (like a crash) and starts it again on the same port and data. */
  restart: () => Promise<void>;
  kill: () => Promise<void>;
  stop: () => Promise<void>;
};

function launch(
  port: number,
  dataDir: string,
  log: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ child: ChildProcess; setupLink: string | null }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    FIREBREAK_DATA_DIR: dataDir,
    FIREBREAK_PORT: String(port),
    FIREBREAK_HOST: '127.0.0.1',
    FIREBREAK_LOG_LEVEL: 'warn',
  };
  delete env.FIREBREAK_DATABASE_URL;
  Object.assign(env, extraEnv);
  delete env.FIREBREAK_PUBLIC_URL;
  // The real entry point, exactly as `npm start` runs it (minus the web build, done once in globalSetup),
  // plus a preload that ends it with this process: the IPC channel is how it notices.
  const child = spawn(process.execPath, ['--import', exitWithParent, 'packages/server/src/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.channel?.unref();
  killWithThisProcess();
  live.add(child);
  child.once('exit', () => live.delete(child));
  return new Promise((resolve, reject) => {
    let out = '';
    let running = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 30 s:\n${log.join('')}`));
    }, 30_000);
    const check = () => {
      const link = /(https?:\/\/\S+\/setup\?token=\S+)/.exec(out)?.[1] ?? null;
      // The setup link is printed right after the "running" line on an empty database.
      if (running && (link || out.includes('\n\n') || !out.includes('First run'))) {
        clearTimeout(timer);
        resolve({ child, setupLink: link });
      }
    };
    child.stdout?.on('data', (d: Buffer) => {
      const s = d.toString();
      out += s;
      log.push(s);
      if (/Firebreak is running at/.test(out)) running = true;
      if (running) setTimeout(check, out.includes('First run') ? 0 : 150);
    });
    child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!running) reject(new Error(`server exited with ${code}:\n${log.join('')}`));
    });
  });
}

/** Starts the server on a random port with a fresh SQLite data dir; `env`: more FIREBREAK_* settings. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-e2e-'));
  const port = await freePort();
  const log: string[] = [];
  let { child, setupLink } = await launch(port, dataDir, log, env);
  const exited = (c: ChildProcess) =>
    new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));
  const kill = async () => {
    child.kill('SIGKILL');
    await exited(child);
  };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    setupLink,
    output: () => log.join(''),
    kill,
    restart: async () => {
      await kill();
      ({ child } = await launch(port, dataDir, log, env));
    },
    stop: async () => {
      await kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

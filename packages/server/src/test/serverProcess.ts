import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * A real Firebreak server as a child process (`node packages/server/src/main.ts`), for tests that
 * kill it with SIGKILL and start it again on the same data: the pattern of alerts/crash.test.ts and
 * webhooks/crash.test.ts, in one place. Children still alive when the test process exits are killed.
 */
const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

export type ServerProcess = {
  child: ChildProcess;
  base: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** kill -9, resolved once it has exited. */
  kill(): Promise<void>;
};

/** Starts a server on a free port with `env` (FIREBREAK_DATABASE_URL, FIREBREAK_DATA_DIR, …); resolves once it is listening. */
export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(process.execPath, ['packages/server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      FIREBREAK_PORT: String(port),
      FIREBREAK_HOST: '127.0.0.1',
      FIREBREAK_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      live.delete(child);
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log.join('')}`)), timeoutMs);
    child.stdout?.on('data', (d: Buffer) => {
      log.push(d.toString());
      if (log.join('').includes('Firebreak is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log.join('')}`));
    });
  });
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    output: () => log.join(''),
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Kills every server this process started that is still running (afterAll). */
export function killAllServers(): void {
  for (const c of live) c.kill('SIGKILL');
}

import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { Bus, PgBus } from './platform/bus.ts';
import { systemClock } from './platform/clock.ts';
import type { Deps } from './platform/context.ts';
import { type Database, openDatabase } from './platform/db/index.ts';
import './platform/jobs/builtin.ts';
import { warmLearnedReview } from './language/index.ts';
import { type MailListener, startMailListener } from './mailin/index.ts';
import { periodicJobs } from './platform/jobs/queue.ts';
import { Worker } from './platform/jobs/worker.ts';
import { createLogger } from './platform/log.ts';
import { ensureDefaults } from './severities/index.ts';
import { ensureFirstAdmin } from './users/index.ts';

/** One bus per database: in-process on SQLite; on PostgreSQL, NOTIFY/LISTEN on a channel per schema, so a fleet shares it. */
export async function openBus(database: Database, log: (msg: string) => void = () => {}): Promise<Bus> {
  if (database.dialect !== 'postgres' || !database.url) return new Bus();
  return new PgBus(database.url, `firebreak_${database.schema ?? 'public'}`.slice(0, 63), log).start();
}

/** `firebreak serve`: config → database (migrated) → defaults → HTTP and/or the job worker, by role. */
export async function serve(env = process.env): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  // Readable lines on a terminal, JSON otherwise (platform/log.ts); the HTTP server logs through it too.
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config.database);
  const bus = await openBus(database, (msg) => log.warn(msg));
  const deps: Deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus, config };
  await ensureDefaults(deps);
  const where = database.dialect === 'sqlite' ? config.database : 'PostgreSQL';
  if (database.dialect === 'sqlite' && config.role !== 'all') {
    log.warn(
      `--role ${config.role} on SQLite: run one process with --role all per data directory; a separate web or worker process does not hear the other's changes (see docs/operations.md)`,
    );
  }

  const worker =
    config.role === 'web'
      ? null
      : new Worker(deps, {
          concurrency: config.workerConcurrency,
          leaseMs: config.jobLeaseMs,
          periodic: periodicJobs(),
          log: { info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m) },
        });
  worker?.start();

  const app = config.role === 'worker' ? null : await buildApp(deps, { loggerInstance: log });
  // E-mail in runs beside the HTTP server (roles all and web), never in a worker-only process; it is
  // listening before the "running" line, so whoever waits for that line can send mail at once.
  let mail: MailListener | null = null;
  if (app) {
    const setupLink = await ensureFirstAdmin(deps);
    await app.listen({ port: config.port, host: config.host });
    // The language review's model and encoder load in the background, so no request pays for them.
    warmLearnedReview(config).catch((err) => log.warn(`language review warm-up failed: ${(err as Error).message}`));
    if (config.mailIn) {
      mail = await startMailListener(deps, { info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m) });
      console.log(`Firebreak receives e-mail on ${mail.host}:${mail.port} (SMTP)`);
    }
    const address = app.server.address();
    const url = config.port === 0 && address && typeof address === 'object' ? `http://${config.host}:${address.port}` : config.publicUrl;
    // One write, so whoever reads the output line by line sees the setup link with the "running" line.
    const running = `Firebreak is running at ${url} (database: ${where}${worker ? '' : '; no job worker in this process'})`;
    const setup = setupLink ? `\n\nFirst run: finish setting up the admin account here (valid 24 h, once):\n  ${setupLink}\n` : '';
    console.log(running + setup);
  } else {
    console.log(`Firebreak job worker is running (database: ${where})`);
  }

  const stop = async () => {
    await mail?.close();
    await app?.close();
    await worker?.stop();
    await bus.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.main) {
  serve().catch((err) => {
    console.error(`Firebreak failed to start: ${(err as Error).message}`);
    process.exit(1);
  });
}

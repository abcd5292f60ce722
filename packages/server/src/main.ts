import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { Bus } from './platform/bus.ts';
import { systemClock } from './platform/clock.ts';
import { openDatabase } from './platform/db/index.ts';
import { ensureDefaults } from './severities/configure.ts';
import { ensureFirstAdmin } from './users/setup.ts';

/** `firebreak serve`: config → database (migrated) → defaults → HTTP. */
export async function serve(env = process.env): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const database = await openDatabase(config.database);
  const deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config };
  await ensureDefaults(deps);
  const app = await buildApp(deps, { logger: { level: config.logLevel } });
  const setupLink = await ensureFirstAdmin(deps);
  await app.listen({ port: config.port, host: config.host });
  const where = database.dialect === 'sqlite' ? config.database : 'PostgreSQL';
  const address = app.server.address();
  const url = config.port === 0 && address && typeof address === 'object' ? `http://${config.host}:${address.port}` : config.publicUrl;
  console.log(`Firebreak is running at ${url} (database: ${where})`);
  if (setupLink) console.log(`\nFirst run: finish setting up the admin account here (valid 24 h, once):\n  ${setupLink}\n`);
  const stop = async () => {
    await app.close();
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

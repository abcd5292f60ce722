import type { Command } from 'commander';

type Opts = { port?: string; host?: string; dataDir?: string; databaseUrl?: string; role?: string };

/** `firebreak serve`: the server, configured by FIREBREAK_* variables or these flags. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the Firebreak server (configured by FIREBREAK_* environment variables)')
    .option('--port <port>', 'port to listen on (FIREBREAK_PORT, default 4400)')
    .option('--host <host>', 'address to listen on (FIREBREAK_HOST, default 127.0.0.1)')
    .option('--data-dir <dir>', 'where the SQLite database lives (FIREBREAK_DATA_DIR, default ./data)')
    .option('--database-url <url>', 'postgres://… to use PostgreSQL instead (FIREBREAK_DATABASE_URL)')
    .option('--role <role>', 'all (default): API, web app and job worker; web: no worker; worker: jobs only (FIREBREAK_ROLE)')
    .action(async (opts: Opts) => {
      const env = { ...process.env };
      if (opts.port) env.FIREBREAK_PORT = opts.port;
      if (opts.host) env.FIREBREAK_HOST = opts.host;
      if (opts.dataDir) env.FIREBREAK_DATA_DIR = opts.dataDir;
      if (opts.databaseUrl) env.FIREBREAK_DATABASE_URL = opts.databaseUrl;
      if (opts.role) env.FIREBREAK_ROLE = opts.role;
      // Loaded on demand: the other commands should not pay for Fastify and the database drivers.
      // (Relative path: tsc rejects '@firebreak/server/main.ts' under rewriteRelativeImportExtensions.)
      const { serve } = await import('../../../server/src/main.ts');
      try {
        await serve(env);
      } catch (err) {
        process.stderr.write(`error: Firebreak failed to start: ${(err as Error).message} (start_failed)\n`);
        process.exit(1); // half-started parts (database pool, timers) would keep the process alive
      }
    });
}

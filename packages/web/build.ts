import { join } from 'node:path';
import { build } from 'vite';

/** `npm run build:web`: bundles packages/web into packages/web/dist, which the server serves at `/`. */
export async function buildWeb(opts: { quiet?: boolean } = {}): Promise<void> {
  // Always a production bundle, even when started from a test runner that sets NODE_ENV=test.
  process.env.NODE_ENV = 'production';
  await build({ configFile: join(import.meta.dirname, 'vite.config.ts'), mode: 'production', logLevel: opts.quiet ? 'warn' : 'info' });
}

if (import.meta.main) {
  buildWeb({ quiet: process.argv.includes('--quiet') }).catch((err: unknown) => {
    console.error(`Building the web app failed: ${(err as Error).message}`);
    process.exit(1);
  });
}

import { ensureWebBuilt } from './lib/build.ts';
import { chromiumLaunchOptions, describeChromium, findChromium } from './lib/chromium.ts';

/** True when this vitest run was asked for specific files and none of them is an e2e spec. */
function e2eNotSelected(): boolean {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && !['run', 'watch', 'dev', 'related', 'bench'].includes(a));
  return filters.length > 0 && !filters.some((f) => f.includes('e2e'));
}

/** FIREBREAK_TEST_STRICT=1 (set by .ci/run): what would be skipped here fails the run instead. */
const strict = process.env.FIREBREAK_TEST_STRICT === '1';

/**
 * Vitest global setup, once per run: says in one line what is skipped (PostgreSQL without
 * FIREBREAK_TEST_DATABASE_URL, the browser specs without a Chromium), or fails under FIREBREAK_TEST_STRICT=1;
 * for the e2e specs it builds the web app when stale and unpacks the npm Chromium before the workers start.
 */
export async function setup(): Promise<void> {
  if (!process.env.FIREBREAK_TEST_DATABASE_URL) {
    if (strict) throw new Error('FIREBREAK_TEST_STRICT=1 but FIREBREAK_TEST_DATABASE_URL is not set: the PostgreSQL tests cannot run');
    console.log('PostgreSQL tests skipped (SQLite only): set FIREBREAK_TEST_DATABASE_URL=postgres://… to run them too');
  }
  if (e2eNotSelected()) return;
  const found = findChromium();
  if ('missing' in found) {
    if (strict) throw new Error(`FIREBREAK_TEST_STRICT=1 but there is no Chromium for the browser specs: ${found.missing}`);
    console.log(`Browser specs (e2e/) skipped: ${found.missing}`);
    return;
  }
  ensureWebBuilt();
  await chromiumLaunchOptions();
  console.log(`Browser specs run in ${describeChromium(found.chromium)}`);
}

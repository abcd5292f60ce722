import { ensureWebBuilt } from './lib/build.ts';

/** True when this vitest run was asked for specific files and none of them is an e2e spec. */
function e2eNotSelected(): boolean {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && !['run', 'watch', 'dev', 'related', 'bench'].includes(a));
  return filters.length > 0 && !filters.some((f) => f.includes('e2e'));
}

/** Vitest global setup: the e2e specs drive the built web app, so build it first when stale. */
export function setup(): void {
  if (!e2eNotSelected()) ensureWebBuilt();
}

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx', 'e2e/**/*.spec.ts'],
    // Builds packages/web/dist when it is missing or stale, before e2e/*.spec.ts drive it in Chromium.
    globalSetup: ['e2e/globalSetup.ts'],
    // Browser specs on a 2-core machine take 15–29 s each with two files running at once; at 30 s one of them
    // (the retrospective's phone and dark-theme check, 16–20 s alone) timed out while the machine was also busy.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});

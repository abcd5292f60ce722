import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../packages/server/src/config.ts';
import { Bus } from '../packages/server/src/platform/bus.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import { type Deps, transaction } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/index.ts';
import { defineJob, enqueue } from '../packages/server/src/platform/jobs/queue.ts';
import { Worker } from '../packages/server/src/platform/jobs/worker.ts';
import { rawSqlite } from './baselines.ts';
import { type BenchRow, fmt, percentile, row } from './lib.ts';

const JOBS = 5000;
const SCHEDULED = 300;
const SPREAD_MS = 6000;
const log = (msg: string) => process.stderr.write(`  jobs: ${msg}\n`);

export const notes = `
What \`jobs.bench.ts\` measures, on SQLite (WAL, synchronous=FULL) in a fresh temp data dir, with the
real \`Worker\` (concurrency 8, poll 1 s, woken by enqueues through the bus) in the same process:

- **throughput**: ${fmt(JOBS)} no-op jobs enqueued in transactions of 100, from the first enqueue
  until the last is done. Each job is one insert, one claim and one settle, all durable; beside the
  raw 1-row-per-commit ceiling of node:sqlite measured in the same run.
- **scheduled lateness**: ${fmt(SCHEDULED)} jobs with \`run_at\` spread over the next ${SPREAD_MS / 1000} s; lateness is
  when the handler started minus \`run_at\`. Beside it, plain \`setTimeout\` timers for the same
  instants (the event loop's own lateness). Target: p99 ≤ 1 s.
`;

export async function run(): Promise<BenchRow[]> {
  const raw = await rawSqlite({ durationMs: 1500 });
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-jobs-'));
  const database = await openDatabase(join(dir, 'jobs.sqlite'));
  const deps: Deps = {
    db: database.db,
    dialect: 'sqlite',
    clock: systemClock,
    bus: new Bus(),
    config: loadConfig({ FIREBREAK_DATA_DIR: dir }),
  };
  let done = 0;
  const lateness: number[] = [];
  const benchJob = defineJob({
    kind: 'bench.noop',
    payload: z.object({ scheduled: z.boolean() }),
    async run(ctx, { scheduled }) {
      if (scheduled) lateness.push(Date.now() - Date.parse(ctx.job.runAt));
      else done++;
    },
  });
  const worker = new Worker(deps, { concurrency: 8 });
  worker.start();
  try {
    log(`${fmt(JOBS)} no-op jobs`);
    const t0 = performance.now();
    for (let i = 0; i < JOBS; i += 100) {
      await transaction(deps, async (tx) => {
        for (let j = 0; j < 100; j++) await enqueue(tx, deps, benchJob, { scheduled: false });
      });
    }
    while (done < JOBS) await new Promise((r) => setTimeout(r, 5));
    const perSec = JOBS / ((performance.now() - t0) / 1000);

    log(`${SCHEDULED} scheduled jobs over ${SPREAD_MS / 1000} s`);
    const start = Date.now() + 500;
    const times = Array.from({ length: SCHEDULED }, () => start + Math.random() * SPREAD_MS);
    const timerLateness: number[] = [];
    for (const at of times) setTimeout(() => timerLateness.push(Date.now() - at), at - Date.now());
    await transaction(deps, async (tx) => {
      for (const at of times) await enqueue(tx, deps, benchJob, { scheduled: true }, { runAt: new Date(at) });
    });
    while (lateness.length < SCHEDULED) await new Promise((r) => setTimeout(r, 20));
    const late = Float64Array.from(lateness).sort();
    const timers = Float64Array.from(timerLateness).sort();
    return [
      row('jobs', 'enqueue + run no-op jobs', perSec, 'jobs/s', {
        baseline: { name: 'node:sqlite 1 row/commit', value: raw.durable.perSec },
      }),
      row('jobs', 'scheduled job lateness p50', percentile(late, 50), 'ms', {
        baseline: { name: 'setTimeout p50', value: percentile(timers, 50) },
      }),
      row('jobs', 'scheduled job lateness p99', percentile(late, 99), 'ms', {
        baseline: { name: 'setTimeout p99', value: percentile(timers, 99) },
        target: '<=1000',
      }),
    ];
  } finally {
    await worker.stop();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

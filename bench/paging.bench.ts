import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../packages/server/src/config.ts';
import { onCallAt } from '../packages/server/src/oncall/index.ts';
import { insertSchedule } from '../packages/server/src/oncall/store.ts';
import { startPage } from '../packages/server/src/paging/engine.ts';
import { pagingLimits } from '../packages/server/src/paging/send.ts';
import { insertContactMethod } from '../packages/server/src/paging/store.ts';
import { Bus } from '../packages/server/src/platform/bus.ts';
import { fixedClock, systemClock } from '../packages/server/src/platform/clock.ts';
import { type Deps, reader, transaction } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/index.ts';
import { noopJob } from '../packages/server/src/platform/jobs/builtin.ts';
import { enqueue } from '../packages/server/src/platform/jobs/queue.ts';
import { Worker } from '../packages/server/src/platform/jobs/worker.ts';
import { ensureDefaults } from '../packages/server/src/severities/configure.ts';
import { startFakeReceiver } from '../packages/server/src/test/fakes/receiver.ts';
import { createUser } from '../packages/server/src/users/createUser.ts';
import { type BenchRow, fmt, percentile, row } from './lib.ts';

const ESCALATIONS = 1000;
const SCHEDULES = 500;
const SWEEPS = 20;
const ZONES = ['Europe/London', 'America/Chicago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
const log = (msg: string) => process.stderr.write(`  paging: ${msg}\n`);

export const notes = `
What \`paging.bench.ts\` measures, on SQLite (WAL, synchronous=FULL) in a fresh temp data dir, with
the real \`Worker\` at the server's default concurrency (8) in the same process, real time:

- **${fmt(ESCALATIONS)} escalations due in the same second**: ${fmt(ESCALATIONS)} open pages, each on a different
  person with a webhook contact method (a local HTTP receiver answering 200 at once), whose step falls
  due at the same instant T. Each step is a \`paging.step\` job; the worker claims the due steps
  together (up to 200 per free slot, one statement) and runs them as batches of up to 200 side by
  side; a batch fires its steps in one transaction with set-wise queries (the
  pages, people, contact methods and rules read in one query each; the notifications and their
  \`paging.send\` jobs inserted in one statement each), checks the rate limits and claims the
  sends due now in that same transaction, then POSTs them side by side from the step job itself
  over kept-alive connections, at most 64 to one host (each send is still a \`paging.send\` job, enqueued claimed by the step's worker: done when its
  receiver answered, retried by any worker if the post fails or the process dies).
  **Lateness** of a notification is its \`sent_at\` (marked after the receiver answered) minus its
  due time (T); "step job started" is when its \`paging.step\` job started minus T. Target: p99 ≤ 1 s.
  The run fails if any notification is not sent, any receiver got a page twice, or any send job is not done.
- **Baseline**: ${fmt(ESCALATIONS)} no-op jobs due in the same second, in the same run with the same worker:
  lateness is when each started minus its \`run_at\`. A page needs one job (the step) and a POST.
- **Who is on call now, ${SCHEDULES} schedules**: \`onCallAt\` (what a step that targets a schedule calls:
  the schedule and its overrides read, then the Luxon engine) for each of ${SCHEDULES} schedules in
  ${ZONES.length} time zones with two layers each, ${SWEEPS} sweeps; p50/p99 of one lookup and of a whole sweep.
`;

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-paging-'));
  const config = loadConfig({ FIREBREAK_DATA_DIR: dir, FIREBREAK_LOG_LEVEL: 'silent', FIREBREAK_WEBHOOKS_ALLOW_PRIVATE: 'on' });
  const database = await openDatabase(config.database);
  const deps: Deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config };
  await ensureDefaults(deps);
  const rx = await startFakeReceiver('/page');
  // One contact method per person: the per-method rate limit (5 a minute) never applies; still, make sure.
  const limit = pagingLimits.perMinute;
  pagingLimits.perMinute = Number.MAX_SAFE_INTEGER;
  const started = new Map<string, number>(); // job id → started at (ms)
  const worker = new Worker(deps, {
    concurrency: config.workerConcurrency,
    onSettled: (job, _outcome, startedAt) => started.set(job.id, startedAt.getTime()),
  });
  try {
    log(`${fmt(ESCALATIONS)} people with a webhook contact method`);
    const people: string[] = [];
    for (let i = 0; i < ESCALATIONS; i++)
      people.push((await createUser(deps, { email: `p${i}@example.com`, role: 'responder', name: `P ${i}` })).id);
    const iso = new Date().toISOString();
    await transaction(deps, async (tx) => {
      for (const [i, id] of people.entries())
        await insertContactMethod(tx, {
          id: `cm-${i}`,
          user_id: id,
          kind: 'webhook',
          label: 'Pager hook',
          address: `${rx.url}/${i}`,
          enabled: 1,
          last_test_at: null,
          created_at: iso,
        });
    });
    worker.start();

    log(`baseline: ${fmt(ESCALATIONS)} no-op jobs due in the same second`);
    const noopAt = new Date(Math.ceil((Date.now() + 3000) / 1000) * 1000);
    const noopIds = await transaction(deps, async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < ESCALATIONS; i++) ids.push((await enqueue(tx, deps, noopJob, { delayMs: 0 }, { runAt: noopAt })) as string);
      return ids;
    });
    while (noopIds.some((id) => !started.has(id))) await new Promise((r) => setTimeout(r, 50));
    const noopLate = Float64Array.from(noopIds.map((id) => (started.get(id) as number) - noopAt.getTime())).sort();

    log(`${fmt(ESCALATIONS)} escalations due in the same second`);
    const due = new Date(Math.ceil((Date.now() + 4000) / 1000) * 1000);
    log(`due at ${due.toISOString()}`);
    const at = { clock: fixedClock(due) }; // the pages' step is scheduled for `due`
    await transaction(deps, async (tx) => {
      for (const [i, id] of people.entries())
        await startPage(tx, at, {
          incidentId: null,
          alertId: null,
          serviceId: null,
          policyId: null,
          target: { kind: 'user', id },
          title: `Bench page ${i}`,
          message: null,
          source: 'human',
          createdBy: null,
          plan: { repeat: 0, steps: [{ delayMinutes: 5, targets: [{ kind: 'user', id }] }] },
        });
    });
    if (Date.now() >= due.getTime()) throw new Error('setting up the pages took longer than the lead time');
    const deadline = Date.now() + 300_000;
    for (;;) {
      const sent = await reader(deps)
        .db.selectFrom('page_notifications')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '=', 'sent')
        .executeTakeFirstOrThrow();
      if (Number(sent.n) >= ESCALATIONS) break;
      if (Date.now() > deadline) throw new Error(`only ${sent.n} of ${ESCALATIONS} notifications sent in 300 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const rows = await reader(deps).db.selectFrom('page_notifications').select(['due_at', 'sent_at']).execute();
    if (rows.some((r) => r.due_at !== due.toISOString())) throw new Error('a notification is not due at the step time');
    const sentLate = Float64Array.from(rows.map((r) => Date.parse(r.sent_at as string) - due.getTime())).sort();
    const sendJobs = await reader(deps)
      .db.selectFrom('jobs')
      .select(['id', 'kind', 'run_at', 'state'])
      .where('kind', 'like', 'paging.%')
      .execute();
    const notDone = sendJobs.filter((j) => j.kind === 'paging.send' && j.state !== 'done').length;
    if (notDone) throw new Error(`${notDone} paging.send jobs are not done after their notifications were sent`);
    const startLate = (kind: string) =>
      Float64Array.from(
        sendJobs.filter((j) => j.kind === kind && started.has(j.id)).map((j) => (started.get(j.id) as number) - Date.parse(j.run_at)),
      ).sort();
    const stepLate = startLate('paging.step');
    if (rx.received.length !== ESCALATIONS)
      throw new Error(`the receiver got ${rx.received.length} pages for ${ESCALATIONS} notifications`);
    log(
      `notifications sent p50 ${fmt(percentile(sentLate, 50))} ms p99 ${fmt(percentile(sentLate, 99))} ms; no-op p99 ${fmt(percentile(noopLate, 99))} ms`,
    );
    await worker.stop();

    log(`who is on call now: ${SCHEDULES} schedules`);
    await transaction(deps, async (tx) => {
      for (let i = 0; i < SCHEDULES; i++) {
        const pick = (k: number) => Array.from({ length: 5 }, (_, j) => people[(i * 3 + j + k) % people.length]);
        await insertSchedule(tx, {
          id: `bench-${i}`,
          name: `Schedule ${String(i).padStart(3, '0')}`,
          description: '',
          team_id: null,
          time_zone: ZONES[i % ZONES.length],
          layers: JSON.stringify([
            {
              participants: pick(0),
              rotation: { unit: 'weeks', length: 1 },
              handoffTime: '09:00',
              startDate: '2025-01-06',
              restrictions: [],
            },
            {
              participants: pick(7),
              rotation: { unit: 'days', length: 1 },
              handoffTime: '09:00',
              startDate: '2025-01-06',
              restrictions: [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }],
            },
          ]),
          created_by: null,
          created_at: iso,
          updated_at: iso,
          handovers_through: iso,
        });
      }
    });
    const one: number[] = [];
    const sweep: number[] = [];
    for (let s = 0; s < SWEEPS + 2; s++) {
      const t0 = performance.now();
      for (let i = 0; i < SCHEDULES; i++) {
        const t1 = performance.now();
        await onCallAt(reader(deps), `bench-${i}`, new Date());
        if (s >= 2) one.push(performance.now() - t1); // two warm-up sweeps
      }
      if (s >= 2) sweep.push(performance.now() - t0);
    }
    const oneSorted = Float64Array.from(one).sort();
    const sweepSorted = Float64Array.from(sweep).sort();
    return [
      row('paging', `${fmt(ESCALATIONS)} steps due at once: notification sent, lateness p50`, percentile(sentLate, 50), 'ms', {
        baseline: { name: `${fmt(ESCALATIONS)} no-op jobs due at once, p50`, value: percentile(noopLate, 50) },
      }),
      row('paging', `${fmt(ESCALATIONS)} steps due at once: notification sent, lateness p99`, percentile(sentLate, 99), 'ms', {
        baseline: { name: `${fmt(ESCALATIONS)} no-op jobs due at once, p99`, value: percentile(noopLate, 99) },
        target: '<=1000',
      }),
      row('paging', `${fmt(ESCALATIONS)} steps due at once: step job started, p99`, percentile(stepLate, 99), 'ms'),
      row('paging', `who is on call now, one of ${SCHEDULES} schedules, p50`, percentile(oneSorted, 50), 'ms'),
      row('paging', `who is on call now, one of ${SCHEDULES} schedules, p99`, percentile(oneSorted, 99), 'ms'),
      row('paging', `who is on call now, all ${SCHEDULES} schedules, p50`, percentile(sweepSorted, 50), 'ms'),
      row('paging', `who is on call now, all ${SCHEDULES} schedules, p99`, percentile(sweepSorted, 99), 'ms', { target: '<=1000' }),
    ];
  } finally {
    pagingLimits.perMinute = limit;
    await worker.stop();
    await rx.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makeTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { transaction } from '../context.ts';
import { defineJob, enqueue, enqueueMany, settleClaimed } from './queue.ts';
import { getJob, type JobRow } from './store.ts';
import { Worker } from './worker.ts';

/** What test jobs did, by job id: every run is counted, so "exactly once" is checked on effects. */
const runs = new Map<string, number>();
const failUntil = new Map<string, number>();

const recordJob = defineJob({
  kind: 'test.record',
  payload: z.object({ label: z.string() }),
  maxAttempts: 3,
  async run(ctx) {
    runs.set(ctx.job.id, (runs.get(ctx.job.id) ?? 0) + 1);
    if ((failUntil.get(ctx.job.id) ?? 0) >= ctx.job.attempt) throw new Error(`receiver answered 503 (attempt ${ctx.job.attempt})`);
  },
});

/** A kind with a batch handler: each call is recorded with its size; items labelled "bad" fail. */
const batches: number[] = [];
/** Batch handler calls under way, and the most at once (a burst's batches run side by side). */
const overlap = { now: 0, most: 0 };
const batchJob = defineJob({
  kind: 'test.batch',
  payload: z.object({ label: z.string() }),
  maxAttempts: 3,
  async run() {
    throw new Error('a batch kind runs through its batch handler');
  },
  batch: {
    max: 5,
    async run(_ctx, items) {
      batches.push(items.length);
      overlap.most = Math.max(overlap.most, ++overlap.now);
      await new Promise((r) => setTimeout(r, 20));
      overlap.now--;
      for (const i of items) runs.set(i.job.id, (runs.get(i.job.id) ?? 0) + 1);
      return items.map((i) => (i.payload.label === 'bad' ? new Error(`bad item (attempt ${i.job.attempt})`) : null));
    },
  },
});

describe.each(testDatabases())('job queue on %s', (kind) => {
  let t: TestApp;
  const worker = () => new Worker(t.deps, { concurrency: 4 });
  const job = async (id: string) => (await getJob({ db: t.deps.db, dialect: t.deps.dialect, events: [] }, id)) as JobRow;
  const put = (label: string, opts: Parameters<typeof enqueue>[4] = {}) =>
    transaction(t.deps, (tx) => enqueue(tx, t.deps, recordJob, { label }, opts)) as Promise<string>;

  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  beforeEach(() => {
    runs.clear();
    failUntil.clear();
  });
  afterAll(() => t.close());

  it('a kind with a batch handler: due jobs run together up to its max, settle together, and only a failing item retries', async () => {
    batches.length = 0;
    const ids = await transaction(t.deps, async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 12; i++) out.push((await enqueue(tx, t.deps, batchJob, { label: i === 7 ? 'bad' : `ok ${i}` })) as string);
      return out;
    });
    expect(await new Worker(t.deps, { concurrency: 1 }).runDue()).toBe(12);
    expect(batches).toEqual([5, 5, 2]);
    for (const [i, id] of ids.entries()) {
      expect(runs.get(id)).toBe(1);
      if (i === 7) expect(await job(id)).toMatchObject({ state: 'queued', attempts: 1, last_error: 'bad item (attempt 1)' });
      else expect(await job(id)).toMatchObject({ state: 'done', attempts: 1, last_error: null });
    }
    t.clock.advance(3_600_000);
    await new Worker(t.deps).runDue();
    expect(batches.at(-1)).toBe(1);
    expect(await job(ids[7])).toMatchObject({ state: 'queued', attempts: 2, last_error: 'bad item (attempt 2)' });
  });

  it('a burst of a batch kind is claimed for all free slots at once: its batches run side by side, never more than the slots', async () => {
    batches.length = 0;
    overlap.most = 0;
    const ids = await transaction(t.deps, async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 23; i++) out.push((await enqueue(tx, t.deps, batchJob, { label: `burst ${i}` })) as string);
      return out;
    });
    // Three slots: three batches of five at once, then the eight left (five and three, side by side).
    expect(await new Worker(t.deps, { concurrency: 3 }).runDue()).toBe(23);
    expect(batches).toEqual([5, 5, 5, 5, 3]);
    expect(overlap.most).toBe(3);
    for (const id of ids) {
      expect(runs.get(id)).toBe(1);
      expect(await job(id)).toMatchObject({ state: 'done', attempts: 1 });
    }
  });

  it("jobs enqueued claimed: no worker runs them while the lease holds; settled, they are done or retry; a dead claimer's are taken over", async () => {
    const now = t.clock.now();
    const claim = { by: 'w-step', leaseUntil: new Date(now.getTime() + 60_000) };
    const [done, failed, orphan] = (await transaction(t.deps, (tx) =>
      enqueueMany(tx, t.deps, recordJob, [
        { payload: { label: 'sent at once' }, claim },
        { payload: { label: 'receiver down' }, claim },
        { payload: { label: 'claimer died' }, claim },
      ]),
    )) as string[];
    expect(await job(orphan)).toMatchObject({ state: 'running', attempts: 1, locked_by: 'w-step' });
    await worker().runDue(); // under the claimer's lease: none of them runs
    expect([runs.get(done), runs.get(failed), runs.get(orphan)]).toEqual([undefined, undefined, undefined]);
    await transaction(t.deps, (tx) =>
      settleClaimed(tx, t.deps, recordJob, [
        { id: done, error: null },
        { id: failed, error: 'receiver answered 503' },
      ]),
    );
    expect(await job(done)).toMatchObject({ state: 'done', attempts: 1, last_error: null });
    expect(await job(failed)).toMatchObject({ state: 'queued', attempts: 1, last_error: 'receiver answered 503' });
    t.clock.advance(61_000); // the retry's backoff has passed, and the dead claimer's lease
    await worker().runDue();
    expect([runs.get(done), runs.get(failed), runs.get(orphan)]).toEqual([undefined, 1, 1]);
    expect(await job(orphan)).toMatchObject({ state: 'done', attempts: 2 });
    expect(await job(failed)).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('commits a job with the change that enqueued it, and not at all when that change rolls back', async () => {
    let kept = '';
    await expect(
      transaction(t.deps, async (tx) => {
        kept = (await enqueue(tx, t.deps, recordJob, { label: 'lost' })) as string;
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await job(kept)).toBeUndefined();
    const id = await put('kept');
    expect(await job(id)).toMatchObject({ state: 'queued', kind: 'test.record', attempts: 0 });
    expect(await worker().runDue()).toBeGreaterThanOrEqual(1);
    expect(await job(id)).toMatchObject({ state: 'done', attempts: 1, last_error: null });
    expect(runs.get(id)).toBe(1);
  });

  it('retries a failing job with growing delays by the injected clock, then marks it dead with the last error', async () => {
    const id = await put('flaky');
    failUntil.set(id, 99);
    const w = worker();
    await w.runDue();
    const first = await job(id);
    expect(first).toMatchObject({ state: 'queued', attempts: 1, last_error: 'receiver answered 503 (attempt 1)' });
    const wait1 = Date.parse(first.run_at) - t.clock.now().getTime();
    expect(wait1).toBeGreaterThanOrEqual(1000);
    expect(await w.runDue()).toBe(0); // not due yet
    t.clock.advance(wait1);
    await w.runDue();
    const second = await job(id);
    expect(second.attempts).toBe(2);
    expect(Date.parse(second.run_at) - t.clock.now().getTime()).toBeGreaterThanOrEqual(2000);
    t.clock.advance(3_600_000);
    await w.runDue();
    expect(await job(id)).toMatchObject({ state: 'dead', attempts: 3, last_error: 'receiver answered 503 (attempt 3)' });
    expect(runs.get(id)).toBe(3);
  });

  it('a job that recovers on a retry is done, run once per attempt', async () => {
    const id = await put('recovers');
    failUntil.set(id, 1);
    const w = worker();
    await w.runDue();
    t.clock.advance(3_600_000);
    await w.runDue();
    expect(await job(id)).toMatchObject({ state: 'done', attempts: 2, last_error: null });
    expect(runs.get(id)).toBe(2);
  });

  it('a malformed payload or an unknown kind is dead at once with the reason, and the queue keeps going', async () => {
    const good = await put('good');
    const now = t.clock.now().toISOString();
    const row = { state: 'queued', run_at: now, attempts: 0, max_attempts: 5, lease_until: null, locked_by: null, last_error: null };
    const meta = { idempotency_key: null, created_at: now, updated_at: now, finished_at: null };
    await t.deps.db
      .insertInto('jobs')
      .values([
        { id: 'bad-payload', kind: 'test.record', payload: '{"label": 42}', ...row, ...meta },
        { id: 'bad-json', kind: 'test.record', payload: '{not json', ...row, ...meta },
        { id: 'bad-kind', kind: 'no.such.kind', payload: '{}', ...row, ...meta },
      ])
      .execute();
    await worker().runDue();
    expect(await job('bad-payload')).toMatchObject({
      state: 'dead',
      attempts: 1,
      last_error: expect.stringMatching(/^Invalid payload: label: /),
    });
    expect(await job('bad-json')).toMatchObject({ state: 'dead', last_error: expect.stringMatching(/^Invalid payload/) });
    expect(await job('bad-kind')).toMatchObject({ state: 'dead', last_error: 'No handler for job kind "no.such.kind"' });
    expect(await job(good)).toMatchObject({ state: 'done' });
  });

  it('refuses a bad payload when enqueueing, so the change that caused it fails loudly', async () => {
    await expect(transaction(t.deps, (tx) => enqueue(tx, t.deps, recordJob, { label: 7 as unknown as string }))).rejects.toThrow();
  });

  it('runs scheduled work only once it is due', async () => {
    const id = await put('later', { runAt: new Date(t.clock.now().getTime() + 60_000) });
    const w = worker();
    await w.runDue();
    expect(runs.get(id)).toBeUndefined();
    t.clock.advance(60_000);
    await w.runDue();
    expect(runs.get(id)).toBe(1);
  });

  it('enqueues work with the same key once', async () => {
    const a = await put('once', { key: `reminder:${kind}:1` });
    const b = await put('once again', { key: `reminder:${kind}:1` });
    expect(a).toBeTruthy();
    expect(b).toBeNull();
  });

  it('takes over a job whose worker died once its lease ran out, and records that attempt', async () => {
    const id = await put('orphan');
    // A worker claims the job and dies before settling it (kill -9).
    const dead = new Worker(t.deps, { leaseMs: 30_000 });
    await transaction(t.deps, (tx) =>
      tx.db
        .updateTable('jobs')
        .set({ state: 'running', attempts: 1, locked_by: dead.id, lease_until: new Date(t.clock.now().getTime() + 30_000).toISOString() })
        .where('id', '=', id)
        .execute(),
    );
    const w = worker();
    await w.runDue();
    expect(runs.get(id)).toBeUndefined(); // the lease still holds
    t.clock.advance(30_001);
    await w.runDue();
    expect(await job(id)).toMatchObject({ state: 'done', attempts: 2, locked_by: w.id });
    expect(runs.get(id)).toBe(1);
  });

  it('a job whose worker died on its last attempt is dead, not run a fourth time', async () => {
    const id = await put('poison');
    await transaction(t.deps, (tx) =>
      tx.db
        .updateTable('jobs')
        .set({ state: 'running', attempts: 3, locked_by: 'gone', lease_until: t.clock.now().toISOString() })
        .where('id', '=', id)
        .execute(),
    );
    t.clock.advance(1);
    await worker().runDue();
    expect(await job(id)).toMatchObject({ state: 'dead', last_error: expect.stringMatching(/lease expired/) });
    expect(runs.get(id)).toBeUndefined();
  });

  it('two workers running at once run each of 200 jobs exactly once', async () => {
    const ids = await transaction(t.deps, async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 200; i++) out.push((await enqueue(tx, t.deps, recordJob, { label: `bulk ${i}` })) as string);
      return out;
    });
    const [a, b] = [worker(), worker()];
    await Promise.all([a.runDue(), b.runDue(), a.runDue()]);
    expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => 1));
    const rows = await t.deps.db.selectFrom('jobs').select(['state', 'attempts']).where('id', 'in', ids).execute();
    expect(rows.every((r) => r.state === 'done' && r.attempts === 1)).toBe(true);
  });

  it('periodic work runs once per period however many workers tick', async () => {
    const ticks: string[] = [];
    const tickJob = defineJob({
      kind: `test.tick.${kind}`,
      payload: z.object({ tick: z.string() }),
      async run(_ctx, { tick }) {
        ticks.push(tick);
      },
    });
    const periodic = [{ name: `test.tick.${kind}`, everyMs: 60_000, job: tickJob }];
    const workers = [new Worker(t.deps, { periodic }), new Worker(t.deps, { periodic }), new Worker(t.deps, { periodic })];
    for (const w of workers) await w.runDue();
    t.clock.advance(60_000);
    for (const w of workers) await w.runDue();
    expect(ticks).toHaveLength(2);
    expect(new Set(ticks).size).toBe(2);
  });
});

describe.each(testDatabases())('background jobs in the admin API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('shows a dead job with its last error; retrying runs it again; discarding a waiting one keeps it from running', async () => {
    const id = await transaction(t.deps, (tx) => enqueue(tx, t.deps, recordJob, { label: 'webhook to ops' }, { maxAttempts: 1 }));
    failUntil.set(id as string, 1);
    const w = new Worker(t.deps);
    await w.runDue();
    const dead = await t.call(t.admin, 'GET', '/api/v1/jobs?state=dead');
    expect(dead.statusCode).toBe(200);
    expect(dead.json().data).toEqual([
      expect.objectContaining({
        id,
        kind: 'test.record',
        state: 'dead',
        attempts: 1,
        lastError: 'receiver answered 503 (attempt 1)',
        abilities: { retry: true, discard: true },
      }),
    ]);
    expect((await t.call(t.admin, 'GET', '/api/v1/jobs/summary')).json().data.counts).toMatchObject({ dead: 1, queued: 0 });
    expect((await t.call(t.admin, 'GET', '/metrics')).body).toMatch(/^firebreak_jobs\{state="dead"\} 1$/m);

    failUntil.delete(id as string); // the receiver is fixed
    const retried = await t.call(t.admin, 'POST', `/api/v1/jobs/${id}/retry`, {});
    expect(retried.json().data).toMatchObject({ state: 'retrying', attempts: 0 });
    await w.runDue();
    expect((await t.call(t.admin, 'GET', `/api/v1/jobs/${id}`)).json().data).toMatchObject({ state: 'done', lastError: null, attempts: 1 });
    expect(runs.get(id as string)).toBe(2);

    const refused = await t.call(t.admin, 'POST', `/api/v1/jobs/${id}/retry`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('job_state');

    const waiting = (await t.call(t.admin, 'POST', '/api/v1/jobs/test', { delayMs: 0 })).json().data;
    expect(waiting).toMatchObject({ kind: 'noop', state: 'queued' });
    expect((await t.call(t.admin, 'DELETE', `/api/v1/jobs/${waiting.id}`)).json().data.state).toBe('discarded');
    await w.runDue();
    expect((await t.call(t.admin, 'GET', `/api/v1/jobs/${waiting.id}`)).json().data.state).toBe('discarded');
    expect((await t.call(t.responder, 'GET', '/api/v1/jobs')).statusCode).toBe(403);
  });

  it('pages through jobs newest first without losing any that share a timestamp', async () => {
    const ids = await transaction(t.deps, async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) out.push((await enqueue(tx, t.deps, recordJob, { label: `page ${i}` })) as string);
      return out;
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.call(t.admin, 'GET', `/api/v1/jobs?kind=test.record&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.json().data.map((j: { id: string }) => j.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    for (const id of ids) expect(seen.filter((s) => s === id)).toHaveLength(1);
    expect((await t.call(t.admin, 'GET', '/api/v1/jobs?cursor=nonsense')).json().error.code).toBe('invalid_input');
  });
});

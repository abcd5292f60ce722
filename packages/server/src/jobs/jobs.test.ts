import type { JobView } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../platform/context.ts';
import { enqueue } from '../platform/jobs/queue.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { buildJob, failingJob } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

// The admin routes over the job queue (the queue itself is tested in platform/jobs/jobs.test.ts).
describe.each(testDatabases())('background jobs for admins on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const api = (path: string) => `/api/v1${path}`;
  const job = async (id: string) => (await t.call(t.admin, 'GET', api(`/jobs/${id}`))).json().data as JobView;
  const runDue = () => new Worker(t.deps).runDue();
  /** A failing job with attempts left: after one run it waits to retry. */
  const retrying = async () => {
    const id = (await transaction(t.deps, (tx) =>
      enqueue(tx, t.deps, failingJob, { error: 'timeout talking to chat' }, { maxAttempts: 3 }),
    )) as string;
    await runDue();
    return job(id);
  };

  it('is for admins only: responders and viewers get 403 on every route', async () => {
    const dead = await buildJob(t, { state: 'dead' });
    for (const user of [t.responder, t.viewer]) {
      for (const [method, url, body] of [
        ['GET', '/jobs'],
        ['GET', '/jobs/summary'],
        ['GET', `/jobs/${dead.id}`],
        ['POST', `/jobs/${dead.id}/retry`, {}],
        ['DELETE', `/jobs/${dead.id}`],
        ['POST', '/jobs/test', {}],
      ] as const) {
        const res = await t.call(user, method, api(url), body);
        expect(res.statusCode, `${user.email} ${method} ${url}`).toBe(403);
        expect(res.json().error.code).toBe('not_allowed');
      }
    }
    expect((await job(dead.id)).state).toBe('dead');
  });

  it('enqueues a test job that a worker then runs', async () => {
    const res = await t.call(t.admin, 'POST', api('/jobs/test'), { delayMs: 0 });
    expect(res.statusCode).toBe(201);
    const queued = res.json().data as JobView;
    expect(queued).toMatchObject({
      kind: 'noop',
      state: 'queued',
      attempts: 0,
      payload: { delayMs: 0 },
      abilities: { retry: false, discard: true },
    });
    await runDue();
    expect(await job(queued.id)).toMatchObject({ state: 'done', attempts: 1, abilities: { retry: false, discard: false } });
    const bad = await t.call(t.admin, 'POST', api('/jobs/test'), { delayMs: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^body\.delayMs/);
  });

  it('shows why a job failed, and runs a dead one again with fresh attempts (or only what it had left)', async () => {
    const dead = await buildJob(t, { state: 'dead', error: 'receiver answered 503' });
    expect(dead).toMatchObject({ kind: 'test.fails', state: 'dead', attempts: 1, maxAttempts: 1, lastError: 'receiver answered 503' });
    expect(dead.abilities).toEqual({ retry: true, discard: true });

    const again = await t.call(t.admin, 'POST', api(`/jobs/${dead.id}/retry`), {});
    expect(again.json().data).toMatchObject({ state: 'retrying', attempts: 0, runAt: t.clock.now().toISOString(), finishedAt: null });
    await runDue();
    expect(await job(dead.id)).toMatchObject({ state: 'dead', attempts: 1 });

    const waiting = await retrying();
    expect(waiting).toMatchObject({ state: 'retrying', attempts: 1, lastError: 'timeout talking to chat' });
    const keep = await t.call(t.admin, 'POST', api(`/jobs/${waiting.id}/retry`), { resetAttempts: false });
    expect(keep.json().data).toMatchObject({ attempts: 1, runAt: t.clock.now().toISOString() });
  });

  it('discards a waiting or dead job (kept, discarded) and refuses what its state does not allow with 409', async () => {
    const queued = await buildJob(t);
    const discarded = await t.call(t.admin, 'DELETE', api(`/jobs/${queued.id}`));
    expect(discarded.json().data).toMatchObject({ state: 'discarded', abilities: { retry: true, discard: false } });
    const twice = await t.call(t.admin, 'DELETE', api(`/jobs/${queued.id}`));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'job_state', details: { state: 'discarded' } });
    expect((await t.call(t.admin, 'POST', api(`/jobs/${queued.id}/retry`), {})).json().data.state).toBe('queued');

    const fresh = await buildJob(t);
    const notFailed = await t.call(t.admin, 'POST', api(`/jobs/${fresh.id}/retry`), {});
    expect(notFailed.statusCode).toBe(409);
    expect(notFailed.json().error.code).toBe('job_state');
    const done = await buildJob(t, { state: 'done' });
    expect((await t.call(t.admin, 'DELETE', api(`/jobs/${done.id}`))).statusCode).toBe(409);
    expect((await job(done.id)).state).toBe('done');
    const missing = await t.call(t.admin, 'GET', api('/jobs/no-such-job'));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('job_not_found');
  });

  it('lists newest first, by state (retrying apart from queued) and kind, paged without loss; the summary counts each state', async () => {
    const fresh = await makeTestApp(kind); // an empty queue, so the counts are exact
    try {
      const call = (url: string) => fresh.call(fresh.admin, 'GET', api(url));
      const ids: string[] = [];
      for (let n = 0; n < 3; n++) {
        ids.push((await buildJob(fresh)).id);
        fresh.clock.advance(1000);
      }
      const dead = await buildJob(fresh, { state: 'dead' }); // runs the three queued ones too: done
      const later = await buildJob(fresh); // run below with the failing one: done
      const waitingId = (await transaction(fresh.deps, (tx) =>
        enqueue(tx, fresh.deps, failingJob, { error: 'x' }, { maxAttempts: 5 }),
      )) as string;
      await new Worker(fresh.deps).runDue();

      const summary = (await call('/jobs/summary')).json().data;
      expect(summary.counts).toEqual({ queued: 0, retrying: 1, running: 0, done: 4, dead: 1, discarded: 0 });
      const states = async (q: string) => ((await call(`/jobs?${q}`)).json().data as JobView[]).map((j) => j.id);
      expect(await states('state=dead')).toEqual([dead.id]);
      expect(await states('state=retrying')).toEqual([waitingId]);
      expect(await states('state=queued')).toEqual([]);
      expect(await states('kind=test.fails')).toHaveLength(2);
      expect((await call('/jobs?state=stuck')).statusCode).toBe(400);

      const seen: string[] = [];
      let cursor = '';
      do {
        const page = (await call(`/jobs?limit=2${cursor && `&cursor=${encodeURIComponent(cursor)}`}`)).json();
        seen.push(...page.data.map((j: JobView) => j.id));
        cursor = page.nextCursor ?? '';
      } while (cursor);
      const all = (await call('/jobs?limit=200')).json().data.map((j: JobView) => j.id);
      expect(seen).toEqual(all);
      expect(new Set(all)).toEqual(new Set([...ids, dead.id, later.id, waitingId]));
      expect(all.slice(-3)).toEqual([...ids].reverse()); // the oldest last
    } finally {
      await fresh.close();
    }
  });
});

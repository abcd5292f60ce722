import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reader } from '../platform/context.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { type IncomingEvent, ingest, type KnownIntegration } from './ingest.ts';
import { integrationRowById } from './store.ts';

/**
 * Requests that arrive together are recorded in one shared transaction (ingest.ts): the outcome must
 * be what recording them one after another gives, and one request that fails must fail alone.
 */
describe.each(testDatabases())('ingest of concurrent requests in one transaction on %s', (kind) => {
  let t: TestApp;
  let integration: KnownIntegration;
  const trigger = (dedupKey: string, title = dedupKey, extra: Partial<IncomingEvent> = {}): IncomingEvent => ({
    action: 'trigger',
    dedupKey,
    title,
    severity: 'warning',
    details: { title },
    payload: { title },
    ...extra,
  });
  const act = (action: 'acknowledge' | 'resolve', dedupKey: string): IncomingEvent => ({ action, dedupKey, payload: { action } });
  const rowsOf = (dedupKey: string) =>
    t.deps.db.selectFrom('alerts').selectAll().where('dedup_key', '=', dedupKey).orderBy('first_seen_at').orderBy('id').execute();
  const historyOf = async (alertId: string) =>
    (await t.deps.db.selectFrom('alert_events').select(['action', 'payload']).where('alert_id', '=', alertId).orderBy('id').execute()).map(
      (e) => `${e.action}:${JSON.parse(e.payload).title ?? JSON.parse(e.payload).action}`,
    );

  beforeAll(async () => {
    t = await makeTestApp(kind);
    const created = await t.call(t.admin, 'POST', '/api/v1/integrations', { name: 'batched', format: 'pagerduty' });
    expect(created.statusCode, created.body).toBe(201);
    integration = (await integrationRowById(reader(t.deps), created.json().data.id)) as KnownIntegration;
  });
  afterAll(() => t.close());

  it('keeps the order of events per key across requests: trigger, repeat, resolve, trigger opens a second alert', async () => {
    const [a, b, c, d, e] = await Promise.all([
      ingest(t.deps, integration, [trigger('k1', 'first')], 'r1'),
      ingest(t.deps, integration, [trigger('k1', 'second')], 'r2'),
      ingest(t.deps, integration, [act('acknowledge', 'k1'), act('resolve', 'k1')], 'r3'),
      ingest(t.deps, integration, [trigger('k1', 'third')], 'r4'),
      ingest(t.deps, integration, [trigger('k2', 'x1'), trigger('k2', 'x2'), trigger('k3'), trigger('k2', 'x3')], 'r5'),
    ]);
    expect(a[0].opened).toBe(true);
    expect(b[0]).toEqual({ dedupKey: 'k1', alertId: a[0].alertId, opened: false });
    expect(c.map((o) => o.alertId)).toEqual([a[0].alertId, a[0].alertId]);
    expect(d[0].opened).toBe(true);
    expect(d[0].alertId).not.toBe(a[0].alertId);
    expect(e.map((o) => o.opened)).toEqual([true, false, true, false]);
    expect(new Set([e[0].alertId, e[1].alertId, e[3].alertId]).size).toBe(1);

    const k1 = await rowsOf('k1');
    expect(k1.map((r) => [r.status, Number(r.count), r.title])).toEqual([
      ['resolved', 2, 'second'],
      ['triggered', 1, 'third'],
    ]);
    expect(await historyOf(k1[0].id)).toEqual(['trigger:first', 'trigger:second', 'acknowledge:acknowledge', 'resolve:resolve']);
    const [k2] = await rowsOf('k2');
    expect([Number(k2.count), k2.title, JSON.parse(k2.details).title]).toEqual([3, 'x3', 'x3']);
    expect(await historyOf(k2.id)).toEqual(['trigger:x1', 'trigger:x2', 'trigger:x3']);
  });

  it('a request that fails takes only itself down: the others of its transaction are recorded', async () => {
    const unserializable = { n: 1n } as unknown;
    const results = await Promise.allSettled([
      ingest(t.deps, integration, [trigger('ok-1')], 'r1'),
      ingest(t.deps, integration, [trigger('bad-1', 'bad', { payload: unserializable })], 'r2'),
      ingest(t.deps, integration, [trigger('ok-2'), trigger('ok-1')], 'r3'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await rowsOf('bad-1')).toEqual([]);
    const [ok1] = await rowsOf('ok-1');
    expect(Number(ok1.count)).toBe(2);
    expect(await rowsOf('ok-2')).toHaveLength(1);
  });
});

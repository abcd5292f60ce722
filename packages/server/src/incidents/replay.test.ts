import type { IncidentView, ReplayState } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { replayStateOf } from './replay.ts';

const api = '/api/v1';

/**
 * Replay rebuilds the ticket from the timeline's before/after data. The test takes the ticket as the
 * API shows it after every change, then asks replay for each of those moments: each must match what
 * people saw then, and replaying to the end must give exactly the current ticket.
 */
describe.each(testDatabases())('incident replay on %s', (kind) => {
  let t: TestApp;
  let ref: string;
  const seen: { at: string; state: ReplayState; entries: number }[] = [];
  beforeAll(async () => {
    t = await makeTestApp(kind);
    await buildService(t, { name: 'checkout' });
    await buildService(t, { name: 'payments' });
  });
  afterAll(() => t.close());

  const replay = (at?: string) => t.call(t.responder, 'GET', `${api}/incidents/${ref}/replay${at ? `?at=${encodeURIComponent(at)}` : ''}`);
  /** Makes a change a minute later and keeps the ticket as it was right after. */
  const step = async (method: string, path: string, body?: unknown) => {
    t.clock.advance(60_000);
    const res = await t.call(t.responder, method, `${api}/incidents/${ref}${path}`, body);
    expect(res.statusCode, res.body).toBeLessThan(300);
    const view = (await t.call(t.responder, 'GET', `${api}/incidents/${ref}`)).json().data as IncidentView;
    const timeline = (await t.call(t.responder, 'GET', `${api}/incidents/${ref}/timeline?limit=200`)).json().data as unknown[];
    seen.push({ at: t.clock.now().toISOString(), state: replayStateOf(view), entries: timeline.length });
  };

  it('shows every earlier moment as it was, and the end as it is', async () => {
    t.clock.set('2026-03-01T12:00:00Z');
    const declared = await t.call(t.responder, 'POST', `${api}/incidents`, {
      title: 'Checkout errors',
      severity: 'SEV3',
      services: ['checkout'],
    });
    ref = declared.json().data.ref;
    await step('PATCH', '', { title: 'Checkout returns 500 in the EU', symptoms: 'HTTP 500 on POST /checkout' });
    await step('POST', '/status', { status: 'investigating' });
    await step('POST', '/roles', { role: 'commander', user: 'me' });
    await step('PATCH', '', { severity: 'SEV1', services: ['checkout', 'payments'], customerImpact: '1 in 5 EU checkouts fail' });
    await step('POST', '/whys', { question: 'Why did the pool run dry?' });
    await step('POST', '/roles', { role: 'commander', user: t.responder2.email });
    const why = seen.at(-1)?.state.whys[0];
    await step('PATCH', `/whys/${why?.id}`, { answer: 'The proxy restart dropped every connection at once' });
    await step('PATCH', '', { milestones: { impactStarted: '2026-03-01T11:50:00Z' }, rootCauses: 'Pool exhausted' });
    await step('POST', '/status', { status: 'monitoring' });
    await step('POST', '/status', { status: 'resolved', message: 'Recovered' });
    await step('POST', '/status', { status: 'investigating', message: 'It came back' });
    await step('PATCH', '', { rootCauseFix: { state: 'planned', description: 'Bound the pool per host' }, private: true });

    for (const s of seen) {
      const res = await replay(s.at);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data.state, `as of ${s.at}`).toEqual(s.state);
      expect(res.json().data.entries).toHaveLength(s.entries);
    }
    // A moment between two changes shows the earlier one.
    const between = new Date(Date.parse(seen[3].at) + 30_000).toISOString();
    expect((await replay(between)).json().data.state).toEqual(seen[3].state);
    // To the end (and by default: now) it is exactly the current ticket.
    const current = replayStateOf((await t.call(t.responder, 'GET', `${api}/incidents/${ref}`)).json().data);
    expect((await replay()).json().data.state).toEqual(current);
    expect(current).toEqual(seen.at(-1)?.state);
  });

  it('shows the declaration as it was declared', async () => {
    const first = (await replay('2026-03-01T12:00:00Z')).json().data;
    expect(first.state).toMatchObject({
      title: 'Checkout errors',
      status: 'triage',
      severity: 'SEV3',
      services: ['checkout'],
      roles: [],
      whys: [],
      private: false,
      milestones: { acknowledged: null, resolved: null, impactStarted: null },
    });
    expect(first.entries.map((e: { kind: string }) => e.kind)).toEqual(['declared']);
  });

  it('asOf names the moment too; the incident read refuses asOf rather than pass the present off as then', async () => {
    const at = seen[1].at;
    const byAt = await replay(at);
    const byAsOf = await t.call(t.responder, 'GET', `${api}/incidents/${ref}/replay?asOf=${encodeURIComponent(at)}`);
    expect(byAsOf.statusCode, byAsOf.body).toBe(200);
    expect(byAsOf.json().data.state).toEqual(byAt.json().data.state);
    const both = await t.call(
      t.responder,
      'GET',
      `${api}/incidents/${ref}/replay?at=${encodeURIComponent(at)}&asOf=${encodeURIComponent(seen[0].at)}`,
    );
    expect(both.statusCode).toBe(400);
    const read = await t.call(t.responder, 'GET', `${api}/incidents/${ref}?asOf=${encodeURIComponent(at)}`);
    expect(read.statusCode).toBe(400);
    expect(read.json().error.message).toContain(`/incidents/${ref}/replay?at=`);
  });

  it('refuses moments before the declaration, and viewers', async () => {
    const early = await replay('2026-03-01T11:00:00Z');
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details).toEqual({ field: 'at' });
    const other = await t.call(t.viewer, 'GET', `${api}/incidents/${ref}/replay`);
    expect([403, 404]).toContain(other.statusCode);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../platform/jobs/worker.ts';
import { buildAction, buildRetro } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

const api = '/api/v1';

/** Similar incidents, recurring groups, resolved-not-solved and privacy, lexically (encoder off, as on a small server). */
describe.each(testDatabases())('learning on %s', (kind) => {
  let t: TestApp;
  const refs: Record<string, string> = {};
  const declare = async (key: string, title: string, rootCauses: string, opts: { private?: boolean; services?: string[] } = {}) => {
    t.clock.advance(3_600_000);
    const res = await t.call(t.responder, 'POST', `${api}/incidents`, {
      title,
      services: opts.services ?? ['checkout'],
      private: opts.private ?? false,
      severity: 'SEV3',
      originalRequest: title,
    });
    expect(res.statusCode).toBe(201);
    refs[key] = res.json().data.ref;
    expect((await t.call(t.responder, 'PATCH', `${api}/incidents/${refs[key]}`, { rootCauses })).statusCode).toBe(200);
  };
  const settle = async () => {
    const worker = new Worker(t.deps);
    t.clock.advance(60_000);
    await worker.runDue();
    t.clock.advance(120_000);
    await worker.runDue();
  };

  beforeAll(async () => {
    t = await makeTestApp(kind);
    for (const name of ['checkout', 'search']) expect((await t.call(t.admin, 'POST', `${api}/services`, { name })).statusCode).toBe(201);
    await declare(
      'a',
      'Checkout 500: database connection pool exhausted',
      'The database connection pool was exhausted by leaked connections',
    );
    await declare(
      'b',
      'Checkout failing, connection pool exhausted again',
      'Connection pool exhausted: connections leaked in the order path',
    );
    await declare('c', 'Checkout errors: DB connection pool ran dry', 'Database pool connections leaked and the pool was exhausted');
    await declare('secret', 'Checkout database connection pool exhausted (private)', 'Connection pool exhausted by leaked connections', {
      private: true,
    });
    await declare('other', 'Search results slow for German queries', 'Stemmer disabled in the search index', { services: ['search'] });
    await settle();
  }, 120_000);
  afterAll(() => t?.close());

  it('lists the similar incidents with why they match, their root cause and what was done, and the recurring group', async () => {
    const fix = await buildAction(t, { incident: { ref: refs.a }, title: 'Close connections in the order path', addresses: 'root_cause' });
    await t.call(t.responder, 'PATCH', `${api}/actions/${fix.id}`, { status: 'done' });
    const res = await t.call(t.responder2, 'GET', `${api}/incidents/${refs.c}/similar?limit=4`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const shown = body.data.map((s: { ref: string }) => s.ref);
    expect(shown.slice(0, 2).sort()).toEqual([refs.a, refs.b].sort());
    expect(shown).not.toContain(refs.secret); // private incident of others: never shown
    const a = body.data.find((s: { ref: string }) => s.ref === refs.a);
    expect(a.rootCause).toContain('leaked connections');
    expect(a.reasons).toEqual(expect.arrayContaining([{ kind: 'service', services: ['checkout'] }]));
    expect(a.reasons.find((r: { kind: string }) => r.kind === 'words').words).toEqual(expect.arrayContaining(['pool']));
    expect(a.rootCauseFollowUps).toEqual([expect.objectContaining({ title: 'Close connections in the order path', status: 'done' })]);
    expect(a.rootCauseFixed).toBe(true);
    expect(body.group).not.toBeNull();
    expect(body.group.incidents.map((i: { ref: string }) => i.ref).sort()).toEqual([refs.a, refs.b, refs.c].sort());
    expect(body.group.count).toBe(3); // the private one is in the group for admins only, never counted here
    expect(body.group.rootCauseFixed).toBe(true);
  });

  it('shows admins the private incident and counts it; recurring groups list them per reader', async () => {
    const admin = (await t.call(t.admin, 'GET', `${api}/incidents/${refs.c}/similar`)).json();
    expect(admin.data.map((s: { ref: string }) => s.ref)).toContain(refs.secret);
    const mine = (await t.call(t.responder2, 'GET', `${api}/learning/recurring`)).json().data;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ count: 3, services: ['checkout'], rootCauseFixed: true });
    const all = (await t.call(t.admin, 'GET', `${api}/learning/recurring`)).json().data;
    expect(all[0].count).toBe(4);
  });

  it('suggests similar incidents for a draft on the declare form', async () => {
    const res = await t.call(t.viewer, 'POST', `${api}/incidents/similar`, {
      title: 'pool exhausted on checkout',
      description: 'connections leaked',
      services: ['checkout'],
    });
    expect(res.statusCode).toBe(200);
    const shown = res.json().data.map((s: { ref: string }) => s.ref);
    expect(shown.slice(0, 3).sort()).toEqual([refs.a, refs.b, refs.c].sort());
    expect(shown).not.toContain(refs.secret);
    // The declare body as it stands (report in `originalRequest`, declare's other fields) gets the same answer.
    const declareShaped = await t.call(t.viewer, 'POST', `${api}/incidents/similar`, {
      title: 'pool exhausted on checkout',
      originalRequest: 'connections leaked',
      services: ['checkout'],
      severity: 'SEV2',
      source: 'manual',
      private: false,
    });
    expect(declareShaped.json().data.map((s: { ref: string }) => s.ref)).toEqual(shown);
    const byReport = await t.call(t.viewer, 'POST', `${api}/incidents/similar`, { originalRequest: 'checkout connection pool exhausted' });
    expect(byReport.json().data.map((s: { ref: string }) => s.ref)).toContain(refs.a);
    expect((await t.call(t.viewer, 'POST', `${api}/incidents/similar`, { titel: 'pool' })).json().error.code).toBe('invalid_input');
    expect((await t.call(t.viewer, 'POST', `${api}/incidents/similar`, { title: '' })).json().data).toEqual([]);
    expect((await t.call(t.viewer, 'POST', `${api}/incidents/similar`, { title: 1 })).json().error.code).toBe('invalid_input');
  });

  it('recomputes the vectors when the ticket changes', async () => {
    await t.call(t.responder, 'PATCH', `${api}/incidents/${refs.other}`, {
      title: 'Checkout connection pool exhausted',
      rootCauses: 'Pool exhausted by leaked database connections',
    });
    await settle();
    const shown = (await t.call(t.responder, 'GET', `${api}/incidents/${refs.a}/similar`)).json().data.map((s: { ref: string }) => s.ref);
    expect(shown).toContain(refs.other);
  });

  it('answers from the text as it is now, without waiting for the job: a new incident and an edit count at once', async () => {
    // No job runs in this test: /similar itself brings pending incidents up to date before answering.
    const res = await t.call(t.responder, 'POST', `${api}/incidents`, {
      title: 'Search index stemmer switched off for German',
      services: ['search'],
      severity: 'SEV3',
    });
    const fresh = res.json().data.ref;
    const first = (await t.call(t.responder, 'GET', `${api}/incidents/${fresh}/similar`)).json();
    expect(first.indexed).toBe(true);
    await t.call(t.responder, 'PATCH', `${api}/incidents/${refs.c}`, {
      title: 'German search results missing: stemmer disabled in the index',
    });
    const after = (await t.call(t.responder, 'GET', `${api}/incidents/${fresh}/similar`)).json().data.map((s: { ref: string }) => s.ref);
    expect(after[0]).toBe(refs.c);
    await t.call(t.responder, 'PATCH', `${api}/incidents/${refs.c}`, { title: 'Checkout errors: DB connection pool ran dry' });
    const back = (await t.call(t.responder, 'GET', `${api}/incidents/${fresh}/similar`)).json().data.map((s: { ref: string }) => s.ref);
    expect(back[0]).not.toBe(refs.c);
  });

  it('raises the depth suggestion of an incident in a recurring group', async () => {
    await t.call(t.responder, 'POST', `${api}/incidents/${refs.b}/status`, { status: 'resolved' });
    const retro = await buildRetro(t, { incident: { ref: refs.b } as never });
    const res = await t.call(t.responder, 'GET', `${api}/incidents/${refs.b}/retrospective`);
    const reasons = (res.json().data ?? retro).depth.suggestion.reasons.map((r: { text: string }) => r.text).join('\n');
    expect(reasons).toContain('recurring incident');
  });

  it('lists resolved-not-solved incidents by service and owner', async () => {
    await t.call(t.responder, 'POST', `${api}/incidents/${refs.a}/status`, { status: 'resolved' });
    await t.call(t.responder, 'PATCH', `${api}/incidents/${refs.a}`, { rootCauseFix: { state: 'waived', reason: 'Budget' } });
    const dropped = await buildAction(t, {
      incident: { ref: refs.b },
      title: 'Add pool metrics',
      addresses: 'root_cause',
      status: 'wont_do',
    });
    const res = await t.call(t.responder2, 'GET', `${api}/learning/unsolved`);
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    const checkout = data.byService.find((g: { service: string }) => g.service === 'checkout');
    const a = checkout.incidents.find((i: { ref: string }) => i.ref === refs.a);
    expect(a).toMatchObject({ why: ['waived'], waivedReason: 'Budget' });
    const b = checkout.incidents.find((i: { ref: string }) => i.ref === refs.b);
    expect(b.why).toContain('dropped');
    expect(b.followUps.map((f: { id: string }) => f.id)).toContain(dropped.id);
    expect(data.total).toBe(2);
  });

  it('answers 404 for an incident the reader may not see', async () => {
    const res = await t.call(t.responder2, 'GET', `${api}/incidents/${refs.secret}/similar`);
    expect(res.statusCode).toBe(404);
    expect((await t.call(t.responder2, 'GET', `${api}/incidents/${refs.a}/similar?limit=99`)).json().error.code).toBe('invalid_input');
  });
});

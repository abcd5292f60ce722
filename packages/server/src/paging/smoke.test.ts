import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Worker } from '../platform/jobs/worker.ts';
import { buildService, buildUser } from '../test/factories.ts';
import { type FakeReceiver, startFakeReceiver } from '../test/fakes/receiver.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';

/**
 * The paging smoke harness, in the spirit of GoAlert's: every scenario gets a fresh database, moves
 * the injected clock forward, runs the job queue as a worker would, and has local receivers for
 * every contact method (an SMTP server for e-mail, an HTTP receiver for chat and webhooks). After
 * each move it compares everything the receivers got with what the scenario expects: a
 * notification it did not expect, or an expected one missing, fails it.
 */
const api = '/api/v1';
type Arrival = string; // "<who>:<kind>:<title>"

describe.each(testDatabases())('paging smoke scenarios on %s', (kind) => {
  let t: TestApp;
  let worker: Worker;
  let smtp: SmtpCapture;
  let hooks: FakeReceiver;
  let seen = 0;
  let seenMail = 0;
  const people = new Map<string, string>(); // receiver path or e-mail -> name

  beforeEach(async () => {
    smtp = await startSmtpCapture();
    hooks = await startFakeReceiver('/hooks');
    t = await makeTestApp(kind);
    t.deps.config.webhooksAllowPrivate = true; // the local receivers listen on 127.0.0.1
    (t.deps.config as { smtpUrl: string | null }).smtpUrl = smtp.url;
    worker = new Worker(t.deps);
    seen = 0;
    seenMail = 0;
    people.clear();
  });
  afterEach(async () => {
    await t.close();
    await smtp.close();
    await hooks.close();
  });

  /** Runs every due job (twice: mail jobs enqueued by send jobs) and returns what arrived since the last look. */
  async function arrivals(): Promise<Arrival[]> {
    for (let i = 0; i < 4; i++) {
      const ran = await worker.runDue();
      if (process.env.DEBUG_PAGING) console.log('ran', ran);
    }
    await new Promise((r) => setTimeout(r, 300));
    if (process.env.DEBUG_PAGING)
      console.log(
        t.clock.now(),
        await t.deps.db.selectFrom('page_notifications').select(['status', 'due_at', 'error']).execute(),
        await t.deps.db.selectFrom('jobs').select(['kind', 'state', 'run_at', 'last_error']).where('kind', 'like', 'paging%').execute(),
      );
    const out: Arrival[] = [];
    for (const r of hooks.received.slice(seen)) {
      const who = people.get(r.path.replace(/^\/hooks/, '')) ?? r.path;
      const body = JSON.parse(r.body);
      const text = JSON.stringify(body);
      const title = /Checkout is down|Disk full/.exec(text)?.[0] ?? (body.event as string) ?? 'chat';
      out.push(`${who}:${r.path.includes('slack') ? 'slack' : 'webhook'}:${title}`);
    }
    seen = hooks.received.length;
    for (const m of smtp.messages.slice(seenMail)) {
      const who = people.get(m.envelope.to[0]) ?? m.envelope.to[0];
      out.push(`${who}:email:${/Checkout is down|Disk full/.exec(m.subject ?? '')?.[0] ?? m.subject}`);
    }
    seenMail = smtp.messages.length;
    return out.sort();
  }
  const expectExactly = async (want: Arrival[]) => expect(await arrivals()).toEqual([...want].sort());
  const advance = async (minutes: number) => t.clock.advance(minutes * 60_000);

  async function person(name: string, methods: { kind: 'slack' | 'webhook' | 'email'; delay: number }[]): Promise<TestUser> {
    const u = await buildUser(t, { name });
    for (const m of methods) {
      const address = m.kind === 'email' ? `${name.toLowerCase()}@pager.example.com` : `${hooks.url}/${name.toLowerCase()}/${m.kind}`;
      people.set(m.kind === 'email' ? address : `/${name.toLowerCase()}/${m.kind}`, name);
      const res = await t.call(u, 'POST', `${api}/me/contact-methods`, { kind: m.kind, address });
      expect(res.statusCode, res.body).toBe(201);
      const rule = await t.call(u, 'POST', `${api}/me/paging-rules`, { contactMethod: res.json().data.id, delayMinutes: m.delay });
      expect(rule.statusCode, rule.body).toBe(201);
    }
    return u;
  }

  async function serviceWithPolicy(steps: { delayMinutes: number; targets: { kind: string; id: string }[] }[], repeat = 0) {
    const svc = await buildService(t, { name: `checkout-${Math.random().toString(36).slice(2, 8)}` });
    const pol = await t.call(t.admin, 'POST', `${api}/escalation-policies`, { name: `Checkout ${svc.name}`, repeat, steps });
    expect(pol.statusCode, pol.body).toBe(201);
    const set = await t.call(t.admin, 'PUT', `${api}/services/${svc.name}/escalation-policy`, { policy: pol.json().data.id });
    expect(set.statusCode, set.body).toBe(200);
    const integration = await t.call(t.admin, 'POST', `${api}/integrations`, {
      name: `PD ${svc.name}`,
      format: 'pagerduty',
      service: svc.name,
    });
    expect(integration.statusCode, integration.body).toBe(201);
    return { service: svc, key: integration.json().data.key as string };
  }
  const alert = (key: string, action: 'trigger' | 'resolve', dedup = 'checkout-down') =>
    t.app.inject({
      method: 'POST',
      url: '/v2/enqueue',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        routing_key: key,
        event_action: action,
        dedup_key: dedup,
        ...(action === 'trigger' ? { payload: { summary: 'Checkout is down', source: 'lb-1', severity: 'critical' } } : {}),
      }),
    });
  const myPages = async (u: TestUser) =>
    (await t.call(u, 'GET', `${api}/pages?mine=1`)).json().data as { id: string; status: string; step: number }[];

  it('alert → step 1 → no ack → step 2 → ack → silence; repeats of the alert page nobody again', async () => {
    const ann = await person('Ann', [
      { kind: 'slack', delay: 0 },
      { kind: 'email', delay: 2 },
    ]);
    const bob = await person('Bob', [{ kind: 'webhook', delay: 0 }]);
    const { key } = await serviceWithPolicy([
      { delayMinutes: 5, targets: [{ kind: 'user', id: ann.id }] },
      { delayMinutes: 5, targets: [{ kind: 'user', id: bob.id }] },
    ]);
    expect((await alert(key, 'trigger')).statusCode).toBe(202);
    await expectExactly(['Ann:slack:Checkout is down']);
    expect((await alert(key, 'trigger')).statusCode).toBe(202); // a repeat
    await advance(1);
    await expectExactly([]);
    await advance(1);
    await expectExactly(['Ann:email:Checkout is down']);
    await advance(3);
    await expectExactly(['Bob:webhook:Checkout is down']);
    const [page] = await myPages(bob);
    expect(page).toMatchObject({ status: 'open', step: 1 });
    expect((await t.call(bob, 'POST', `${api}/pages/${page.id}/ack`, { via: 'web' })).statusCode).toBe(200);
    await advance(60);
    await expectExactly([]);
    expect((await myPages(ann))[0]).toMatchObject({ status: 'acknowledged', acknowledgedBy: { name: 'Bob' } });
  });

  it('the policy repeats, and resolving the alert ends the page at once', async () => {
    const ann = await person('Ann', [{ kind: 'webhook', delay: 0 }]);
    const { key } = await serviceWithPolicy([{ delayMinutes: 10, targets: [{ kind: 'user', id: ann.id }] }], 1);
    await alert(key, 'trigger');
    await expectExactly(['Ann:webhook:Checkout is down']);
    await advance(10);
    await expectExactly(['Ann:webhook:Checkout is down']); // round 2
    await advance(10);
    await expectExactly([]); // repeat 1: two rounds, then it stops
    await alert(key, 'resolve');
    expect((await myPages(ann))[0].status).toBe('resolved');
  });

  it('a step that runs twice (a worker killed after it committed) notifies nobody twice', async () => {
    const ann = await person('Ann', [{ kind: 'webhook', delay: 0 }]);
    const { key } = await serviceWithPolicy([{ delayMinutes: 5, targets: [{ kind: 'user', id: ann.id }] }]);
    await alert(key, 'trigger');
    const [page] = (await t.call(t.admin, 'GET', `${api}/pages`)).json().data as { id: string }[];
    const { fireStep } = await import('./engine.ts');
    const { transaction } = await import('../platform/context.ts');
    // The same step as a second job: under the page's lock it finds the step already fired.
    expect(
      await transaction(t.deps, (tx) => fireStep(tx, { ...t.deps, user: null }, { pageId: page.id, generation: 0, round: 0, step: 0 })),
    ).toBe(true);
    expect(
      await transaction(t.deps, (tx) => fireStep(tx, { ...t.deps, user: null }, { pageId: page.id, generation: 0, round: 0, step: 0 })),
    ).toBe(false);
    await expectExactly(['Ann:webhook:Checkout is down']);
    await advance(30);
    await expectExactly([]);
  });

  it('an alert storm on one contact method: at most 5 a minute, then one summary', async () => {
    const ann = await person('Ann', [{ kind: 'webhook', delay: 0 }]);
    const { key } = await serviceWithPolicy([{ delayMinutes: 30, targets: [{ kind: 'user', id: ann.id }] }]);
    // Eight different alerts: routed without an incident (each waits), each its own page.
    for (let i = 0; i < 8; i++) expect((await alert(key, 'trigger', `disk-${i}`)).statusCode).toBe(202);
    const first = await arrivals();
    const pages = await myPages(ann);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const perPage = pages.length;
    expect(first.length).toBe(Math.min(5, perPage));
    await advance(1);
    const later = await arrivals();
    if (perPage > 5) {
      expect(later).toHaveLength(1);
      expect(hooks.received.at(-1)?.body).toMatch(/more page/);
    } else expect(later).toEqual([]);
  });
});

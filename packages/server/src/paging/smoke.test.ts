import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bus } from '../platform/bus.ts';
import { transaction } from '../platform/context.ts';
import { claimJobs } from '../platform/jobs/store.ts';
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
  async function arrivals(opts: { run: boolean } = { run: true }): Promise<Arrival[]> {
    for (let i = 0; opts.run && i < 4; i++) {
      const ran = await worker.runDue();
      if (process.env.DEBUG_PAGING) console.log('ran', ran);
    }
    if (opts.run) await new Promise((r) => setTimeout(r, 300));
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

  async function schedule(zone: string, handoff: string, startDate: string, participants: TestUser[]) {
    const res = await t.call(t.admin, 'POST', `${api}/schedules`, {
      name: `Primary ${Math.random().toString(36).slice(2, 8)}`,
      timeZone: zone,
      layers: [{ participants: participants.map((p) => p.id), rotation: { unit: 'days', length: 1 }, handoffTime: handoff, startDate }],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data.id as string;
  }

  it('an override made during an escalation: the next step on the schedule pages the one covering, not the one covered', async () => {
    const ann = await person('Ann', [{ kind: 'webhook', delay: 0 }]);
    const bob = await person('Bob', [{ kind: 'webhook', delay: 0 }]);
    const cat = await person('Cat', [{ kind: 'webhook', delay: 0 }]);
    // Ann's day: the rotation hands off at 09:00 London (GMT in March); the clock is 1 March 12:00Z.
    const sched = await schedule('Europe/London', '09:00', '2026-03-01', [ann, bob]);
    const { key } = await serviceWithPolicy([
      { delayMinutes: 5, targets: [{ kind: 'schedule', id: sched }] },
      { delayMinutes: 5, targets: [{ kind: 'schedule', id: sched }] },
    ]);
    await alert(key, 'trigger');
    await expectExactly(['Ann:webhook:Checkout is down']);
    await advance(2);
    // Cat takes Ann's shift from now for two hours, while the page is under way.
    const from = t.clock.now();
    const ov = await t.call(t.admin, 'POST', `${api}/schedules/${sched}/overrides`, {
      user: cat.id,
      replaces: ann.id,
      start: from.toISOString(),
      end: new Date(from.getTime() + 2 * 3_600_000).toISOString(),
    });
    expect(ov.statusCode, ov.body).toBe(201);
    await expectExactly([]);
    await advance(3);
    await expectExactly(['Cat:webhook:Checkout is down']);
    await advance(30);
    await expectExactly([]);
    const [page] = await myPages(cat);
    expect(page).toMatchObject({ status: 'open', step: 1 });
    expect(await myPages(ann)).toHaveLength(1); // paged at step 1 only
  });

  /**
   * DST nights: a daily rotation whose handoff falls inside the repeated or the missing hour, and a
   * page whose policy re-pages the schedule every `every` minutes across it. At each instant the
   * person on call then is paged once; a minute before it nothing arrives.
   */
  const dstNights = [
    {
      // 2026-11-01 02:00 CDT → 01:00 CST: 01:30 happens twice; the handoff is at the first (06:30Z), not again at 07:30Z.
      name: 'America/Chicago, handoff 01:30 inside the repeated hour',
      zone: 'America/Chicago',
      handoff: '01:30',
      startDate: '2026-10-31',
      alertAt: '2026-11-01T06:00:00Z',
      every: 30,
      paged: [
        ['2026-11-01T06:00:00Z', 'Ann'], // 01:00 CDT
        ['2026-11-01T06:30:00Z', 'Bob'], // 01:30 CDT: the handoff
        ['2026-11-01T07:00:00Z', 'Bob'], // 01:00 CST
        ['2026-11-01T07:30:00Z', 'Bob'], // 01:30 CST: the same wall time again, no second handoff
        ['2026-11-01T08:00:00Z', 'Bob'],
      ],
    },
    {
      // 2026-03-08 02:00 CST → 03:00 CDT: 02:30 does not exist; the handoff is at 03:30 CDT (08:30Z).
      name: 'America/Chicago, handoff 02:30 inside the missing hour',
      zone: 'America/Chicago',
      handoff: '02:30',
      startDate: '2026-03-07',
      alertAt: '2026-03-08T07:45:00Z',
      every: 15,
      paged: [
        ['2026-03-08T07:45:00Z', 'Ann'], // 01:45 CST
        ['2026-03-08T08:00:00Z', 'Ann'], // 03:00 CDT
        ['2026-03-08T08:15:00Z', 'Ann'], // 03:15 CDT
        ['2026-03-08T08:30:00Z', 'Bob'], // 03:30 CDT: the handoff
        ['2026-03-08T08:45:00Z', 'Bob'],
      ],
    },
    {
      // 2026-03-29 01:00 GMT → 02:00 BST: 01:30 does not exist; the handoff is at 02:30 BST (01:30Z).
      name: 'Europe/London, handoff 01:30 inside the missing hour',
      zone: 'Europe/London',
      handoff: '01:30',
      startDate: '2026-03-28',
      alertAt: '2026-03-29T00:45:00Z',
      every: 15,
      paged: [
        ['2026-03-29T00:45:00Z', 'Ann'], // 00:45 GMT
        ['2026-03-29T01:00:00Z', 'Ann'], // 02:00 BST
        ['2026-03-29T01:15:00Z', 'Ann'], // 02:15 BST
        ['2026-03-29T01:30:00Z', 'Bob'], // 02:30 BST: the handoff
        ['2026-03-29T01:45:00Z', 'Bob'],
      ],
    },
    {
      // 2026-10-25 02:00 BST → 01:00 GMT: 01:30 happens twice; the handoff is at the first (00:30Z).
      name: 'Europe/London, handoff 01:30 inside the repeated hour',
      zone: 'Europe/London',
      handoff: '01:30',
      startDate: '2026-10-24',
      alertAt: '2026-10-25T00:00:00Z',
      every: 30,
      paged: [
        ['2026-10-25T00:00:00Z', 'Ann'], // 01:00 BST
        ['2026-10-25T00:30:00Z', 'Bob'], // 01:30 BST: the handoff
        ['2026-10-25T01:00:00Z', 'Bob'], // 01:00 GMT
        ['2026-10-25T01:30:00Z', 'Bob'], // 01:30 GMT: no second handoff
        ['2026-10-25T02:00:00Z', 'Bob'],
      ],
    },
  ] as const;

  it.each(dstNights)('a DST night, $name: the right person at the right instants, none doubled or skipped', async (night) => {
    t.clock.set(new Date(Date.parse(night.alertAt) - 3_600_000));
    const ann = await person('Ann', [{ kind: 'webhook', delay: 0 }]);
    const bob = await person('Bob', [{ kind: 'webhook', delay: 0 }]);
    const sched = await schedule(night.zone, night.handoff, night.startDate, [ann, bob]);
    // One step on the schedule, repeated: the page asks the schedule again every `every` minutes.
    const { key } = await serviceWithPolicy(
      [{ delayMinutes: night.every, targets: [{ kind: 'schedule', id: sched }] }],
      night.paged.length - 1,
    );
    t.clock.set(night.alertAt);
    await alert(key, 'trigger');
    for (const [i, [at, who]] of night.paged.entries()) {
      if (i > 0) {
        t.clock.set(new Date(Date.parse(at) - 60_000));
        await expectExactly([]);
        t.clock.set(at);
      }
      expect({ at, got: await arrivals() }).toEqual({ at, got: [`${who}:webhook:Checkout is down`] });
    }
    t.clock.set(new Date(Date.parse(night.paged.at(-1)?.[0] ?? night.alertAt) + 3 * 3_600_000));
    await expectExactly([]);
    // The page's notifications were due exactly at those instants (not at the step job's run time).
    const due = await t.deps.db.selectFrom('page_notifications').select('due_at').orderBy('due_at').execute();
    expect(due.map((d) => new Date(d.due_at).toISOString())).toEqual(night.paged.map(([at]) => new Date(at).toISOString()));
  });

  it('restart in the middle: a stopped job runner, and one that died holding a claim; a new runner on the same database carries on', async () => {
    const ann = await person('Ann', [{ kind: 'webhook', delay: 0 }]);
    const bob = await person('Bob', [{ kind: 'email', delay: 0 }]);
    const cat = await person('Cat', [{ kind: 'webhook', delay: 0 }]);
    const { key } = await serviceWithPolicy([
      { delayMinutes: 5, targets: [{ kind: 'user', id: ann.id }] },
      { delayMinutes: 5, targets: [{ kind: 'user', id: bob.id }] },
      { delayMinutes: 5, targets: [{ kind: 'user', id: cat.id }] },
    ]);
    /** Collects arrivals while a running worker (its own loop) does the work: waits for `n`, then a little more for strays. */
    const collect = async (n: number) => {
      const got: Arrival[] = [];
      const deadline = Date.now() + 20_000;
      while (got.length < n && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        got.push(...(await arrivals({ run: false })));
      }
      await new Promise((r) => setTimeout(r, 700));
      got.push(...(await arrivals({ run: false })));
      return got.sort();
    };
    const first = new Worker(t.deps, { pollMs: 100 });
    first.start();
    await alert(key, 'trigger');
    expect(await collect(1)).toEqual(['Ann:webhook:Checkout is down']);
    await first.stop();
    // Step 2 falls due while no runner is up: nothing goes out.
    await advance(5);
    await new Promise((r) => setTimeout(r, 500));
    expect(await arrivals({ run: false })).toEqual([]);
    // A new runner, as after a restart (its own bus too): step 2 goes out once, e-mail through mail.send.
    const second = new Worker({ ...t.deps, bus: new Bus() }, { pollMs: 100 });
    second.start();
    expect(await collect(1)).toEqual(['Bob:email:Checkout is down']);
    await second.stop();
    // A runner that dies right after claiming step 3 (as kill -9 would leave it): the job stays claimed until its lease ends.
    await advance(5);
    const claimed = await transaction(t.deps, (tx) =>
      claimJobs(tx, 'w-dead', t.clock.now().toISOString(), new Date(t.clock.now().getTime() + 65_000).toISOString(), 10),
    );
    expect(claimed.map((j) => j.kind)).toEqual(['paging.step']);
    const third = new Worker({ ...t.deps, bus: new Bus() }, { pollMs: 100 });
    third.start();
    try {
      expect(await collect(0)).toEqual([]); // still leased to the dead runner
      await advance(1.5); // the lease runs out
      expect(await collect(1)).toEqual(['Cat:webhook:Checkout is down']);
      await advance(60);
      expect(await collect(0)).toEqual([]);
    } finally {
      await third.stop();
    }
    const pages = (await t.call(t.admin, 'GET', `${api}/pages`)).json().data as { step: number; status: string }[];
    expect(pages).toMatchObject([{ step: 2, status: 'open' }]);
  });

  it('steps due together fire as one batch; one that fails (a corrupt page) fails alone and retries, the others notify', async () => {
    const ann = await person('Ann', [{ kind: 'webhook', delay: 0 }]);
    const bob = await person('Bob', [{ kind: 'webhook', delay: 0 }]);
    const { startPage } = await import('./engine.ts');
    const plan = {
      repeat: 0,
      steps: [
        { delayMinutes: 5, targets: [{ kind: 'user', id: ann.id }] },
        { delayMinutes: 5, targets: [{ kind: 'user', id: bob.id }] },
      ],
    };
    const pages = await transaction(t.deps, async (tx) => {
      const out: string[] = [];
      for (const title of ['Checkout is down', 'Disk full', 'Disk full'])
        out.push(
          (
            await startPage(tx, t.deps, {
              incidentId: null,
              alertId: null,
              serviceId: null,
              policyId: null,
              target: null,
              title,
              message: null,
              source: 'human',
              createdBy: null,
              plan,
            })
          ).id,
        );
      return out;
    });
    await expectExactly(['Ann:webhook:Checkout is down', 'Ann:webhook:Disk full', 'Ann:webhook:Disk full']);
    await t.deps.db.updateTable('pages').set({ plan: '{"steps":' }).where('id', '=', pages[0]).execute();
    await advance(5);
    await expectExactly(['Bob:webhook:Disk full', 'Bob:webhook:Disk full']);
    const step = await t.deps.db
      .selectFrom('jobs')
      .select(['state', 'attempts', 'last_error'])
      .where('idempotency_key', '=', `paging.step:${pages[0]}:0:0:1`)
      .executeTakeFirstOrThrow();
    expect(step).toMatchObject({ state: 'queued', attempts: 1, last_error: expect.stringMatching(/JSON/) });
    // Mended, it fires at its retry, late but once.
    await t.deps.db
      .updateTable('pages')
      .set({ plan: JSON.stringify(plan) })
      .where('id', '=', pages[0])
      .execute();
    await advance(1);
    await expectExactly(['Bob:webhook:Checkout is down']);
    await advance(30);
    await expectExactly([]);
  });

  it("a step sends at once from its own job; a receiver that fails gets it again from the send job's retry, same delivery id, sent once", async () => {
    const ann = await person('Ann', [{ kind: 'webhook', delay: 0 }]);
    const { key } = await serviceWithPolicy([{ delayMinutes: 30, targets: [{ kind: 'user', id: ann.id }] }]);
    hooks.answer = (_r, index) => (index === 0 ? { status: 503 } : { status: 200 });
    await alert(key, 'trigger');
    await expectExactly(['Ann:webhook:Checkout is down']); // refused
    const [n] = await t.deps.db.selectFrom('page_notifications').selectAll().execute();
    expect(n).toMatchObject({ status: 'sending', error: expect.stringMatching(/503/) });
    const send = () =>
      t.deps.db
        .selectFrom('jobs')
        .select(['state', 'attempts'])
        .where('idempotency_key', '=', `paging.send:${n.id}`)
        .executeTakeFirstOrThrow();
    expect(await send()).toMatchObject({ state: 'queued', attempts: 1 });
    await advance(1); // past the retry's backoff
    await expectExactly(['Ann:webhook:Checkout is down']);
    expect(new Set(hooks.received.map((r) => r.headers['x-firebreak-delivery']))).toEqual(new Set([n.id]));
    expect(await t.deps.db.selectFrom('page_notifications').select(['status', 'error']).execute()).toEqual([
      { status: 'sent', error: null },
    ]);
    expect(await send()).toMatchObject({ state: 'done', attempts: 2 });
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

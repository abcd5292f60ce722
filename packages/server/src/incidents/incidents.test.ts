import { IncidentSummarySchema, pageOf } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

describe.each(testDatabases())('incidents on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.call(t.admin, 'POST', '/api/v1/teams', { name: 'Payments', members: ['sam@example.com'] });
    await t.call(t.admin, 'POST', '/api/v1/services', { name: 'checkout', ownerTeam: 'Payments', criticality: 'critical' });
  });
  afterAll(() => t.close());

  const timeline = async (ref: string) =>
    (await t.call(t.admin, 'GET', `/api/v1/incidents/${ref}/timeline`)).json().data as {
      kind: string;
      data: Record<string, unknown>;
      body: string | null;
      occurredAt: string;
      recordedAt: string;
    }[];

  it('declares with a human reference, keeps the report verbatim and adds the owning team as watchers', async () => {
    const report = '  Customers in DE see "500 Internal Server Error"\n\tat checkout since 12:40  ';
    const res = await t.call(t.responder, 'POST', '/api/v1/incidents', {
      title: 'Checkout 500s',
      severity: 'sev1',
      services: ['checkout'],
      originalRequest: report,
      source: 'email',
      reporter: 'support@customer.example',
    });
    expect(res.statusCode).toBe(201);
    const inc = res.json().data;
    expect(inc.ref).toMatch(/^INC-\d+$/);
    expect(inc.originalRequest).toBe(report);
    expect(inc.source).toBe('email');
    expect(inc.reporter).toBe('support@customer.example');
    expect(inc.severity.name).toBe('SEV1');
    expect(inc.critical).toBe(true);
    expect(inc.ticket.rootCauseFix.state).toBe('unknown');
    expect(inc.members.map((m: { user: { email: string }; kind: string }) => `${m.user.email}:${m.kind}`).sort()).toEqual([
      'priya@example.com:participant',
      'sam@example.com:watcher',
    ]);
    expect(inc.stakeholderUpdates.nextDueAt).toBe('2026-03-01T12:15:00.000Z');
    const entries = await timeline(inc.ref);
    expect(entries.map((e) => e.kind)).toEqual(['declared']);
    const second = await declare(t, t.responder);
    expect(second.number).toBe(inc.number + 1);
  });

  it('walks the lifecycle, stamps milestones, and refuses invalid transitions with 409', async () => {
    const inc = await declare(t, t.responder);
    const go = (status: string, extra: object = {}) =>
      t.call(t.responder, 'POST', `/api/v1/incidents/${inc.ref}/status`, { status, ...extra });
    t.clock.advance(60_000);
    expect((await go('investigating')).json().data.milestones.acknowledged).toBe(t.clock.now().toISOString());
    const bad = await go('closed');
    expect(bad.statusCode).toBe(409);
    expect(bad.json().error.code).toBe('invalid_transition');
    expect(bad.json().error.details.allowed).toContain('identified');
    const identified = await go('identified', { occurredAt: '2026-03-01T11:58:00Z' });
    expect(identified.json().data.milestones.identified).toBe('2026-03-01T11:58:00.000Z');
    expect((await go('monitoring')).json().data.milestones.mitigated).toBeTruthy();
    const resolved = (await go('resolved')).json().data;
    expect(resolved.status).toBe('resolved');
    expect(resolved.abilities.close).toBe(false);
    expect(resolved.closingBlockers[0]).toMatch(/root cause/);
    const kinds = (await timeline(inc.ref)).filter((e) => e.kind === 'status_changed').map((e) => `${e.data.from}>${e.data.to}`);
    expect(kinds).toEqual(['triage>investigating', 'investigating>identified', 'identified>monitoring', 'monitoring>resolved']);
  });

  it('refuses to close until the root-cause fix is done, owned by a follow-up, or waived with a reason', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV3' }); // SEV3: no retrospective required
    const url = `/api/v1/incidents/${inc.ref}`;
    await t.call(t.responder, 'POST', `${url}/status`, { status: 'resolved' });
    const refused = await t.call(t.responder, 'POST', `${url}/status`, { status: 'closed' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('closing_blocked');
    expect(refused.json().error.message).toMatch(/root cause/);

    // A draft follow-up without an owner does not count.
    const draft = await t.call(t.responder, 'POST', `${url}/actions`, {
      title: 'Fix retry storm',
      kind: 'follow_up',
      addresses: 'root_cause',
    });
    expect(draft.json().data.draft).toBe(true);
    expect((await t.call(t.responder, 'POST', `${url}/status`, { status: 'closed' })).statusCode).toBe(409);

    // Waiving needs a reason.
    const noReason = await t.call(t.responder, 'PATCH', url, { rootCauseFix: { state: 'waived' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/reason/);

    // Owning the follow-up opens the gate.
    const owned = await t.call(t.responder, 'PATCH', `/api/v1/actions/${draft.json().data.id}`, { owner: 'sam@example.com' });
    expect(owned.json().data.draft).toBe(false);
    expect((await t.call(t.responder, 'GET', url)).json().data.abilities.close).toBe(true);
    const closed = await t.call(t.responder, 'POST', `${url}/status`, { status: 'closed' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().data.milestones.closed).toBeTruthy();

    // Reopening is allowed and recorded; it clears resolution milestones.
    const reopened = await t.call(t.responder, 'POST', `${url}/status`, { status: 'investigating', message: 'It came back' });
    expect(reopened.json().data.milestones.closed).toBeNull();
    const last = (await timeline(inc.ref)).at(-1);
    expect(last?.data).toMatchObject({ from: 'closed', to: 'investigating', reopened: true });
    expect(last?.body).toBe('It came back');
  });

  it('closes when the fix is waived with a reason', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV3' });
    const url = `/api/v1/incidents/${inc.ref}`;
    await t.call(t.responder, 'POST', `${url}/status`, { status: 'resolved' });
    await t.call(t.responder, 'PATCH', url, { rootCauseFix: { state: 'waived', reason: 'Vendor bug; vendor ships the fix in 4.2' } });
    expect((await t.call(t.responder, 'POST', `${url}/status`, { status: 'closed' })).statusCode).toBe(200);
  });

  it('marks duplicates with a link, recorded on both incidents', async () => {
    const a = await declare(t, t.responder);
    const b = await declare(t, t.responder);
    const res = await t.call(t.responder, 'POST', `/api/v1/incidents/${b.ref}/status`, { status: 'duplicate', duplicateOf: a.ref });
    expect(res.json().data.duplicateOf).toBe(a.ref);
    expect((await timeline(a.ref)).at(-1)).toMatchObject({ kind: 'merged', data: { duplicate: b.ref } });
    const noTarget = await t.call(t.responder, 'POST', `/api/v1/incidents/${a.ref}/status`, { status: 'duplicate' });
    expect(noTarget.statusCode).toBe(400);
  });

  it('records each ticket edit as exactly one timeline entry with before and after; no-op edits record nothing', async () => {
    const inc = await declare(t, t.responder);
    const url = `/api/v1/incidents/${inc.ref}`;
    const res = await t.call(t.responder, 'PATCH', url, {
      symptoms: 'HTTP 500 on POST /checkout',
      customerImpact: 'EU customers cannot pay',
      scopeUserShare: 30,
      severity: 'SEV1',
      milestones: { impactStarted: '2026-03-01T11:40:00Z' },
    });
    expect(res.statusCode).toBe(200);
    const d = res.json().data;
    expect(d.ticket.symptoms).toBe('HTTP 500 on POST /checkout');
    expect(d.ticket.scope.userShare).toBe(30);
    expect(d.milestones.impactStarted).toBe('2026-03-01T11:40:00.000Z');
    expect(d.severity.name).toBe('SEV1');
    let entries = await timeline(inc.ref);
    expect(entries.map((e) => e.kind)).toEqual(['declared', 'field_changed']);
    expect(entries[1].data.changes).toMatchObject({
      symptoms: { from: '', to: 'HTTP 500 on POST /checkout' },
      severity: { from: 'SEV2', to: 'SEV1' },
    });
    await t.call(t.responder, 'PATCH', url, { symptoms: 'HTTP 500 on POST /checkout' });
    entries = await timeline(inc.ref);
    expect(entries).toHaveLength(2);
  });

  it('a failed change writes neither the change nor a timeline entry', async () => {
    const inc = await declare(t, t.responder);
    const url = `/api/v1/incidents/${inc.ref}`;
    const res = await t.call(t.responder, 'PATCH', url, { symptoms: 'half-applied?', services: ['no-such-service'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('unknown_service');
    const after = (await t.call(t.responder, 'GET', url)).json().data;
    expect(after.ticket.symptoms).toBe('');
    expect((await timeline(inc.ref)).map((e) => e.kind)).toEqual(['declared']);
  });

  it('assigns and hands over roles, recording who handed to whom', async () => {
    const inc = await declare(t, t.responder);
    const url = `/api/v1/incidents/${inc.ref}/roles`;
    await t.call(t.responder, 'POST', url, { role: 'commander', user: 'priya@example.com' });
    await t.call(t.responder, 'POST', url, { role: 'comms_lead', user: 'priya@example.com' });
    const handed = await t.call(t.responder, 'POST', url, { role: 'commander', user: 'sam@example.com' });
    const roles = handed.json().data.roles.map((r: { role: string; user: { email: string } }) => `${r.role}:${r.user.email}`);
    expect(roles).toEqual(['commander:sam@example.com', 'comms_lead:priya@example.com']);
    const last = (await timeline(inc.ref)).at(-1);
    expect(last).toMatchObject({
      kind: 'role_assigned',
      data: { role: 'commander', handover: true, from: { name: 'Priya' }, to: { name: 'Sam' } },
    });
    const bad = await t.call(t.responder, 'POST', url, { role: 'astronaut', user: 'me' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('unknown_role');
    const list = await t.call(t.viewer, 'GET', '/api/v1/incidents?roleHolder=sam@example.com');
    expect(list.json().data.map((i: { ref: string }) => i.ref)).toContain(inc.ref);
  });

  it('keeps war-room comments and stakeholder updates apart; updates carry status and next due time', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV2' });
    const url = `/api/v1/incidents/${inc.ref}`;
    await t.call(t.responder, 'POST', `${url}/comments`, { body: 'p99 on db-primary is 4s, looking at locks' });
    t.clock.advance(5 * 60_000);
    const upd = await t.call(t.responder, 'POST', `${url}/updates`, { body: 'Some customers cannot pay. We are on it.' });
    expect(upd.statusCode).toBe(201);
    expect(upd.json().data.data).toMatchObject({
      status: 'triage',
      nextUpdateDueAt: new Date(t.clock.now().getTime() + 30 * 60_000).toISOString(),
    });
    const viewerSees = (await t.call(t.viewer, 'GET', `${url}/timeline`)).json().data.map((e: { kind: string }) => e.kind);
    expect(viewerSees).toEqual(['declared', 'stakeholder_update']);
    const inc2 = (await t.call(t.responder, 'GET', url)).json().data;
    expect(inc2.stakeholderUpdates.lastAt).toBe(t.clock.now().toISOString());
  });

  it('adds back-dated notes and pins key moments', async () => {
    const inc = await declare(t, t.responder);
    const url = `/api/v1/incidents/${inc.ref}/timeline`;
    const note = await t.call(t.responder, 'POST', url, { body: 'Impact began', occurredAt: '2026-03-01T10:40:00+01:00' });
    expect(note.json().data).toMatchObject({
      occurredAt: '2026-03-01T09:40:00.000Z',
      recordedAt: t.clock.now().toISOString(),
      pinned: false,
    });
    const future = await t.call(t.responder, 'POST', url, { body: 'x', occurredAt: '2099-01-01T00:00:00Z' });
    expect(future.statusCode).toBe(400);
    const pin = await t.call(t.responder, 'POST', `${url}/${note.json().data.id}/pin`, { pinned: true });
    expect(pin.json().data.pinned).toBe(true);
    const entries = (await t.call(t.responder, 'GET', url)).json().data;
    expect(entries.find((e: { id: number }) => e.id === note.json().data.id).pinned).toBe(true);
    expect(entries.at(-1).kind).toBe('pinned');
  });

  it('lists with filters and cursors', async () => {
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await declare(t, t.responder, { title: `Paging test ${i}`, severity: i % 2 ? 'SEV3' : 'SEV4' }));
    const page1 = (await t.call(t.responder, 'GET', '/api/v1/incidents?q=paging%20test&limit=2')).json();
    expect(page1.data.map((i: { title: string }) => i.title)).toEqual(['Paging test 4', 'Paging test 3']);
    const page2 = (await t.call(t.responder, 'GET', `/api/v1/incidents?q=paging%20test&limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.data.map((i: { title: string }) => i.title)).toEqual(['Paging test 2', 'Paging test 1']);
    const sev3 = (await t.call(t.responder, 'GET', '/api/v1/incidents?q=paging&severity=SEV3')).json().data;
    expect(sev3.map((i: { title: string }) => i.title)).toEqual(['Paging test 3', 'Paging test 1']);
    const byRef = (await t.call(t.responder, 'GET', `/api/v1/incidents?q=${made[0].ref}`)).json().data;
    expect(byRef[0].ref).toBe(made[0].ref);
    const badStatus = await t.call(t.responder, 'GET', '/api/v1/incidents?status=burning');
    expect(badStatus.statusCode).toBe(400);
    const svc = (await t.call(t.responder, 'GET', '/api/v1/incidents?service=checkout')).json().data;
    expect(svc.length).toBeGreaterThan(0);
    expect(svc.every((i: { services: { name: string }[] }) => i.services.some((s) => s.name === 'checkout'))).toBe(true);
    // The list is written without zod's encoding (routes.ts): a page is exactly its schema's keys, in its order.
    const cmd = await declare(t, t.responder, { title: 'Paging test with a commander', services: ['checkout'] });
    await t.call(t.responder, 'POST', `/api/v1/incidents/${cmd.ref}/roles`, { role: 'commander', user: 'sam@example.com' });
    const all = await t.call(t.responder, 'GET', '/api/v1/incidents?limit=100');
    expect(all.body).toBe(JSON.stringify(pageOf(IncidentSummarySchema).parse(all.json())));
    const row = all.json().data.find((i: { ref: string }) => i.ref === cmd.ref);
    expect([row.severity.name, row.services.map((s: { name: string }) => s.name), row.roles.map((r: { role: string }) => r.role)]).toEqual([
      'SEV2',
      ['checkout'],
      ['commander'],
    ]);
  });

  it('answers whys and tracks open ones', async () => {
    const inc = await declare(t, t.responder);
    const url = `/api/v1/incidents/${inc.ref}`;
    const asked = (await t.call(t.responder, 'POST', `${url}/whys`, { question: 'Why did the failover not trigger?' })).json().data;
    expect(asked.ticket.openWhys).toBe(1);
    const why = asked.ticket.whys[0];
    const answered = (await t.call(t.responder, 'PATCH', `${url}/whys/${why.id}`, { answer: 'Health check only probed /' })).json().data;
    expect(answered.ticket.openWhys).toBe(0);
    expect(answered.ticket.whys[0].answer).toBe('Health check only probed /');
  });
});

describe.each(testDatabases())('what stakeholders see on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('gives viewers status and impact, not the verbatim report, the technical ticket or the people', async () => {
    const inc = await declare(t, t.responder, { originalRequest: 'From: jane@customer.example — order 88213 failed' });
    await t.call(t.responder, 'PATCH', `/api/v1/incidents/${inc.ref}`, {
      customerImpact: 'EU card payments fail',
      rootCauses: 'pool exhausted on db-primary',
    });
    const seen = (await t.call(t.viewer, 'GET', `/api/v1/incidents/${inc.ref}`)).json().data;
    expect(seen).toMatchObject({
      ref: inc.ref,
      status: 'triage',
      stakeholderView: true,
      ticket: { customerImpact: 'EU card payments fail' },
    });
    expect(JSON.stringify(seen)).not.toContain('jane@customer.example');
    expect(JSON.stringify(seen)).not.toContain('db-primary');
    expect(seen.members).toBeUndefined();
    expect(seen.abilities.update).toBe(false);
    const full = (await t.call(t.responder, 'GET', `/api/v1/incidents/${inc.ref}`)).json().data;
    expect(full.originalRequest).toContain('jane@customer.example');
  });
});

describe.each(testDatabases())('severity settings on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('an admin edit of the severities shows at once on incidents and in cadence (no stale cached copy)', async () => {
    const inc = await declare(t, t.responder, { severity: 'SEV2' });
    const url = `/api/v1/incidents/${inc.ref}`;
    expect((await t.call(t.viewer, 'GET', url)).json().data.severity.name).toBe('SEV2'); // warms the cache
    const current = (await t.call(t.admin, 'GET', '/api/v1/severities')).json().data as { rank: number; name: string }[];
    const edited = current.map(({ rank: _rank, ...sev }) =>
      sev.name === 'SEV2' ? { ...sev, name: 'Major', updateCadenceMinutes: 5 } : sev,
    );
    const put = await t.call(t.admin, 'PUT', '/api/v1/severities', { severities: edited });
    expect(put.statusCode).toBe(200);
    const after = (await t.call(t.responder, 'GET', url)).json().data;
    expect(after.severity.name).toBe('Major');
    expect(after.stakeholderUpdates.nextDueAt).toBe(new Date(Date.parse(after.milestones.declared) + 5 * 60_000).toISOString());
    const counts = (await t.call(t.responder, 'GET', '/api/v1/incidents/stats')).json().data as { severity: { name: string } }[];
    expect(counts.map((c) => c.severity.name)).toContain('Major');
  });
});

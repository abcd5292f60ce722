import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../platform/jobs/worker.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { onPublicEvent, type PublicEvent, publicSnapshot } from './index.ts';

const api = '/api/v1';

describe.each(testDatabases())('scheduled maintenance on %s', (kind) => {
  let t: TestApp;
  const heard: PublicEvent[] = [];
  beforeAll(async () => {
    t = await makeTestApp(kind);
    onPublicEvent('maintenance-test', async (_tx, _deps, e) => void heard.push(e));
    await t.call(t.admin, 'PUT', `${api}/status-page/settings`, { enabled: true, organisationName: 'Acme' });
  });
  afterAll(() => t.close());

  const at = (minutes: number) => new Date(t.clock.now().getTime() + minutes * 60_000).toISOString();
  const ids = (list: { id: string }[]) => list.map((x) => x.id);

  it('is announced, starts and completes on time by the job queue (a worker started later runs them), and the page follows', async () => {
    const comp = (await t.call(t.admin, 'POST', `${api}/status-page/components`, { name: 'Database' })).json().data;
    const created = await t.call(t.responder, 'POST', `${api}/status-page/maintenances`, {
      title: 'Database upgrade',
      body: 'Checkout may be slow for a few minutes.',
      componentIds: [comp.id],
      scheduledFor: at(60),
      scheduledUntil: at(120),
    });
    expect(created.statusCode, created.body).toBe(201);
    const m = created.json().data;
    expect(m).toMatchObject({ status: 'scheduled', autoStart: true, autoComplete: true, components: [{ id: comp.id, name: 'Database' }] });
    expect(heard).toContainEqual({ kind: 'maintenance_announced', maintenanceId: m.id });
    expect(
      (
        await t.call(t.viewer, 'POST', `${api}/status-page/maintenances`, {
          title: 'x',
          body: 'y',
          scheduledFor: at(1),
          scheduledUntil: at(2),
        })
      ).statusCode,
    ).toBe(403);

    let upcoming = (await t.call(null, 'GET', '/api/v2/scheduled-maintenances/upcoming.json')).json();
    expect(ids(upcoming.scheduled_maintenances)).toEqual([m.id]);
    expect(upcoming.scheduled_maintenances[0]).toMatchObject({
      name: 'Database upgrade',
      status: 'scheduled',
      impact: 'maintenance',
      scheduled_for: m.scheduledFor,
    });

    // nothing happens before its time
    await new Worker(t.deps).runDue();
    expect((await t.call(t.viewer, 'GET', `${api}/status-page/maintenances?state=upcoming`)).json().data).toHaveLength(1);

    // its time comes: a fresh worker (as after a restart) starts it
    t.clock.advance(61 * 60_000);
    await new Worker(t.deps).runDue();
    const active = (await t.call(null, 'GET', '/api/v2/scheduled-maintenances/active.json')).json();
    expect(ids(active.scheduled_maintenances)).toEqual([m.id]);
    expect(active.scheduled_maintenances[0].status).toBe('in_progress');
    expect(active.scheduled_maintenances[0].incident_updates[0].body).toMatch(/in progress/);
    const components = (await t.call(null, 'GET', '/api/v2/components.json')).json().components;
    expect(components.find((c: { id: string }) => c.id === comp.id).status).toBe('under_maintenance');
    const status = (await t.call(null, 'GET', '/api/v2/status.json')).json().status;
    expect(status).toEqual({ indicator: 'none', description: 'Service Under Maintenance' });
    expect(heard).toContainEqual({ kind: 'maintenance_started', maintenanceId: m.id });

    // a responder posts an update while it runs
    const upd = await t.call(t.responder, 'POST', `${api}/status-page/maintenances/${m.id}/updates`, {
      status: 'verifying',
      body: 'Checking everything works.',
    });
    expect(upd.statusCode, upd.body).toBe(201);
    expect(upd.json().data.updates[0]).toMatchObject({ status: 'verifying', body: 'Checking everything works.' });
    const back = await t.call(t.responder, 'PATCH', `${api}/status-page/maintenances/${m.id}`, { status: 'scheduled' });
    expect(back.statusCode).toBe(409);
    expect(back.json().error.code).toBe('maintenance_state');

    // and it completes at its end
    t.clock.advance(60 * 60_000);
    await new Worker(t.deps).runDue();
    const done = (await t.call(t.viewer, 'GET', `${api}/status-page/maintenances?state=completed`)).json().data;
    expect(done.map((x: { id: string; status: string }) => [x.id, x.status])).toEqual([[m.id, 'completed']]);
    const snap = await publicSnapshot(t.deps);
    expect(snap.maintenances).toEqual([]);
    expect(snap.components.find((c) => c.id === comp.id)?.status).toBe('operational');
    expect(snap.recentMaintenances.map((x) => x.id)).toEqual([m.id]);
    expect(heard).toContainEqual({ kind: 'maintenance_completed', maintenanceId: m.id });
    upcoming = (await t.call(null, 'GET', '/api/v2/scheduled-maintenances.json')).json();
    expect(ids(upcoming.scheduled_maintenances)).toContain(m.id);
  });

  it('moved to a later time, the first start job finds the time changed and waits for the new one', async () => {
    const m = (
      await t.call(t.responder, 'POST', `${api}/status-page/maintenances`, {
        title: 'Network work',
        body: 'Short blips.',
        scheduledFor: at(10),
        scheduledUntil: at(20),
      })
    ).json().data;
    const moved = await t.call(t.responder, 'PATCH', `${api}/status-page/maintenances/${m.id}`, {
      scheduledFor: at(30),
      scheduledUntil: at(40),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    t.clock.advance(15 * 60_000);
    await new Worker(t.deps).runDue();
    expect(
      (await t.call(t.viewer, 'GET', `${api}/status-page/maintenances?state=upcoming`)).json().data.map((x: { id: string }) => x.id),
    ).toContain(m.id);
    t.clock.advance(16 * 60_000);
    await new Worker(t.deps).runDue();
    expect(
      (await t.call(t.viewer, 'GET', `${api}/status-page/maintenances?state=active`)).json().data.map((x: { id: string }) => x.id),
    ).toEqual([m.id]);
    const bad = await t.call(t.responder, 'PATCH', `${api}/status-page/maintenances/${m.id}`, { scheduledUntil: at(-100) });
    expect(bad.statusCode).toBe(400);
    expect((await t.call(t.responder, 'PATCH', `${api}/status-page/maintenances/nope`, { title: 'x' })).json().error.code).toBe(
      'status_maintenance_not_found',
    );
  });
});

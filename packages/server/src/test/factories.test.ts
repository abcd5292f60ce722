import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAction, buildIncident, buildJob, buildRetro, buildService, buildTeam, buildUser } from './factories.ts';
import { makeTestApp, type TestApp, testDatabases } from './harness.ts';

// The factories reach every state they offer through the API, so other tests can rely on them.
describe.each(testDatabases())('test factories on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('builds people, teams and services with unique names unless told', async () => {
    const [a, b] = [await buildUser(t), await buildUser(t, { role: 'viewer', name: 'Vera' })];
    expect(a.email).not.toBe(b.email);
    expect(b).toMatchObject({ role: 'viewer', name: 'Vera' });
    expect((await t.call(b, 'GET', '/api/v1/me')).json().data.id).toBe(b.id);
    const team = await buildTeam(t, { members: [a, b.email] });
    expect(team.members.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(await buildService(t, { ownerTeam: team })).toMatchObject({ ownerTeam: { id: team.id } });
    expect((await buildService(t)).name).not.toBe((await buildService(t)).name);
  });

  it('takes an incident to any status, closing even one whose severity requires a retrospective', async () => {
    expect((await buildIncident(t)).status).toBe('triage');
    for (const status of ['investigating', 'monitoring', 'resolved', 'declined'] as const) {
      expect((await buildIncident(t, { status })).status).toBe(status);
    }
    const closed = await buildIncident(t, { severity: 'SEV2', status: 'closed' });
    expect(closed).toMatchObject({ status: 'closed', retrospective: { status: 'published' } });
    const original = await buildIncident(t);
    expect(await buildIncident(t, { status: 'duplicate', duplicateOf: original.ref })).toMatchObject({ duplicateOf: original.ref });
    const byAdmin = await buildIncident(t, { by: t.admin, private: true });
    expect((await t.call(t.responder, 'GET', `/api/v1/incidents/${byAdmin.ref}`)).statusCode).toBe(404);
  });

  it('builds actions in a status, and retrospectives up to published', async () => {
    expect(await buildAction(t, { status: 'wont_do' })).toMatchObject({ status: 'wont_do', statusReason: expect.any(String) });
    const inc = await buildIncident(t);
    expect(await buildAction(t, { incident: inc, kind: 'follow_up', owner: 'me' })).toMatchObject({
      incidentRef: inc.ref,
      draft: false,
    });
    expect((await buildRetro(t)).status).toBe('draft');
    expect((await buildRetro(t, { status: 'in_review' })).status).toBe('in_review');
    const published = await buildRetro(t, { incident: inc, status: 'published' });
    expect(published).toMatchObject({ status: 'published', incident: { ref: inc.ref } });
  });

  it('builds jobs waiting, done and dead', async () => {
    expect((await buildJob(t)).state).toBe('queued');
    expect((await buildJob(t, { state: 'done' })).state).toBe('done');
    expect(await buildJob(t, { state: 'dead', error: 'boom' })).toMatchObject({ state: 'dead', lastError: 'boom' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident, buildService, buildTeam, buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

type Member = { user: { id: string }; kind: string };

describe.each(testDatabases())('the service catalog on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const api = (path: string) => `/api/v1${path}`;

  it("makes the owning team's members watchers of incidents declared on the service, private ones included", async () => {
    const oncall = await buildUser(t, { name: 'On-call' });
    const team = await buildTeam(t, { name: 'Storage', members: [oncall] });
    const svc = await buildService(t, { name: 'blob-store', ownerTeam: team });
    expect(svc.ownerTeam).toEqual({ id: team.id, name: 'Storage' });

    const inc = await buildIncident(t, { services: ['blob-store'], private: true });
    expect(inc.members.map((m: Member) => [m.user.id, m.kind])).toEqual(
      expect.arrayContaining([
        [t.responder.id, 'participant'],
        [oncall.id, 'watcher'],
      ]),
    );
    // Watching a private incident is membership: they can read it, an unrelated responder cannot.
    expect((await t.call(oncall, 'GET', api(`/incidents/${inc.ref}`))).statusCode).toBe(200);
    expect((await t.call(t.responder2, 'GET', api(`/incidents/${inc.ref}`))).statusCode).toBe(404);
  });

  it('adds the new owners as watchers when a service is added to an incident later, and follows a change of owner', async () => {
    const first = await buildUser(t);
    const second = await buildUser(t);
    const a = await buildTeam(t, { members: [first] });
    const b = await buildTeam(t, { members: [second] });
    const svc = await buildService(t, { ownerTeam: a });
    const inc = await buildIncident(t);
    expect(inc.members.map((m: Member) => m.user.id)).not.toContain(first.id);

    const edited = await t.call(t.responder, 'PATCH', api(`/incidents/${inc.ref}`), { services: [svc.name] });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().data.members.map((m: Member) => m.user.id)).toContain(first.id);

    const moved = await t.call(t.responder, 'PATCH', api(`/services/${svc.name}`), { ownerTeam: b.name });
    expect(moved.json().data.ownerTeam).toEqual({ id: b.id, name: b.name });
    const later = await buildIncident(t, { services: [svc.id] });
    const ids = later.members.map((m: Member) => m.user.id);
    expect(ids).toContain(second.id);
    expect(ids).not.toContain(first.id);
  });

  it('refuses bad input with the error envelope, naming the field', async () => {
    const missing = await t.call(t.responder, 'POST', api('/services'), { criticality: 'high' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'body.name' }] } });
    const level = await t.call(t.responder, 'POST', api('/services'), { name: 'queue', criticality: 'urgent' });
    expect(level.statusCode).toBe(400);
    expect(level.json().error.message).toMatch(/^body\.criticality/);
    const team = await t.call(t.responder, 'POST', api('/services'), { name: 'queue', ownerTeam: 'No such team' });
    expect(team.statusCode).toBe(400);
    expect(team.json().error).toMatchObject({ code: 'unknown_team', details: { field: 'ownerTeam' } });
    const onIncident = await t.call(t.responder, 'POST', api('/incidents'), { title: 'Queue stuck', services: ['queue', 'nope'] });
    expect(onIncident.statusCode).toBe(400);
    expect(onIncident.json().error).toMatchObject({ code: 'unknown_service', details: { field: 'services', missing: ['queue', 'nope'] } });
  });

  it('keeps names unique, on create and on rename', async () => {
    await buildService(t, { name: 'ledger' });
    const again = await t.call(t.responder, 'POST', api('/services'), { name: 'ledger' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'service_exists', details: { field: 'name' } });
    const other = await buildService(t, { name: 'ledger-replica' });
    const rename = await t.call(t.responder, 'PATCH', api(`/services/${other.id}`), { name: 'ledger' });
    expect(rename.statusCode).toBe(409);
    expect((await t.call(t.viewer, 'GET', api(`/services/${other.id}`))).json().data.name).toBe('ledger-replica');
  });

  it('lets responders and admins manage the catalog; viewers read it', async () => {
    const denied = await t.call(t.viewer, 'POST', api('/services'), { name: 'viewer-made' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('not_allowed');
    const svc = await buildService(
      t,
      { name: 'search', criticality: 'critical', runbookUrl: 'https://runbooks.example/search' },
      t.responder,
    );
    expect(svc).toMatchObject({ criticality: 'critical', critical: true, runbookUrl: 'https://runbooks.example/search', ownerTeam: null });
    expect((await t.call(t.viewer, 'PATCH', api('/services/search'), { description: 'x' })).statusCode).toBe(403);
    const byName = await t.call(t.viewer, 'GET', api('/services/search'));
    expect(byName.json().data.id).toBe(svc.id);
    const none = await t.call(t.viewer, 'GET', api('/services/nothing-here'));
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe('service_not_found');
  });

  it('lists by name, filtered by text and by owning team (name or id)', async () => {
    const team = await buildTeam(t, { name: 'Billing' });
    for (const name of ['billing-api', 'billing-worker']) await buildService(t, { name, ownerTeam: team.name });
    await buildService(t, { name: 'billing-docs' });
    const names = async (q: string) =>
      ((await t.call(t.viewer, 'GET', api(`/services?${q}`))).json().data as { name: string }[]).map((s) => s.name);
    expect(await names('q=billing')).toEqual(['billing-api', 'billing-docs', 'billing-worker']);
    expect(await names('team=Billing')).toEqual(['billing-api', 'billing-worker']);
    expect(await names(`team=${team.id}`)).toEqual(['billing-api', 'billing-worker']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident, buildService, buildTeam, buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

type Person = { id: string; name: string; email: string };

describe.each(testDatabases())('teams on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const api = (path: string) => `/api/v1${path}`;

  it('creates a team with members named by id or e-mail (once each), listed by name', async () => {
    const zoe = await buildUser(t, { name: 'Zoe' });
    const res = await t.call(t.responder, 'POST', api('/teams'), {
      name: 'Networking',
      description: 'Edge and DNS',
      members: [zoe.email, t.responder2.id, zoe.id],
    });
    expect(res.statusCode).toBe(201);
    const team = res.json().data;
    expect(team).toMatchObject({ name: 'Networking', description: 'Edge and DNS' });
    expect(team.members.map((m: Person) => m.name)).toEqual(['Sam', 'Zoe']);
    const read = await t.call(t.viewer, 'GET', api('/teams/Networking'));
    expect(read.json().data).toEqual(team);
    expect((await t.call(t.viewer, 'GET', api(`/teams/${team.id}`))).json().data.name).toBe('Networking');
  });

  it('replaces the members on update, and who watches new incidents on its services follows', async () => {
    const before = await buildUser(t);
    const after = await buildUser(t);
    const team = await buildTeam(t, { members: [before] });
    const svc = await buildService(t, { ownerTeam: team });

    const res = await t.call(t.responder, 'PATCH', api(`/teams/${team.id}`), { members: [after.email] });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.members.map((m: Person) => m.id)).toEqual([after.id]);
    expect(res.json().data.name).toBe(team.name); // untouched fields stay

    const inc = await buildIncident(t, { services: [svc.name] });
    const watchers = inc.members.filter((m) => m.kind === 'watcher').map((m) => m.user.id);
    expect(watchers).toEqual([after.id]);

    const emptied = await t.call(t.responder, 'PATCH', api(`/teams/${team.id}`), { members: [] });
    expect(emptied.json().data.members).toEqual([]);
  });

  it('refuses unknown or disabled members, naming which one, and changes nothing', async () => {
    const gone = await buildUser(t);
    await t.call(t.admin, 'PATCH', api(`/users/${gone.id}`), { disabled: true });
    const team = await buildTeam(t, { members: [t.responder] });
    for (const members of [[t.responder.email, 'nobody@example.com'], [gone.id]]) {
      const res = await t.call(t.responder, 'PATCH', api(`/teams/${team.id}`), { members });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'unknown_user', details: { field: `members.${members.length - 1}` } });
    }
    expect((await t.call(t.viewer, 'GET', api(`/teams/${team.id}`))).json().data.members.map((m: Person) => m.id)).toEqual([
      t.responder.id,
    ]);
    const created = await t.call(t.responder, 'POST', api('/teams'), { name: 'Ghosts', members: ['ghost@example.com'] });
    expect(created.statusCode).toBe(400);
    expect((await t.call(t.viewer, 'GET', api('/teams/Ghosts'))).statusCode).toBe(404);
  });

  it('keeps names unique and validates input with the error envelope', async () => {
    await buildTeam(t, { name: 'Payments' });
    const dup = await t.call(t.responder, 'POST', api('/teams'), { name: 'Payments' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'team_exists', details: { field: 'name' } });
    const other = await buildTeam(t, { name: 'Payouts' });
    expect((await t.call(t.responder, 'PATCH', api(`/teams/${other.id}`), { name: 'Payments' })).statusCode).toBe(409);
    const bad = await t.call(t.responder, 'POST', api('/teams'), { name: '', members: 'everyone' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_input');
    expect(bad.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['body.name']));
    const missing = await t.call(t.viewer, 'GET', api('/teams/Nobody'));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('team_not_found');
  });

  it('lets responders and admins manage teams; viewers read them', async () => {
    const created = await t.call(t.viewer, 'POST', api('/teams'), { name: 'Viewers' });
    expect(created.statusCode).toBe(403);
    expect(created.json().error.code).toBe('not_allowed');
    const team = await buildTeam(t, {}, t.responder);
    expect((await t.call(t.viewer, 'PATCH', api(`/teams/${team.id}`), { description: 'mine now' })).statusCode).toBe(403);
    const listed = (await t.call(t.viewer, 'GET', api('/teams?limit=200'))).json().data as { id: string }[];
    expect(listed.map((x) => x.id)).toContain(team.id);
  });
});

import { DEFAULT_ROLE_TYPES, DEFAULT_SEVERITIES } from '@firebreak/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

type Severity = {
  id: string;
  rank: number;
  name: string;
  color: string;
  updateCadenceMinutes: number | null;
  retrospectiveRequired: boolean;
};
type Role = { key: string; name: string; description: string; rank: number };

describe.each(testDatabases())('severity and role settings on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  // Each test starts from the defaults (matched by name and key, so they come back as they were).
  afterEach(async () => {
    const severities = DEFAULT_SEVERITIES.map(({ rank: _rank, ...s }) => s);
    expect((await t.call(t.admin, 'PUT', api('/severities'), { severities })).statusCode).toBe(200);
    const roles = DEFAULT_ROLE_TYPES.map(({ rank: _rank, ...r }) => r);
    expect((await t.call(t.admin, 'PUT', api('/roles'), { roles })).statusCode).toBe(200);
  });
  afterAll(() => t.close());
  const api = (path: string) => `/api/v1${path}`;
  const severities = async () => (await t.call(t.viewer, 'GET', api('/severities'))).json().data as Severity[];
  const roles = async () => (await t.call(t.viewer, 'GET', api('/roles'))).json().data as Role[];
  const edit = (list: Severity[]) => list.map(({ rank: _rank, ...s }) => s);

  it('lists the defaults most severe first; the order of a replacement is its rank', async () => {
    const before = await severities();
    expect(before.map((s) => [s.rank, s.name])).toEqual([
      [1, 'SEV1'],
      [2, 'SEV2'],
      [3, 'SEV3'],
      [4, 'SEV4'],
    ]);
    const reordered = [before[1], before[0], before[2], before[3]];
    const res = await t.call(t.admin, 'PUT', api('/severities'), { severities: edit(reordered) });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((s: Severity) => [s.rank, s.name])).toEqual([
      [1, 'SEV2'],
      [2, 'SEV1'],
      [3, 'SEV3'],
      [4, 'SEV4'],
    ]);
    // Same rows, not new ones: ids are kept, so incidents keep pointing at them.
    expect((await severities()).map((s) => s.id)).toEqual(reordered.map((s) => s.id));
    // Declaring without a severity takes the least severe (the last).
    expect((await buildIncident(t, { severity: undefined })).severity?.name).toBe('SEV4');
  });

  it('archives a severity left out instead of deleting it: old incidents keep it, new ones cannot use it, naming it again brings it back', async () => {
    const inc = await buildIncident(t, { severity: 'SEV4' });
    const before = await severities();
    const sev4 = before.find((s) => s.name === 'SEV4') as Severity;
    const res = await t.call(t.admin, 'PUT', api('/severities'), { severities: edit(before.slice(0, 3)) });
    expect(res.json().data.map((s: Severity) => s.name)).toEqual(['SEV1', 'SEV2', 'SEV3']);
    expect((await severities()).map((s) => s.name)).toEqual(['SEV1', 'SEV2', 'SEV3']);

    expect((await t.call(t.responder, 'GET', api(`/incidents/${inc.ref}`))).json().data.severity).toMatchObject({
      id: sev4.id,
      name: 'SEV4',
    });
    const refused = await t.call(t.responder, 'POST', api('/incidents'), { title: 'Minor glitch', severity: 'SEV4' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'unknown_severity', details: { field: 'severity' } });

    const back = await t.call(t.admin, 'PUT', api('/severities'), { severities: edit(before) });
    expect(back.json().data.find((s: Severity) => s.name === 'SEV4')).toMatchObject({ id: sev4.id, rank: 4 });
  });

  it('refuses duplicate names (in any case), unknown ids and bad fields with a 400 naming them, and changes nothing', async () => {
    const before = await severities();
    const dup = await t.call(t.admin, 'PUT', api('/severities'), {
      severities: [...edit(before), { ...edit(before)[0], id: undefined, name: 'sev1' }],
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error).toMatchObject({ code: 'invalid_input', details: { field: 'severities' } });
    expect(dup.json().error.message).toMatch(/duplicate name sev1/);

    const ghost = edit(before).map((s, i) => (i === 2 ? { ...s, id: 'no-such-severity' } : s));
    const unknown = await t.call(t.admin, 'PUT', api('/severities'), { severities: ghost });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual({ field: 'severities.2.id' });

    const color = await t.call(t.admin, 'PUT', api('/severities'), { severities: [{ name: 'SEV0', color: 'pink' }] });
    expect(color.statusCode).toBe(400);
    expect(color.json().error.message).toMatch(/^body\.severities\.0\.color/);
    const empty = await t.call(t.admin, 'PUT', api('/severities'), { severities: [] });
    expect(empty.statusCode).toBe(400);

    expect(await severities()).toEqual(before);
  });

  it('only admins change settings; everyone signed in reads them', async () => {
    const list = edit(await severities());
    for (const user of [t.responder, t.viewer]) {
      const res = await t.call(user, 'PUT', api('/severities'), { severities: list });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('not_allowed');
      expect((await t.call(user, 'PUT', api('/roles'), { roles: DEFAULT_ROLE_TYPES.map(({ rank: _r, ...r }) => r) })).statusCode).toBe(403);
    }
    expect((await t.call(null, 'GET', api('/severities'))).statusCode).toBe(401);
  });

  it('role types: order is rank, the commander role is required, keys are unique, removed ones are archived', async () => {
    const inc = await buildIncident(t);
    const url = api(`/incidents/${inc.ref}`);
    expect((await t.call(t.responder, 'POST', `${url}/roles`, { role: 'comms_lead', user: t.responder2.id })).statusCode).toBe(200);

    const noCommander = await t.call(t.admin, 'PUT', api('/roles'), { roles: [{ key: 'scribe', name: 'Scribe' }] });
    expect(noCommander.statusCode).toBe(400);
    expect(noCommander.json().error.message).toMatch(/commander role is required/);
    const dupKey = await t.call(t.admin, 'PUT', api('/roles'), {
      roles: [
        { key: 'commander', name: 'Commander' },
        { key: 'commander', name: 'Also commander' },
      ],
    });
    expect(dupKey.statusCode).toBe(400);
    const badKey = await t.call(t.admin, 'PUT', api('/roles'), { roles: [{ key: 'Commander!', name: 'x' }] });
    expect(badKey.json().error.message).toMatch(/^body\.roles\.0\.key/);
    expect((await roles()).map((r) => r.key)).toEqual(['commander', 'comms_lead']);

    const res = await t.call(t.admin, 'PUT', api('/roles'), {
      roles: [
        { key: 'scribe', name: 'Scribe', description: 'Keeps the timeline' },
        { key: 'commander', name: 'Incident commander' },
      ],
    });
    expect(res.json().data.map((r: Role) => [r.rank, r.key])).toEqual([
      [1, 'scribe'],
      [2, 'commander'],
    ]);
    // The incident still shows who held the archived role; nobody can be given it any more.
    const roleHolders = (await t.call(t.responder, 'GET', url)).json().data.roles as { role: string; roleName: string }[];
    expect(roleHolders).toContainEqual(expect.objectContaining({ role: 'comms_lead', roleName: 'Communications lead' }));
    const refused = await t.call(t.responder, 'POST', `${url}/roles`, { role: 'comms_lead', user: t.responder.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('unknown_role');
  });
});

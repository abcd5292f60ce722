import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAction, buildIncident, buildRetro, buildService, buildTeam, buildUser } from './factories.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from './harness.ts';

/**
 * Every cursor-paged list, paged with small limits over rows that tie on the sort value (the
 * harness clock is fixed, so everything created here shares one timestamp): following nextCursor
 * must return exactly the full list, in the same order, each row once.
 */
describe.each(testDatabases())('paging every list on %s', (kind) => {
  let t: TestApp;
  let ref = '';
  beforeAll(async () => {
    t = await makeTestApp(kind);
    for (const n of [1, 2, 3]) {
      await buildUser(t, { email: `pager${n}@example.com`, name: `Pager ${n}` });
      const team = await buildTeam(t, { name: `Pager team ${n}`, members: [t.responder2] });
      await buildService(t, { name: `pager-service-${n}`, ownerTeam: team });
    }
    const incidents = [];
    for (const n of [1, 2, 3, 4]) incidents.push(await buildIncident(t, { title: `Paging incident ${n}` }));
    const incident = incidents[0];
    ref = incident.ref;
    for (const inc of incidents.slice(0, 3)) await buildRetro(t, { incident: inc });
    for (const n of [1, 2, 3, 4]) {
      await t.call(t.responder, 'POST', `/api/v1/incidents/${ref}/comments`, { body: `Comment ${n}` });
      await buildAction(t, { incident, title: `Next ${n}` });
      // Follow-ups: some share a due date, some have none (both tie on the sort value).
      await buildAction(t, {
        incident,
        title: `Follow-up ${n}`,
        kind: 'follow_up',
        owner: 'me',
        dueAt: n % 2 ? '2026-04-01T00:00:00Z' : null,
      });
    }
  });
  afterAll(() => t.close());

  type Item = { id: string | number; ref?: string };
  const key = (i: Item) => String(i.ref ?? i.id);
  const get = async (user: TestUser, url: string) => {
    const res = await t.call(user, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: Item[]; nextCursor: string | null };
  };
  const withQuery = (path: string, q: string) => `${path}${path.includes('?') ? '&' : '?'}${q}`;

  async function followCursors(user: TestUser, path: string, limit: number): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let n = 0; n < 100; n++) {
      const page = await get(user, withQuery(path, `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
      seen.push(...page.data.map(key));
      if (!page.nextCursor) return seen;
      cursor = page.nextCursor;
    }
    throw new Error(`${path}: paging did not end`);
  }

  const lists: [string, () => string, number][] = [
    ['incidents', () => '/api/v1/incidents', 4],
    ['timeline', () => `/api/v1/incidents/${ref}/timeline`, 4],
    ["an incident's actions", () => `/api/v1/incidents/${ref}/actions`, 8],
    ['actions across incidents', () => '/api/v1/actions', 8],
    ['follow-ups', () => '/api/v1/follow-ups?status=all', 4],
    ['retrospectives', () => '/api/v1/retros', 3],
    ['users', () => '/api/v1/users', 7],
    ['teams', () => '/api/v1/teams', 3],
    ['services', () => '/api/v1/services', 3],
  ];

  it.each(lists)('%s: the pages add up to the whole list, each row once', async (_label, path, atLeast) => {
    const whole = (await get(t.admin, withQuery(path(), 'limit=200'))).data.map(key);
    expect(whole.length).toBeGreaterThanOrEqual(atLeast);
    expect(new Set(whole).size).toBe(whole.length);
    for (const limit of [1, 2, 3]) expect(await followCursors(t.admin, path(), limit)).toEqual(whole);
  });

  it.each(lists)('%s: a cursor this API did not hand out is a 400 invalid_input, never a 500', async (_label, path) => {
    const wrongShape = Buffer.from(JSON.stringify({ v: 1 })).toString('base64url');
    const wrongTypes = Buffer.from(JSON.stringify([{}, null, true])).toString('base64url');
    for (const cursor of ['abc', '!!', '2026-03-01T12:00:00.000Z', '12', wrongShape, wrongTypes, 'W10']) {
      const res = await t.call(t.admin, 'GET', withQuery(path(), `cursor=${encodeURIComponent(cursor)}`));
      expect([cursor, res.statusCode, res.json().error?.code]).toEqual([cursor, 400, 'invalid_input']);
    }
  });

  it('a cursor of one list is refused by a list with a different key', async () => {
    const retros = await get(t.admin, '/api/v1/retros?limit=1');
    expect(retros.nextCursor).toBeTruthy();
    const res = await t.call(t.admin, 'GET', `/api/v1/incidents?cursor=${encodeURIComponent(retros.nextCursor as string)}`);
    expect([res.statusCode, res.json().error?.code]).toEqual([400, 'invalid_input']);
  });

  it('viewers page stakeholder-visible rows the same way', async () => {
    const whole = (await get(t.viewer, `/api/v1/incidents/${ref}/timeline?limit=200`)).data.map(key);
    expect(whole.length).toBeGreaterThan(0);
    expect(await followCursors(t.viewer, `/api/v1/incidents/${ref}/timeline`, 1)).toEqual(whole);
  });
});

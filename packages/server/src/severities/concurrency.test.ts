import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

type Severity = {
  id: string;
  name: string;
  description: string;
  color: string;
  updateCadenceMinutes: number | null;
  retrospectiveRequired: boolean;
};
type Role = { key: string; name: string; description: string };

describe.each(testDatabases())('saving settings concurrently on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('severities and role types saved at once, in both orders, all answer 200 and the last save wins whole', async () => {
    const severities = ((await t.call(t.admin, 'GET', '/api/v1/severities')).json().data as Severity[]).map(
      ({ id, name, description, color, updateCadenceMinutes, retrospectiveRequired }) => ({
        id,
        name,
        description,
        color,
        updateCadenceMinutes,
        retrospectiveRequired,
      }),
    );
    const roles = ((await t.call(t.admin, 'GET', '/api/v1/roles')).json().data as Role[]).map(({ key, name, description }) => ({
      key,
      name,
      description,
    }));
    const saves = Array.from({ length: 12 }, (_, i) => {
      const sev = i % 2 ? [...severities].reverse() : severities;
      const rol = i % 3 ? [...roles].reverse() : roles;
      const withNote = <T extends { description: string }>(xs: T[]) =>
        xs.map((x) => ({ ...x, description: `${x.description.split(' #')[0]} #${i}` }));
      return i % 2
        ? [
            t.call(t.admin, 'PUT', '/api/v1/roles', { roles: withNote(rol) }),
            t.call(t.admin, 'PUT', '/api/v1/severities', { severities: withNote(sev) }),
          ]
        : [
            t.call(t.admin, 'PUT', '/api/v1/severities', { severities: withNote(sev) }),
            t.call(t.admin, 'PUT', '/api/v1/roles', { roles: withNote(rol) }),
          ];
    });
    const results = await Promise.all(saves.flat());
    expect(results.map((r) => `${r.statusCode} ${r.statusCode === 200 ? '' : r.body}`.trim())).toEqual(results.map(() => '200'));
    // Every row of a list carries the same save's note: no save was half applied.
    const after = (await t.call(t.admin, 'GET', '/api/v1/severities')).json().data as Severity[];
    expect(new Set(after.map((s) => s.description.split(' #')[1])).size).toBe(1);
  });
});

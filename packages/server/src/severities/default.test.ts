import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

// Issue 10: the severity picker started at the least severe; the default is an admin setting.

type Severity = {
  id: string;
  name: string;
  description: string;
  color: string;
  updateCadenceMinutes: number | null;
  retrospectiveRequired: boolean;
  isDefault: boolean;
};

describe.each(testDatabases())('the default severity, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const list = async () => (await t.call(t.admin, 'GET', '/api/v1/severities')).json().data as Severity[];
  const put = (defaultName: string | null, also?: string) =>
    t.call(t.admin, 'PUT', '/api/v1/severities', {
      severities: severities.map(({ id, name, description, color, updateCadenceMinutes, retrospectiveRequired }) => ({
        id,
        name,
        description,
        color,
        updateCadenceMinutes,
        retrospectiveRequired,
        isDefault: name === defaultName || name === also,
      })),
    });
  let severities: Severity[];

  it('is the least severe until an admin picks one; then declaring without a severity uses it', async () => {
    severities = await list();
    expect(severities.every((s) => !s.isDefault)).toBe(true);
    expect((await declare(t, t.responder, { severity: undefined })).ref).toBeDefined();
    const first = (await t.call(t.responder, 'GET', '/api/v1/incidents/INC-1')).json().data;
    expect(first.severity.name).toBe('SEV4');

    const res = await put('SEV2');
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .data.filter((s: Severity) => s.isDefault)
        .map((s: Severity) => s.name),
    ).toEqual(['SEV2']);
    const inc = await declare(t, t.responder, { severity: undefined });
    expect((await t.call(t.responder, 'GET', `/api/v1/incidents/${inc.ref}`)).json().data.severity).toMatchObject({
      name: 'SEV2',
      isDefault: true,
    });
  });

  it('is at most one, and an admin can go back to none', async () => {
    const two = await put('SEV2', 'SEV3');
    expect(two.statusCode).toBe(400);
    expect(two.json().error.message).toMatch(/only one severity can be the default/);
    expect((await put(null)).statusCode).toBe(200);
    expect((await list()).every((s) => !s.isDefault)).toBe(true);
    expect((await t.call(t.responder, 'PUT', '/api/v1/severities', { severities: [] })).statusCode).toBe(400);
  });
});

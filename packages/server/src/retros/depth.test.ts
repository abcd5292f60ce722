import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

describe.each(testDatabases())('retrospective depth on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  const api = (path: string) => `/api/v1${path}`;
  it('suggests a depth with reasons (severity, recurrence, impact, duration) and stores the decision', async () => {
    await t.call(t.admin, 'POST', api('/services'), { name: 'payments', criticality: 'critical' });
    const older = await declare(t, t.responder, { severity: 'SEV3', services: ['payments'], title: 'Earlier payments blip' });
    const inc = await declare(t, t.responder, { severity: 'SEV1', services: ['payments'] });
    await t.call(t.responder, 'PATCH', api(`/incidents/${inc.ref}`), { customerImpact: 'Payments failed', scopeUserShare: 40 });
    t.clock.advance(5 * 3_600_000);
    await t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/status`), { status: 'resolved' });
    const depth = (await t.call(t.responder, 'GET', api(`/retros/${inc.ref}/depth`))).json().data;
    expect(depth.suggestion.suggestion).toBe('deep');
    const reasons = depth.suggestion.reasons.map((r: { text: string }) => r.text).join(' ');
    expect(reasons).toContain(older.ref);
    expect(reasons).toMatch(/SEV1/);
    expect(reasons).toMatch(/40% of users/);
    expect(reasons).toMatch(/5 h/);
    expect(depth.decision).toBeNull();
    const decided = await t.call(t.responder, 'PUT', api(`/retros/${inc.ref}/depth`), {
      decision: 'standard',
      reason: 'Known vendor issue; tracked with them',
    });
    expect(decided.json().data.depth.decision).toMatchObject({
      decision: 'standard',
      reason: 'Known vendor issue; tracked with them',
      decidedBy: { name: 'Priya' },
    });
    const history = (await t.call(t.admin, 'GET', api(`/retros/${inc.ref}/history`))).json().data as { kind: string; data: unknown }[];
    const entry = history.find((e) => e.kind === 'retro_depth_decided');
    expect(entry?.data).toMatchObject({ decision: 'standard', suggested: 'deep' });
  });
});

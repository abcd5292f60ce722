import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

// Issue 10: the draft dropped most of the ticket (root causes, customer impact, both fixes, scope), and
// the Markdown export lacked duration, services, roles, root causes and impact.

describe.each(testDatabases())('what a retrospective knows of its incident, on %s', (kind) => {
  let t: TestApp;
  let ref: string;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.call(t.admin, 'POST', '/api/v1/services', { name: 'checkout', criticality: 'critical' });
    const inc = await declare(t, t.responder, { severity: 'SEV2', summary: 'EU card payments timed out.', services: ['checkout'] });
    ref = inc.ref;
    const url = `/api/v1/incidents/${ref}`;
    await t.call(t.responder, 'PATCH', url, {
      symptoms: 'HTTP 504 on POST /checkout',
      scopeRegions: 'EU',
      scopeUserShare: 20,
      customerImpact: 'EU customers could not pay by card.',
      rootCauses: 'Config 1.4.2 halved the connection pool.',
      fixesForSymptoms: 'Rolled back to 1.4.1.',
      rootCauseFix: { state: 'planned', description: 'Validate pool size in config CI.' },
      prevention: 'Alert on pool saturation.',
      milestones: { impactStarted: '2026-03-01T11:10:00.000Z' },
    });
    await t.call(t.responder, 'POST', `${url}/roles`, { role: 'commander', user: t.responder.email });
    t.clock.advance(125 * 60_000);
    await t.call(t.responder, 'POST', `${url}/status`, { status: 'resolved' });
  });
  afterAll(() => t.close());

  it('drafts the introduction with everything the ticket knows', async () => {
    const retro = (await t.call(t.responder, 'GET', `/api/v1/retros/${ref}`)).json().data;
    const intro = retro.sections.find((s: { key: string }) => s.key === 'introduction').body as string;
    for (const part of [
      'EU card payments timed out.',
      '**Symptoms:** HTTP 504 on POST /checkout',
      '**Regions:** EU',
      '**Share of users affected:** 20%',
      '**Customer impact:** EU customers could not pay by card.',
      '**Root causes:** Config 1.4.2 halved the connection pool.',
      '**Fixes for the symptoms:** Rolled back to 1.4.1.',
      '**Fix for the root cause (planned):** Validate pool size in config CI.',
      '**Prevention:** Alert on pool saturation.',
    ])
      expect(intro).toContain(part);
    expect(retro.incident.facts).toMatchObject({
      impactStartedAt: '2026-03-01T11:10:00.000Z',
      durationMinutes: 175,
      services: ['checkout'],
      roles: [{ role: 'Incident commander', name: 'Priya' }],
      customerImpact: 'EU customers could not pay by card.',
      userShare: 20,
      rootCauses: 'Config 1.4.2 halved the connection pool.',
    });
  });

  it('exports duration, services, roles, impact and root causes; stakeholders get them without the root causes', async () => {
    const r = `/api/v1/retros/${ref}`;
    const md = (await t.call(t.responder, 'GET', `${r}/export.md`)).body;
    expect(md).toContain('- **Duration:** 2 h 55 min (impact started 2026-03-01 11:10 UTC, resolved 2026-03-01 14:05 UTC)');
    expect(md).toContain('- **Services:** checkout');
    expect(md).toContain('- **Roles:** Incident commander: Priya');
    expect(md).toContain('**Customer impact**\n\nEU customers could not pay by card.\n\nAbout 20% of users were affected.');
    expect(md).toContain('**Root causes** _(internal)_\n\nConfig 1.4.2 halved the connection pool.');

    await t.call(t.responder, 'POST', `${r}/status`, { status: 'in_review' });
    await t.call(t.responder, 'POST', `${r}/publish`, { confirm: true });
    const forViewer = (await t.call(t.viewer, 'GET', `${r}/export.md`)).body;
    expect(forViewer).toContain('- **Duration:** 2 h 55 min');
    expect(forViewer).toContain('EU customers could not pay by card.');
    expect(forViewer).not.toContain('Config 1.4.2 halved the connection pool.');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

const api = '/api/v1';
const REPORT = 'From: jane.doe@customer.example — order 88213 for ACME GmbH failed, card ending 4242';

/**
 * Issue 9 finding 13: a retrospective is read by viewers and share-link holders, so a draft never
 * copies the verbatim original report (it may name customers and people): not through a template's
 * "original request" section, nor through a pinned declaration in the timeline excerpt.
 */
describe.each(testDatabases())('the verbatim report stays out of retrospectives on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  async function declareWithReport(summary: string) {
    const res = await t.call(t.responder, 'POST', `${api}/incidents`, {
      title: 'Orders failing',
      severity: 'SEV3',
      originalRequest: REPORT,
      summary,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data as { ref: string };
  }
  const draft = async (ref: string, template?: string) => {
    const res = await t.call(t.responder, 'POST', `${api}/incidents/${ref}/retro`, template ? { template } : {});
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data as { id: string; sections: { key: string; body: string; items: { text: string }[] | null }[] };
  };

  it('the "original request" section gets the stakeholder summary, not the report', async () => {
    const inc = await declareWithReport('A customer could not pay for an order.');
    const retro = await draft(inc.ref, 'production_support_review');
    const section = retro.sections.find((s) => s.key === 'original_request');
    expect(section?.body).toContain('A customer could not pay for an order.');
    expect(JSON.stringify(retro)).not.toContain('jane.doe@customer.example');
    // Viewers (and, once published, share-link holders) read this same document.
    const asViewer = await t.call(t.viewer, 'GET', `${api}/retros/${inc.ref}`);
    expect(asViewer.body).not.toContain('jane.doe@customer.example');
  });

  it('a pinned declaration is excerpted without its report in the default template', async () => {
    const inc = await declareWithReport('Orders failed for some customers.');
    const entries = (await t.call(t.responder, 'GET', `${api}/incidents/${inc.ref}/timeline`)).json().data as {
      id: number;
      kind: string;
    }[];
    const declared = entries.find((e) => e.kind === 'declared');
    const pin = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/timeline/${declared?.id}/pin`, { pinned: true });
    expect(pin.statusCode, pin.body).toBe(200);
    const retro = await draft(inc.ref);
    const timeline = retro.sections.find((s) => s.items);
    expect(timeline?.items?.length).toBeGreaterThan(1);
    expect(JSON.stringify(retro)).not.toContain('jane.doe@customer.example');
    const asViewer = await t.call(t.viewer, 'GET', `${api}/retros/${inc.ref}`);
    expect(asViewer.body).not.toContain('jane.doe@customer.example');
  });
});

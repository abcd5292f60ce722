import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService } from '../test/factories.ts';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

const api = '/api/v1';

/** Reads a Server-Sent Event stream into a list of event names as they arrive. */
function listen(res: Response) {
  const names: string[] = [];
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buf = '';
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buf += decoder.decode(value, { stream: true });
      let i = buf.indexOf('\n\n');
      while (i >= 0) {
        const m = /^event: (.+)$/m.exec(buf.slice(0, i));
        if (m) names.push(m[1]);
        buf = buf.slice(i + 2);
        i = buf.indexOf('\n\n');
      }
    }
  })().catch(() => {});
  const waitFor = async (n: number) => {
    for (let k = 0; k < 200 && names.filter((x) => x === 'alerts').length < n; k++) await new Promise((r) => setTimeout(r, 25));
    return names.filter((x) => x === 'alerts').length;
  };
  return { names, waitFor, close: () => reader.cancel().catch(() => {}) };
}

describe.each(testDatabases())('alerts live and recent changes on %s', (kind) => {
  let t: TestApp;
  let base: string;
  const post = (url: string, body: unknown) =>
    t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  const integration = async (body: Record<string, unknown>) => {
    const res = await t.call(t.admin, 'POST', `${api}/integrations`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().data as { id: string; key: string; name: string };
  };

  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('the alert stream wakes on ingest and on people acknowledging, once per burst, with nothing about the alert in it', async () => {
    const i = await integration({ name: 'live-generic', format: 'generic' });
    const res = await fetch(`${base}${api}/alerts/stream`, { headers: { authorization: `Bearer ${t.viewer.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const s = listen(res);
    try {
      for (let k = 0; k < 200 && !s.names.includes('ready'); k++) await new Promise((r) => setTimeout(r, 10));
      expect(s.names).toEqual(['ready']);
      // A burst of ten events is told once (the stream gathers them).
      await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          post(`${api}/ingest/generic/${i.key}`, { title: `Queue backlog ${n}`, deduplication_key: `q-${n}` }),
        ),
      );
      expect(await s.waitFor(1)).toBe(1);
      await new Promise((r) => setTimeout(r, 400));
      expect(s.names.filter((x) => x === 'alerts').length).toBeLessThan(10);
      const told = s.names.filter((x) => x === 'alerts').length;
      const id = (await t.call(t.admin, 'GET', `${api}/alerts?limit=1`)).json().data[0].id as string;
      const ack = await t.call(t.responder, 'POST', `${api}/alerts/bulk`, { ids: [id], action: 'acknowledge' });
      expect(ack.json().data.changed).toEqual([id]);
      // Abilities follow the state and the role.
      const after = async (u: typeof t.admin) => (await t.call(u, 'GET', `${api}/alerts/${id}`)).json().data.abilities;
      expect(await after(t.responder)).toEqual({ acknowledge: false, resolve: true, declare: true });
      expect(await after(t.viewer)).toEqual({ acknowledge: false, resolve: false, declare: false });
      expect(await s.waitFor(told + 1)).toBe(told + 1);
    } finally {
      await s.close();
    }
  });

  it('recent changes: the incident services’ changes from 24 h before declaration, newest first, with their links; hidden like the incident', async () => {
    const svc = await buildService(t, { name: `checkout-${kind}` });
    const other = await buildService(t, { name: `search-${kind}` });
    const pd = await integration({ name: 'pd-deploys', format: 'pagerduty', service: svc.name });
    const pdOther = await integration({ name: 'pd-deploys-search', format: 'pagerduty', service: other.name });
    const now = t.clock.now().getTime();
    const at = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000).toISOString();
    const change = (key: string, summary: string, hoursAgo: number, links?: unknown) =>
      post('/v2/change/enqueue', {
        routing_key: key,
        payload: { summary, source: 'ci', timestamp: at(hoursAgo) },
        ...(links ? { links } : {}),
      });
    expect((await change(pd.key, 'Deployed v1.0 (too old)', 30)).statusCode).toBe(202);
    expect(
      (
        await change(pd.key, 'Deployed v1.1', 2, [
          { href: 'https://ci.example.com/builds/11', text: 'build 11' },
          { href: 'javascript:alert(1)', text: 'not a web link' },
        ])
      ).statusCode,
    ).toBe(202);
    expect((await change(pdOther.key, 'Search reindex', 1)).statusCode).toBe(202);
    const inc = await declare(t, t.responder, { services: [svc.name] });
    expect((await change(pd.key, 'Rolled back to v1.0', -0.5)).statusCode).toBe(202);

    const res = await t.call(t.viewer, 'GET', `${api}/incidents/${inc.ref}/changes`);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().data as { summary: string; links: unknown[]; service: { name: string }; integration: { name: string } }[];
    expect(data.map((c) => c.summary)).toEqual(['Rolled back to v1.0', 'Deployed v1.1']);
    expect(data[1].links).toEqual([{ href: 'https://ci.example.com/builds/11', text: 'build 11' }]);
    expect(data[1].service.name).toBe(svc.name);
    expect(data[1].integration.name).toBe('pd-deploys');

    // No services: no changes. A private incident: 404 for those who cannot see it.
    const bare = await declare(t, t.responder);
    expect((await t.call(t.responder, 'GET', `${api}/incidents/${bare.ref}/changes`)).json().data).toEqual([]);
    const secret = await declare(t, t.responder, { services: [svc.name], private: true });
    const hidden = await t.call(t.responder2, 'GET', `${api}/incidents/${secret.ref}/changes`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('incident_not_found');
    expect((await t.call(t.admin, 'GET', `${api}/incidents/${secret.ref}/changes`)).json().data).toHaveLength(2);
    expect((await t.call(t.responder, 'GET', `${api}/incidents/${inc.ref}/changes?limit=0`)).statusCode).toBe(400);
  });
});

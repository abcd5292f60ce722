import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Worker } from '../platform/jobs/worker.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

/** Reads `unread` events of the bell's stream over real HTTP. */
async function openUnread(url: string, token: string) {
  const ac = new AbortController();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: ac.signal });
  const counts: unknown[] = [];
  let raw = '';
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        raw += decoder.decode(value, { stream: true });
        const blocks = raw.split('\n\n');
        raw = blocks.pop() ?? '';
        for (const b of blocks) {
          const ev = /^event: (.*)$/m.exec(b)?.[1];
          const data = /^data: (.*)$/m.exec(b)?.[1];
          if (ev === 'unread' && data) counts.push(JSON.parse(data));
        }
      }
    } catch {
      // closed
    }
  })();
  const until = async (n: number) => {
    const deadline = performance.now() + 5000;
    while (counts.length < n) {
      if (performance.now() > deadline) throw new Error(`expected ${n} events, got ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { status: res.status, type: res.headers.get('content-type'), counts, until, close: () => ac.abort() };
}

for (const kind of testDatabases()) {
  describe(`the bell's live stream on ${kind}`, () => {
    let t: TestApp;
    let base: string;
    beforeEach(async () => {
      t = await makeTestApp(kind);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/v1`;
    });
    afterEach(() => t.close());

    it('sends the unread count at once and again when a notification arrives or is read, never content', async () => {
      await t.call(t.responder2, 'POST', '/api/v1/me/subscriptions', { target: 'severity', id: 'SEV4' });
      const s = await openUnread(`${base}/me/notifications/stream`, t.responder2.token);
      const other = await openUnread(`${base}/me/notifications/stream`, t.viewer.token);
      try {
        expect(s.status).toBe(200);
        expect(s.type).toContain('text/event-stream');
        await s.until(1);
        expect(s.counts[0]).toEqual({ unread: 0 });
        await t.call(t.responder, 'POST', '/api/v1/incidents', { title: 'Secret customer name in title', severity: 'SEV2' });
        await new Worker(t.deps).runDue();
        await s.until(2);
        expect(s.counts[1]).toEqual({ unread: 1 });
        const id = (await t.call(t.responder2, 'GET', '/api/v1/me/notifications')).json().data[0].id;
        await t.call(t.responder2, 'POST', `/api/v1/me/notifications/${id}/read`, { read: true });
        await s.until(3);
        expect(s.counts[2]).toEqual({ unread: 0 });
        // Someone who was not notified hears nothing but their own opening count.
        await other.until(1);
        expect(other.counts).toEqual([{ unread: 0 }]);
      } finally {
        s.close();
        other.close();
      }
    });
  });
}

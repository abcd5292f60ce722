import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a fake receiver got. */
export type Received = { at: number; method: string; path: string; headers: IncomingHttpHeaders; body: string };

/** How the receiver answers a request: status, optional delay, optional body. Default 200 "ok". */
export type Answer = { status: number; delayMs?: number; body?: string };

/**
 * A local HTTP receiver for outbound webhooks and chat messages: it records every request (raw body
 * kept, for signature checks) and answers as the test says — up, slow, 500, or closing the socket.
 * Used by the webhooks tests; the chat-ops work can reuse it with the format validators beside it.
 */
export type FakeReceiver = {
  url: string;
  received: Received[];
  /** Decides each answer; `'hang-up'` destroys the socket without an answer. */
  answer: (r: Received, index: number) => Answer | 'hang-up';
  /** Resolves when at least n requests have arrived (or rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
};

export async function startFakeReceiver(path = '/hook'): Promise<FakeReceiver> {
  const waiters: { n: number; resolve: () => void }[] = [];
  const fake: FakeReceiver = {
    url: '',
    received: [],
    answer: () => ({ status: 200, body: 'ok' }),
    waitFor: (n, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        if (fake.received.length >= n) return resolve(fake.received);
        const timer = setTimeout(() => reject(new Error(`fake receiver: ${fake.received.length} of ${n} requests arrived`)), timeoutMs);
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve(fake.received);
          },
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = {
        at: Date.now(),
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const index = fake.received.length;
      fake.received.push(r);
      for (const w of waiters.filter((x) => fake.received.length >= x.n)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
      const a = fake.answer(r, index);
      if (a === 'hang-up') {
        req.socket.destroy();
        return;
      }
      const reply = () => {
        if (res.destroyed) return;
        res.writeHead(a.status, { 'content-type': 'text/plain' });
        res.end(a.body ?? (a.status < 300 ? 'ok' : 'error'));
      };
      if (a.delayMs) setTimeout(reply, a.delayMs);
      else reply();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  const close = fake.close;
  fake.close = async () => {
    server.closeAllConnections();
    await close();
  };
  return fake;
}

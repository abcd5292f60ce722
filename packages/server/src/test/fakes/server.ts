import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';

/** One request as a fake tracker received it. */
export type FakeRequest = { method: string; path: string; query: URLSearchParams; headers: IncomingHttpHeaders; body: unknown };
export type FakeAnswer = { status: number; body?: unknown; headers?: Record<string, string> };

/** Thrown by a handler when a request does not match the tracker's documented API: the fake answers 422 and the test fails. */
export class NotDocumented extends Error {}

/** Parses with a strict schema; anything unknown or mistyped is a request the real tracker would not take as we mean it. */
export function documented<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new NotDocumented(`${what}: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  return r.data;
}

/** Only these query parameters (the documented ones) may be sent. */
export function onlyQuery(query: URLSearchParams, allowed: string[], what: string) {
  for (const k of query.keys()) if (!allowed.includes(k)) throw new NotDocumented(`${what}: query parameter ${k} is not documented`);
}

export type Fake = {
  url: string;
  requests: FakeRequest[];
  /** Requests the fake refused as not matching the documented API (a test expects none). */
  problems: string[];
  /** Every request answers 503 while true (the tracker is down). */
  down: boolean;
  close(): Promise<void>;
};

/** A local HTTP server standing in for a tracker; `handle` validates and answers each request. */
export async function startFake(handle: (req: FakeRequest, fake: Fake) => FakeAnswer): Promise<Fake> {
  const fake: Fake = { url: '', requests: [], problems: [], down: false, close: async () => {} };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      let answer: FakeAnswer;
      try {
        body = text ? JSON.parse(text) : undefined;
        const r: FakeRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
        fake.requests.push(r);
        if (text && !String(req.headers['content-type'] ?? '').startsWith('application/json'))
          throw new NotDocumented('a JSON body needs Content-Type: application/json');
        answer = fake.down ? { status: 503, body: { message: 'Service unavailable' } } : handle(r, fake);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        fake.problems.push(`${req.method} ${url.pathname}: ${message}`);
        answer = { status: 422, body: { message } };
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}

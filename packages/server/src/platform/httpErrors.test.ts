import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../test/harness.ts';

/** Sends raw bytes over TCP and reads until the server closes the connection. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    socket.on('data', (d) => {
      out += d.toString();
    });
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
    socket.setTimeout(5000, () => {
      socket.destroy();
      reject(new Error(`no answer, got: ${out.slice(0, 200)}`));
    });
    socket.write(bytes);
  });
}

const parse = (answer: string) => {
  const [head, body] = answer.split('\r\n\r\n');
  const [statusLine, ...headers] = head.split('\r\n');
  const h = Object.fromEntries(headers.map((l) => [l.split(':')[0].toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers: h, body: JSON.parse(body) as { error: { code: string; message: string } } };
};

describe('requests the HTTP parser refuses', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await makeTestApp('sqlite');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it.each([
    ['a garbage request line', 'HELLO THERE\r\n\r\n', 400, 'bad_request'],
    ['an invalid header name', 'GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n', 400, 'bad_request'],
    ['a bad Content-Length', 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 400, 'bad_request'],
    [
      'Content-Length with Transfer-Encoding',
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
      'bad_request',
    ],
    ['a 20 kB header', `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers_too_large'],
  ])('%s gets the JSON envelope and Connection: close', async (_what, bytes, status, code) => {
    const answer = parse(await raw(port, bytes));
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers.connection).toBe('close');
    expect(answer.body.error.code).toBe(code);
  });

  it('is configured to drop slow clients: headers within 20 s, a request within its timeout, idle keep-alive after 10 s', async () => {
    expect(t.app.server.headersTimeout).toBeGreaterThan(0);
    expect(t.app.server.headersTimeout).toBeLessThanOrEqual(20_000);
    expect(t.app.server.requestTimeout).toBeGreaterThan(0);
    expect(t.app.server.keepAliveTimeout).toBeLessThanOrEqual(10_000);
  });
});

describe('connections per client', () => {
  let t: TestApp;
  let port: number;
  const held: import('node:net').Socket[] = [];
  /** Opens a connection and waits until the server has accepted it (it answers a first request). */
  const hold = async () => {
    const socket = connect(port, '127.0.0.1');
    held.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('data', () => resolve());
      socket.once('error', reject);
      socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    });
  };
  beforeAll(async () => {
    t = await makeTestApp('sqlite');
    await t.app.close();
  });
  afterAll(async () => {
    for (const s of held) s.destroy();
    await t.close();
  });

  it('refuses a client over the cap with 429 and the envelope, and lets it in again once one closes', async () => {
    const { buildApp } = await import('../app.ts');
    const app = await buildApp({ ...t.deps, config: { ...t.deps.config, maxConnectionsPerClient: 3 } }, { webDir: '/nonexistent' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
    try {
      for (let i = 0; i < 3; i++) await hold();
      const refused = parse(await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'));
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('5');
      expect(refused.body.error.code).toBe('rate_limited');
      held.pop()?.destroy();
      await new Promise((r) => setTimeout(r, 100));
      const ok = await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      expect(ok).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      for (const s of held.splice(0)) s.destroy();
      await app.close();
    }
  });

  it('does not count the trusted proxies (every client behind them shares their address)', async () => {
    const { buildApp } = await import('../app.ts');
    const app = await buildApp(
      { ...t.deps, config: { ...t.deps.config, maxConnectionsPerClient: 2, trustProxy: ['127.0.0.0/8'] } },
      { webDir: '/nonexistent' },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
    try {
      for (let i = 0; i < 4; i++) await hold();
      expect(await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      for (const s of held.splice(0)) s.destroy();
      await app.close();
    }
  });
});

describe('validation errors name the field', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('an unknown key at the top of a body says "body", a nested one its path', async () => {
    const ref = (await t.call(t.responder, 'POST', '/api/v1/incidents', { title: 'Paths in errors', severity: 'SEV3' })).json().data.ref;
    const top = await t.call(t.responder, 'PATCH', `/api/v1/incidents/${ref}`, { impact: 'x' });
    expect(top.statusCode).toBe(400);
    expect(top.json().error.message).toBe('body: Unrecognized key: "impact"');
    const nested = await t.call(t.responder, 'POST', '/api/v1/incidents', { title: 7, severity: 'SEV3' });
    expect(nested.json().error.message).toMatch(/^body\.title: /);
  });

  it('refuses NUL characters (in strings, array items and keys) and nesting over 64 levels before validation, naming where', async () => {
    const refused = async (body: unknown) => {
      const res = await t.call(t.responder, 'POST', '/api/v1/incidents', body);
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error.message as string;
    };
    expect(await refused({ title: 'a\u0000b', severity: 'SEV3' })).toBe('body.title: must not contain NUL characters');
    expect(await refused({ title: 'ok', services: ['x', 'y\u0000'] })).toBe('body.services.1: must not contain NUL characters');
    expect(await refused({ title: 'ok', extra: { 'k\u0000': 1 } })).toBe('body.extra: must not contain NUL characters');
    let deep: unknown = 'leaf';
    for (let i = 0; i < 64; i++) deep = i % 2 ? { a: deep } : [deep];
    expect(await refused({ title: 'ok', deep })).toBe('body: nested more than 64 levels deep');
    // 63 levels under the body's own object is as deep as it goes: judged by the schema instead.
    let fits: unknown = 'leaf';
    for (let i = 0; i < 62; i++) fits = [fits];
    expect(await refused({ title: 'ok', fits })).toMatch(/^body: Unrecognized key/);
  });
});

import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { accepts, acceptsGzip } from './encoding.ts';
import { publishIncident, setUpPage } from './page/testSetup.ts';

describe('Accept-Encoding', () => {
  it('accepts gzip by name or *, unless its q is 0', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('br, identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(accepts('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(accepts('gzip, br;q=0', 'br')).toBe(false);
    expect(accepts('gzip, deflate', 'br')).toBe(false);
  });
});

describe.each(testDatabases())('the public answers in gzip, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    const ids = await setUpPage(t);
    await publishIncident(t, {
      internalTitle: 'x',
      publicTitle: 'Some API requests fail',
      body: 'We are looking into it.',
      impacts: [{ componentId: ids.api, status: 'partial_outage' }],
    });
  });
  afterAll(() => t.close());

  it.each(['/status', '/status/history.rss', '/api/v2/summary.json', '/status/page.css'])(
    '%s: the same bytes compressed once (brotli for browsers, gzip for those without it), each with its own ETag',
    async (url) => {
      const plain = await t.app.inject({ method: 'GET', url });
      const gz = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate' } });
      const br = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect([plain.statusCode, gz.statusCode, br.statusCode]).toEqual([200, 200, 200]);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(br.headers['content-encoding']).toBe('br');
      for (const res of [plain, gz, br]) expect(res.headers.vary).toBe('accept-encoding');
      expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(gz.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(new Set([plain.headers.etag, gz.headers.etag, br.headers.etag]).size).toBe(3);
      const again = await t.app.inject({
        method: 'GET',
        url,
        headers: { 'accept-encoding': 'gzip', 'if-none-match': gz.headers.etag as string },
      });
      expect(again.statusCode).toBe(304);
      const againBr = await t.app.inject({
        method: 'GET',
        url,
        headers: { 'accept-encoding': 'br', 'if-none-match': br.headers.etag as string },
      });
      expect(againBr.statusCode).toBe(304);
      // The plain ETag does not validate a compressed representation, nor the other way round.
      const mixed = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': gz.headers.etag as string } });
      expect(mixed.statusCode).toBe(200);
      const mixedBr = await t.app.inject({
        method: 'GET',
        url,
        headers: { 'accept-encoding': 'gzip', 'if-none-match': br.headers.etag as string },
      });
      expect([mixedBr.statusCode, mixedBr.headers['content-encoding']]).toEqual([200, 'gzip']);
    },
  );
});

import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { acceptsGzip } from './encoding.ts';
import { publishIncident, setUpPage } from './page/testSetup.ts';

describe('Accept-Encoding', () => {
  it('accepts gzip by name or *, unless its q is 0', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('br, identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
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

  it.each(['/status', '/status/history.rss', '/api/v2/summary.json'])(
    '%s: the same bytes gzipped once, with their own ETag',
    async (url) => {
      const plain = await t.app.inject({ method: 'GET', url });
      const gz = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect([plain.statusCode, gz.statusCode]).toEqual([200, 200]);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(plain.headers.vary).toBe('accept-encoding');
      expect(gz.headers.vary).toBe('accept-encoding');
      expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(gz.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(gz.headers.etag).not.toBe(plain.headers.etag);
      const again = await t.app.inject({
        method: 'GET',
        url,
        headers: { 'accept-encoding': 'gzip', 'if-none-match': gz.headers.etag as string },
      });
      expect(again.statusCode).toBe(304);
      // The plain ETag does not validate the gzip representation, nor the other way round.
      const mixed = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': gz.headers.etag as string } });
      expect(mixed.statusCode).toBe(200);
    },
  );
});

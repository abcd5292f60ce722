import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { makeTestApp, type TestApp } from '../test/harness.ts';

const INLINE = "document.documentElement.setAttribute('data-x', '1');";

describe('security headers and caching of the web app', () => {
  let t: TestApp;
  let web: FastifyInstance;
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-web-'));
  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head><script>${INLINE}</script></head><body><script type="module" src="/assets/main-Ab12Cd34.js"></script></body></html>`,
    );
    writeFileSync(join(dir, 'assets', 'main-Ab12Cd34.js'), 'console.log(1)');
    t = await makeTestApp('sqlite');
    web = await buildApp(t.deps, { webDir: dir });
  });
  afterAll(async () => {
    await web.close();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the shell with a CSP that allows only its own inline script, never framed, revalidated on every load', async () => {
    for (const url of ['/index.html', '/incidents/INC-1', '/login']) {
      const res = await web.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain(`script-src 'self' 'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('lets browsers keep content-hashed assets for good', async () => {
    const res = await web.inject({ method: 'GET', url: '/assets/main-Ab12Cd34.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('API answers carry nosniff, no-referrer and no framing too', async () => {
    const res = await t.call(t.responder, 'GET', '/api/v1/incidents');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});

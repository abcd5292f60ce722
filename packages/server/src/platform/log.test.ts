import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactUrl } from './log.ts';

/** Collects what is written, claiming to be a terminal or not. */
function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  }) as Writable & { isTTY?: boolean };
  out.isTTY = isTTY;
  return { out, text: () => chunks.join('') };
}

describe('log lines', () => {
  it('are readable on a terminal: time, level and the words, one line per request step', () => {
    const s = sink(true);
    const log = createLogger('info', s.out);
    log.info('Firebreak is running');
    log.info({ req: { method: 'GET', url: '/api/v1/incidents' }, reqId: 'req-1' }, 'incoming request');
    log.info({ res: { statusCode: 200 }, responseTime: 12.3, reqId: 'req-1' }, 'request completed');
    const lines = s.text().trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(() => JSON.parse(lines[0])).toThrow();
    expect(lines[0]).toMatch(/\d\d:\d\d:\d\d.*INFO.*Firebreak is running/);
    expect(lines[1]).toContain('incoming request GET /api/v1/incidents');
    expect(lines[2]).toContain('request completed 200 in 12 ms');
    expect(s.text()).not.toContain('req-1');
  });

  it('are JSON when not on a terminal (log collectors)', () => {
    const s = sink(false);
    createLogger('info', s.out).warn({ job: 'noop' }, 'retrying');
    expect(JSON.parse(s.text().trim())).toMatchObject({ level: 40, msg: 'retrying', job: 'noop' });
  });

  it('redact every secret that is a path segment or a query parameter, and nothing else', () => {
    const cases: [string, string][] = [
      ['/api/v1/ingest/heartbeat/9b1c0f/fail?msg=disk', '/api/v1/ingest/heartbeat/[redacted]/fail?msg=disk'],
      ['/api/v1/ingest/heartbeat/9b1c0f', '/api/v1/ingest/heartbeat/[redacted]'],
      ['/api/v1/ingest/alertmanager/fbk_abc', '/api/v1/ingest/alertmanager/[redacted]'],
      ['/api/v1/ingest/grafana/fbk_abc', '/api/v1/ingest/grafana/[redacted]'],
      ['/api/v1/ingest/generic/fbk_abc?x=1', '/api/v1/ingest/generic/[redacted]?x=1'],
      ['/api/v1/page-ack/pa_123', '/api/v1/page-ack/[redacted]'],
      ['/api/v1/unsubscribe/un_123', '/api/v1/unsubscribe/[redacted]'],
      ['/status/confirm/c_1', '/status/confirm/[redacted]'],
      ['/status/manage/m_1', '/status/manage/[redacted]'],
      ['/status/unsubscribe/u_1', '/status/unsubscribe/[redacted]'],
      ['/api/v1/calendar/cal_123.ics', '/api/v1/calendar/[redacted].ics'],
      ['/v2/heartbeats/nightly/ping?apiKey=eb24', '/v2/heartbeats/nightly/ping?apiKey=[redacted]'],
      // An OIDC callback's authorization code and state (single use, but a log is no place for them).
      ['/api/v1/auth/oidc/callback?code=SplxlOBe&state=af0ifj', '/api/v1/auth/oidc/callback?code=[redacted]&state=[redacted]'],
      ['/setup?token=t&key=k', '/setup?token=[redacted]&key=[redacted]'],
      ['/api/v1/ingest/alertmanager', '/api/v1/ingest/alertmanager'],
      ['/api/v1/incidents/INC-12/timeline?limit=5', '/api/v1/incidents/INC-12/timeline?limit=5'],
      ['/status', '/status'],
    ];
    for (const [url, logged] of cases) expect(redactUrl(url), url).toBe(logged);
  });

  it('never carry the secrets that travel in URLs (share links, setup tokens), on a real request', async () => {
    const { buildApp } = await import('../app.ts');
    const { makeTestApp } = await import('../test/harness.ts');
    const t = await makeTestApp('sqlite');
    const s = sink(false);
    const app = await buildApp(t.deps, { loggerInstance: createLogger('info', s.out), webDir: '/nonexistent' });
    try {
      await app.inject({ method: 'GET', url: '/api/v1/shared/retros/fbshare_SECRETTOKEN123/export.md' });
      await app.inject({ method: 'GET', url: '/setup?token=fbsetup_SECRETTOKEN456&x=1' });
      await app.inject({ method: 'GET', url: '/api/v1/ingest/heartbeat/SECRETTOKEN789/fail' });
      const text = s.text();
      expect(text).toContain('/api/v1/shared/retros/[redacted]/export.md');
      expect(text).toContain('/setup?token=[redacted]&x=1');
      expect(text).toContain('/api/v1/ingest/heartbeat/[redacted]/fail');
      expect(text).not.toContain('SECRETTOKEN');
    } finally {
      await app.close();
      await t.close();
    }
  });
});

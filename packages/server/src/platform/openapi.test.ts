import { RETRO_ABILITIES } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../test/harness.ts';
import { appRoutes } from '../test/routes.ts';

/** Operational endpoints that are deliberately left out of the API document. */
const UNDOCUMENTED = ['GET /healthz', 'GET /readyz', 'GET /metrics', 'GET /api/v1/openapi.json'];

type Operation = { summary?: string; tags?: string[] };

describe('the OpenAPI document at /api/v1/openapi.json', () => {
  let t: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    t = await makeTestApp('sqlite');
    const res = await t.call(null, 'GET', '/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toBe('3.1.0');
    paths = res.json().paths;
  });
  afterAll(() => t.close());

  /** "GET /api/v1/incidents/:ref" → its operation in the document, if any. */
  const operation = (route: string): Operation | undefined => {
    const [method, path] = route.split(' ');
    return paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  };

  it('documents every route the app serves, each with a summary and a tag', () => {
    const routes = appRoutes(t.app);
    expect(routes.length).toBeGreaterThan(40);
    const missing = routes.filter((r) => !UNDOCUMENTED.includes(r) && !operation(r));
    expect(missing, 'routes missing from the OpenAPI document').toEqual([]);
    const unsummarised = routes.filter((r) => operation(r) && !operation(r)?.summary?.trim());
    expect(unsummarised, 'documented routes without a summary').toEqual([]);
    const untagged = routes.filter((r) => operation(r) && !operation(r)?.tags?.length);
    expect(untagged, 'documented routes without a tag').toEqual([]);
  });

  it('leaves out only the operational endpoints, and documents nothing the app does not serve', () => {
    const routes = appRoutes(t.app);
    expect(routes.filter((r) => !operation(r)).sort()).toEqual([...UNDOCUMENTED].sort());
    const served = new Set(routes.map((r) => r.replace(/:(\w+)/g, '{$1}')));
    const documented = Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.filter((d) => !served.has(d))).toEqual([]);
  });

  it('documents the JSON body of every success response (the shared schemas it is serialised with)', () => {
    // Streams, files and empty answers have no JSON body to describe.
    const NO_JSON_BODY = [
      'POST /api/v1/auth/logout',
      'GET /api/v1/auth/oidc/start',
      'GET /api/v1/auth/oidc/callback',
      'GET /api/v1/events',
      'GET /api/v1/incidents/{ref}/events',
      'GET /api/v1/retros/{id}/events',
      'GET /api/v1/retros/{id}/export.md',
      'GET /api/v1/retros/{id}/export.html',
      'GET /api/v1/retros/{id}/meeting.ics',
      'GET /api/v1/audit.csv',
      'GET /api/v1/incidents/{ref}/attachments/{id}',
      'GET /api/v1/shared/retros/{token}/export.md',
      'GET /api/v1/shared/retros/{token}/export.html',
      'DELETE /api/v1/retros/{id}/answers/mine',
      'DELETE /api/v1/retros/{id}/share',
      'DELETE /api/v1/me/sessions/{id}',
      'DELETE /api/v1/users/{id}/sessions/{sessionId}',
      'GET /api/v1/me/notifications/stream',
      'GET /api/v1/unsubscribe/{token}',
      'POST /api/v1/unsubscribe/{token}',
      'DELETE /api/v1/escalation-policies/{id}',
      'DELETE /api/v1/me/contact-methods/{id}',
      'DELETE /api/v1/me/paging-rules/{id}',
      'GET /api/v1/page-ack/{token}',
      'POST /api/v1/page-ack/{token}',
      'DELETE /api/v1/integrations/{integration}',
      'DELETE /api/v1/maintenance-windows/{id}',
      'DELETE /api/v1/heartbeats/{id}',
      'DELETE /api/v1/alert-rules/{id}',
      'GET /api/v1/alerts/stream',
      'DELETE /api/v1/webhooks/{id}',
      'DELETE /api/v1/trackers/{id}',
      'DELETE /api/v1/chat/connections/{id}',
      'DELETE /api/v1/status-page/components/{id}',
      'DELETE /api/v1/schedules/{schedule}',
      'DELETE /api/v1/schedules/{schedule}/overrides/{override}',
      'DELETE /api/v1/schedules/{schedule}/calendar-feed',
      'DELETE /api/v1/me/calendar-feed',
      'GET /api/v1/calendar/{token}.ics',
      'GET /api/v1/insights.csv',
      // The public status page: HTML pages and feeds, and its subscription links (a page each).
      'GET /status',
      'GET /status/history',
      'GET /status/page.css',
      'GET /status/history.rss',
      'GET /status/history.atom',
      'GET /status/incidents/{id}',
      'GET /status/maintenances/{id}',
      'GET /status/subscribe',
      'GET /status/confirm/{token}',
      'POST /status/confirm/{token}',
      'GET /status/manage/{token}',
      'POST /status/manage/{token}',
      'GET /status/unsubscribe/{token}',
      'POST /status/unsubscribe/{token}',
      'DELETE /api/v1/status-page/subscribers/{id}',
    ];
    type Documented = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
    const undocumented = Object.entries(paths).flatMap(([path, ops]) =>
      Object.entries(ops as Record<string, Documented>)
        .filter(
          ([, op]) =>
            !Object.entries(op.responses ?? {}).some(([code, r]) => code.startsWith('2') && r.content?.['application/json']?.schema),
        )
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(undocumented.sort()).toEqual([...NO_JSON_BODY].sort());
  });

  it('describes abilities as named booleans, so clients know what each answer means', () => {
    type Schema = { properties?: Record<string, Schema>; anyOf?: Schema[]; required?: string[] };
    const data = (path: string) =>
      (paths[path] as unknown as Record<string, { responses: Record<string, { content: Record<string, { schema: Schema }> }> }>).get
        .responses['200'].content['application/json'].schema.properties?.data as Schema;
    const incident = data('/api/v1/incidents/{ref}').anyOf?.[0];
    expect(incident?.properties?.abilities.required).toEqual(
      expect.arrayContaining(['update', 'changeStatus', 'close', 'assignRoles', 'comment', 'postUpdate', 'addActions']),
    );
    expect(data('/api/v1/me').properties?.abilities.required).toEqual(['update', 'changeRole']);
    expect(data('/api/v1/retros/{id}').properties?.abilities.required).toEqual([...RETRO_ABILITIES]);
  });

  // Bodies holding a transformed field (timestamps normalised to UTC) lose their examples in the
  // zod → JSON Schema step for now; declaring carries its example.
  it('shows a worked example body for declaring an incident', () => {
    const example = (path: string, method: string) =>
      (paths[path] as Record<string, { requestBody?: { content: Record<string, { example?: unknown }> } }>)[method]?.requestBody?.content[
        'application/json'
      ]?.example;
    expect(example('/api/v1/incidents', 'post')).toMatchObject({ title: expect.any(String), severity: 'SEV1' });
  });

  it('marks exactly the routes that need no sign-in as public (security: [])', async () => {
    const { ROUTES } = await import('../test/routes.ts');
    const documented = (r: { method: string; route: string }) =>
      operation(`${r.method} ${r.route}`) as (Operation & { security?: unknown[] }) | undefined;
    for (const r of ROUTES.filter((x) => documented(x))) {
      const security = documented(r)?.security;
      if (r.access === 'public' || r.access === 'integrationKey') expect(security, `${r.method} ${r.route}`).toEqual([]);
      else expect(security, `${r.method} ${r.route}`).toBeUndefined();
    }
    expect(documented({ method: 'POST', route: '/api/v1/auth/login' })?.security).toEqual([]);
  });
});

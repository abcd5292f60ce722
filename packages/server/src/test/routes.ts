import type { FastifyInstance } from 'fastify';
import { transaction } from '../platform/context.ts';
import { hashSecret, newSecret } from '../platform/ids.ts';
import { createUser } from '../users/createUser.ts';
import { insertSetupLink } from '../users/store.ts';
import { issueToken } from '../users/tokens.ts';
import { ALERT_ROUTES } from './alertRouteCases.ts';
import { ALERT_ROUTING_ROUTES } from './alertRoutingRouteCases.ts';
import { AUDIT_ROUTES } from './auditRouteCases.ts';
import { CHAT_ROUTES } from './chatRouteCases.ts';
import { buildAction, buildIncident, buildService, buildTeam, buildUser } from './factories.ts';
import type { TestApp, TestUser } from './harness.ts';
import { LEARNING_ROUTES } from './learningRouteCases.ts';
import { MAIL_IN_ROUTES } from './mailInRouteCases.ts';
import { MAINTENANCE_ROUTES } from './maintenanceRouteCases.ts';
import { NOTIFICATION_ROUTES } from './notificationRouteCases.ts';
import { ONCALL_ROUTES } from './oncallRouteCases.ts';
import { PAGING_ROUTES } from './pagingRouteCases.ts';
import { RETRO_ROUTES } from './retroRouteCases.ts';
import { SESSION_ROUTES } from './sessionRouteCases.ts';
import { SSO_ROUTES } from './ssoRouteCases.ts';
import { STATUS_PAGE_ROUTES } from './statusPageRouteCases.ts';
import { STATUS_PUBLIC_ROUTES } from './statusPublicRouteCases.ts';
import { TRACKER_ROUTES } from './trackerRouteCases.ts';
import { WEBHOOK_ROUTES } from './webhookRouteCases.ts';

/**
 * Every route of the app with a request that succeeds for a caller who is allowed, and who that is.
 * The authorization matrix and the fuzz tests are driven from this list, and a test fails when the
 * app has a route this list does not know, so a new route cannot ship without its matrix row.
 */

/** Who may call a route. */
export type Access =
  | 'public' // no sign-in needed
  | 'signedIn' // anyone signed in: reads, and self-service on one's own account
  | 'worker' // responders and admins; viewers get 403
  | 'admin' // admins only; others get `denied` (403 not_allowed unless said otherwise)
  | 'incidentRead' // anyone who can see the incident; others get 404 as if it did not exist
  | 'incidentWork' // who can see it and works incidents: viewers 403, those who cannot see it 404
  | 'integrationKey'; // no sign-in: an integration key in the request (alert ingestion), errors in the imitated tool's format

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** `headers`: sent as they are, and then without a user's token (integration-key routes). */
export type SampleRequest = { url: string; body?: unknown; headers?: Record<string, string> };

/** Things the sample requests point at: one incident (public or private) with an action, a why and a note. */
export type Fixture = {
  t: TestApp;
  incident: { ref: string; id: string };
  actionId: string;
  whyId: string;
  entryId: number;
  team: string;
  service: string;
  /** Added to and removed from incidents by the member routes; never one of the callers under test. */
  bystander: TestUser;
  /** A user only admins may edit. */
  other: TestUser;
  login: { email: string; password: string };
  seq(): number;
};

export type RouteCase = {
  method: Method;
  /** The Fastify route pattern, as printRoutes shows it. */
  route: string;
  /** Tells apart several cases of one route. */
  name?: string;
  access: Access;
  /** Server-Sent Events: called over real HTTP and closed once the stream opens. */
  stream?: boolean;
  /** Status of a successful call (200 unless said). */
  ok?: number;
  /** The 404 code when the incident is hidden from the caller. */
  hiddenCode?: string;
  /** What those who may work a private incident get when the route refuses private incidents (the status page). */
  privateRefusal?: { status: number; code: string };
  /** What a non-admin gets from an `admin` route. */
  denied?: { status: number; code: string };
  /** Set when the route takes larger bodies than FIREBREAK_BODY_LIMIT on purpose (chat logs). */
  bodyLimit?: number;
  build(fx: Fixture, as: TestUser): SampleRequest | Promise<SampleRequest>;
};

const api = '/api/v1';

/** A no-op job in the given state (no worker runs in route tests, so it stays there). */
async function sampleJob(fx: Fixture, state: 'queued' | 'dead'): Promise<string> {
  const now = fx.t.clock.now().toISOString();
  const id = `job-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`;
  await fx.t.deps.db
    .insertInto('jobs')
    .values({
      id,
      kind: 'noop',
      payload: '{"delayMs":0}',
      state,
      run_at: now,
      attempts: state === 'dead' ? 3 : 0,
      max_attempts: 3,
      lease_until: null,
      locked_by: null,
      last_error: state === 'dead' ? 'receiver answered 503' : null,
      idempotency_key: null,
      created_at: now,
      updated_at: now,
      finished_at: state === 'dead' ? now : null,
    })
    .execute();
  return id;
}
const inc = (fx: Fixture, rest = '') => `${api}/incidents/${fx.incident.ref}${rest}`;

/**
 * A why still on the ticket: the fixture's own may have been carried into the retrospective's five
 * whys by the retrospective rows (then it is answered there, 409), so each call gets a fresh one.
 */
async function ticketWhy(fx: Fixture): Promise<string> {
  const id = `why-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`;
  await fx.t.deps.db
    .insertInto('whys')
    .values({
      id,
      incident_id: fx.incident.id,
      question: 'Why did the fixture break?',
      answer: null,
      asked_by: null,
      answered_by: null,
      created_at: fx.t.clock.now().toISOString(),
      answered_at: null,
      retro_why_id: null,
    })
    .execute();
  return id;
}

/** A war-room comment to correct: the caller's own when they may comment, else the declarer's (so they are refused). */
async function commentToCorrect(fx: Fixture, as: TestUser): Promise<number> {
  const body = { body: `Comment to correct ${fx.seq()}` };
  let res = await fx.t.call(as, 'POST', inc(fx, '/comments'), body);
  if (res.statusCode !== 201) res = await fx.t.call(fx.t.responder, 'POST', inc(fx, '/comments'), body);
  return res.json().data.id as number;
}

export const ROUTES: RouteCase[] = [
  // ---- outside the API, and public ----
  { method: 'GET', route: '/healthz', access: 'public', build: () => ({ url: '/healthz' }) },
  { method: 'GET', route: '/readyz', access: 'public', build: () => ({ url: '/readyz' }) },
  { method: 'GET', route: '/metrics', access: 'admin', build: () => ({ url: '/metrics' }) },
  { method: 'GET', route: `${api}/openapi.json`, access: 'public', build: () => ({ url: `${api}/openapi.json` }) },
  {
    method: 'POST',
    route: `${api}/auth/login`,
    access: 'public',
    build: (fx) => ({ url: `${api}/auth/login`, body: { email: fx.login.email, password: fx.login.password } }),
  },
  { method: 'POST', route: `${api}/auth/logout`, access: 'public', ok: 204, build: () => ({ url: `${api}/auth/logout` }) },
  { method: 'GET', route: `${api}/auth/setup`, access: 'public', build: () => ({ url: `${api}/auth/setup?token=fbsetup_not_a_link` }) },
  {
    method: 'POST',
    route: `${api}/auth/setup`,
    access: 'public',
    build: async (fx) => {
      const n = fx.seq();
      const user = await createUser(fx.t.deps, { email: `setup-${n}@localhost`, role: 'admin' });
      const secret = newSecret('fbsetup');
      const now = fx.t.clock.now();
      await transaction(fx.t.deps, (tx) =>
        insertSetupLink(tx, {
          token_hash: hashSecret(secret),
          user_id: user.id,
          created_at: now.toISOString(),
          expires_at: new Date(now.getTime() + 3_600_000).toISOString(),
        }),
      );
      return {
        url: `${api}/auth/setup`,
        body: { token: secret, email: `setup-${n}@example.com`, name: `Setup ${n}`, password: 'correct horse battery' },
      };
    },
  },

  // ---- people and access ----
  { method: 'GET', route: `${api}/me`, access: 'signedIn', build: () => ({ url: `${api}/me` }) },
  { method: 'GET', route: `${api}/users`, access: 'signedIn', build: () => ({ url: `${api}/users?limit=5` }) },
  {
    method: 'POST',
    route: `${api}/users`,
    access: 'admin',
    ok: 201,
    build: (fx) => ({ url: `${api}/users`, body: { email: `new-${fx.seq()}@example.com`, role: 'viewer' } }),
  },
  { method: 'GET', route: `${api}/users/:id`, access: 'signedIn', build: (fx) => ({ url: `${api}/users/${fx.other.id}` }) },
  {
    method: 'PATCH',
    route: `${api}/users/:id`,
    name: 'self',
    access: 'signedIn',
    build: (fx) => ({ url: `${api}/users/me`, body: { name: `Renamed ${fx.seq()}` } }),
  },
  {
    method: 'PATCH',
    route: `${api}/users/:id`,
    name: 'someone else',
    access: 'admin',
    build: (fx) => ({ url: `${api}/users/${fx.other.id}`, body: { name: `Other ${fx.seq()}` } }),
  },
  { method: 'GET', route: `${api}/tokens`, access: 'signedIn', build: () => ({ url: `${api}/tokens` }) },
  {
    method: 'POST',
    route: `${api}/tokens`,
    access: 'signedIn',
    ok: 201,
    build: () => ({ url: `${api}/tokens`, body: { name: 'laptop' } }),
  },
  {
    method: 'DELETE',
    route: `${api}/tokens/:id`,
    name: 'own',
    access: 'signedIn',
    build: async (fx, as) => ({ url: `${api}/tokens/${(await issueToken(fx.t.deps, as.id, { name: 'to revoke' })).row.id}` }),
  },
  {
    method: 'DELETE',
    route: `${api}/tokens/:id`,
    name: "someone else's",
    access: 'admin',
    denied: { status: 404, code: 'token_not_found' },
    build: async (fx) => ({ url: `${api}/tokens/${(await issueToken(fx.t.deps, fx.other.id, { name: 'to revoke' })).row.id}` }),
  },

  // ---- settings ----
  { method: 'GET', route: `${api}/severities`, access: 'signedIn', build: () => ({ url: `${api}/severities` }) },
  {
    method: 'PUT',
    route: `${api}/severities`,
    access: 'admin',
    build: async (fx) => {
      const current = (await fx.t.call(fx.t.admin, 'GET', `${api}/severities`)).json().data as Record<string, unknown>[];
      const severities = current.map(({ id, name, description, color, updateCadenceMinutes, retrospectiveRequired }) => ({
        id,
        name,
        description,
        color,
        updateCadenceMinutes,
        retrospectiveRequired,
      }));
      return { url: `${api}/severities`, body: { severities } };
    },
  },
  { method: 'GET', route: `${api}/roles`, access: 'signedIn', build: () => ({ url: `${api}/roles` }) },
  {
    method: 'PUT',
    route: `${api}/roles`,
    access: 'admin',
    build: async (fx) => {
      const current = (await fx.t.call(fx.t.admin, 'GET', `${api}/roles`)).json().data as Record<string, unknown>[];
      return { url: `${api}/roles`, body: { roles: current.map(({ key, name, description }) => ({ key, name, description })) } };
    },
  },

  // ---- background jobs ----
  { method: 'GET', route: `${api}/jobs`, access: 'admin', build: () => ({ url: `${api}/jobs?state=dead` }) },
  { method: 'GET', route: `${api}/jobs/summary`, access: 'admin', build: () => ({ url: `${api}/jobs/summary` }) },
  { method: 'POST', route: `${api}/jobs/test`, access: 'admin', ok: 201, build: () => ({ url: `${api}/jobs/test`, body: { delayMs: 0 } }) },
  {
    method: 'GET',
    route: `${api}/jobs/:id`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/jobs/${await sampleJob(fx, 'queued')}` }),
  },
  {
    method: 'POST',
    route: `${api}/jobs/:id/retry`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/jobs/${await sampleJob(fx, 'dead')}/retry`, body: { resetAttempts: true } }),
  },
  {
    method: 'DELETE',
    route: `${api}/jobs/:id`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/jobs/${await sampleJob(fx, 'queued')}` }),
  },

  // ---- catalog ----
  { method: 'GET', route: `${api}/teams`, access: 'signedIn', build: () => ({ url: `${api}/teams` }) },
  {
    method: 'POST',
    route: `${api}/teams`,
    access: 'worker',
    ok: 201,
    build: (fx) => ({ url: `${api}/teams`, body: { name: `Team ${fx.seq()}` } }),
  },
  {
    method: 'GET',
    route: `${api}/teams/:team`,
    access: 'signedIn',
    build: (fx) => ({ url: `${api}/teams/${encodeURIComponent(fx.team)}` }),
  },
  {
    method: 'PATCH',
    route: `${api}/teams/:team`,
    access: 'worker',
    build: (fx) => ({ url: `${api}/teams/${encodeURIComponent(fx.team)}`, body: { description: `Owns things (${fx.seq()})` } }),
  },
  { method: 'GET', route: `${api}/services`, access: 'signedIn', build: () => ({ url: `${api}/services` }) },
  {
    method: 'POST',
    route: `${api}/services`,
    access: 'worker',
    ok: 201,
    build: (fx) => ({ url: `${api}/services`, body: { name: `svc-${fx.seq()}` } }),
  },
  { method: 'GET', route: `${api}/services/:service`, access: 'signedIn', build: (fx) => ({ url: `${api}/services/${fx.service}` }) },
  {
    method: 'PATCH',
    route: `${api}/services/:service`,
    access: 'worker',
    build: (fx) => ({ url: `${api}/services/${fx.service}`, body: { description: `Takes payments (${fx.seq()})` } }),
  },

  // ---- incidents ----
  { method: 'GET', route: `${api}/incidents`, access: 'signedIn', build: () => ({ url: `${api}/incidents?status=active` }) },
  { method: 'GET', route: `${api}/incidents/stats`, access: 'signedIn', build: () => ({ url: `${api}/incidents/stats` }) },
  {
    method: 'POST',
    route: `${api}/incidents`,
    access: 'worker',
    ok: 201,
    build: (fx) => ({ url: `${api}/incidents`, body: { title: `Matrix incident ${fx.seq()}`, severity: 'SEV4' } }),
  },
  { method: 'GET', route: `${api}/incidents/:ref`, access: 'incidentRead', build: (fx) => ({ url: inc(fx) }) },
  {
    method: 'PATCH',
    route: `${api}/incidents/:ref`,
    access: 'incidentWork',
    build: (fx) => ({ url: inc(fx), body: { summary: `Summary ${fx.seq()}` } }),
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/status`,
    access: 'incidentWork',
    build: async (fx) => {
      // Flip between two states that may follow each other, so every allowed call is a real change.
      const now = (await fx.t.call(fx.t.admin, 'GET', inc(fx))).json().data.status;
      return { url: inc(fx, '/status'), body: { status: now === 'investigating' ? 'identified' : 'investigating' } };
    },
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/roles`,
    access: 'incidentWork',
    build: (fx) => ({ url: inc(fx, '/roles'), body: { role: 'commander', user: fx.t.admin.email } }),
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/members`,
    access: 'incidentWork',
    build: (fx) => ({ url: inc(fx, '/members'), body: { user: fx.bystander.email, kind: 'watcher' } }),
  },
  {
    method: 'DELETE',
    route: `${api}/incidents/:ref/members/:user`,
    access: 'incidentWork',
    build: async (fx) => {
      await fx.t.call(fx.t.admin, 'POST', inc(fx, '/members'), { user: fx.bystander.email });
      return { url: inc(fx, `/members/${fx.bystander.id}`) };
    },
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/whys`,
    access: 'incidentWork',
    ok: 201,
    build: (fx) => ({ url: inc(fx, '/whys'), body: { question: `Why did it happen (${fx.seq()})?` } }),
  },
  {
    method: 'PATCH',
    route: `${api}/incidents/:ref/whys/:why`,
    access: 'incidentWork',
    build: async (fx) => ({ url: inc(fx, `/whys/${await ticketWhy(fx)}`), body: { answer: `Because ${fx.seq()}` } }),
  },

  // ---- timeline ----
  { method: 'GET', route: `${api}/incidents/:ref/timeline`, access: 'incidentRead', build: (fx) => ({ url: inc(fx, '/timeline') }) },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/timeline`,
    access: 'incidentWork',
    ok: 201,
    build: (fx) => ({ url: inc(fx, '/timeline'), body: { body: `Note ${fx.seq()}` } }),
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/timeline/:entry/pin`,
    access: 'incidentWork',
    build: (fx) => ({ url: inc(fx, `/timeline/${fx.entryId}/pin`), body: { pinned: true } }),
  },
  {
    method: 'PATCH',
    route: `${api}/incidents/:ref/timeline/:entry`,
    access: 'incidentWork',
    build: async (fx, as) => ({ url: inc(fx, `/timeline/${await commentToCorrect(fx, as)}`), body: { body: `Corrected ${fx.seq()}` } }),
  },
  {
    method: 'DELETE',
    route: `${api}/incidents/:ref/timeline/:entry`,
    access: 'incidentWork',
    build: async (fx, as) => ({ url: inc(fx, `/timeline/${await commentToCorrect(fx, as)}?reason=typo`) }),
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/comments`,
    access: 'incidentWork',
    ok: 201,
    build: (fx) => ({ url: inc(fx, '/comments'), body: { body: `Comment ${fx.seq()}` } }),
  },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/updates`,
    access: 'incidentWork',
    ok: 201,
    build: (fx) => ({ url: inc(fx, '/updates'), body: { body: `Update ${fx.seq()}` } }),
  },
  {
    method: 'GET',
    route: `${api}/incidents/:ref/events`,
    access: 'incidentRead',
    stream: true,
    build: (fx) => ({ url: inc(fx, '/events') }),
  },
  { method: 'GET', route: `${api}/events`, access: 'signedIn', stream: true, build: () => ({ url: `${api}/events` }) },

  // ---- actions ----
  { method: 'GET', route: `${api}/incidents/:ref/actions`, access: 'incidentRead', build: (fx) => ({ url: inc(fx, '/actions') }) },
  {
    method: 'POST',
    route: `${api}/incidents/:ref/actions`,
    access: 'incidentWork',
    ok: 201,
    build: (fx) => ({ url: inc(fx, '/actions'), body: { title: `Action ${fx.seq()}` } }),
  },
  { method: 'GET', route: `${api}/actions`, access: 'signedIn', build: () => ({ url: `${api}/actions` }) },

  // ---- search ----
  { method: 'GET', route: `${api}/search`, access: 'signedIn', build: () => ({ url: `${api}/search?q=incident%20-nothing&limit=5` }) },
  {
    method: 'GET',
    route: `${api}/actions/:id`,
    access: 'incidentRead',
    hiddenCode: 'action_not_found',
    build: (fx) => ({ url: `${api}/actions/${fx.actionId}` }),
  },
  {
    method: 'PATCH',
    route: `${api}/actions/:id`,
    access: 'incidentWork',
    hiddenCode: 'action_not_found',
    build: (fx) => ({ url: `${api}/actions/${fx.actionId}`, body: { title: `Action title ${fx.seq()}` } }),
  },

  // ---- retrospectives (their rows live with their slice) ----
  ...RETRO_ROUTES,
  ...SSO_ROUTES,
  ...SESSION_ROUTES,
  ...AUDIT_ROUTES,
  ...NOTIFICATION_ROUTES,
  ...ALERT_ROUTES,
  ...MAINTENANCE_ROUTES,
  ...MAIL_IN_ROUTES,
  ...ALERT_ROUTING_ROUTES,
  ...WEBHOOK_ROUTES,
  ...TRACKER_ROUTES,
  ...CHAT_ROUTES,

  {
    method: 'GET',
    route: `${api}/incidents/:ref/replay`,
    access: 'incidentWork',
    hiddenCode: 'incident_not_found',
    build: (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/replay` }),
  },

  // ---- insights ----
  { method: 'GET', route: `${api}/insights`, access: 'signedIn', build: () => ({ url: `${api}/insights?period=week` }) },
  { method: 'GET', route: `${api}/insights.csv`, access: 'signedIn', build: () => ({ url: `${api}/insights.csv?table=counts` }) },
  ...STATUS_PAGE_ROUTES,
  ...ONCALL_ROUTES,
  ...LEARNING_ROUTES,
  ...PAGING_ROUTES,
  ...STATUS_PUBLIC_ROUTES,
];

export const caseLabel = (c: RouteCase) => `${c.method} ${c.route}${c.name ? ` (${c.name})` : ''}`;

/** "METHOD /path" for every route the app serves, read from printRoutes (HEAD is Fastify's twin of GET). */
export function appRoutes(app: FastifyInstance): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?$/.exec(line.trimEnd());
    if (!m) continue;
    const depth = m[1].length / 4;
    stack.length = depth;
    stack.push(m[2]);
    const path = stack.join('');
    for (const method of (m[3] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (method !== 'HEAD') out.push(`${method} ${path}`);
    }
  }
  return out;
}

/** Shared objects the sample requests need; `incident` is declared by t.responder (public or private). */
export async function makeFixture(
  t: TestApp,
  opts: { private: boolean; shared?: Omit<Fixture, 'incident' | 'actionId' | 'whyId' | 'entryId'> },
): Promise<Fixture> {
  let shared = opts.shared;
  if (!shared) {
    let n = 0;
    const team = await buildTeam(t);
    const service = await buildService(t, { ownerTeam: team });
    const login = { email: `login-${service.name}@example.com`, password: 'a long enough password' };
    await buildUser(t, { email: login.email, role: 'viewer', password: login.password });
    shared = {
      t,
      team: team.name,
      service: service.name,
      login,
      bystander: await buildUser(t, { name: 'Bystander' }),
      other: await buildUser(t, { name: 'Other' }),
      seq: () => ++n,
    };
  }
  const incident = await buildIncident(t, {
    title: `Fixture ${opts.private ? 'private' : 'public'} incident`,
    severity: 'SEV2',
    private: opts.private,
  });
  const url = `${api}/incidents/${incident.ref}`;
  const action = await buildAction(t, { incident, title: 'Fixture action' });
  const why = await t.call(t.responder, 'POST', `${url}/whys`, { question: 'Why fixture?' });
  const note = await t.call(t.responder, 'POST', `${url}/timeline`, { body: 'Fixture note' });
  return {
    ...shared,
    incident: { ref: incident.ref, id: incident.id },
    actionId: action.id,
    whyId: why.json().data.ticket.whys[0].id,
    entryId: note.json().data.id,
  };
}

export type CallResult = { statusCode: number; body: string; contentType: string };

/**
 * Sends a sample request as a user (null: signed out). Streams go over real HTTP to `base` and are
 * closed as soon as their headers arrive; everything else goes through app.inject.
 */
export async function callRoute(
  t: TestApp,
  base: string,
  c: RouteCase,
  req: SampleRequest,
  user: TestUser | null,
  method: string = c.method,
): Promise<CallResult> {
  if (c.stream) {
    const ac = new AbortController();
    const res = await fetch(`${base}${req.url}`, {
      method,
      headers: user ? { authorization: `Bearer ${user.token}` } : {},
      signal: ac.signal,
    });
    const contentType = res.headers.get('content-type') ?? '';
    if (contentType.startsWith('text/event-stream')) {
      ac.abort();
      return { statusCode: res.status, body: '', contentType };
    }
    return { statusCode: res.status, body: await res.text(), contentType };
  }
  if (req.headers) {
    const res = await t.app.inject({
      method: method as 'POST',
      url: req.url,
      headers: { ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}), ...req.headers },
      payload: req.body !== undefined ? JSON.stringify(req.body) : undefined,
    });
    return { statusCode: res.statusCode, body: res.body, contentType: String(res.headers['content-type'] ?? '') };
  }
  const res = await t.call(user, method, req.url, req.body);
  return { statusCode: res.statusCode, body: res.body, contentType: String(res.headers['content-type'] ?? '') };
}

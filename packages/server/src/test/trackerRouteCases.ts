import { createHmac } from 'node:crypto';
import type { TestUser } from './harness.ts';
import type { Fixture, RouteCase } from './routes.ts';

/**
 * Route-inventory rows for the trackers slice (test/routes.ts spreads them into ROUTES). Managing a
 * team's tracker is for admins and the team's responders: each sample makes a team with the caller
 * in it, so the matrix checks roles (viewers 403); non-members are refused in trackers.test.ts. The
 * webhook is an `integrationKey` route: no sign-in, the tracker's signature instead.
 */
const api = '/api/v1';
/** Nothing listens there: creating and testing a connection work without a tracker (the test answers ok: false). */
const NOWHERE = 'http://127.0.0.1:9';
const WEBHOOK_SECRET = 'fixture-webhook-secret';

async function tracker(fx: Fixture, member?: TestUser): Promise<string> {
  const team = await fx.t.call(fx.t.admin, 'POST', `${api}/teams`, {
    name: `fx-tracker-team-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`,
    members: member ? [member.id] : [],
  });
  if (team.statusCode !== 201) throw new Error(`fixture: team answered ${team.statusCode} ${team.body.slice(0, 200)}`);
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/teams/${team.json().data.id}/trackers`, {
    kind: 'github',
    owner: 'acme',
    repo: 'api',
    token: 'ghp_fixture_token_0000',
    apiUrl: NOWHERE,
    webhookSecret: WEBHOOK_SECRET,
  });
  if (res.statusCode !== 201) throw new Error(`fixture: tracker answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().data.id as string;
}

async function followUp(fx: Fixture): Promise<string> {
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/incidents/${fx.incident.ref}/actions`, {
    title: `Fixture follow-up ${fx.seq()}`,
    kind: 'follow_up',
  });
  if (res.statusCode !== 201) throw new Error(`fixture: follow-up answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().data.id as string;
}

export const TRACKER_ROUTES: RouteCase[] = [
  { method: 'GET', route: `${api}/trackers`, access: 'signedIn', build: () => ({ url: `${api}/trackers` }) },
  {
    method: 'POST',
    route: `${api}/teams/:team/trackers`,
    access: 'worker',
    ok: 201,
    build: async (fx, as) => {
      const team = await fx.t.call(fx.t.admin, 'POST', `${api}/teams`, {
        name: `fx-connect-${fx.seq()}-${Math.random().toString(36).slice(2, 8)}`,
        members: [as.id],
      });
      return {
        url: `${api}/teams/${team.json().data.id}/trackers`,
        body: { kind: 'gitlab', baseUrl: NOWHERE, projectId: '42', token: 'glpat-fixture-token-1234' },
      };
    },
  },
  {
    method: 'GET',
    route: `${api}/trackers/:id`,
    access: 'signedIn',
    build: async (fx) => ({ url: `${api}/trackers/${await tracker(fx)}` }),
  },
  {
    method: 'PATCH',
    route: `${api}/trackers/:id`,
    access: 'worker',
    build: async (fx, as) => ({ url: `${api}/trackers/${await tracker(fx, as)}`, body: { token: 'ghp_fixture_rotated_9999' } }),
  },
  {
    method: 'DELETE',
    route: `${api}/trackers/:id`,
    access: 'worker',
    ok: 204,
    build: async (fx, as) => ({ url: `${api}/trackers/${await tracker(fx, as)}` }),
  },
  {
    method: 'POST',
    route: `${api}/trackers/:id/test`,
    access: 'worker',
    build: async (fx, as) => ({ url: `${api}/trackers/${await tracker(fx, as)}/test`, body: { timeoutSeconds: 5 } }),
  },
  {
    method: 'POST',
    route: `${api}/actions/:id/push`,
    access: 'incidentWork',
    ok: 202,
    hiddenCode: 'action_not_found',
    build: async (fx) => ({ url: `${api}/actions/${await followUp(fx)}/push`, body: { tracker: await tracker(fx), confirmPrivate: true } }),
  },
  {
    method: 'GET',
    route: `${api}/incidents/:ref/tracker-links`,
    access: 'incidentRead',
    build: (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/tracker-links` }),
  },
  {
    method: 'POST',
    route: `${api}/trackers/:id/webhook`,
    access: 'integrationKey',
    build: async (fx) => {
      const body = { zen: 'Keep it logically awesome.', hook_id: fx.seq() };
      const signature = createHmac('sha256', WEBHOOK_SECRET).update(JSON.stringify(body)).digest('hex');
      return {
        url: `${api}/trackers/${await tracker(fx)}/webhook`,
        body,
        headers: { 'x-github-event': 'ping', 'x-hub-signature-256': `sha256=${signature}` },
      };
    },
  },
];

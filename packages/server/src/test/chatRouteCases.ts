import type { Fixture, RouteCase } from './routes.ts';

/**
 * Route-inventory rows for chat-ops (test/routes.ts spreads them into ROUTES): connections are for
 * admins only; an incident's chat channels are read by who may read it and switched by who may edit
 * it. The platform API is pointed nowhere, so a test answers ok: false without leaving the machine.
 */
const api = '/api/v1';
const NOWHERE = 'http://127.0.0.1:9';

async function connection(fx: Fixture): Promise<string> {
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/chat/connections`, {
    platform: 'slack',
    name: `Fixture workspace ${fx.seq()}`,
    externalTeamId: `TFX${fx.seq()}${Math.random().toString(36).slice(2, 8)}`,
    secrets: { botToken: 'xoxb-fixture-token', signingSecret: 'fixture-signing-secret' },
    apiBaseUrl: NOWHERE,
  });
  if (res.statusCode !== 201) throw new Error(`fixture: chat connection answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.json().id as string;
}

export const CHAT_ROUTES: RouteCase[] = [
  { method: 'GET', route: `${api}/chat/connections`, access: 'admin', build: () => ({ url: `${api}/chat/connections` }) },
  {
    method: 'POST',
    route: `${api}/chat/connections`,
    access: 'admin',
    ok: 201,
    build: (fx) => ({
      url: `${api}/chat/connections`,
      body: {
        platform: 'teams',
        name: `Teams ${fx.seq()}`,
        secrets: { outgoingSecret: 'ZmFrZS1vdXRnb2luZy1zZWNyZXQ=', workflowUrl: `${NOWHERE}/workflows/fixture` },
      },
    }),
  },
  {
    method: 'PATCH',
    route: `${api}/chat/connections/:id`,
    access: 'admin',
    build: async (fx) => ({
      url: `${api}/chat/connections/${await connection(fx)}`,
      body: { name: 'Renamed workspace', settings: { archiveOnClose: false }, secrets: { botToken: 'xoxb-rotated-token' } },
    }),
  },
  {
    method: 'DELETE',
    route: `${api}/chat/connections/:id`,
    access: 'admin',
    ok: 204,
    build: async (fx) => ({ url: `${api}/chat/connections/${await connection(fx)}` }),
  },
  {
    method: 'POST',
    route: `${api}/chat/connections/:id/test`,
    access: 'admin',
    build: async (fx) => ({ url: `${api}/chat/connections/${await connection(fx)}/test`, body: {} }),
  },
  {
    method: 'GET',
    route: `${api}/incidents/:ref/chat`,
    access: 'incidentRead',
    build: (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/chat` }),
  },
  {
    method: 'PUT',
    route: `${api}/incidents/:ref/chat`,
    access: 'incidentWork',
    build: (fx) => ({ url: `${api}/incidents/${fx.incident.ref}/chat`, body: { mirror: false } }),
  },
  {
    method: 'GET',
    route: `${api}/teams/:team/chat-channel`,
    access: 'signedIn',
    build: (fx) => ({ url: `${api}/teams/${encodeURIComponent(fx.team)}/chat-channel` }),
  },
  {
    method: 'PUT',
    route: `${api}/teams/:team/chat-channel`,
    access: 'worker',
    build: async (fx) => ({
      url: `${api}/teams/${encodeURIComponent(fx.team)}/chat-channel`,
      body: { connectionId: await connection(fx), channelId: `C-oncall-${fx.seq()}` },
    }),
  },
  {
    method: 'DELETE',
    route: `${api}/teams/:team/chat-channel/:connection`,
    access: 'worker',
    build: async (fx) => {
      const connectionId = await connection(fx);
      const url = `${api}/teams/${encodeURIComponent(fx.team)}/chat-channel`;
      const res = await fx.t.call(fx.t.admin, 'PUT', url, { connectionId, channelId: 'C-oncall' });
      if (res.statusCode !== 200) throw new Error(`fixture: team chat channel answered ${res.statusCode} ${res.body.slice(0, 200)}`);
      return { url: `${url}/${connectionId}` };
    },
  },
];

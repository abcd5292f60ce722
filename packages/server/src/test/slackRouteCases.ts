import { slackSignature } from '../chatops/slack/verify.ts';
import type { Fixture, RouteCase } from './routes.ts';

/**
 * Route-inventory rows for Slack's inbound routes: no sign-in, the workspace connection's signing
 * secret instead (like the trackers' webhooks, `integrationKey`). Each sample connects a fresh
 * workspace whose Web API points nowhere, and signs its body the way Slack does. The bodies are sent
 * as they are (form-encoded for commands and interactivity, JSON for events).
 */
const api = '/api/v1';
const NOWHERE = 'http://127.0.0.1:9/api/';
const SECRET = 'fixture-slack-signing-secret';

async function workspace(fx: Fixture): Promise<string> {
  const teamId = `TSL${fx.seq()}${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  const res = await fx.t.call(fx.t.admin, 'POST', `${api}/chat/connections`, {
    platform: 'slack',
    name: `Fixture Slack ${teamId}`,
    externalTeamId: teamId,
    secrets: { botToken: 'xoxb-fixture-token', signingSecret: SECRET },
    apiBaseUrl: NOWHERE,
  });
  if (res.statusCode !== 201) throw new Error(`fixture: Slack connection answered ${res.statusCode} ${res.body.slice(0, 200)}`);
  return teamId;
}

function signed(fx: Fixture, body: string, contentType: string): Record<string, string> {
  const ts = String(Math.floor(fx.t.clock.now().getTime() / 1000));
  return { 'content-type': contentType, 'x-slack-request-timestamp': ts, 'x-slack-signature': slackSignature(SECRET, ts, body) };
}

export const SLACK_ROUTES: RouteCase[] = [
  {
    method: 'POST',
    route: `${api}/chat/slack/commands`,
    access: 'integrationKey',
    build: async (fx) => {
      const body = new URLSearchParams({
        team_id: await workspace(fx),
        channel_id: 'C0FIXTURE',
        user_id: `U0FX${fx.seq()}`,
        command: '/incident',
        text: 'help',
        response_url: `${NOWHERE}respond`,
        trigger_id: '1.2.fixture',
      }).toString();
      return { url: `${api}/chat/slack/commands`, body, headers: signed(fx, body, 'application/x-www-form-urlencoded') };
    },
  },
  {
    method: 'POST',
    route: `${api}/chat/slack/interactivity`,
    access: 'integrationKey',
    build: async (fx) => {
      const teamId = await workspace(fx);
      const payload = {
        type: 'block_actions',
        team: { id: teamId },
        user: { id: `U0FX${fx.seq()}`, team_id: teamId },
        actions: [{ type: 'button', action_id: 'fixture_noop', value: 'x' }],
      };
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return { url: `${api}/chat/slack/interactivity`, body, headers: signed(fx, body, 'application/x-www-form-urlencoded') };
    },
  },
  {
    method: 'POST',
    route: `${api}/chat/slack/events`,
    access: 'integrationKey',
    build: async (fx) => {
      const body = JSON.stringify({
        type: 'event_callback',
        team_id: await workspace(fx),
        event_id: `EvFX${fx.seq()}${Math.random().toString(36).slice(2, 8)}`,
        event: { type: 'app_home_opened', user: 'U0FX', channel: 'D0FX' },
      });
      return { url: `${api}/chat/slack/events`, body, headers: signed(fx, body, 'application/json') };
    },
  },
];

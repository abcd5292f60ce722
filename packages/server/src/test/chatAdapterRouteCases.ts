import { signAction } from '../chatops/mattermost/client.ts';
import { DECLARE_DIALOG, signDialogState } from '../chatops/mattermost/dialog.ts';
import { addChannel, type FakeMattermost, mmId, startFakeMattermost } from './fakes/mattermostApi.ts';
import { teamsActivity, teamsSecret } from './fakes/teamsApi.ts';
import type { TestApp } from './harness.ts';
import type { Fixture, RouteCase } from './routes.ts';

/**
 * Route-inventory rows for the Mattermost and Teams adapters' inbound routes (test/routes.ts spreads
 * them into ROUTES). They are `integrationKey` routes: no sign-in, the platform's token, signed button
 * context or HMAC in the request instead. The samples come from a person Firebreak does not know, so
 * they succeed (200, "Firebreak does not know you yet") without changing any incident; Mattermost
 * calls go to one fake Mattermost shared by the rows (the adapter looks people up there).
 */
const api = '/api/v1';
const COMMAND_TOKEN = 'fixture-mm-command-token';
const ACTION_SECRET = 'fixture-mm-action-secret';

let fakeMattermost: Promise<FakeMattermost> | null = null;
const mattermost = () => {
  fakeMattermost ??= startFakeMattermost().then((mm) => {
    mm.addUser('stranger', 'stranger@elsewhere.example');
    addChannel(mm, 'town-square');
    return mm;
  });
  return fakeMattermost;
};
const stranger = (mm: FakeMattermost) => mm.users.find((u) => u.username === 'stranger')?.id as string;

type MmConn = { id: string; mm: FakeMattermost };
const mmConnections = new WeakMap<TestApp, Promise<MmConn>>();
function mattermostConnection(fx: Fixture): Promise<MmConn> {
  let conn = mmConnections.get(fx.t);
  if (!conn) {
    conn = (async () => {
      const mm = await mattermost();
      const res = await fx.t.call(fx.t.admin, 'POST', `${api}/chat/connections`, {
        platform: 'mattermost',
        name: `Fixture Mattermost ${fx.seq()}`,
        externalTeamId: mm.teamId,
        secrets: { baseUrl: mm.url, botToken: mm.token, commandToken: COMMAND_TOKEN, actionSecret: ACTION_SECRET },
      });
      if (res.statusCode !== 201) throw new Error(`fixture: Mattermost connection answered ${res.statusCode} ${res.body.slice(0, 200)}`);
      return { id: res.json().id as string, mm };
    })();
    mmConnections.set(fx.t, conn);
  }
  return conn;
}

const teamsConnections = new WeakMap<TestApp, Promise<{ id: string; secret: string }>>();
function teamsConnection(fx: Fixture): Promise<{ id: string; secret: string }> {
  let conn = teamsConnections.get(fx.t);
  if (!conn) {
    conn = (async () => {
      const secret = teamsSecret();
      const res = await fx.t.call(fx.t.admin, 'POST', `${api}/chat/connections`, {
        platform: 'teams',
        name: `Fixture Teams ${fx.seq()}`,
        // Nothing listens there; the sample command answers without posting.
        secrets: { outgoingSecret: secret, workflowUrl: 'http://127.0.0.1:9/workflows/fixture' },
      });
      if (res.statusCode !== 201) throw new Error(`fixture: Teams connection answered ${res.statusCode} ${res.body.slice(0, 200)}`);
      return { id: res.json().id as string, secret };
    })();
    teamsConnections.set(fx.t, conn);
  }
  return conn;
}

export const CHAT_ADAPTER_ROUTES: RouteCase[] = [
  {
    method: 'POST',
    route: `${api}/chat/mattermost/commands`,
    access: 'integrationKey',
    build: async (fx) => {
      const { mm } = await mattermostConnection(fx);
      return {
        url: `${api}/chat/mattermost/commands`,
        headers: { authorization: `Token ${COMMAND_TOKEN}` },
        body: {
          token: COMMAND_TOKEN,
          team_id: mm.teamId,
          channel_id: mm.channels[0].id,
          user_id: stranger(mm),
          command: '/incident',
          text: 'help',
          trigger_id: `fixture-${fx.seq()}-${mmId()}`,
        },
      };
    },
  },
  {
    method: 'POST',
    route: `${api}/chat/mattermost/actions`,
    access: 'integrationKey',
    build: async (fx) => {
      const { id, mm } = await mattermostConnection(fx);
      return {
        url: `${api}/chat/mattermost/actions`,
        headers: {},
        body: {
          user_id: stranger(mm),
          team_id: mm.teamId,
          channel_id: mm.channels[0].id,
          post_id: mmId(),
          trigger_id: `fixture-${fx.seq()}-${mmId()}`,
          context: signAction(ACTION_SECRET, id, 'handover_ack', 'fixture-handover'),
        },
      };
    },
  },
  {
    method: 'POST',
    route: `${api}/chat/mattermost/dialog`,
    access: 'integrationKey',
    build: async (fx) => {
      const { id, mm } = await mattermostConnection(fx);
      const channel = mm.channels[0].id;
      const user = stranger(mm);
      return {
        url: `${api}/chat/mattermost/dialog`,
        headers: {},
        body: {
          type: 'dialog_submission',
          callback_id: DECLARE_DIALOG,
          state: signDialogState(ACTION_SECRET, { connection: id, channel, user, at: fx.t.clock.now().getTime() }),
          user_id: user,
          channel_id: channel,
          team_id: mm.teamId,
          submission: { title: `Fixture outage ${fx.seq()}`, private: false },
          cancelled: false,
        },
      };
    },
  },
  {
    method: 'POST',
    route: `${api}/chat/mattermost/messages`,
    access: 'integrationKey',
    build: async (fx) => {
      const { mm } = await mattermostConnection(fx);
      return {
        url: `${api}/chat/mattermost/messages`,
        headers: {},
        body: {
          token: COMMAND_TOKEN,
          team_id: mm.teamId,
          channel_id: mm.channels[0].id,
          user_id: stranger(mm),
          post_id: mmId(),
          text: 'Not an incident channel: nothing is mirrored',
          timestamp: 1767268800000,
        },
      };
    },
  },
  {
    method: 'POST',
    route: `${api}/chat/teams/:connectionId/messages`,
    access: 'integrationKey',
    build: async (fx) => {
      const { id, secret } = await teamsConnection(fx);
      const a = teamsActivity({ secret, text: 'incident help', fromName: 'Nobody Known', id: `fixture-${fx.seq()}-${mmId()}` });
      return { url: `${api}/chat/teams/${id}/messages`, headers: { authorization: a.headers.authorization }, body: JSON.parse(a.payload) };
    },
  },
];

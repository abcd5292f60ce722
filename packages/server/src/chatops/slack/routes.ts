import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Deps, reader } from '../../platform/context.ts';
import { AppError, UnauthenticatedError } from '../../platform/errors.ts';
import { declareFormOptions, declareFromChat, pressButton, runCommand } from '../commands.ts';
import { firstSeen, toConnection } from '../connections.ts';
import { mirrorMessage, pinMessage } from '../mirror.ts';
import { connectionsOfPlatform } from '../store.ts';
import { ChatApiError, type ChatConnection, type ChatReply } from '../types.ts';
import { SlackClient } from './client.ts';
import { DECLARE_CALLBACK, declareModal, PIN_SHORTCUT, readDeclareForm, resultModal } from './modal.ts';
import { ephemeral, plainFromSlack, renderReply } from './render.ts';
import { authenticateSlack, signatureProblem } from './verify.ts';

/**
 * Slack's inbound requests (the app in HTTP mode, docs/slack-app-manifest.yaml), all `auth: 'public'`
 * and verified with the workspace connection's signing secret over the raw body (verify.ts):
 * - `POST /api/v1/chat/slack/commands`: slash commands (`/incident …` under the connection's command
 *   name, `/oncall …`), form-encoded; the answer is the ephemeral or in-channel reply.
 * - `POST /api/v1/chat/slack/interactivity`: `payload=<JSON>`: buttons (`block_actions`), the declare
 *   modal (`view_submission`), the "Add to timeline" message shortcut (`message_action`).
 * - `POST /api/v1/chat/slack/events`: the Events API (`url_verification`; `message` → mirrored to
 *   the timeline, `reaction_added` with the pin emoji → key moment), each event once (`event_id`).
 *
 * Slack gives up on an answer after 3 seconds. Each request runs with a timer (`ackAfterMs`, 2 s): when
 * the work has not finished by then, Slack gets an acknowledgement at once ("Working on it…", a
 * "declaring…" modal, or an empty 200) and the work carries on; its answer arrives later through
 * `response_url` or `views.update`. Nothing is delivered for a request that turns out not to be Slack's.
 */

export const SLACK_BODY_LIMIT = 1024 * 1024;
/** How long a request may work before Slack gets an acknowledgement instead of the answer. */
export const SLACK_ACK_AFTER_MS = 2000;

const SlackAnswer = z
  .object({
    response_type: z.enum(['ephemeral', 'in_channel']).optional(),
    text: z.string().optional(),
    blocks: z.array(z.record(z.string(), z.unknown())).optional(),
    response_action: z.enum(['errors', 'update', 'clear']).optional(),
    errors: z.record(z.string(), z.string()).optional(),
    view: z.record(z.string(), z.unknown()).optional(),
    challenge: z.string().optional(),
  })
  .describe('What Slack shows: a message, a modal answer, or the URL-verification challenge (empty when there is nothing to show)');

/** An HTTP answer for Slack: JSON, an empty 200, or the error envelope (thrown). */
type Http = z.infer<typeof SlackAnswer> | null;
/** The work behind a request: the answer, and what to deliver instead if the acknowledgement went out first. */
type Done = { http: Http; late?: () => Promise<void> };

type Form = Record<string, string>;
const formOf = (raw: Buffer): Form => Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** `ts` ("1712345678.000200") as an ISO time. */
export function tsToIso(ts: string): string {
  const [s, micro = '0'] = ts.split('.');
  return new Date(Number(s) * 1000 + Math.floor(Number(micro.padEnd(6, '0').slice(0, 6)) / 1000)).toISOString();
}

/** Slash command text with escaped mentions: `<@U1|ana>` becomes `@ana` and U1 is a mention, in order. */
export function commandText(text: string): { text: string; mentions: string[] } {
  const mentions: string[] = [];
  for (const m of text.matchAll(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g)) mentions.push(m[1]);
  return { text: plainFromSlack(text).trim(), mentions };
}

/** Runs `work`; if it has not finished after `ms`, answers `ack` and lets it finish, delivering through `late`. */
async function withinDeadline(
  reply: FastifyReply,
  log: FastifyBaseLogger,
  ms: number,
  ack: () => Http,
  work: () => Promise<Done>,
): Promise<Http> {
  const running = work();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    const first = await Promise.race([running, timeout]);
    if (first !== 'late') return answer(reply, first.http);
  } finally {
    clearTimeout(timer);
  }
  running
    .then((done) => done.late?.())
    .catch((err: unknown) => log.error({ err }, 'a Slack request finished after its acknowledgement and could not be answered'));
  return answer(reply, ack());
}

function answer(reply: FastifyReply, http: Http): Http {
  if (http === null) {
    reply.status(200).type('text/plain; charset=utf-8').send('');
    return null;
  }
  return http;
}

function payloadOf(raw: Buffer): Record<string, unknown> {
  try {
    const p = JSON.parse(formOf(raw).payload ?? '') as unknown;
    return p && typeof p === 'object' ? (p as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
const interactionType = (raw: Buffer) => payloadOf(raw).type;

const faultText = (err: unknown) =>
  `Firebreak could not do that just now (${err instanceof ChatApiError ? err.message : 'an unexpected error, written to the server log'}). Try again in a moment.`;

function refuse(auth: { reason: string; message: string }): never {
  throw new UnauthenticatedError(auth.message);
}

export function slackRoutes(deps: Deps, opts: { ackAfterMs?: number } = {}): FastifyPluginAsyncZod {
  const ackAfterMs = opts.ackAfterMs ?? SLACK_ACK_AFTER_MS;
  const rawOf = (req: FastifyRequest) => (Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));

  // ---- slash commands ----
  async function command(raw: Buffer, req: FastifyRequest): Promise<Done> {
    const f = formOf(raw);
    const auth = await authenticateSlack(deps, str(f.team_id), req.headers, raw);
    if (!auth.ok) {
      // Slack shows a command's answer to the person: say plainly that this workspace is not connected.
      if (auth.reason === 'unknown_workspace' && str(f.team_id)) return { http: ephemeral(auth.message) };
      refuse(auth);
    }
    const conn = auth.connection;
    const client = new SlackClient(conn);
    const name = (f.command ?? '').replace(/^\//, '');
    const which = name === conn.settings.commandName ? 'incident' : name === 'oncall' ? 'oncall' : null;
    const responseUrl = str(f.response_url);
    const respond = (r: ChatReply) => (responseUrl ? client.respond(responseUrl, r) : Promise.resolve());
    if (!which) {
      const r: ChatReply = {
        visibility: 'ephemeral',
        message: { text: `Firebreak does not answer /${name}: its commands are /${conn.settings.commandName} and /oncall.` },
      };
      return { http: renderReply(r), late: () => respond(r) };
    }
    const { text, mentions } = commandText(f.text ?? '');
    const outcome = await runCommand(deps, {
      connectionId: conn.id,
      channelId: f.channel_id ?? '',
      userId: f.user_id ?? '',
      command: which,
      text,
      mentions,
    });
    if ('openDeclareForm' in outcome) {
      const open = async (): Promise<Http> => {
        const options = await declareFormOptions(deps);
        try {
          await client.openView(f.trigger_id ?? '', declareModal(options, outcome.openDeclareForm.title, str(f.channel_id)));
          return null;
        } catch (err) {
          return ephemeral(
            `Slack did not open the declare form (${err instanceof Error ? err.message : String(err)}). Run /${conn.settings.commandName} declare again.`,
          );
        }
      };
      const http = await open();
      return {
        http,
        late: async () => {
          if (http) await respond({ visibility: 'ephemeral', message: { text: http.text ?? '' } });
        },
      };
    }
    return { http: renderReply(outcome), late: () => respond(outcome) };
  }

  // ---- interactivity ----
  async function interaction(raw: Buffer, req: FastifyRequest): Promise<Done> {
    const payload = payloadOf(raw);
    // A form that needs fixing is answered at once (no database), so the person never waits for it.
    if (payload.type === 'view_submission') {
      const view = (payload.view ?? {}) as { callback_id?: string; private_metadata?: string };
      const { errors } = readDeclareForm(view);
      if (view.callback_id === DECLARE_CALLBACK && errors) return { http: { response_action: 'errors', errors } };
    }
    const team = payload.team as { id?: string } | null | undefined;
    const user = (payload.user ?? {}) as { id?: string; team_id?: string };
    const auth = await authenticateSlack(deps, str(team?.id) ?? str(user.team_id), req.headers, raw);
    if (!auth.ok) refuse(auth);
    const conn = auth.connection;
    const client = new SlackClient(conn);
    const userId = user.id ?? '';
    const channelId = str((payload.channel as { id?: string } | undefined)?.id);
    const responseUrl = str(payload.response_url);
    const respond = async (r: ChatReply | null) => {
      if (r && responseUrl) await client.respond(responseUrl, r);
    };

    if (payload.type === 'block_actions') {
      const action = ((payload.actions ?? []) as { action_id?: string; value?: string }[])[0];
      if (!action?.action_id) return { http: null };
      const r = await pressButton(deps, {
        connectionId: conn.id,
        channelId,
        userId,
        actionId: action.action_id,
        value: action.value ?? '',
      });
      await respond(r);
      return { http: null };
    }

    if (payload.type === 'view_submission') {
      const view = (payload.view ?? {}) as { id?: string; callback_id?: string; private_metadata?: string; state?: never };
      if (view.callback_id !== DECLARE_CALLBACK) return { http: null };
      const { form } = readDeclareForm(view);
      const r = await declareFromChat(deps, {
        connectionId: conn.id,
        userId,
        channelId: form.channelId,
        title: form.title,
        severity: form.severity,
        services: form.services,
        private: form.private,
        report: form.report,
      });
      return {
        http: { response_action: 'update', view: resultModal(r) },
        late: async () => {
          if (view.id) await client.updateView(view.id, resultModal(r));
        },
      };
    }

    if (payload.type === 'message_action' && payload.callback_id === PIN_SHORTCUT) {
      const message = (payload.message ?? {}) as { ts?: string; text?: string; user?: string; bot_id?: string };
      if (!channelId || !message.ts) return { http: null };
      const r = await pinMessage(deps, {
        connectionId: conn.id,
        channelId,
        userId: message.user ?? message.bot_id ?? '',
        messageId: message.ts,
        text: plainFromSlack(message.text ?? ''),
        at: tsToIso(message.ts),
        pinnedBy: userId,
      });
      await respond(r);
      return { http: null };
    }
    return { http: null };
  }

  // ---- Events API ----
  /** The URL check when the Events request URL is saved: it names no workspace, so any Slack connection's secret may sign it. */
  async function challenge(raw: Buffer, req: FastifyRequest, body: { challenge?: unknown }): Promise<Done> {
    const conns: ChatConnection[] = (await connectionsOfPlatform(reader(deps), 'slack')).map((row) => toConnection(deps, row));
    const signed = conns.some((c) => !signatureProblem(c.secrets.signingSecret ?? '', req.headers, raw, deps.clock.now()));
    if (!signed) throw new UnauthenticatedError('The URL verification is not signed by any connected Slack app');
    return { http: { challenge: String(body.challenge ?? '') } };
  }

  async function events(raw: Buffer, req: FastifyRequest): Promise<Done> {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      body = {};
    }
    if (body.type === 'url_verification') return challenge(raw, req, body);
    const auth = await authenticateSlack(deps, str(body.team_id), req.headers, raw);
    if (!auth.ok) refuse(auth);
    const conn = auth.connection;
    if (body.type !== 'event_callback') return { http: null };
    // Each event once: a second delivery of an event is dropped. Slack's own retries (X-Slack-Retry-Num)
    // only follow an answer that failed (ours come within the 3 s), so they are handled again: the
    // core's mirroring and pinning are idempotent per message, and nothing a fault interrupted is lost.
    const retry = req.headers['x-slack-retry-num'] !== undefined;
    const fresh = typeof body.event_id !== 'string' || (await firstSeen(deps, conn.id, `slack-event:${body.event_id}`));
    if (!fresh && !retry) return { http: null };
    const event = (body.event ?? {}) as Record<string, unknown>;
    const botIds = ((body.authorizations ?? []) as { user_id?: string }[]).map((a) => a.user_id);

    if (event.type === 'message') {
      const subtype = str(event.subtype);
      // People's messages only: edits, deletions, joins, topic changes and bots' posts (ours included) are not talk.
      if (subtype && !['thread_broadcast', 'file_share', 'me_message'].includes(subtype)) return { http: null };
      const userId = str(event.user);
      const ts = str(event.ts);
      const channelId = str(event.channel);
      if (!userId || !ts || !channelId || event.bot_id || botIds.includes(userId)) return { http: null };
      await mirrorMessage(deps, {
        connectionId: conn.id,
        channelId,
        userId,
        messageId: ts,
        text: plainFromSlack(str(event.text) ?? ''),
        at: tsToIso(ts),
      });
      return { http: null };
    }

    if (event.type === 'reaction_added') {
      const item = (event.item ?? {}) as { type?: string; channel?: string; ts?: string };
      if (event.reaction !== conn.settings.pinEmoji || item.type !== 'message' || !item.channel || !item.ts) return { http: null };
      const message = await new SlackClient(conn).message(item.channel, item.ts);
      if (!message) return { http: null };
      await pinMessage(deps, {
        connectionId: conn.id,
        channelId: item.channel,
        userId: message.user ?? str(event.item_user) ?? message.bot_id ?? '',
        messageId: item.ts,
        text: plainFromSlack(message.text ?? ''),
        at: tsToIso(item.ts),
        pinnedBy: str(event.user) ?? '',
      });
      return { http: null };
    }
    return { http: null };
  }

  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: SLACK_BODY_LIMIT }, (_req, body, done) => done(null, body));
    const route = (
      path: string,
      summary: string,
      ack: (raw: Buffer) => Http,
      fault: (raw: Buffer, err: unknown) => Http,
      work: (raw: Buffer, req: FastifyRequest) => Promise<Done>,
    ) =>
      app.post(
        `/api/v1/chat/slack/${path}`,
        { config: { auth: 'public' }, schema: { tags: ['chat'], summary, response: { 200: SlackAnswer } } },
        async (req, reply) => {
          const raw = rawOf(req);
          // A fault (Slack's API unreachable while finding who typed, the database gone) is told in Slack's terms, not as a 500.
          const guarded = async (): Promise<Done> => {
            try {
              return await work(raw, req);
            } catch (err) {
              if (err instanceof AppError) throw err;
              req.log.error({ err }, `Slack ${path} request failed`);
              return { http: fault(raw, err) };
            }
          };
          const out = await withinDeadline(reply, req.log, ackAfterMs, () => ack(raw), guarded);
          return out === null ? reply : out;
        },
      );
    route(
      'commands',
      "Slack slash commands (/incident, /oncall), signed with the app's signing secret",
      () => ephemeral('Working on it… the answer follows here in a moment.'),
      (_raw, err) => ephemeral(faultText(err)),
      command,
    );
    route(
      'interactivity',
      "Slack interactivity: buttons, the declare modal and the Add to timeline shortcut, signed with the app's signing secret",
      // A submitted modal must be answered with a view; the result replaces it through views.update.
      (raw) => (interactionType(raw) === 'view_submission' ? { response_action: 'update', view: resultModal(null) } : null),
      (raw, err) =>
        interactionType(raw) === 'view_submission'
          ? { response_action: 'update', view: resultModal({ visibility: 'ephemeral', message: { text: faultText(err) } }) }
          : null,
      interaction,
    );
    route(
      'events',
      "Slack's Events API: channel messages and reactions, signed with the app's signing secret",
      () => null,
      // A 500 makes Slack send the event again (up to three times), which is handled again.
      (_raw, err) => {
        throw err;
      },
      events,
    );
  };
}

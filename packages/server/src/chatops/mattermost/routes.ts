import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { ConflictError, InputError, UnauthenticatedError } from '../../platform/errors.ts';
import { declareFormOptions, declareFromChat, pressButton, runCommand } from '../commands.ts';
import { findConnection, firstSeen, getConnection } from '../connections.ts';
import { mirrorMessage } from '../mirror.ts';
import { ChatApiError, type ChatConnection, type ChatReply } from '../types.ts';
import {
  type ActionContext,
  actionSignatureMatches,
  commandResponse,
  MattermostClient,
  renderPost,
  setMattermostPublicUrl,
} from './client.ts';
import {
  DECLARE_DIALOG,
  DIALOG_PATH,
  DIALOG_TTL_MS,
  declareDialog,
  dialogStateMatches,
  readDeclareSubmission,
  readDialogState,
  signDialogState,
} from './dialog.ts';

/**
 * Mattermost's requests to Firebreak (all `auth: 'public'`; each proves itself):
 * - `/commands`: slash commands (`/incident …`, `/oncall …`), form-encoded, with the command's token
 *   (`token`, also `Authorization: Token …`) compared in constant time with the connection's
 *   `commandToken` (one or more tokens separated by spaces: one per slash command and outgoing
 *   webhook). The team (`team_id`) picks the connection. The answer is Mattermost's command
 *   response `{response_type, text, attachments}`.
 * - `/actions`: interactive message buttons. Mattermost does not sign them, so Firebreak signs each
 *   button's `context` with the connection's `actionSecret` (client.ts) and checks it here.
 * - `/messages`: an outgoing webhook on incident channels, for mirroring messages to the timeline.
 * - `/dialog`: the declare form's submission (dialog.ts); its `state` is signed by Firebreak.
 * A trigger id seen before (a replay) is refused.
 */

const BODY_LIMIT = 256 * 1024;
const Envelope = z.record(z.string(), z.unknown());

const CommandForm = z.object({
  token: z.string().max(200),
  team_id: z.string().min(1).max(64),
  channel_id: z.string().min(1).max(64),
  user_id: z.string().min(1).max(64),
  command: z.string().max(100),
  text: z.string().max(4000).default(''),
  trigger_id: z.string().max(500).optional(),
  response_url: z.string().max(2000).optional(),
});
const ActionBody = z.object({
  user_id: z.string().min(1).max(64),
  channel_id: z.string().max(64).optional(),
  team_id: z.string().max(64).optional(),
  post_id: z.string().max(64).optional(),
  trigger_id: z.string().max(500).optional(),
  context: z.object({ connection: z.string().max(64), action: z.string().max(255), value: z.string().max(2000), sig: z.string().max(128) }),
});
const DialogBody = z.object({
  type: z.string().max(100).optional(),
  callback_id: z.string().max(255),
  state: z.string().max(2000),
  user_id: z.string().min(1).max(64),
  channel_id: z.string().max(64).optional(),
  team_id: z.string().max(64).optional(),
  submission: z.record(z.string(), z.unknown()).nullable().default({}),
  cancelled: z.boolean().optional(),
});
const MessageForm = z.object({
  token: z.string().max(200),
  team_id: z.string().min(1).max(64),
  channel_id: z.string().min(1).max(64),
  user_id: z.string().min(1).max(64),
  post_id: z.string().min(1).max(64),
  text: z.string().max(16_383).default(''),
  timestamp: z.coerce.number().int().positive().optional(),
});

/** Reads a form-encoded or JSON body into a flat object (Mattermost sends both, per integration). */
function bodyOf(raw: Buffer, contentType: string | undefined): Record<string, unknown> {
  const text = raw.toString('utf8');
  if ((contentType ?? '').includes('application/json')) {
    try {
      const j = JSON.parse(text) as unknown;
      if (j && typeof j === 'object' && !Array.isArray(j)) return j as Record<string, unknown>;
    } catch {
      // fall through to the error below
    }
    throw new InputError('body: is not a JSON object', { field: 'body' }, 'invalid_json');
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0];
    const field = i.path.join('.') || 'body';
    throw new InputError(`${field}: ${i.message}`, { field }, 'invalid_input');
  }
  return r.data;
}

/** Whether `given` is one of the connection's tokens (constant time per token). */
export function commandTokenMatches(tokens: string, given: string): boolean {
  const digest = (s: string) => createHmac('sha256', 'firebreak-token-compare').update(s).digest();
  const g = digest(given);
  let ok = false;
  for (const t of tokens.split(/[\s,]+/).filter(Boolean)) if (timingSafeEqual(digest(t), g)) ok = true;
  return ok && given.length > 0;
}

const notConnected = (teamId: string) => ({
  response_type: 'ephemeral' as const,
  text: `This Mattermost team (${teamId}) is not connected to Firebreak, or its connection is switched off. An admin connects it in Firebreak under Settings → Chat.`,
});

/** `@username` mentions in a command → Mattermost user ids, in order; unknown names are left out (the core then says who it could not find). */
async function mentionsOf(client: MattermostClient, text: string): Promise<string[]> {
  const names = [...text.matchAll(/(?:^|\s)@([a-z0-9._-]{1,64})/gi)].map((m) => m[1].toLowerCase());
  const ids: string[] = [];
  for (const n of names.slice(0, 10)) {
    const id = await client.userIdByUsername(n);
    if (id) ids.push(id);
  }
  return ids;
}

/** Mattermost itself failing while a command runs (looking the person up): a line the person sees instead of a failed command. */
async function orPlatformTrouble<T>(work: () => Promise<T>, fallback: (message: string) => T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ChatApiError) return fallback(`Firebreak could not complete this because Mattermost answered: ${err.message}`);
    throw err;
  }
}

/** The update Mattermost applies to the pressed post, or the line only the presser sees. */
function actionAnswer(conn: ChatConnection, reply: ChatReply | null) {
  if (!reply) return {};
  if (reply.visibility === 'ephemeral') return { ephemeral_text: reply.message.text };
  return { update: renderPost(reply.message, { connection: conn }) };
}

export function mattermostRoutes(deps: Deps): FastifyPluginAsyncZod {
  setMattermostPublicUrl(deps.config.publicUrl);
  const publicUrl = deps.config.publicUrl.replace(/\/+$/, '');
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));
    const rawOf = (body: unknown) => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));

    app.post(
      '/api/v1/chat/mattermost/commands',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['chat'],
          summary: "Mattermost slash commands (/incident, /oncall), verified with the command's token",
          response: {
            200: z.object({
              response_type: z.enum(['ephemeral', 'in_channel']),
              text: z.string(),
              attachments: z.array(Envelope).optional(),
            }),
          },
        },
      },
      async (req) => {
        const form = parse(CommandForm, bodyOf(rawOf(req.body), req.headers['content-type']));
        const conn = await findConnection(deps, 'mattermost', form.team_id);
        if (!conn) return notConnected(form.team_id);
        const header = req.headers.authorization?.startsWith('Token ') ? req.headers.authorization.slice(6) : null;
        if (!commandTokenMatches(conn.secrets.commandToken ?? '', form.token) || (header !== null && header !== form.token))
          throw new UnauthenticatedError('The slash command token does not match this Mattermost connection');
        const replayKey = `command:${form.trigger_id ?? createHash('sha256').update(rawOf(req.body)).digest('hex')}`;
        if (!(await firstSeen(deps, conn.id, replayKey)))
          throw new ConflictError('This slash command request was already handled (replayed)');
        const client = new MattermostClient(conn);
        const name = form.command.replace(/^\//, '').toLowerCase();
        const reply = await orPlatformTrouble(
          async () => {
            const outcome = await runCommand(deps, {
              connectionId: conn.id,
              channelId: form.channel_id,
              userId: form.user_id,
              command: name === 'oncall' || name === 'on-call' ? 'oncall' : 'incident',
              text: form.text.trim(),
              mentions: await mentionsOf(client, form.text),
            });
            if (!('openDeclareForm' in outcome)) return outcome;
            const title = outcome.openDeclareForm.title;
            const state = signDialogState(conn.secrets.actionSecret ?? '', {
              connection: conn.id,
              channel: form.channel_id,
              user: form.user_id,
              at: deps.clock.now().getTime(),
            });
            try {
              await client.openDialog(
                form.trigger_id ?? '',
                `${publicUrl}${DIALOG_PATH}`,
                declareDialog(await declareFormOptions(deps), title, state),
              );
              return null;
            } catch (err) {
              if (!(err instanceof ChatApiError)) throw err;
              // No form: with a title the incident is declared at once rather than not at all.
              if (!title)
                return {
                  visibility: 'ephemeral',
                  message: {
                    text: `Mattermost did not open the declare form (${err.message}). Run /${conn.settings.commandName} declare <title> to declare at once.`,
                  },
                } satisfies ChatReply;
              return declareFromChat(deps, {
                connectionId: conn.id,
                userId: form.user_id,
                channelId: form.channel_id,
                title,
                severity: null,
                services: [],
                private: false,
                report: '',
              });
            }
          },
          (text): ChatReply => ({ visibility: 'ephemeral', message: { text } }),
        );
        // The form opened: nothing to say in the channel (an empty text is not shown).
        if (!reply) return { response_type: 'ephemeral' as const, text: '' };
        return commandResponse(reply, { connection: conn, actionsUrl: null });
      },
    );

    app.post(
      DIALOG_PATH,
      {
        config: { auth: 'public' },
        schema: {
          tags: ['chat'],
          summary: 'Mattermost interactive dialog submissions: the declare form (its state is signed by Firebreak)',
          response: { 200: z.object({ errors: z.record(z.string(), z.string()).optional(), error: z.string().optional() }) },
        },
      },
      async (req) => {
        const body = parse(DialogBody, bodyOf(rawOf(req.body), req.headers['content-type'] ?? 'application/json'));
        const st = readDialogState(body.state);
        const conn = st ? await getConnection(deps, st.connection) : null;
        if (!st || conn?.platform !== 'mattermost' || !conn.secrets.actionSecret || !dialogStateMatches(conn.secrets.actionSecret, st))
          throw new UnauthenticatedError('The form does not carry a valid Firebreak signature');
        if (st.user !== body.user_id || (body.channel_id && st.channel !== body.channel_id))
          throw new UnauthenticatedError('The form was opened by someone else or in another channel');
        if (body.team_id && conn.externalTeamId && body.team_id !== conn.externalTeamId)
          throw new UnauthenticatedError('The form was submitted in another Mattermost team');
        if (body.callback_id !== DECLARE_DIALOG || body.cancelled) return {};
        if (deps.clock.now().getTime() - st.at > DIALOG_TTL_MS)
          return { error: `This form was opened more than an hour ago. Run /${conn.settings.commandName} declare again.` };
        const { form, errors } = readDeclareSubmission(body.submission ?? {});
        if (errors) return { errors };
        const replayKey = `dialog:${createHash('sha256')
          .update(`${st.sig}\n${JSON.stringify(body.submission)}`)
          .digest('hex')}`;
        if (!(await firstSeen(deps, conn.id, replayKey))) throw new ConflictError('This form was already submitted (replayed)');
        const reply = await declareFromChat(deps, { connectionId: conn.id, userId: body.user_id, channelId: st.channel, ...form });
        // A mistake (no access, a rule the API enforces) keeps the form open with the reason.
        if (reply.visibility === 'ephemeral') return { error: reply.message.text };
        // Declared: the announcement is queued by the core; the person who declared sees the answer in the channel they typed in.
        try {
          await new MattermostClient(conn).postEphemeral(body.user_id, st.channel, reply.message);
        } catch (err) {
          if (!(err instanceof ChatApiError)) throw err;
          req.log.warn({ err: err.message }, 'Mattermost: could not show the declaration to the person who declared');
        }
        return {};
      },
    );

    app.post(
      '/api/v1/chat/mattermost/actions',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['chat'],
          summary: 'Mattermost interactive message buttons on posts Firebreak made (their context is signed by Firebreak)',
          response: { 200: z.object({ ephemeral_text: z.string().optional(), update: Envelope.optional() }) },
        },
      },
      async (req) => {
        const body = parse(ActionBody, bodyOf(rawOf(req.body), req.headers['content-type'] ?? 'application/json'));
        const ctx: ActionContext = body.context;
        const conn = await getConnection(deps, ctx.connection);
        if (conn?.platform !== 'mattermost' || !conn.secrets.actionSecret || !actionSignatureMatches(conn.secrets.actionSecret, ctx))
          throw new UnauthenticatedError('The button does not carry a valid Firebreak signature');
        if (body.team_id && conn.externalTeamId && body.team_id !== conn.externalTeamId)
          throw new UnauthenticatedError('The button was pressed in another Mattermost team');
        const replayKey = `action:${body.trigger_id ?? `${body.post_id}:${body.user_id}:${ctx.action}:${ctx.value}`}`;
        if (!(await firstSeen(deps, conn.id, replayKey))) throw new ConflictError('This button press was already handled (replayed)');
        const reply = await orPlatformTrouble(
          () =>
            pressButton(deps, {
              connectionId: conn.id,
              channelId: body.channel_id ?? null,
              userId: body.user_id,
              actionId: ctx.action,
              value: ctx.value,
            }),
          (text): ChatReply => ({ visibility: 'ephemeral', message: { text } }),
        );
        return actionAnswer(conn, reply);
      },
    );

    app.post(
      '/api/v1/chat/mattermost/messages',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['chat'],
          summary: 'Mattermost outgoing webhook: messages in incident channels, mirrored to the timeline',
          response: { 200: z.object({}) },
        },
      },
      async (req) => {
        const form = parse(MessageForm, bodyOf(rawOf(req.body), req.headers['content-type']));
        const conn = await findConnection(deps, 'mattermost', form.team_id);
        if (!conn) throw new UnauthenticatedError(`Mattermost team ${form.team_id} is not connected to Firebreak`);
        if (!commandTokenMatches(conn.secrets.commandToken ?? '', form.token))
          throw new UnauthenticatedError('The outgoing webhook token does not match this Mattermost connection');
        const client = new MattermostClient(conn);
        if (form.user_id === (await client.botUserId())) return {};
        await mirrorMessage(deps, {
          connectionId: conn.id,
          channelId: form.channel_id,
          userId: form.user_id,
          messageId: form.post_id,
          text: form.text,
          at: form.timestamp ? new Date(form.timestamp).toISOString() : deps.clock.now().toISOString(),
        });
        return {};
      },
    );
  };
}

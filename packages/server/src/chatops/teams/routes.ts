import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Deps, reader } from '../../platform/context.ts';
import { ConflictError, InputError, NotFoundError, UnauthenticatedError } from '../../platform/errors.ts';
import { activeUsersNamed } from '../../users/index.ts';
import { runCommand } from '../commands.ts';
import { firstSeen, getConnection } from '../connections.ts';
import type { ChatOutcome } from '../types.ts';
import { parseCommand, replyActivity, TeamsActivity, teamsSignatureMatches } from './activity.ts';
import './client.ts';

/**
 * `POST /api/v1/chat/teams/{connectionId}/messages`: a Teams outgoing webhook (someone wrote
 * `@Firebreak incident status` in a channel). Verified with `Authorization: HMAC …` over the raw body
 * (activity.ts), refused when replayed (the activity id), answered synchronously within Teams' five
 * seconds with a message activity.
 *
 * Who wrote it: the activity names the sender but carries no e-mail, and an outgoing webhook cannot
 * ask Teams or Graph for one (Microsoft: "They can't access any other APIs"). Firebreak maps the
 * sender by what the payload has: a display name that is itself an address (guests, accounts without
 * a display name show their UPN), or else exactly one active Firebreak account with that display
 * name. Anyone else gets the core's "unknown user" answer. docs/chat.md says so.
 */

const BODY_LIMIT = 256 * 1024;
/** Teams drops the answer after five seconds; slower work is finished without it. */
const ANSWER_WITHIN_MS = 4_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const Params = z.object({ connectionId: z.string().min(1).max(64) });

/** The sender's Firebreak e-mail address as far as the outgoing webhook lets us know it, or null. */
async function senderEmail(deps: Deps, name: string | null | undefined): Promise<string | null> {
  const n = (name ?? '').trim();
  if (!n) return null;
  if (EMAIL.test(n)) return n.toLowerCase();
  const matches = await activeUsersNamed(reader(deps), n);
  return matches.length === 1 ? matches[0].email : null;
}

export function teamsRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_req, body, done) => done(null, body));
    app.post(
      '/api/v1/chat/teams/:connectionId/messages',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['chat'],
          summary: "Microsoft Teams outgoing webhook: commands written to @Firebreak, signed with the webhook's security token",
          params: Params,
          response: {
            200: z.object({
              type: z.literal('message'),
              text: z.string(),
              attachments: z.array(z.record(z.string(), z.unknown())).optional(),
            }),
          },
        },
      },
      async (req) => {
        const conn = await getConnection(deps, req.params.connectionId);
        if (conn?.platform !== 'teams')
          throw new NotFoundError(`No Teams connection ${req.params.connectionId}`, 'chat_connection_not_found');
        const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (!teamsSignatureMatches(conn.secrets.outgoingSecret ?? '', raw, req.headers.authorization))
          throw new UnauthenticatedError("The HMAC signature does not match this Teams connection's outgoing webhook token");
        let json: unknown;
        try {
          json = JSON.parse(raw.toString('utf8'));
        } catch {
          throw new InputError('body: is not valid JSON', { field: 'body' }, 'invalid_json');
        }
        const parsed = TeamsActivity.safeParse(json);
        if (!parsed.success) {
          const field = parsed.error.issues[0].path.join('.') || 'body';
          throw new InputError(`${field}: ${parsed.error.issues[0].message}`, { field }, 'invalid_input');
        }
        const activity = parsed.data;
        if (!(await firstSeen(deps, conn.id, `activity:${activity.id}`)))
          throw new ConflictError('This Teams message was already handled (replayed)');
        const cmd = parseCommand(activity.text ?? '');
        const email = await senderEmail(deps, activity.from.name);
        const mentions: string[] = [];
        for (const name of cmd.mentions) {
          const m = await senderEmail(deps, name);
          if (m) mentions.push(m);
        }
        const channelId =
          activity.channelData?.teamsChannelId ?? activity.channelData?.channel?.id ?? activity.conversation.id.split(';')[0];
        const work = runCommand(deps, {
          connectionId: conn.id,
          channelId,
          userId: email ?? `aad:${activity.from.aadObjectId ?? activity.from.id}`,
          command: cmd.command,
          text: cmd.text,
          mentions,
        });
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => {
          timer = setTimeout(() => resolve('late'), ANSWER_WITHIN_MS);
        });
        const outcome: ChatOutcome | 'late' = await Promise.race([work, late]).finally(() => clearTimeout(timer));
        if (outcome === 'late') {
          work.catch((err) => req.log.error({ err }, 'Teams command failed after its answer'));
          return { type: 'message' as const, text: 'Firebreak is still working on this; the incident page will show the result.' };
        }
        if ('openDeclareForm' in outcome)
          return {
            type: 'message' as const,
            text: 'Teams has no forms for Firebreak: write “incident declare <title>” to declare, then set the severity with “incident severity <name>”.',
          };
        return replyActivity(outcome) as { type: 'message'; text: string; attachments?: Record<string, unknown>[] };
      },
    );
  };
}

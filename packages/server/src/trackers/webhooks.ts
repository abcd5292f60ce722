import type { TrackerKind } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { InputError, NotFoundError, UnauthenticatedError } from '../platform/errors.ts';
import { clients } from './clients.ts';
import { webhookSecretOf } from './credentials.ts';
import { getConnection } from './store.ts';
import { applyWebhook } from './sync.ts';

const WEBHOOK_BODY_LIMIT = 1024 * 1024;
const REPLAY_WINDOW_MS = 5 * 60_000;
const Params = z.object({ id: z.string().min(1).max(64) });
const Accepted = z.object({
  data: z.object({ handled: z.boolean().describe('Whether it changed (or confirmed) a follow-up pushed from here') }),
});

/**
 * Where trackers report issue changes: one URL per connection, no sign-in (`auth: 'public'`), the
 * tracker's own proof of the shared secret instead (GitHub X-Hub-Signature-256, GitLab X-Gitlab-Token,
 * Jira X-Hub-Signature, Linear Linear-Signature), checked over the raw body before it is parsed.
 */
export function trackerWebhookRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) => done(null, body));
    app.post(
      '/api/v1/trackers/:id/webhook',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['trackers'],
          summary: "A tracker's webhook: an issue pushed from here was closed or reopened (signed with the connection's webhook secret)",
          params: Params,
          response: { 200: Accepted },
        },
      },
      async (req) => {
        const row = await getConnection(reader(deps), req.params.id);
        if (!row) throw new NotFoundError(`No tracker ${req.params.id}`, 'tracker_not_found');
        const kind = row.kind as TrackerKind;
        const client = clients[kind];
        const secret = webhookSecretOf(deps, row);
        const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (!secret || !client.verify(secret, req.headers, raw))
          throw new UnauthenticatedError(
            secret
              ? "The webhook signature does not match this tracker connection's secret"
              : 'This tracker connection has no webhook secret; set one first',
          );
        let body: unknown;
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          throw new InputError('body: is not valid JSON', { field: 'body' }, 'invalid_json');
        }
        // Linear signs a timestamp into the body: an old signed event replayed later is refused.
        const sentAt = kind === 'linear' ? (body as { webhookTimestamp?: unknown } | null)?.webhookTimestamp : undefined;
        if (typeof sentAt === 'number' && Math.abs(deps.clock.now().getTime() - sentAt) > REPLAY_WINDOW_MS)
          throw new UnauthenticatedError('The webhook is too old (webhookTimestamp more than five minutes away)');
        const change = client.parse(req.headers, body);
        if (!change) return { data: { handled: false } };
        return { data: { handled: await applyWebhook(deps, row.id, kind, change) } };
      },
    );
  };
}

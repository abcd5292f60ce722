import { z } from 'zod';

/**
 * Public status page subscriptions (docs/status-page.md#subscribers). The same body comes from the
 * no-JavaScript form (`application/x-www-form-urlencoded`: `components` repeated, `scope=all|some`)
 * and from JSON clients (`components` an array; absent = everything). One of `email` or `webhook`.
 */
export const StatusSubscribeBody = z.strictObject({
  email: z.string().max(320).optional().describe('Subscribe this address by e-mail (a confirmation mail is sent first)'),
  webhook: z.string().max(2000).optional().describe('Subscribe this URL: Statuspage-style JSON is POSTed to it'),
  scope: z.enum(['all', 'some']).optional().describe('The form: everything, or only `components`'),
  components: z
    .union([z.string().max(100), z.array(z.string().max(100)).max(200)])
    .optional()
    .describe('Component ids; absent (JSON) or scope=all: every component'),
});
export type StatusSubscribeBody = z.infer<typeof StatusSubscribeBody>;

/** The manage page's form (and JSON): which components. */
export const StatusManageBody = StatusSubscribeBody.pick({ scope: true, components: true });

/** RFC 8058 one-click unsubscribe posts `List-Unsubscribe=One-Click`; the page's button posts nothing. */
export const StatusUnsubscribeBody = z.strictObject({ 'List-Unsubscribe': z.literal('One-Click').optional() }).optional();

export const StatusSubscribePending = z.object({
  data: z.object({ kind: z.literal('email'), status: z.literal('pending'), message: z.string() }),
});
export const StatusWebhookSubscribed = z.object({
  data: z.object({
    kind: z.literal('webhook'),
    id: z.string(),
    url: z.string(),
    components: z.array(z.string()).nullable(),
    secret: z.string().describe('Signs every request (Firebreak-Signature: v1=HMAC-SHA256(secret, "<timestamp>.<body>")); shown once'),
    manageUrl: z.string().describe('Change or remove the subscription (keep it: it is shown once)'),
  }),
});

export const StatusSubscriberView = z.object({
  id: z.string(),
  kind: z.enum(['email', 'webhook']),
  address: z.string(),
  components: z.array(z.string()).nullable().describe('Component ids; null: everything'),
  confirmed: z.boolean(),
  confirmedAt: z.string().nullable(),
  createdAt: z.string(),
  enabled: z.boolean().describe('Webhooks: false after repeated failed deliveries (or an admin turned it off); nothing is sent while off'),
  disabledAt: z.string().nullable(),
  disabledReason: z.string().nullable().describe('Why it was turned off'),
  failuresInARow: z.number().int().describe('Webhooks: deliveries given up in a row (each after every attempt failed)'),
});
export type StatusSubscriberView = z.infer<typeof StatusSubscriberView>;

export const UpdateStatusSubscriberBody = z
  .strictObject({ enabled: z.boolean().describe('Turn a webhook subscriber on again (or off)') })
  .meta({ examples: [{ enabled: true }] });

export const StatusSubscribersQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });
export const StatusSubscriberList = z.object({
  data: z.array(StatusSubscriberView),
  count: z.object({ total: z.number().int(), confirmed: z.number().int() }),
});

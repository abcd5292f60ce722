import { z } from 'zod';

/**
 * Validators of what Slack, Mattermost and Microsoft Teams accept at their incoming webhooks,
 * written from their published references (strict: an unknown field or a wrong type fails):
 * - Slack: Block Kit blocks (header, section, context, actions with link buttons, divider), text
 *   objects and their length limits; secondary message attachments (`color`, `blocks`, legacy fields).
 *   https://api.slack.com/reference/block-kit/blocks, …/composition-objects, …/block-elements#button,
 *   https://api.slack.com/reference/messaging/attachments
 * - Mattermost: the incoming webhook body and its Slack-compatible message attachments (`fallback`
 *   required). https://developers.mattermost.com/integrate/reference/message-attachments/
 * - Teams: the Workflows ("Post to a channel when a webhook request is received") body
 *   `{type:"message", attachments:[{contentType:"application/vnd.microsoft.card.adaptive", contentUrl, content}]}`
 *   with an Adaptive Card (schema 1.x; Teams renders up to 1.5): TextBlock, FactSet, Container,
 *   Action.OpenUrl. https://adaptivecards.io/explorer/ , https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference
 */

const httpUrl = z
  .string()
  .max(3000)
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), 'an http(s) URL');
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a #RRGGBB colour');

// ---- Slack ----
const plainText = (max: number) =>
  z.strictObject({ type: z.literal('plain_text'), text: z.string().min(1).max(max), emoji: z.boolean().optional() });
const mrkdwn = (max: number) =>
  z.strictObject({ type: z.literal('mrkdwn'), text: z.string().min(1).max(max), verbatim: z.boolean().optional() });
const textObject = (max: number) => z.discriminatedUnion('type', [plainText(max), mrkdwn(max)]);
const blockId = z.string().max(255).optional();
const slackButton = z.strictObject({
  type: z.literal('button'),
  text: plainText(75),
  action_id: z.string().max(255).optional(),
  url: httpUrl.optional(),
  value: z.string().max(2000).optional(),
  style: z.enum(['primary', 'danger']).optional(),
  accessibility_label: z.string().max(75).optional(),
});
const slackBlock = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('header'), text: plainText(150), block_id: blockId }),
  z
    .strictObject({
      type: z.literal('section'),
      text: textObject(3000).optional(),
      fields: z.array(textObject(2000)).min(1).max(10).optional(),
      accessory: slackButton.optional(),
      block_id: blockId,
    })
    .refine((b) => b.text || b.fields, 'a section needs text or fields'),
  z.strictObject({
    type: z.literal('context'),
    elements: z.array(textObject(3000)).min(1).max(10),
    block_id: blockId,
  }),
  z.strictObject({ type: z.literal('actions'), elements: z.array(slackButton).min(1).max(25), block_id: blockId }),
  z.strictObject({ type: z.literal('divider'), block_id: blockId }),
]);
const slackAttachment = z.strictObject({
  color: z.union([hexColor, z.enum(['good', 'warning', 'danger'])]).optional(),
  blocks: z.array(slackBlock).max(50).optional(),
  fallback: z.string().optional(),
  pretext: z.string().optional(),
  title: z.string().optional(),
  title_link: httpUrl.optional(),
  text: z.string().optional(),
  fields: z.array(z.strictObject({ title: z.string(), value: z.string(), short: z.boolean().optional() })).optional(),
  footer: z.string().optional(),
  ts: z.number().optional(),
});
export const SlackMessage = z
  .strictObject({
    text: z.string().max(40_000).optional(),
    blocks: z.array(slackBlock).max(50).optional(),
    attachments: z.array(slackAttachment).max(100).optional(),
    mrkdwn: z.boolean().optional(),
    unfurl_links: z.boolean().optional(),
    unfurl_media: z.boolean().optional(),
    thread_ts: z.string().optional(),
  })
  .refine((m) => m.text || m.blocks?.length || m.attachments?.length, 'a message needs text, blocks or attachments');

// ---- Mattermost ----
const mattermostAttachment = z.strictObject({
  fallback: z.string().min(1),
  color: hexColor.optional(),
  pretext: z.string().optional(),
  text: z.string().optional(),
  author_name: z.string().optional(),
  author_link: httpUrl.optional(),
  author_icon: httpUrl.optional(),
  title: z.string().optional(),
  title_link: httpUrl.optional(),
  fields: z.array(z.strictObject({ title: z.string(), value: z.string(), short: z.boolean().optional() })).optional(),
  image_url: httpUrl.optional(),
  thumb_url: httpUrl.optional(),
  footer: z.string().max(300).optional(),
  footer_icon: httpUrl.optional(),
});
/**
 * Interactive message buttons in a post's attachments (https://developers.mattermost.com/integrate/plugins/interactive-messages/):
 * `id` alphanumeric, `integration.url` where Mattermost POSTs the press with `context` echoed back.
 */
const mattermostAction = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9]+$/, 'an alphanumeric action id'),
  type: z.enum(['button', 'select']).optional(),
  name: z.string().min(1),
  style: z.enum(['default', 'primary', 'success', 'good', 'warning', 'danger']).optional(),
  integration: z.strictObject({ url: httpUrl, context: z.record(z.string(), z.unknown()).optional() }),
});
/** A message attachment in a REST API post's `props.attachments` (buttons allowed there, unlike incoming webhooks without them). */
export const MattermostPostAttachment = mattermostAttachment.extend({ actions: z.array(mattermostAction).max(25).optional() });

export const MattermostMessage = z
  .strictObject({
    text: z.string().max(16_383).optional(),
    channel: z.string().optional(),
    username: z.string().optional(),
    icon_url: httpUrl.optional(),
    icon_emoji: z.string().optional(),
    attachments: z.array(mattermostAttachment).optional(),
    props: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((m) => m.text || m.attachments?.length, 'a post needs text or attachments');

// ---- Microsoft Teams (Workflows webhook + Adaptive Card) ----
/** Adaptive Card enum values are case-insensitive. */
const oneOf = (...values: string[]) => z.string().refine((v) => values.includes(v.toLowerCase()), `one of ${values.join(', ')}`);
const spacing = oneOf('none', 'small', 'default', 'medium', 'large', 'extralarge', 'padding').optional();
const common = { id: z.string().optional(), spacing, separator: z.boolean().optional(), isVisible: z.boolean().optional() };
const textBlock = z.strictObject({
  type: z.literal('TextBlock'),
  text: z.string(),
  wrap: z.boolean().optional(),
  size: oneOf('default', 'small', 'medium', 'large', 'extralarge').optional(),
  weight: oneOf('default', 'lighter', 'bolder').optional(),
  color: oneOf('default', 'dark', 'light', 'accent', 'good', 'warning', 'attention').optional(),
  isSubtle: z.boolean().optional(),
  maxLines: z.number().int().min(1).optional(),
  horizontalAlignment: oneOf('left', 'center', 'right').optional(),
  ...common,
});
const factSet = z.strictObject({
  type: z.literal('FactSet'),
  facts: z.array(z.strictObject({ title: z.string(), value: z.string() })),
  ...common,
});
type CardElement = z.infer<typeof textBlock> | z.infer<typeof factSet> | { type: 'Container'; items: CardElement[] };
const cardElement: z.ZodType<CardElement> = z.lazy(() =>
  z.discriminatedUnion('type', [
    textBlock,
    factSet,
    z.strictObject({
      type: z.literal('Container'),
      items: z.array(cardElement),
      style: oneOf('default', 'emphasis', 'good', 'attention', 'warning', 'accent').optional(),
      bleed: z.boolean().optional(),
      ...common,
    }),
  ]),
) as z.ZodType<CardElement>;
const openUrl = z.strictObject({
  type: z.literal('Action.OpenUrl'),
  title: z.string().optional(),
  url: httpUrl,
  id: z.string().optional(),
  style: oneOf('default', 'positive', 'destructive').optional(),
});
export const AdaptiveCard = z.strictObject({
  $schema: z.literal('http://adaptivecards.io/schemas/adaptive-card.json').optional(),
  type: z.literal('AdaptiveCard'),
  version: z.string().regex(/^1\.[0-5]$/, 'a schema version Teams renders (1.0–1.5)'),
  body: z.array(cardElement).optional(),
  actions: z.array(openUrl).optional(),
  fallbackText: z.string().optional(),
  speak: z.string().optional(),
  lang: z.string().optional(),
  msteams: z.strictObject({ width: z.literal('Full').optional() }).optional(),
});
export const TeamsWorkflowsMessage = z.strictObject({
  type: z.literal('message'),
  attachments: z
    .array(
      z.strictObject({
        contentType: z.literal('application/vnd.microsoft.card.adaptive'),
        contentUrl: z.string().nullable().optional(),
        content: AdaptiveCard,
      }),
    )
    .min(1),
});

/** Parses a request body with a validator; throws with every issue (path and message) when it does not match. */
export function expectFormat(schema: z.ZodType, body: string): unknown {
  const parsed = schema.safeParse(JSON.parse(body));
  if (!parsed.success)
    throw new Error(
      `payload does not match the documented format:\n${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}\n${body}`,
    );
  return parsed.data;
}

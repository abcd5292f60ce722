import { z } from 'zod';
import { CursorParam } from '../schemas.ts';
import { ACTION_ADDRESSES, ACTION_HORIZONS, ACTION_PRIORITIES } from '../vocab.ts';
import { CHAT_IMPORT_MAX_TEXT, DEPTH_DECISIONS, RETRO_PREFILLS, RETRO_SECTION_KINDS } from './vocab.ts';

const Instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());
const Line = (max = 200) => z.string().trim().min(1).max(max);
const Text = (max: number) => z.string().max(max);
const UserRef = z.string().trim().min(1).max(320);

// ---- templates ----
export const TemplateSectionInput = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lowercase letters, digits and _ (max 40)'),
  title: Line(200),
  kind: z.enum(RETRO_SECTION_KINDS),
  prompt: Text(5_000).default(''),
  prefill: z.enum(RETRO_PREFILLS).default('none').describe('Which part of the ticket pre-fills the section'),
});
export const CreateTemplateBody = z.strictObject({
  name: Line(100),
  description: Text(2_000).default(''),
  sections: z.array(TemplateSectionInput).max(40).describe('At least one section'),
  isDefault: z.boolean().optional().describe('Drafted when nobody picks a template'),
  reviewRequired: z
    .boolean()
    .default(false)
    .describe('Retrospectives go through review before publishing (else an admin may publish a draft directly)'),
});
export const UpdateTemplateBody = z.strictObject({
  name: Line(100).optional(),
  description: Text(2_000).optional(),
  sections: z.array(TemplateSectionInput).max(40).optional(),
  isDefault: z.literal(true).optional().describe('Make this the default template'),
  reviewRequired: z.boolean().optional().describe('Retrospectives go through review before publishing'),
});

// ---- retrospectives ----
export const DraftRetroBody = z.strictObject({
  template: Line(64).optional().describe('Template id; defaults to the default template'),
});
export const TimelineItemInput = z.strictObject({
  id: z.string().max(64).optional().describe('Kept when editing an existing line'),
  at: Instant,
  text: Text(5_000),
  entryId: z.number().int().min(1).nullable().optional().describe('The timeline entry this line quotes'),
  milestone: z.string().max(40).nullable().optional(),
  internal: z
    .boolean()
    .optional()
    .describe(
      'false: keep this war-room excerpt as written (stakeholders see it); true: keep the line for responders. Rewording an internal excerpt always makes it retrospective text',
    ),
});
export const SaveSectionBody = z.strictObject({
  baseRevision: z.number().int().min(0).describe('The section revision this edit started from; a stale one answers 409 with both versions'),
  body: Text(200_000).optional(),
  items: z.array(TimelineItemInput).max(1_000).optional().describe('Timeline sections only: the excerpt lines'),
});
export const RetroStatusBody = z.strictObject({
  status: z.enum(['draft', 'in_review']),
  message: Text(2_000).optional(),
});
export const PublishBody = z.strictObject({
  confirm: z.boolean().default(false).describe('Publish even though the language review has open findings'),
  message: Text(2_000).optional(),
});

// ---- five whys ----
export const AddWhyBody = z.strictObject({
  parentId: z.string().max(64).nullable().default(null).describe('null starts a new chain at an immediate cause'),
  text: Line(5_000),
});
export const EditWhyBody = z.strictObject({ text: Line(5_000) });
export const FollowUpInput = z.strictObject({
  title: Line(300),
  description: Text(20_000).optional(),
  owner: UserRef.nullable().optional(),
  dueAt: Instant.nullable().optional(),
  priority: z.enum(ACTION_PRIORITIES).default('p2'),
  addresses: z.enum(ACTION_ADDRESSES).default('root_cause'),
  horizon: z.enum(ACTION_HORIZONS).default('long_term'),
});
export const WhyEndingBody = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('follow_up'),
    actionId: z.string().max(64).optional().describe('Link an existing follow-up of this incident…'),
    action: FollowUpInput.extend({ owner: UserRef }).optional().describe('…or create one (an owner is required)'),
  }),
  z.strictObject({ type: z.literal('accepted'), reason: Line(5_000).describe('Why the risk is accepted') }),
  z.strictObject({ type: z.literal('open') }).describe('Re-open the chain'),
]);

// ---- everyone's view ----
export const AnswerBody = z.strictObject({
  anonymous: z.boolean().default(false).describe('Anonymous answers never reveal their author to anyone, admins included'),
  whatHappened: Text(20_000).default(''),
  surprised: Text(20_000).default(''),
  stuck: Text(20_000).default(''),
  wouldHaveHelped: Text(20_000).default(''),
});

// ---- depth, meeting, share ----
export const DepthBody = z.strictObject({ decision: z.enum(DEPTH_DECISIONS), reason: Text(5_000).default('') });
export const MeetingBody = z.strictObject({
  startsAt: Instant,
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(8 * 60)
    .default(60),
  location: Text(500).default('').describe('Room or video link'),
  attendees: z.array(UserRef).max(200).default([]).describe('User ids or e-mails'),
});
export const MeetingNotesBody = z.strictObject({ baseRevision: z.number().int().min(0), notes: Text(200_000) });
export const ShareBody = z.strictObject({
  allowPrivate: z.boolean().default(false).describe('Admins only: share a retrospective of a private incident'),
});

// ---- follow-ups ----
export const ProposeFollowUpBody = FollowUpInput.extend({
  addresses: z.enum(ACTION_ADDRESSES).default('prevention'),
});
export const FollowUpQuery = z.object({
  owner: z.string().max(320).optional().describe('User id, e-mail, or "me"'),
  team: z.string().max(100).optional().describe('Team name or id: follow-ups owned by its members or on its services'),
  service: z.string().max(100).optional().describe('Service name or id'),
  overdue: z.enum(['true', 'false']).optional(),
  status: z.string().max(100).optional().describe('Comma-separated; default open,in_progress'),
  incident: z.string().max(64).optional(),
  fromRetro: z.enum(['true', 'false']).optional().describe('Only follow-ups proposed in a retrospective'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: CursorParam,
});

// ---- investigation aids ----
export const LanguageReviewBody = z.strictObject({ text: Text(200_000) });
export const SlackMessageInput = z.looseObject({
  type: z.string().max(50),
  ts: z.string().regex(/^\d{1,12}(\.\d{1,9})?$/, 'Slack ts like 1700000000.000100'),
  user: z.string().max(200).optional(),
  username: z.string().max(200).optional(),
  bot_id: z.string().max(200).optional(),
  text: z.string().max(CHAT_IMPORT_MAX_TEXT).optional(),
  thread_ts: z.string().max(40).optional(),
  subtype: z.string().max(100).optional(),
  user_profile: z
    .looseObject({
      real_name: z.string().max(300).optional(),
      display_name: z.string().max(300).optional(),
      name: z.string().max(300).optional(),
      email: z.string().max(320).optional(),
    })
    .optional(),
});
const SLACK_TS = /^\d{1,12}(\.\d{1,9})?$/;
const optString = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A fast check for large exports: it accepts only what SlackMessageInput accepts (never more), so a
 * "yes" skips the schema; on "no", ask the schema, which also explains what is wrong.
 */
export function looksLikeSlackMessage(m: unknown): m is z.output<typeof SlackMessageInput> {
  if (!isRecord(m) || typeof m.type !== 'string' || m.type.length > 50 || typeof m.ts !== 'string' || !SLACK_TS.test(m.ts)) return false;
  if (!optString(m.user, 200) || !optString(m.username, 200) || !optString(m.bot_id, 200) || !optString(m.text, CHAT_IMPORT_MAX_TEXT))
    return false;
  if (!optString(m.thread_ts, 40) || !optString(m.subtype, 100)) return false;
  const p = m.user_profile;
  if (p === undefined) return true;
  return isRecord(p) && optString(p.real_name, 300) && optString(p.display_name, 300) && optString(p.name, 300) && optString(p.email, 320);
}
export const SlackUserInput = z.looseObject({
  id: z.string().max(200),
  name: z.string().max(300).optional(),
  real_name: z.string().max(300).optional(),
  profile: z
    .looseObject({
      real_name: z.string().max(300).optional(),
      display_name: z.string().max(300).optional(),
      email: z.string().max(320).optional(),
    })
    .optional(),
});
export const ChatImportBody = z.discriminatedUnion('format', [
  z.strictObject({
    format: z.literal('slack'),
    channel: Text(200).optional(),
    messages: z.array(z.unknown()).describe('A Slack channel export: the messages of one or more day files, as Slack writes them'),
    users: z.array(z.unknown()).optional().describe("Slack's users.json, to name and match authors"),
  }),
  z.strictObject({
    format: z.literal('transcript'),
    text: z.string().describe('Lines like "[12:40] alice: text" or "[2026-03-01 12:40:05] alice: text"'),
    date: z.iso.date().optional().describe('Date for time-only lines; defaults to the day the incident was declared'),
    timezone: z.string().max(64).default('UTC').describe('IANA time zone of the transcript times, e.g. Europe/Berlin'),
  }),
]);
export const ThemesQuery = z.object({
  gapMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  bucketMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional()
    .describe('Defaults to a size giving about 12 buckets'),
  crowdThreshold: z.coerce.number().int().min(2).max(1000).default(8),
});

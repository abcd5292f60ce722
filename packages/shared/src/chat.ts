import { z } from 'zod';

/**
 * Chat-ops (server slice `chatops/`, docs/chat.md): the admin API over chat connections (Slack,
 * Mattermost, Microsoft Teams) and an incident's chat channels. Secrets are write-only: a view
 * names the secrets stored (`secretsSet`), never their values.
 *
 * Routes (all answer the error envelope on failure):
 * - `GET    /api/v1/chat/connections`             → `ChatConnectionListSchema` (`{ data }`), admins
 * - `POST   /api/v1/chat/connections`             `CreateChatConnectionBody` → 201 `ChatConnectionViewSchema`, admins
 * - `PATCH  /api/v1/chat/connections/{id}`        `UpdateChatConnectionBody` → `ChatConnectionViewSchema`, admins
 * - `DELETE /api/v1/chat/connections/{id}`        → 204, admins
 * - `POST   /api/v1/chat/connections/{id}/test`   → `ChatTestResultSchema`, admins
 * - `GET    /api/v1/incidents/{ref}/chat`         → `IncidentChatSchema`, who may read the incident
 * - `PUT    /api/v1/incidents/{ref}/chat`         `SetIncidentChatBody` → `IncidentChatSchema`, who may edit the incident
 * - `GET    /api/v1/teams/{team}/chat-channel`    → `TeamChatSchema`, everyone signed in
 * - `PUT    /api/v1/teams/{team}/chat-channel`    `SetTeamChatChannelBody` → `TeamChatSchema`, admins and responders
 * - `DELETE /api/v1/teams/{team}/chat-channel/{connection}` → `TeamChatSchema`, admins and responders
 */

export const CHAT_PLATFORM_IDS = ['slack', 'mattermost', 'teams'] as const;
export type ChatPlatformId = (typeof CHAT_PLATFORM_IDS)[number];
export const ChatPlatformSchema = z.enum(CHAT_PLATFORM_IDS);
export const CHAT_PLATFORM_LABEL: Record<ChatPlatformId, string> = { slack: 'Slack', mattermost: 'Mattermost', teams: 'Microsoft Teams' };

/** The secrets each platform needs, by name (all required when connecting). */
export const CHAT_SECRET_NAMES: Record<ChatPlatformId, readonly string[]> = {
  slack: ['botToken', 'signingSecret'],
  mattermost: ['baseUrl', 'botToken', 'commandToken', 'actionSecret'],
  teams: ['outgoingSecret', 'workflowUrl'],
};

/** What each secret is, for forms (labels and help). */
export const CHAT_SECRET_HELP: Record<string, { label: string; help: string }> = {
  botToken: { label: 'Bot token', help: 'Slack: the Bot User OAuth Token (xoxb-…); Mattermost: the bot account’s access token' },
  signingSecret: { label: 'Signing secret', help: 'Slack: Basic Information → App Credentials → Signing Secret' },
  baseUrl: { label: 'Server URL', help: 'Mattermost: the address of your server, e.g. https://chat.example.com' },
  commandToken: {
    label: 'Slash command token',
    help: 'Mattermost: the token shown when the slash command is created; with an /oncall command or an outgoing webhook, all their tokens separated by spaces (each is accepted)',
  },
  actionSecret: {
    label: 'Action secret',
    help: 'Mattermost: any long random string; Firebreak signs its buttons and declare form with it',
  },
  outgoingSecret: { label: 'Outgoing webhook secret', help: 'Teams: the security token shown once when the outgoing webhook is created' },
  workflowUrl: {
    label: 'Workflows webhook URL',
    help: 'Teams: the URL of the “Post to a channel when a webhook request is received” workflow',
  },
};

/**
 * The longest channel name each platform accepts: Slack 80, Mattermost 64 (its channel `name` and
 * `display_name`), Teams 50 (Firebreak makes no Teams channels; kept for completeness).
 */
export const CHAT_CHANNEL_NAME_MAX: Record<ChatPlatformId, number> = { slack: 80, mattermost: 64, teams: 50 };

const trimEnd = (s: string) => s.replace(/[-_]+$/, '');

/**
 * The incident channel's name from a pattern (the server names channels with it; the settings page
 * previews it): `{ref}` inc-42, `{slug}` the title's words (at most 40 characters), `{date}` the day it
 * was declared (yyyy-mm-dd); lower-case letters, digits, - and _, at most `maxLength` characters (the
 * platform's limit, `CHAT_CHANNEL_NAME_MAX`), never ending in - or _.
 */
export function channelNameFor(
  pattern: string,
  incident: { number: number; title: string; declaredAt: string },
  maxLength: number = CHAT_CHANNEL_NAME_MAX.slack,
): string {
  const slug = trimEnd(
    incident.title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40),
  );
  const name = pattern
    .replaceAll('{ref}', `inc-${incident.number}`)
    .replaceAll('{slug}', slug)
    .replaceAll('{date}', incident.declaredAt.slice(0, 10))
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return trimEnd((name || `inc-${incident.number}`).slice(0, maxLength));
}

/** The n-th name to try when `name` is taken (n ≥ 2: `name-n`), within the same length limit. */
export const channelNameWithSuffix = (name: string, n: number, maxLength: number = CHAT_CHANNEL_NAME_MAX.slack): string =>
  n === 1 ? name : `${trimEnd(name.slice(0, maxLength - `-${n}`.length))}-${n}`;

const CHANNEL_TOKENS = ['{ref}', '{slug}', '{date}'];

export const ChatSettingsSchema = z.strictObject({
  commandName: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'must be lower-case letters, digits, - or _ (without the slash), at most 32')
    .describe('The slash command’s name without the slash, e.g. incident'),
  channelPattern: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .refine((p) => p.includes('{ref}'), 'must contain {ref}, so every incident gets its own channel')
    .refine(
      (p) => /^[a-z0-9_{}-]+$/.test(p) && (p.match(/\{[^}]*\}/g) ?? []).every((t) => CHANNEL_TOKENS.includes(t)),
      'may use lower-case letters, digits, - and _ and the placeholders {ref}, {slug}, {date}',
    )
    .describe('Incident channel name: {ref} (inc-42), {slug} (title words), {date} (yyyy-mm-dd)'),
  announcementsChannel: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .nullable()
    .describe('Channel id where declarations and stakeholder updates are announced; null: none'),
  archiveOnClose: z.boolean().describe('Archive the incident channel when the incident closes'),
  mirrorByDefault: z.boolean().describe('New incident channels mirror their messages to the timeline unless switched off per incident'),
  pinEmoji: z
    .string()
    .trim()
    .regex(/^[a-z0-9_+-]{1,50}$/, 'must be a reaction name without colons, e.g. pushpin')
    .describe('Reaction that pins a message to the timeline as a key moment'),
});
export type ChatSettingsInput = z.infer<typeof ChatSettingsSchema>;

export const DEFAULT_CHAT_SETTINGS: ChatSettingsInput = {
  commandName: 'incident',
  channelPattern: '{ref}-{slug}',
  announcementsChannel: null,
  archiveOnClose: true,
  mirrorByDefault: true,
  pinEmoji: 'pushpin',
};

const Name = z.string().trim().min(1).max(100);
const ExternalTeamId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .nullable()
  .describe('The workspace (Slack team_id T…) or team (Mattermost team_id) inbound requests must name; null: the only one');
const ApiBaseUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(500)
  .transform((u) => u.replace(/\/+$/, ''))
  .nullable()
  .describe("The platform API's base URL; null (default) for the real one");
const SecretValue = z.string().trim().min(1).max(2000);
const Secrets = z.record(z.string().regex(/^[A-Za-z]{1,40}$/), SecretValue);

export const CreateChatConnectionBody = z
  .strictObject({
    platform: ChatPlatformSchema,
    name: Name,
    externalTeamId: ExternalTeamId.optional(),
    secrets: Secrets.describe('Every secret the platform needs (see CHAT_SECRET_NAMES); write-only'),
    settings: ChatSettingsSchema.partial().optional(),
    apiBaseUrl: ApiBaseUrl.optional(),
  })
  .superRefine((b, ctx) => {
    const names = CHAT_SECRET_NAMES[b.platform];
    for (const n of names)
      if (!b.secrets[n]) ctx.addIssue({ code: 'custom', path: ['secrets', n], message: `${CHAT_PLATFORM_LABEL[b.platform]} needs ${n}` });
    for (const n of Object.keys(b.secrets))
      if (!names.includes(n))
        ctx.addIssue({
          code: 'custom',
          path: ['secrets', n],
          message: `${CHAT_PLATFORM_LABEL[b.platform]} has no secret ${n}; expected ${names.join(', ')}`,
        });
  });
export type CreateChatConnectionBody = z.infer<typeof CreateChatConnectionBody>;

/** Changes; given secrets replace the stored ones (the platform's names only), others stay. */
export const UpdateChatConnectionBody = z.strictObject({
  name: Name.optional(),
  externalTeamId: ExternalTeamId.optional(),
  secrets: Secrets.optional(),
  settings: ChatSettingsSchema.partial().optional(),
  apiBaseUrl: ApiBaseUrl.optional(),
});
export type UpdateChatConnectionBody = z.infer<typeof UpdateChatConnectionBody>;

export const ChatTestResultSchema = z.object({ ok: z.boolean(), message: z.string(), at: z.string() });
export type ChatTestResult = z.infer<typeof ChatTestResultSchema>;

export const ChatConnectionViewSchema = z.object({
  id: z.string(),
  platform: ChatPlatformSchema,
  name: z.string(),
  externalTeamId: z.string().nullable(),
  settings: ChatSettingsSchema,
  apiBaseUrl: z.string().nullable(),
  /** Names of the secrets stored, never their values. */
  secretsSet: z.array(z.string()),
  lastTest: ChatTestResultSchema.nullable(),
  /** The URLs an admin pastes into the platform's app settings. */
  endpoints: z.array(z.object({ label: z.string(), url: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ChatConnectionView = z.infer<typeof ChatConnectionViewSchema>;

export const ChatConnectionListSchema = z.object({ data: z.array(ChatConnectionViewSchema) });

export const IncidentChatChannelSchema = z.object({
  connectionId: z.string(),
  platform: ChatPlatformSchema,
  channelId: z.string(),
  channelName: z.string(),
  mirror: z.boolean(),
  archivedAt: z.string().nullable(),
});
export const IncidentChatSchema = z.object({ channels: z.array(IncidentChatChannelSchema) });
export type IncidentChatView = z.infer<typeof IncidentChatSchema>;

/** Mirroring of the incident's channels to its timeline, on or off. */
export const SetIncidentChatBody = z.strictObject({ mirror: z.boolean() });

/** Where a team's on-call handovers are posted: one channel per chat connection. */
export const TeamChatChannelSchema = z.object({
  connectionId: z.string(),
  platform: ChatPlatformSchema,
  connectionName: z.string(),
  channelId: z
    .string()
    .describe("The platform's channel id; empty on a platform without channels (Teams posts to its Workflows destination)"),
  updatedAt: z.string(),
});
/** A connection a team's channel can be set on, with whether its platform has channels to choose (Teams: no). */
export const TeamChatConnectionSchema = z.object({
  id: z.string(),
  platform: ChatPlatformSchema,
  name: z.string(),
  channels: z.boolean(),
});
export const TeamChatSchema = z.object({
  channels: z.array(TeamChatChannelSchema),
  /** The connections a channel can be set on; empty for people who may not set one. */
  connections: z.array(TeamChatConnectionSchema),
  abilities: z.object({ manage: z.boolean() }),
});
export type TeamChatView = z.infer<typeof TeamChatSchema>;
export const SetTeamChatChannelBody = z.strictObject({
  connectionId: z.string().trim().min(1).max(64),
  channelId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\s]+$/, 'a channel id has no spaces (Slack C0123…, a Mattermost channel id)')
    .optional()
    .describe("The platform's channel id; required on platforms with channels (Slack, Mattermost), left out for Teams"),
});
export type SetTeamChatChannelBody = z.infer<typeof SetTeamChatChannelBody>;
export const DeleteTeamChatChannelQuery = z.strictObject({ connectionId: z.string().trim().min(1).max(64) });

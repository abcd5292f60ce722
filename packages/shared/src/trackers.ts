import { z } from 'zod';
import { TRACKER_KINDS } from './vocab.ts';

/**
 * Follow-ups pushed to a team's own tracker (server slice `trackers/`, docs/trackers.md): the
 * connections a team keeps, and the link between a follow-up and the issue it became there.
 */

const Line = (max = 200) => z.string().trim().min(1).max(max);
const HttpUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(500)
  .transform((u) => u.replace(/\/+$/, ''));
const Secret = z.string().trim().min(8).max(2000);
const WebhookSecret = Secret.optional().describe(
  'The secret the tracker signs its webhooks with. GitHub, GitLab and Jira: leave out and Firebreak makes one (shown once); Linear: paste the signing secret Linear shows for the webhook',
);

export const CreateTrackerBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('github'),
    owner: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'must be a GitHub user or organisation name'),
    repo: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be a repository name'),
    token: Secret.describe('A fine-grained token with Issues: read and write on the repository'),
    apiUrl: HttpUrl.optional().describe(
      'GitHub Enterprise Server API base, e.g. https://ghe.example.com/api/v3 (default https://api.github.com)',
    ),
    webhookSecret: WebhookSecret,
  }),
  z.strictObject({
    kind: z.literal('gitlab'),
    baseUrl: HttpUrl.describe('e.g. https://gitlab.com or https://gitlab.example.com'),
    projectId: z.string().regex(/^[1-9][0-9]{0,18}$/, 'must be the numeric project id'),
    token: Secret.describe('A project or personal access token with the api scope'),
    webhookSecret: WebhookSecret,
  }),
  z.strictObject({
    kind: z.literal('jira'),
    siteUrl: HttpUrl.describe('e.g. https://acme.atlassian.net'),
    email: z.email().max(320).describe('The Atlassian account the API token belongs to'),
    token: Secret.describe('An Atlassian API token'),
    projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,49}$/, 'must be a Jira project key, e.g. OPS'),
    issueType: Line(100).default('Task'),
    webhookSecret: WebhookSecret,
  }),
  z.strictObject({
    kind: z.literal('linear'),
    teamId: z.uuid('must be the Linear team id (a UUID)'),
    token: Secret.describe('A Linear personal API key'),
    apiUrl: HttpUrl.optional().describe('Default https://api.linear.app/graphql'),
    webhookSecret: WebhookSecret,
  }),
]);
export type CreateTrackerBody = z.infer<typeof CreateTrackerBody>;

/** New credentials (the old ones are replaced, never shown); null removes the webhook secret. */
export const UpdateTrackerBody = z.strictObject({
  token: Secret.optional(),
  webhookSecret: Secret.nullable().optional(),
});

export const PushFollowUpBody = z.strictObject({
  tracker: z.string().min(1).max(64).describe('Id of the tracker connection'),
  confirmPrivate: z
    .boolean()
    .optional()
    .describe('Required for a follow-up of a private incident: only its title and a link back leave Firebreak'),
});

export const TrackerSchema = z.object({
  id: z.string(),
  team: z.object({ id: z.string(), name: z.string() }),
  kind: z.enum(TRACKER_KINDS),
  /** Where issues go, e.g. acme/api, gitlab.com project 42, OPS on acme.atlassian.net. */
  target: z.string(),
  settings: z.record(z.string(), z.string()).describe('The non-secret fields the connection was made with'),
  tokenLast4: z.string().describe('The last four characters of the credential; the credential itself is never shown again'),
  webhookUrl: z.string().describe('Where the tracker sends its webhooks'),
  hasWebhookSecret: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ manage: z.boolean() }),
});
export type TrackerView = z.infer<typeof TrackerSchema>;
/** Create answers a webhook secret Firebreak made once; it is stored encrypted and never shown again. */
export const TrackerCreatedSchema = TrackerSchema.extend({ webhookSecret: z.string().nullable() });

export const TrackerTestSchema = z.object({
  ok: z.boolean(),
  status: z.number().int().nullable().describe('HTTP status the tracker answered, null if it could not be reached'),
  message: z.string(),
});

export const TRACKER_LINK_STATES = ['pending', 'created', 'failed'] as const;
export const TrackerLinkSchema = z.object({
  actionId: z.string(),
  trackerId: z.string(),
  kind: z.enum(TRACKER_KINDS),
  state: z.enum(TRACKER_LINK_STATES).describe('pending: the job is creating it; failed: it gave up (see error)'),
  key: z.string().nullable().describe('e.g. #12, OPS-7, ENG-42'),
  url: z.string().nullable(),
  externalStatus: z.enum(['open', 'closed']).nullable(),
  error: z.string().nullable(),
  requestedAt: z.string(),
  syncedAt: z.string().nullable(),
});
export type TrackerLinkView = z.infer<typeof TrackerLinkSchema>;

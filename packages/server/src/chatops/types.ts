/**
 * The contract between the chat-ops core (`chatops/*.ts`: connections, commands, incident channels,
 * mirroring, outbound jobs) and the platform adapters (`chatops/slack/`, `chatops/mattermost/`,
 * `chatops/teams/`: inbound verification and parsing, the platform's API client, rendering).
 *
 * The core never speaks a platform's wire format; an adapter never writes a table. An adapter
 * authenticates an inbound request, turns it into one of the core's inputs (`ChatInvocation`, a
 * declaration, a message to mirror, a pin, a button press) and renders the core's answer
 * (`ChatReply`, `ChatMessage`) in its platform's format. Everything the core sends to a platform
 * goes through the job queue and an adapter's `ChatClient`.
 */

export const CHAT_PLATFORMS = ['slack', 'mattermost', 'teams'] as const;
export type ChatPlatform = (typeof CHAT_PLATFORMS)[number];

/** A button on a message; pressing it comes back to the core as a `ChatButtonPress`. */
export type ChatButton = { actionId: string; label: string; value: string; style?: 'primary' | 'danger' };

/** A message in platform-neutral form; each adapter renders it (Block Kit, attachments, Adaptive Card). */
export type ChatMessage = {
  /** One line: the notification text and the fallback where the rich form is not shown. */
  text: string;
  title?: string;
  /** Plain text paragraphs; adapters escape it for their markup. */
  body?: string;
  fields?: { label: string; value: string }[];
  link?: { label: string; url: string };
  buttons?: ChatButton[];
  /** Small print under the message. */
  context?: string;
};

/** What a command answers: `ephemeral` only the person who typed it sees. */
export type ChatReply = { visibility: 'ephemeral' | 'channel'; message: ChatMessage };

/** `runCommand`'s answer: a reply, or (for `declare` where the platform has forms) "open the declare form". */
export type ChatOutcome = ChatReply | { openDeclareForm: { title: string } };

/** What a platform's API lets Firebreak do (Teams' Workflows webhook can only post). */
export type ChatCapabilities = { channels: boolean; modals: boolean };

/** Settings an admin chooses per connection (defaults in the core). */
export type ChatSettings = {
  /** The slash command's name without the slash, e.g. `incident`. */
  commandName: string;
  /** Incident channel name pattern: `{ref}` (inc-42), `{slug}` (title words), `{date}` (yyyy-mm-dd). */
  channelPattern: string;
  /** Channel id where declarations and stakeholder updates are announced; null: none. */
  announcementsChannel: string | null;
  archiveOnClose: boolean;
  /** New incident channels mirror their messages to the timeline unless switched off per incident. */
  mirrorByDefault: boolean;
  /** Reaction name (without colons) that pins a message to the timeline as a key moment. */
  pinEmoji: string;
};

/** A connection as adapters see it, secrets unsealed. Secrets are never presented by any route. */
export type ChatConnection = {
  id: string;
  platform: ChatPlatform;
  name: string;
  /** The workspace / team inbound requests must name (Slack `team_id`, Mattermost `team_id`); null for Teams. */
  externalTeamId: string | null;
  /** Per platform: slack {botToken, signingSecret}; mattermost {baseUrl, botToken, commandToken, actionSecret};
   *  teams {outgoingSecret, workflowUrl}. */
  secrets: Record<string, string>;
  settings: ChatSettings;
  /** Tests point clients at fakes: the platform's API base URL, or null for the real one. */
  apiBaseUrl: string | null;
};

/** The platform's API as the core uses it. Implemented once per platform over `fetch`. */
export interface ChatClient {
  readonly capabilities: ChatCapabilities;
  /** Checks the credentials; answers a human-readable line ("Connected to Acme as @firebreak"). */
  test(): Promise<string>;
  createChannel(name: string, opts: { private: boolean }): Promise<{ id: string; name: string }>;
  invite(channelId: string, userIds: string[]): Promise<void>;
  setTopic(channelId: string, topic: string): Promise<void>;
  /** `channelId` null: the connection's only destination (Teams' Workflows webhook). */
  post(channelId: string | null, message: ChatMessage): Promise<{ messageId: string | null }>;
  archive(channelId: string): Promise<void>;
  userIdByEmail(email: string): Promise<string | null>;
  emailOfUser(userId: string): Promise<string | null>;
  /** Answers an interaction later (Slack/Mattermost `response_url`); absent where the platform has none. */
  respond?(responseUrl: string, reply: ChatReply): Promise<void>;
}

/**
 * Thrown by `ChatClient`s. `retryAfterMs` comes from a 429's `Retry-After`; `permanent` marks answers
 * retrying cannot fix (bad token, channel not found), which end the job instead of retrying it.
 */
export class ChatApiError extends Error {
  readonly retryAfterMs: number | undefined;
  readonly permanent: boolean;
  readonly code: string | undefined;
  constructor(message: string, opts: { retryAfterMs?: number; permanent?: boolean; code?: string } = {}) {
    super(message);
    this.name = 'ChatApiError';
    this.retryAfterMs = opts.retryAfterMs;
    this.permanent = opts.permanent ?? false;
    this.code = opts.code;
  }
}

/** A command typed in chat, after the adapter verified the request. */
export type ChatInvocation = {
  connectionId: string;
  channelId: string;
  /** The platform's user id; the core maps it to a Firebreak account by e-mail (`ChatClient.emailOfUser`). */
  userId: string;
  /** Which command: the incident command or `/oncall`. */
  command: 'incident' | 'oncall';
  /** Everything after the command name, e.g. `severity SEV1` or `role commander @ana`. */
  text: string;
  /** Mentions the adapter resolved from the text (`@ana` → platform user id), in order. */
  mentions: string[];
};

/** What the declare form (Slack modal, Mattermost dialog) submits. */
export type ChatDeclaration = {
  connectionId: string;
  userId: string;
  /** Channel the form was opened from: the answer goes there. */
  channelId: string | null;
  title: string;
  severity: string | null;
  services: string[];
  private: boolean;
  report: string;
};

/** A message seen in a channel (Slack Events API `message`, Mattermost outgoing webhook / post). */
export type ChatChannelMessage = {
  connectionId: string;
  channelId: string;
  userId: string;
  messageId: string;
  text: string;
  at: string;
};

/** A button pressed on a message the core posted (`ChatButton.actionId` + value). */
export type ChatButtonPress = { connectionId: string; channelId: string | null; userId: string; actionId: string; value: string };

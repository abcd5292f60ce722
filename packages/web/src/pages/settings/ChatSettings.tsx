import {
  CHAT_CHANNEL_NAME_MAX,
  CHAT_PLATFORM_IDS,
  CHAT_PLATFORM_LABEL,
  CHAT_SECRET_HELP,
  CHAT_SECRET_NAMES,
  ChatSettingsSchema,
  channelNameFor,
  DEFAULT_CHAT_SETTINGS,
} from '@firebreak/shared';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBrandSlack, IconCheck, IconPlug, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import {
  type ChatConnectionView,
  type ChatPlatform,
  type ChatSettings as ChatSettingsValues,
  type ChatTestResult,
  chatKeys,
  createChatConnection,
  deleteChatConnection,
  testChatConnection,
  updateChatConnection,
  useChatConnections,
} from '../../api/chat.ts';
import { ApiError } from '../../api/client.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { Time } from '../../components/Time.tsx';

const PLATFORM_LABEL = CHAT_PLATFORM_LABEL;
const PLATFORMS = CHAT_PLATFORM_IDS;

type SecretDef = { name: string; label: string; description: string; placeholder?: string; url?: boolean; generate?: boolean };

/** What each platform needs (the server checks the same; see docs/chat.md for where to find each). */
const SECRETS: Record<ChatPlatform, SecretDef[]> = {
  slack: [
    {
      name: 'botToken',
      label: 'Bot token',
      description: 'Starts with xoxb-: OAuth & Permissions → Bot User OAuth Token.',
      placeholder: 'xoxb-…',
    },
    { name: 'signingSecret', label: 'Signing secret', description: 'Basic Information → App Credentials → Signing Secret.' },
  ],
  mattermost: [
    {
      name: 'baseUrl',
      label: 'Mattermost URL',
      description: 'The address people open Mattermost at.',
      placeholder: 'https://chat.example.com',
      url: true,
    },
    { name: 'botToken', label: 'Bot access token', description: 'Integrations → Bot Accounts → the bot’s access token.' },
    {
      name: 'commandToken',
      label: 'Slash command token',
      description:
        'Shown by Mattermost when you create the slash command. With an /oncall command or an outgoing webhook (for mirroring), paste all their tokens separated by spaces; each is accepted.',
    },
    {
      name: 'actionSecret',
      label: 'Button secret',
      description:
        'Any long random string: Firebreak signs its message buttons and the declare form with it and checks it when they come back.',
      generate: true,
    },
  ],
  teams: [
    {
      name: 'outgoingSecret',
      label: 'Outgoing webhook security token',
      description: 'Shown once by Teams when you create the outgoing webhook (Manage team → Apps).',
    },
    {
      name: 'workflowUrl',
      label: 'Workflows webhook URL',
      description: 'From the “Post to a channel when a webhook request is received” workflow: where announcements and updates go.',
      placeholder: 'https://…logic.azure.com/…',
      url: true,
    },
  ],
};

/** The secrets a platform needs, in the server's list (CHAT_SECRET_NAMES), with this page's help where it has its own. */
const secretsOf = (platform: ChatPlatform): SecretDef[] =>
  CHAT_SECRET_NAMES[platform].map(
    (n) =>
      SECRETS[platform].find((d) => d.name === n) ?? {
        name: n,
        label: CHAT_SECRET_HELP[n]?.label ?? n,
        description: CHAT_SECRET_HELP[n]?.help ?? '',
      },
  );

const TEAM_ID: Record<ChatPlatform, { label: string; description: string; placeholder: string } | null> = {
  slack: {
    label: 'Workspace id',
    description: 'Slack’s team_id, the T… in app.slack.com/client/T…; may stay empty while this is your only Slack workspace.',
    placeholder: 'T0123ABCD',
  },
  mattermost: {
    label: 'Team id',
    description: 'System Console → Teams → the team’s id (26 letters and digits); may stay empty while this is your only Mattermost team.',
    placeholder: 'zk8m4…',
  },
  teams: null,
};

const DEFAULTS: ChatSettingsValues = DEFAULT_CHAT_SETTINGS;

/** The example the channel name preview shows: INC-42 “Checkout returns 500 for EU customers”. */
const EXAMPLE_INCIDENT = { number: 42, title: 'Checkout returns 500 for EU customers' };

/** What the pattern makes of the example incident (INC-42, declared today): the server's own rule, within the platform's length limit. */
const channelNamePreview = (pattern: string, platform: ChatPlatform) =>
  channelNameFor(pattern, { ...EXAMPLE_INCIDENT, declaredAt: new Date().toISOString() }, CHAT_CHANNEL_NAME_MAX[platform]);

const randomSecret = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

/** The field an API error names, with its `body.` prefix gone: `secrets.botToken`, `settings.channelPattern`, `name`. */
const fieldOf = (error: unknown) => (error instanceof ApiError ? error.field : undefined);

function SecretField({
  def,
  isSet,
  value,
  onChange,
  error,
}: {
  def: SecretDef;
  isSet: boolean;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  error?: string;
}) {
  const replaceButton = useRef<HTMLButtonElement>(null);
  if (isSet && value === undefined) {
    return (
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {def.label}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" span className="fb-nowrap">
            <IconCheck size={14} aria-hidden style={{ verticalAlign: -2 }} /> set
          </Text>
          <Button
            ref={replaceButton}
            size="compact-xs"
            variant="default"
            onClick={() => onChange('')}
            aria-label={`Replace ${def.label.toLowerCase()}`}
          >
            Replace
          </Button>
        </Group>
        {error && (
          <Text size="xs" role="alert" className="fb-inline-error">
            {error}
          </Text>
        )}
      </Stack>
    );
  }
  const Input = def.url ? TextInput : PasswordInput;
  return (
    <Stack gap={4}>
      <Input
        label={isSet ? `New ${def.label.charAt(0).toLowerCase()}${def.label.slice(1)}` : def.label}
        description={def.description}
        placeholder={def.placeholder}
        required
        type={def.url ? 'url' : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus={isSet}
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
      />
      {(def.generate || isSet) && (
        <Group gap="xs">
          {def.generate && (
            <Button size="compact-xs" variant="light" onClick={() => onChange(randomSecret())}>
              Generate a random one
            </Button>
          )}
          {isSet && (
            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => onChange(undefined)}>
              Keep the current one
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

/** Connect a platform (no `connection`) or edit one; secrets are write-only: once set, only "set" and Replace. */
function ConnectionForm({
  platform,
  connection,
  onClose,
  onSaved,
}: {
  platform: ChatPlatform;
  connection?: ChatConnectionView;
  onClose: () => void;
  onSaved: (c: ChatConnectionView) => void;
}) {
  const qc = useQueryClient();
  const initial = connection?.settings ?? DEFAULTS;
  const [name, setName] = useState(connection?.name ?? '');
  const [teamId, setTeamId] = useState(connection?.externalTeamId ?? '');
  const [secrets, setSecrets] = useState<Record<string, string | undefined>>({});
  const [commandName, setCommandName] = useState(initial.commandName);
  const [channelPattern, setChannelPattern] = useState(initial.channelPattern);
  const [announcements, setAnnouncements] = useState(initial.announcementsChannel ?? '');
  const [archiveOnClose, setArchiveOnClose] = useState(initial.archiveOnClose);
  const [mirrorByDefault, setMirrorByDefault] = useState(initial.mirrorByDefault);
  const [pinEmoji, setPinEmoji] = useState(initial.pinEmoji);
  const [apiBaseUrl, setApiBaseUrl] = useState(connection?.apiBaseUrl ?? '');
  const channels = platform !== 'teams';
  const save = useMutation({
    mutationFn: () => {
      const given: Record<string, string> = {};
      for (const d of secretsOf(platform)) {
        const v = secrets[d.name]?.trim();
        if (v) given[d.name] = v;
      }
      const settings: Partial<ChatSettingsValues> = channels
        ? {
            commandName: commandName.trim().replace(/^\//, ''),
            channelPattern: channelPattern.trim(),
            announcementsChannel: announcements.trim() || null,
            archiveOnClose,
            mirrorByDefault,
            pinEmoji: pinEmoji.trim().replace(/^:|:$/g, ''),
          }
        : {};
      const common = {
        name: name.trim(),
        ...(TEAM_ID[platform] ? { externalTeamId: teamId.trim() || null } : {}),
        ...(channels ? { settings } : {}),
        ...(platform === 'slack' ? { apiBaseUrl: apiBaseUrl.trim() || null } : {}),
      };
      if (connection) return updateChatConnection(connection.id, { ...common, ...(Object.keys(given).length ? { secrets: given } : {}) });
      return createChatConnection({ platform, ...common, secrets: given });
    },
    onSuccess: (c) => {
      void qc.invalidateQueries({ queryKey: chatKeys.connections });
      onSaved(c);
    },
  });
  const field = fieldOf(save.error);
  const shown = new Set<string>();
  const err = (f: string) => {
    if (field !== f) return undefined;
    shown.add(f);
    // Next to its field the message needs no "body.settings.pinEmoji: " in front.
    return (save.error as Error).message.replace(/^[\w.]+: /, '');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const teamDef = TEAM_ID[platform];
  const preview = channelNamePreview(channelPattern, platform);
  // The server's own rule, checked as the admin types (zod is already loaded with the settings page).
  const patternCheck = ChatSettingsSchema.shape.channelPattern.safeParse(channelPattern);
  const patternProblem = patternCheck.success ? undefined : patternCheck.error.issues[0]?.message;
  const body = (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label="Name"
          description="How Firebreak names this connection, e.g. the workspace’s name."
          required
          data-autofocus
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={err('name')}
        />
        {teamDef && (
          <TextInput
            label={teamDef.label}
            description={teamDef.description}
            placeholder={teamDef.placeholder}
            spellCheck={false}
            value={teamId}
            onChange={(e) => setTeamId(e.currentTarget.value)}
            error={err('externalTeamId')}
          />
        )}
        <Title order={3} size="h6" mt="xs">
          Credentials
        </Title>
        <Text size="xs" c="dimmed" mt={-8}>
          Stored encrypted. Once saved they are never shown again, here or anywhere: only that they are set.
        </Text>
        {secretsOf(platform).map((d) => (
          <SecretField
            key={d.name}
            def={d}
            isSet={!!connection?.secretsSet.includes(d.name)}
            value={secrets[d.name]}
            onChange={(v) => setSecrets({ ...secrets, [d.name]: v })}
            error={err(`secrets.${d.name}`) ?? err('secrets')}
          />
        ))}
        {platform === 'slack' && (
          <TextInput
            label="Slack API address (optional)"
            description="Only for a proxy or a test double; leave empty for slack.com."
            type="url"
            spellCheck={false}
            value={apiBaseUrl}
            onChange={(e) => setApiBaseUrl(e.currentTarget.value)}
            error={err('apiBaseUrl')}
          />
        )}
        {channels ? (
          <>
            <Title order={3} size="h6" mt="xs">
              Commands and incident channels
            </Title>
            <TextInput
              label="Command name"
              description="The slash command people type; it must match the command set up in the app."
              leftSection={<span aria-hidden>/</span>}
              required
              spellCheck={false}
              value={commandName}
              onChange={(e) => setCommandName(e.currentTarget.value)}
              error={err('settings.commandName')}
            />
            <TextInput
              label="Channel name pattern"
              description={
                <>
                  {'{ref}'} is the incident (inc-42), {'{slug}'} its title’s words, {'{date}'} the day it was declared.
                  <br />
                  <span id="channel-preview" style={{ overflowWrap: 'anywhere' }}>
                    INC-42 “{EXAMPLE_INCIDENT.title}” gets <strong className="fb-mono">#{preview}</strong>
                  </span>
                </>
              }
              required
              spellCheck={false}
              value={channelPattern}
              onChange={(e) => setChannelPattern(e.currentTarget.value)}
              error={err('settings.channelPattern') ?? patternProblem}
            />
            <TextInput
              label="Announcements channel id (optional)"
              description="Declarations and stakeholder updates are posted there, never the war-room talk. Empty: none."
              placeholder={platform === 'slack' ? 'C0123ABCD' : 'channel id'}
              spellCheck={false}
              value={announcements}
              onChange={(e) => setAnnouncements(e.currentTarget.value)}
              error={err('settings.announcementsChannel')}
            />
            <TextInput
              label="Pin emoji"
              description="Reacting with it to a message in an incident channel adds the message to the timeline as a key moment."
              leftSection={<span aria-hidden>:</span>}
              rightSection={<span aria-hidden>:</span>}
              required
              spellCheck={false}
              value={pinEmoji}
              onChange={(e) => setPinEmoji(e.currentTarget.value)}
              error={err('settings.pinEmoji')}
            />
            <Checkbox
              label="Mirror channel messages to the timeline"
              description="For new incident channels; responders can switch it off per incident."
              checked={mirrorByDefault}
              onChange={(e) => setMirrorByDefault(e.currentTarget.checked)}
              error={err('settings.mirrorByDefault')}
            />
            <Checkbox
              label="Archive the channel when the incident closes"
              checked={archiveOnClose}
              onChange={(e) => setArchiveOnClose(e.currentTarget.checked)}
              error={err('settings.archiveOnClose')}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Teams takes commands by @-mentioning the outgoing webhook, and posts announcements and updates to the one channel its workflow
            was made for; it has no incident channels.
          </Text>
        )}
        {save.error && (!field || !shown.has(field)) && <InlineError error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {connection ? 'Save' : `Connect ${PLATFORM_LABEL[platform]}`}
          </Button>
        </Group>
      </Stack>
    </form>
  );
  return (
    <Modal opened onClose={onClose} title={connection ? `Edit “${connection.name}”` : `Connect ${PLATFORM_LABEL[platform]}`} size="lg">
      {body}
    </Modal>
  );
}

function Copyable({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2} component="li" style={{ listStyle: 'none' }}>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code style={{ overflowWrap: 'anywhere', flex: 1, minWidth: 0 }}>{value}</Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="light" onClick={copy} aria-label={copied ? 'Copied' : `Copy ${label}`}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

function Endpoints({ connection }: { connection: ChatConnectionView }) {
  if (!connection.endpoints.length) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        Paste into {PLATFORM_LABEL[connection.platform]}
      </Text>
      <Stack component="ul" gap={6} p={0} m={0} aria-label={`Addresses to paste into ${PLATFORM_LABEL[connection.platform]}`}>
        {connection.endpoints.map((e) => (
          <Copyable key={e.label} label={e.label} value={e.url} />
        ))}
      </Stack>
    </Stack>
  );
}

/** A connection test's answer, in words: ✓ or ✗ and what the platform said. */
function TestResult({ result, label }: { result: ChatTestResult; label?: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      {result.ok ? (
        <IconCheck size={16} color="var(--mantine-color-green-7)" aria-hidden style={{ flex: 'none', marginTop: 2 }} />
      ) : (
        <IconX size={16} color="var(--fb-danger-text)" aria-hidden style={{ flex: 'none', marginTop: 2 }} />
      )}
      <Text size="sm" className={result.ok ? undefined : 'fb-inline-error'} style={{ overflowWrap: 'anywhere' }}>
        {label ?? 'Last test'}: <strong>{result.ok ? 'connected' : 'failed'}</strong> · {result.message} · <Time iso={result.at} />
      </Text>
    </Group>
  );
}

function ConnectionCard({ connection, onEdit, onDeleted }: { connection: ChatConnectionView; onEdit: () => void; onDeleted: () => void }) {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: chatKeys.connections });
  const test = useMutation({ mutationFn: () => testChatConnection(connection.id), onSuccess: refresh });
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteChatConnection(connection.id),
    onSuccess: async () => {
      await refresh();
      onDeleted();
    },
  });
  const s = connection.settings;
  const result = test.data ?? connection.lastTest;
  const team = TEAM_ID[connection.platform];
  const summary: ReactNode[] =
    connection.platform === 'teams'
      ? ['Commands by @-mention; announcements through the workflow']
      : [
          <span key="cmd">
            Command <Code>/{s.commandName}</Code>
          </span>,
          <span key="pattern">
            channels <Code>#{channelNamePreview(s.channelPattern, connection.platform)}</Code>
          </span>,
          s.announcementsChannel ? (
            <span key="ann">
              announcements in <Code>{s.announcementsChannel}</Code>
            </span>
          ) : (
            'no announcements channel'
          ),
          s.mirrorByDefault ? 'mirrored to the timeline' : 'not mirrored',
          s.archiveOnClose ? 'archived on close' : 'kept on close',
          `pin with :${s.pinEmoji}:`,
        ];
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }} aria-label={connection.name}>
      <Stack gap="xs">
        <Group gap={8} wrap="wrap">
          <Title order={3} size="h5">
            {connection.name}
          </Title>
          <Badge variant="outline" color="gray">
            {PLATFORM_LABEL[connection.platform]}
          </Badge>
          {team && connection.externalTeamId && (
            <Text size="xs" c="dimmed">
              {team.label} <span className="fb-mono">{connection.externalTeamId}</span>
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {summary.map((part, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed in order
            <span key={i}>
              {i ? ' · ' : ''}
              {part}
            </span>
          ))}
        </Text>
        <Text size="xs">
          Credentials set:{' '}
          {secretsOf(connection.platform)
            .map((d) => `${d.label} ${connection.secretsSet.includes(d.name) ? '✓' : '✗ missing'}`)
            .join(' · ')}
        </Text>
        <div role="status">
          {result ? (
            <TestResult result={result} />
          ) : (
            <Text size="sm" c="dimmed">
              Not tested yet.
            </Text>
          )}
        </div>
        <Endpoints connection={connection} />
        <Group gap="xs" wrap="wrap">
          <Button size="xs" variant="default" leftSection={<IconPlug size={14} />} onClick={() => test.mutate()} loading={test.isPending}>
            Test the connection
          </Button>
          <Button size="xs" variant="default" onClick={onEdit}>
            Edit
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
            Delete
          </Button>
        </Group>
        <InlineError error={test.error ?? remove.error} />
      </Stack>
      {confirming && (
        <Modal opened onClose={() => setConfirming(false)} title={`Delete “${connection.name}”?`}>
          <Stack gap="sm">
            <Text size="sm">
              Commands from {PLATFORM_LABEL[connection.platform]} stop working and nothing more is posted there. Channels already made stay
              in {PLATFORM_LABEL[connection.platform]}; the incidents’ timelines keep what was mirrored.
            </Text>
            <InlineError error={remove.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
                Keep it
              </Button>
              <Button
                color="red.9"
                loading={remove.isPending}
                onClick={() => remove.mutate(undefined, { onSuccess: () => setConfirming(false) })}
              >
                Delete connection
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Paper>
  );
}

/** After connecting: what to paste into the platform, and a first test. */
function Connected({ connection, onClose }: { connection: ChatConnectionView; onClose: () => void }) {
  const qc = useQueryClient();
  const test = useMutation({
    mutationFn: () => testChatConnection(connection.id),
    onSuccess: () => void qc.invalidateQueries({ queryKey: chatKeys.connections }),
  });
  return (
    <Modal opened onClose={onClose} title={`${PLATFORM_LABEL[connection.platform]} connected`} size="lg">
      <Stack gap="sm">
        <Text size="sm">
          “{connection.name}” is saved. Paste these addresses into {PLATFORM_LABEL[connection.platform]} (docs/chat.md shows where), then
          test the connection.
        </Text>
        <Endpoints connection={connection} />
        <div role="status">{test.data && <TestResult result={test.data} label="Test" />}</div>
        <InlineError error={test.error} />
        <Group justify="flex-end">
          <Button variant="default" leftSection={<IconPlug size={14} />} onClick={() => test.mutate()} loading={test.isPending}>
            Test the connection
          </Button>
          <Button onClick={onClose} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Settings → Chat: the Slack, Mattermost and Teams connections that run incidents from chat (admins). */
export function ChatSettings() {
  const list = useChatConnections();
  const [connecting, setConnecting] = useState<ChatPlatform | null>(null);
  const [editing, setEditing] = useState<ChatConnectionView | null>(null);
  const [connected, setConnected] = useState<ChatConnectionView | null>(null);
  // Where focus goes once a connection (and the button that deleted it) is gone.
  const firstButton = useRef<HTMLButtonElement>(null);
  const buttons = (
    <Group gap="xs" wrap="wrap">
      {PLATFORMS.map((p) => (
        <Button
          key={p}
          ref={p === 'slack' ? firstButton : undefined}
          variant={p === 'slack' ? 'filled' : 'light'}
          leftSection={p === 'slack' ? <IconBrandSlack size={16} /> : undefined}
          onClick={() => setConnecting(p)}
        >
          Connect {PLATFORM_LABEL[p]}
        </Button>
      ))}
    </Group>
  );
  return (
    <Stack gap="sm">
      <Text size="sm">
        Run incidents from chat: declare with a slash command, get a channel per incident, post updates, and keep the channel’s talk on the
        timeline. The incident stays the one source of truth. Set-up steps per platform: docs/chat.md.
      </Text>
      {buttons}
      {list.error ? (
        <ErrorNote error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Skeleton height={120} />
      ) : !list.data.length ? (
        <EmptyState title="No chat connected yet">Connect Slack, Mattermost or Microsoft Teams above.</EmptyState>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label="Chat connections">
          {list.data.map((c) => (
            <ConnectionCard key={c.id} connection={c} onEdit={() => setEditing(c)} onDeleted={() => firstButton.current?.focus()} />
          ))}
        </Stack>
      )}
      <Alert variant="light" color="gray" p="xs">
        <Text size="xs">One-way notices to a channel without commands (incoming webhooks) are set up under Webhooks &amp; chat.</Text>
      </Alert>
      {connecting && (
        <ConnectionForm
          platform={connecting}
          onClose={() => setConnecting(null)}
          onSaved={(c) => {
            setConnecting(null);
            setConnected(c);
          }}
        />
      )}
      {editing && (
        <ConnectionForm
          platform={editing.platform}
          connection={editing}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
      {connected && <Connected connection={connected} onClose={() => setConnected(null)} />}
    </Stack>
  );
}

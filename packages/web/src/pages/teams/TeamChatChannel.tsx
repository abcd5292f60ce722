import { CHAT_PLATFORM_LABEL, type ChatPlatformId } from '@firebreak/shared';
import { Anchor, Button, Code, Group, Modal, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { type TeamChatView, useRemoveTeamChannel, useSetTeamChannel, useTeamChat } from '../../api/chat.ts';
import { ApiError } from '../../api/client.ts';
import type { Team } from '../../api/types.ts';
import { useUser } from '../../app/session.ts';
import { InlineError } from '../../components/ErrorNote.tsx';

type Connection = TeamChatView['connections'][number];
type Channel = TeamChatView['channels'][number];

/** Where people find a channel's id, per platform with channels (docs/chat.md). */
const CHANNEL_HELP: Record<Exclude<ChatPlatformId, 'teams'>, { help: string; placeholder: string }> = {
  slack: {
    help: 'In Slack, open the channel, click its name: the Channel ID (C…) is at the bottom of About. For a private channel, type /invite @Firebreak in it first.',
    placeholder: 'C0123ABCD',
  },
  mattermost: {
    help: 'In Mattermost, open the channel, click its name → View Info: the ID is 26 letters and digits. Add the bot to the channel.',
    placeholder: 'zk8m4…',
  },
};

const connectionLabel = (c: { name: string; platform: ChatPlatformId }) => `${c.name} (${CHAT_PLATFORM_LABEL[c.platform]})`;

/** Set or change the team's channel on one connection; the channel id field only where the platform has channels. */
function ChannelForm({
  team,
  view,
  initial,
  onClose,
}: {
  team: Team;
  view: TeamChatView;
  initial: Connection['id'] | null;
  onClose: () => void;
}) {
  const save = useSetTeamChannel(team.id);
  const current = (id: string | null) => view.channels.find((c) => c.connectionId === id)?.channelId ?? '';
  const [connectionId, setConnectionId] = useState<string | null>(initial ?? view.connections[0]?.id ?? null);
  const [channelId, setChannelId] = useState(current(connectionId));
  const conn = view.connections.find((c) => c.id === connectionId);
  const field = save.error instanceof ApiError ? save.error.field : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!conn) return;
    save.mutate(conn.channels ? { connectionId: conn.id, channelId: channelId.trim() } : { connectionId: conn.id }, {
      onSuccess: onClose,
    });
  };
  const help = conn?.platform && conn.platform !== 'teams' ? CHANNEL_HELP[conn.platform] : null;
  return (
    <Modal opened onClose={onClose} title={`Chat channel for ${team.name}’s handovers`}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Select
            label="Chat connection"
            data={view.connections.map((c) => ({ value: c.id, label: connectionLabel(c) }))}
            value={connectionId}
            onChange={(v) => {
              setConnectionId(v);
              setChannelId(current(v));
              save.reset();
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            error={field === 'connectionId' ? (save.error as Error).message.replace(/^[\w.]+: /, '') : undefined}
          />
          {conn && !conn.channels ? (
            <Text size="sm">
              {CHAT_PLATFORM_LABEL[conn.platform]} has no channels to choose: handovers go to the channel of the connection’s Workflows
              webhook.
            </Text>
          ) : (
            <TextInput
              label="Channel id"
              required
              data-autofocus
              spellCheck={false}
              autoComplete="off"
              placeholder={help?.placeholder}
              description={help?.help}
              value={channelId}
              onChange={(e) => setChannelId(e.currentTarget.value)}
              error={field === 'channelId' ? (save.error as Error).message.replace(/^[\w.]+: /, '') : undefined}
            />
          )}
          {field !== 'channelId' && field !== 'connectionId' && <InlineError error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" size="sm" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={save.isPending} disabled={!conn}>
              Save channel
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ChannelRow({ team, channel, manage, onRemoved }: { team: Team; channel: Channel; manage: boolean; onRemoved: () => void }) {
  const remove = useRemoveTeamChannel(team.id);
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const platform = CHAT_PLATFORM_LABEL[channel.platform];
  const view = useTeamChat(team.id).data;
  return (
    <Stack gap={2} component="li" style={{ listStyle: 'none' }} aria-label={`${platform}: ${channel.connectionName}`}>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {platform} · {channel.connectionName} ·{' '}
        {channel.channelId ? (
          <>
            channel <Code>{channel.channelId}</Code>
          </>
        ) : (
          'the workflow’s channel'
        )}
      </Text>
      {manage && (
        <Group gap={6}>
          {confirming ? (
            <>
              <Button
                size="compact-xs"
                color="red.9"
                loading={remove.isPending}
                onClick={() => remove.mutate(channel.connectionId, { onSuccess: onRemoved })}
              >
                Stop posting to {platform}
              </Button>
              <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </>
          ) : (
            <>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => setEditing(true)}
                aria-label={`Change the ${platform} channel of ${team.name}`}
              >
                Change
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => setConfirming(true)}
                aria-label={`Remove the ${platform} channel of ${team.name}`}
              >
                Remove
              </Button>
            </>
          )}
        </Group>
      )}
      <InlineError error={remove.error} />
      {editing && view && <ChannelForm team={team} view={view} initial={channel.connectionId} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

/** A team card's "Chat channel for handovers": where the team's on-call handovers are posted, per chat connection. */
export function TeamChatChannel({ team }: { team: Team }) {
  const user = useUser();
  const chat = useTeamChat(team.id);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const view = chat.data;
  const manage = !!view?.abilities.manage;
  const unset = view?.connections.filter((c) => !view.channels.some((ch) => ch.connectionId === c.id)) ?? [];
  // After a removal, focus goes to "Set a chat channel", which may only appear in the render that
  // shows the removal (it is hidden while every connection has a channel): focused once it is there.
  const [focusAdd, setFocusAdd] = useState(false);
  useEffect(() => {
    if (focusAdd && addButton.current) {
      addButton.current.focus();
      setFocusAdd(false);
    }
  });
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} id={`team-chat-${team.id}`}>
        Chat channel for handovers
      </Text>
      {chat.error ? (
        <InlineError error={chat.error} />
      ) : !view ? (
        <Skeleton height={18} width="60%" />
      ) : (
        <>
          {view.channels.length ? (
            <Stack component="ul" gap={6} p={0} m={0} aria-labelledby={`team-chat-${team.id}`}>
              {view.channels.map((c) => (
                <ChannelRow key={c.connectionId} team={team} channel={c} manage={manage} onRemoved={() => setFocusAdd(true)} />
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              None: handovers are only e-mailed.
            </Text>
          )}
          {manage &&
            (view.connections.length === 0 ? (
              <Text size="xs" c="dimmed">
                No chat is connected.{' '}
                {user.role === 'admin' ? (
                  <Anchor component={Link} to="/settings/chat" size="xs">
                    Connect Slack, Mattermost or Teams
                  </Anchor>
                ) : (
                  'An admin connects one in Settings → Chat.'
                )}
              </Text>
            ) : (
              unset.length > 0 && (
                <Group>
                  <Button
                    ref={addButton}
                    size="compact-xs"
                    variant="light"
                    onClick={() => setAdding(true)}
                    aria-label={`Set a chat channel for ${team.name}`}
                  >
                    Set a chat channel
                  </Button>
                </Group>
              )
            ))}
          {adding && <ChannelForm team={team} view={view} initial={unset[0]?.id ?? null} onClose={() => setAdding(false)} />}
        </>
      )}
    </Stack>
  );
}

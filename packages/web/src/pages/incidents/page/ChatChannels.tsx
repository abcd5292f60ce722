import { Badge, Group, Stack, Switch, Text } from '@mantine/core';
import { type IncidentChatView, useSetChatMirror } from '../../../api/chat.ts';
import type { Incident } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { Time } from '../../../components/Time.tsx';

const PLATFORM_LABEL = { slack: 'Slack', mattermost: 'Mattermost', teams: 'Teams' } as const;

/** The channels, one line each, and the incident's mirroring switch (for those who may edit the incident). */
export function ChatChannels({ incident, chat }: { incident: Incident; chat: IncidentChatView }) {
  const mirror = useSetChatMirror(incident.ref);
  const live = chat.channels.filter((c) => !c.archivedAt);
  const on = live.length > 0 && live.every((c) => c.mirror);
  return (
    <Stack gap={6}>
      <Stack component="ul" gap={4} p={0} m={0} aria-label="Chat channels">
        {chat.channels.map((c) => (
          <Group key={`${c.connectionId}/${c.channelId}`} component="li" gap={6} wrap="nowrap" style={{ listStyle: 'none', minWidth: 0 }}>
            <Badge variant="outline" color="gray" size="sm" style={{ flex: 'none' }}>
              {PLATFORM_LABEL[c.platform]}
            </Badge>
            <Text size="sm" fw={500} className="fb-truncate" style={{ minWidth: 0 }}>
              #{c.channelName}
            </Text>
            {c.archivedAt && (
              <Text size="xs" c="dimmed" className="fb-nowrap">
                archived <Time iso={c.archivedAt} />
              </Text>
            )}
          </Group>
        ))}
      </Stack>
      {live.length > 0 && (
        <Switch
          label="Mirror channel messages to the timeline"
          description={on ? 'Messages in the channel appear on the timeline as chat entries.' : 'Only pinned messages reach the timeline.'}
          checked={on}
          disabled={!incident.abilities.update || mirror.isPending}
          onChange={(e) => mirror.mutate(e.currentTarget.checked)}
        />
      )}
      <InlineError error={mirror.error} />
    </Stack>
  );
}

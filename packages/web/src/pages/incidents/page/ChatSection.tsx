import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useIncidentChat } from '../../../api/chat.ts';
import { ApiError } from '../../../api/client.ts';
import type { Incident } from '../../../api/types.ts';
import { Section } from './TicketSection.tsx';

// Kept tiny, it ships with the incident page: the channel list and its switch load only when the
// incident has chat channels (most incidents declared in the web app have none).
const ChatChannels = lazy(() => import('./ChatChannels.tsx').then((m) => ({ default: m.ChatChannels })));

/** The incident's Slack / Mattermost channels and whether their talk is mirrored to the timeline; nothing when it has none. */
export function ChatSection({ incident }: { incident: Incident }) {
  const q = useIncidentChat(incident.ref);
  if (q.error) {
    // Chat-ops not set up on this server answers 404: nothing to show then.
    if (q.error instanceof ApiError && q.error.status === 404) return null;
    return (
      <Section title="Chat" id="chat">
        <Text size="sm" c="red">
          The incident’s chat channels could not load.
        </Text>
      </Section>
    );
  }
  if (!q.data?.channels.length) return null;
  return (
    <Section title={`Chat (${q.data.channels.length})`} id="chat">
      <Suspense
        fallback={
          <Text size="sm" c="dimmed">
            Loading channels…
          </Text>
        }
      >
        <ChatChannels incident={incident} chat={q.data} />
      </Suspense>
    </Section>
  );
}

import { ScrollArea, Stack, Text } from '@mantine/core';
import type { NotificationView } from '../api/notifications.ts';
import { NotificationLine } from './NotificationBell.tsx';

/**
 * The bell's list of the latest notifications. Its own chunk (with Mantine's scroll area), loaded
 * when the bell is first opened, alongside the notifications themselves.
 */
export function NotificationList({
  loading,
  items,
  onOpen,
}: {
  loading: boolean;
  items: NotificationView[];
  onOpen: (n: NotificationView) => void;
}) {
  return (
    <ScrollArea.Autosize mah={360}>
      <Stack gap={2}>
        {loading && (
          <Text size="sm" c="dimmed">
            Loading…
          </Text>
        )}
        {!loading && !items.length && (
          <Text size="sm" c="dimmed" py="sm">
            Nothing yet. Watch an incident or a service to hear about it.
          </Text>
        )}
        {items.map((n) => (
          <NotificationLine key={n.id} n={n} onOpen={onOpen} />
        ))}
      </Stack>
    </ScrollArea.Autosize>
  );
}

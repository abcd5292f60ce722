import { Button, Container, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type NotificationView, useMarkRead, useNotifications, useUnreadCount } from '../../api/notifications.ts';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { NotificationLine } from '../../components/NotificationBell.tsx';

/** Everything I was told, newest first; unread only on request; mark read one by one or all. */
export function NotificationsPage() {
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const list = useNotifications(filter === 'unread');
  const unread = useUnreadCount();
  const mark = useMarkRead();
  const navigate = useNavigate();
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const open = (n: NotificationView) => {
    if (!n.readAt) mark.one.mutate(n.id);
    navigate(`/incidents/${n.incident.ref}`);
  };
  return (
    <Container size={760} py="md" px="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={1}>Notifications</Title>
            <Text size="sm" c="dimmed">
              {unread ? `${unread} unread` : 'All read'} · choose what reaches you on your{' '}
              <Link to="/account#notifications">account page</Link>
            </Text>
          </div>
          <Group gap="xs">
            <SegmentedControl
              size="xs"
              value={filter}
              onChange={(v) => setFilter(v as 'all' | 'unread')}
              data={[
                { value: 'all', label: 'All' },
                { value: 'unread', label: 'Unread' },
              ]}
              aria-label="Show"
            />
            <Button size="xs" variant="default" disabled={!unread} loading={mark.all.isPending} onClick={() => mark.all.mutate(undefined)}>
              Mark all read
            </Button>
          </Group>
        </Group>
        <ErrorNote error={list.error} onRetry={() => void list.refetch()} />
        <Paper withBorder p="xs">
          <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((n) => (
              <li key={n.id}>
                <NotificationLine n={n} onOpen={open} />
              </li>
            ))}
          </Stack>
          {!list.isLoading && !items.length && (
            <Text size="sm" c="dimmed" p="sm">
              {filter === 'unread' ? 'No unread notifications.' : 'No notifications yet. Watch an incident or a service to hear about it.'}
            </Text>
          )}
        </Paper>
        {list.hasNextPage && (
          <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Show older
          </Button>
        )}
      </Stack>
    </Container>
  );
}

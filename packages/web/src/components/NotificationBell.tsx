import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type NotificationView, useLatestNotifications, useMarkRead, useUnreadCount } from '../api/notifications.ts';
import { Time } from './Time.tsx';

const NotificationList = lazy(() => import('./NotificationList.tsx').then((m) => ({ default: m.NotificationList })));

/** One notification as a line: what happened, on which incident, when; unread ones are bold. */
export function NotificationLine({ n, onOpen }: { n: NotificationView; onOpen: (n: NotificationView) => void }) {
  return (
    <UnstyledButton onClick={() => onOpen(n)} className="fb-notification" data-unread={n.readAt ? undefined : true} w="100%" p={6}>
      <Text size="sm" fw={n.readAt ? 400 : 600} lineClamp={2}>
        {!n.readAt && <VisuallyHidden>Unread: </VisuallyHidden>}
        {n.title}
      </Text>
      {n.body && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {n.body}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {n.incident.title} · <Time iso={n.createdAt} />
      </Text>
    </UnstyledButton>
  );
}

/** The bell in the header: unread count (live), the latest few, and the way to all of them. */
export function NotificationBell() {
  const unread = useUnreadCount();
  const [open, setOpen] = useState(false);
  const latest = useLatestNotifications(open);
  const mark = useMarkRead();
  const navigate = useNavigate();
  const label = unread ? `Notifications: ${unread} unread` : 'Notifications';
  const openOne = (n: NotificationView) => {
    if (!n.readAt) mark.one.mutate(n.id);
    setOpen(false);
    navigate(`/incidents/${n.incident.ref}`);
  };
  const items = latest.data?.data ?? [];
  return (
    <Popover opened={open} onChange={setOpen} position="bottom-end" width={340} shadow="md" trapFocus>
      <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={!unread} color="red.9" offset={6} inline>
        <Popover.Target>
          <ActionIcon aria-label={label} size="lg" onClick={() => setOpen((o) => !o)}>
            <IconBell size={18} />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p="xs">
        <Group justify="space-between" mb={4}>
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={!unread}
            onClick={() => mark.all.mutate(items[0]?.id)}
            loading={mark.all.isPending}
          >
            Mark all read
          </Button>
        </Group>
        <Suspense
          fallback={
            <Text size="sm" c="dimmed">
              Loading…
            </Text>
          }
        >
          <NotificationList loading={latest.isLoading} items={items} onOpen={openOne} />
        </Suspense>
        <Divider my={6} />
        <Anchor component={Link} to="/notifications" size="sm" onClick={() => setOpen(false)}>
          All notifications
        </Anchor>
      </Popover.Dropdown>
    </Popover>
  );
}

import type { NotificationSettingsView, NotificationView, SubscriptionView } from '@firebreak/shared';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getData, qs, request, send } from './client.ts';
import { openStream } from './live.ts';

export type { NotificationSettingsView, NotificationView, SubscriptionView };

export const notificationKeys = {
  unread: ['notifications', 'unread'] as const,
  list: (unread: boolean) => ['notifications', 'list', unread] as const,
  latest: ['notifications', 'latest'] as const,
  all: ['notifications'] as const,
  settings: ['notification-settings'] as const,
  subscriptions: ['subscriptions'] as const,
};

type ListPage = { data: NotificationView[]; nextCursor: string | null; unread: number };

/**
 * My unread count, kept live by the notification stream (it carries only the count: the list is
 * re-read from the API when it changes).
 */
export function useUnreadCount(): number {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => getData<{ unread: number }>('/me/notifications/unread', signal),
  });
  useEffect(
    () =>
      openStream<{ unread: number }>({
        url: '/api/v1/me/notifications/stream',
        event: 'unread',
        onMessage: (d) => {
          const before = qc.getQueryData<{ unread: number }>(notificationKeys.unread)?.unread;
          qc.setQueryData(notificationKeys.unread, { unread: d.unread });
          if (before !== d.unread) void qc.invalidateQueries({ queryKey: ['notifications', 'list'] });
          if (before !== d.unread) void qc.invalidateQueries({ queryKey: notificationKeys.latest });
        },
      }),
    [qc],
  );
  return q.data?.unread ?? 0;
}

export const useLatestNotifications = (enabled: boolean) =>
  useQuery({
    queryKey: notificationKeys.latest,
    enabled,
    queryFn: ({ signal }) => request<ListPage>('GET', `/me/notifications${qs({ limit: 6 })}`, undefined, signal),
  });

export const useNotifications = (unread: boolean) =>
  useInfiniteQuery({
    queryKey: notificationKeys.list(unread),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      request<ListPage>('GET', `/me/notifications${qs({ unread: unread || undefined, limit: 20, cursor: pageParam })}`, undefined, signal),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useMarkRead() {
  const qc = useQueryClient();
  const done = (r: { unread: number }) => {
    qc.setQueryData(notificationKeys.unread, r);
    void qc.invalidateQueries({ queryKey: notificationKeys.all });
  };
  return {
    one: useMutation({
      mutationFn: (id: number) => send<{ unread: number }>('POST', `/me/notifications/${id}/read`, { read: true }),
      onSuccess: done,
    }),
    all: useMutation({
      mutationFn: (upTo?: number) => send<{ unread: number }>('POST', '/me/notifications/read-all', upTo ? { upTo } : {}),
      onSuccess: done,
    }),
  };
}

export const useNotificationSettings = () =>
  useQuery({
    queryKey: notificationKeys.settings,
    queryFn: ({ signal }) => getData<NotificationSettingsView>('/me/notification-settings', signal),
  });

export const useSubscriptions = () =>
  useQuery({ queryKey: notificationKeys.subscriptions, queryFn: ({ signal }) => getData<SubscriptionView[]>('/me/subscriptions', signal) });

export function useWatch(target: 'incident' | 'service', id: string, matches: (s: SubscriptionView) => boolean) {
  const qc = useQueryClient();
  const subs = useSubscriptions();
  const watching = !!subs.data?.some((s) => s.target === target && matches(s));
  const toggle = useMutation({
    mutationFn: () =>
      watching
        ? send<SubscriptionView[]>('DELETE', `/me/subscriptions/${target}/${encodeURIComponent(id)}`)
        : send<SubscriptionView[]>('POST', '/me/subscriptions', { target, id }),
    onSuccess: (list) => qc.setQueryData(notificationKeys.subscriptions, list),
  });
  return { watching, loading: subs.isLoading, toggle };
}

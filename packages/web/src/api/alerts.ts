import type { AlertDetailView, AlertView, IntegrationFormat, IntegrationView } from '@firebreak/shared';
import { type QueryClient, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getData, qs, request, send } from './client.ts';
import { openStream } from './live.ts';
import type { Page } from './types.ts';

// Alerts in: the alert list and page, integrations (admins). Shapes are the shared response schemas.
export type { AlertDetailView, AlertView, IntegrationFormat, IntegrationView };
export type IntegrationWithKey = IntegrationView & { key: string };

export type AlertFilters = { status?: string; service?: string; source?: string };

export const alertKeys = {
  all: ['alerts'] as const,
  list: (f: AlertFilters) => ['alerts', 'list', f] as const,
  one: (id: string) => ['alerts', 'one', id] as const,
  integrations: ['integrations'] as const,
};

export const ALERT_PAGE_SIZE = 50;

/** Alerts newest first, a page at a time (the API's keyset cursor). */
export const useAlerts = (f: AlertFilters) =>
  useInfiniteQuery({
    queryKey: alertKeys.list(f),
    queryFn: ({ pageParam, signal }) =>
      request<Page<AlertView>>('GET', `/alerts${qs({ ...f, limit: ALERT_PAGE_SIZE, cursor: pageParam })}`, undefined, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useAlert = (id: string) =>
  useQuery({ queryKey: alertKeys.one(id), queryFn: ({ signal }) => getData<AlertDetailView>(`/alerts/${encodeURIComponent(id)}`, signal) });

/**
 * Keeps every alert query on screen current: the alert stream says only "alerts changed" (at most a
 * few times a second), and the queries are read again through the API, which applies visibility.
 */
export function useLiveAlerts(): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      openStream<Record<string, never>>({
        url: '/api/v1/alerts/stream',
        event: 'alerts',
        onMessage: () => void qc.invalidateQueries({ queryKey: alertKeys.all }),
        onReconnect: () => void qc.invalidateQueries({ queryKey: alertKeys.all }),
      }),
    [qc],
  );
}

export const changeAlerts = (ids: string[], action: 'acknowledge' | 'resolve') =>
  send<{ changed: string[]; unchanged: string[] }>('POST', '/alerts/bulk', { ids, action });

export const declareFromAlert = (id: string) =>
  send<{ incident: { id: string; ref: string }; alert: AlertView }>('POST', `/alerts/${encodeURIComponent(id)}/declare`, {
    private: false,
  });

export const invalidateAlerts = (qc: QueryClient) => void qc.invalidateQueries({ queryKey: alertKeys.all });

export const useIntegrations = () =>
  useQuery({ queryKey: alertKeys.integrations, queryFn: ({ signal }) => getData<IntegrationView[]>('/integrations', signal) });

export const createIntegration = (body: { name: string; format: IntegrationFormat; service?: string; signingSecret?: string }) =>
  send<IntegrationWithKey>('POST', '/integrations', body);
export const rotateIntegration = (id: string, overlapMinutes: number) =>
  send<IntegrationWithKey>('POST', `/integrations/${encodeURIComponent(id)}/rotate`, { overlapMinutes });
export const archiveIntegration = (id: string) => request<void>('DELETE', `/integrations/${encodeURIComponent(id)}`);

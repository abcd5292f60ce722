import type {
  StatusMaintenance as Maintenance,
  Publication,
  StatusComponent,
  StatusPageSettings,
  StatusSubscriberView,
} from '@firebreak/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getData, request, send } from './client.ts';

// Types only (zod stays out of the bundle): the shapes are status-core's response schemas.
export type {
  Publication,
  PublicUpdate,
  StatusComponent,
  StatusMaintenance as Maintenance,
  StatusPageSettings,
  StatusSubscriberView as Subscriber,
} from '@firebreak/shared';
export type SubscriberList = { data: StatusSubscriberView[]; count: { total: number; confirmed: number } };

export const statusKeys = {
  settings: ['status-page', 'settings'] as const,
  components: ['status-page', 'components'] as const,
  maintenances: ['status-page', 'maintenances'] as const,
  subscribers: ['status-page', 'subscribers'] as const,
  publication: (ref: string) => ['status-page', 'incident', ref.toUpperCase()] as const,
};

export const useStatusSettings = () =>
  useQuery({ queryKey: statusKeys.settings, queryFn: ({ signal }) => getData<StatusPageSettings>('/status-page/settings', signal) });

export const useStatusComponents = () =>
  useQuery({
    queryKey: statusKeys.components,
    queryFn: ({ signal }) => getData<StatusComponent[]>('/status-page/components', signal),
    staleTime: 30_000,
  });

export const useMaintenances = () =>
  useQuery({ queryKey: statusKeys.maintenances, queryFn: ({ signal }) => getData<Maintenance[]>('/status-page/maintenances', signal) });

export const useSubscribers = () =>
  useQuery({
    queryKey: statusKeys.subscribers,
    queryFn: ({ signal }) => request<SubscriberList>('GET', '/status-page/subscribers?limit=1000', undefined, signal),
    retry: false,
  });

export const usePublication = (ref: string, enabled = true) =>
  useQuery({
    queryKey: statusKeys.publication(ref),
    enabled,
    queryFn: ({ signal }) => getData<Publication>(`/incidents/${encodeURIComponent(ref)}/status-page`, signal),
  });

/** A write whose answer replaces the cached value at `key` (and refreshes `also`). */
export function useStatusWrite<V, R>(run: (v: V) => Promise<R>, key: readonly unknown[], also: (readonly unknown[])[] = []) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: key });
      for (const k of also) void qc.invalidateQueries({ queryKey: k });
    },
  });
}

export const publicationPath = (ref: string) => `/incidents/${encodeURIComponent(ref)}/status-page`;
export { send };

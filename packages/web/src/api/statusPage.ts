import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getData, send } from './client.ts';

// PROVISIONAL copies of status-core's schemas (@firebreak/shared statusPage.ts) until its branch is merged.
export type StatusPageSettings = {
  enabled: boolean;
  organisationName: string;
  logoUrl: string | null;
  brandColor: string | null;
  supportUrl: string | null;
  supportContact: string | null;
  pageId: string;
  updatedAt: string | null;
};
export type StatusComponent = {
  id: string;
  name: string;
  description: string | null;
  groupName: string | null;
  position: number;
  service: { id: string; name: string } | null;
  manualStatus: string | null;
  status: string;
};
export type PublicUpdate = { id: string; status: string; body: string; createdAt: string; author: { id: string; name: string } | null };
export type Publication = {
  published: boolean;
  eligible: boolean;
  reason: string | null;
  publicTitle: string | null;
  status: string | null;
  impacts: { componentId: string; name: string; status: string }[];
  publishedAt: string | null;
  publishedBy: { id: string; name: string } | null;
  updates: PublicUpdate[];
  url: string | null;
};
export type Maintenance = {
  id: string;
  title: string;
  body: string;
  status: string;
  components: { id: string; name: string }[];
  scheduledFor: string;
  scheduledUntil: string;
  autoStart: boolean;
  autoComplete: boolean;
  updates: { id: string; status: string; body: string; createdAt: string }[];
};
export type Subscriber = { id: string; kind: string; address: string; confirmed: boolean; createdAt: string; components: string[] | null };

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
    queryFn: ({ signal }) => getData<Subscriber[]>('/status-page/subscribers', signal),
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

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getData, send } from './client.ts';

// PROVISIONAL shapes until status-core's schemas land in @firebreak/shared (statusPage.ts).
export type StatusPageSettings = {
  enabled: boolean;
  organisationName: string;
  logoUrl: string | null;
  brandColor: string | null;
  supportUrl: string | null;
};
export type StatusComponent = {
  id: string;
  name: string;
  description: string;
  group: string | null;
  position: number;
  service: { id: string; name: string } | null;
  status: string;
};
export type PublicUpdate = { id: string; status: string; body: string; createdAt: string; author?: { name: string } | null };
export type Publication = {
  published: boolean;
  publicTitle: string | null;
  impacts: { componentId: string; status: string }[];
  updates: PublicUpdate[];
  publishedAt: string | null;
  publicUrl?: string | null;
};
export type Maintenance = {
  id: string;
  title: string;
  description: string;
  status: string;
  scheduledFor: string;
  scheduledUntil: string;
  autoStart: boolean;
  autoComplete: boolean;
  componentIds: string[];
  updates: PublicUpdate[];
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

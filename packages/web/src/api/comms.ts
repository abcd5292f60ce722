import type { CommsSettingsView, JargonTerm, UpdateTemplateStatus } from '@firebreak/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getData, send } from './client.ts';

const settingsKey = ['comms-settings'] as const;

/** Grace period, jargon list and update templates (everyone signed in reads them; the composer uses them). */
export const useCommsSettings = () =>
  useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => getData<CommsSettingsView>('/settings/communication', signal),
    staleTime: 5 * 60_000,
  });

export type CommsSettingsChange = {
  graceMinutes?: number | null;
  jargon?: JargonTerm[] | null;
  templates?: Partial<Record<UpdateTemplateStatus, string | null>>;
};

export function useSaveCommsSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CommsSettingsChange) => send<CommsSettingsView>('PUT', '/settings/communication', body),
    onSuccess: (data) => qc.setQueryData(settingsKey, data),
  });
}

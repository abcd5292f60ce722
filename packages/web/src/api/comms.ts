import type { CommsSettingsView, JargonTerm, UpdateReminderView, UpdateTemplateStatus } from '@firebreak/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getData, send } from './client.ts';
import { keys } from './queries.ts';

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

/**
 * Where the stakeholder-update cadence stands (who was reminded, when). Under the incident's key, so
 * every change to the incident refreshes it; reminders are not timeline entries, so it also polls.
 */
export const useUpdateReminder = (ref: string, enabled: boolean) =>
  useQuery({
    queryKey: [...keys.incident(ref), 'update-reminder'],
    queryFn: ({ signal }) => getData<UpdateReminderView>(`/incidents/${encodeURIComponent(ref)}/update-reminder`, signal),
    enabled,
    refetchInterval: 60_000,
  });

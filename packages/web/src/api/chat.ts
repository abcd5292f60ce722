import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getData, send } from './client.ts';

// Chat-ops: the admin's chat connections (Slack, Mattermost, Teams) and an incident's chat channels.
export type ChatPlatform = 'slack' | 'mattermost' | 'teams';
export type ChatSettings = {
  commandName: string;
  channelPattern: string;
  announcementsChannel: string | null;
  archiveOnClose: boolean;
  mirrorByDefault: boolean;
  pinEmoji: string;
};
export type ChatTestResult = { ok: boolean; message: string; at: string };
export type ChatConnectionView = {
  id: string;
  platform: ChatPlatform;
  name: string;
  externalTeamId: string | null;
  settings: ChatSettings;
  apiBaseUrl: string | null;
  secretsSet: string[];
  lastTest: ChatTestResult | null;
  endpoints: { label: string; url: string }[];
  createdAt: string;
  updatedAt: string;
};
export type CreateChatConnectionInput = {
  platform: ChatPlatform;
  name: string;
  externalTeamId?: string | null;
  secrets: Record<string, string>;
  settings?: Partial<ChatSettings>;
  apiBaseUrl?: string | null;
};
export type UpdateChatConnectionInput = Partial<Omit<CreateChatConnectionInput, 'platform' | 'secrets'>> & {
  secrets?: Record<string, string>;
};
export type IncidentChatView = {
  channels: {
    connectionId: string;
    platform: ChatPlatform;
    channelId: string;
    channelName: string;
    mirror: boolean;
    archivedAt: string | null;
  }[];
};

const enc = encodeURIComponent;

export const chatKeys = {
  connections: ['chat', 'connections'] as const,
  incident: (ref: string) => ['chat', 'incident', ref.toUpperCase()] as const,
};

export const useChatConnections = () =>
  useQuery({
    queryKey: chatKeys.connections,
    queryFn: async ({ signal }) => (await getData<{ items: ChatConnectionView[] }>('/chat/connections', signal)).items,
  });

export const createChatConnection = (body: CreateChatConnectionInput) => send<ChatConnectionView>('POST', '/chat/connections', body);
export const updateChatConnection = (id: string, body: UpdateChatConnectionInput) =>
  send<ChatConnectionView>('PATCH', `/chat/connections/${enc(id)}`, body);
export const deleteChatConnection = (id: string) => send<void>('DELETE', `/chat/connections/${enc(id)}`);
export const testChatConnection = (id: string) => send<ChatTestResult>('POST', `/chat/connections/${enc(id)}/test`, {});

/** The incident's chat channels (none unless it was declared from, or given a channel in, a chat platform). */
export const useIncidentChat = (ref: string) =>
  useQuery({
    queryKey: chatKeys.incident(ref),
    queryFn: ({ signal }) => getData<IncidentChatView>(`/incidents/${enc(ref)}/chat`, signal),
    staleTime: 30_000,
  });

/** Turns mirroring of the incident's channels to its timeline on or off; the answer replaces the cached list. */
export function useSetChatMirror(ref: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (mirror: boolean) => send<IncidentChatView>('PUT', `/incidents/${enc(ref)}/chat`, { mirror }),
    onSuccess: (view) => qc.setQueryData(chatKeys.incident(ref), view),
  });
}

import type {
  ChatConnectionView,
  ChatPlatformId,
  ChatSettingsInput,
  ChatTestResult,
  CreateChatConnectionBody,
  IncidentChatView,
  SetTeamChatChannelBody,
  TeamChatView,
  UpdateChatConnectionBody,
} from '@firebreak/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getData, request } from './client.ts';

// Chat-ops: the admin's chat connections (Slack, Mattermost, Teams) and an incident's chat channels.
// The connections list answers `{ data }` like every list; the other chat routes answer their view as is. Types only (zod stays out of the bundle): the shapes are chat-core's schemas in @firebreak/shared (chat.ts).
export type ChatPlatform = ChatPlatformId;
export type { ChatConnectionView, ChatTestResult, IncidentChatView };
export type ChatSettings = ChatSettingsInput;

const enc = encodeURIComponent;

export const chatKeys = {
  connections: ['chat', 'connections'] as const,
  incident: (ref: string) => ['chat', 'incident', ref.toUpperCase()] as const,
};

export const useChatConnections = () =>
  useQuery({
    queryKey: chatKeys.connections,
    queryFn: ({ signal }) => getData<ChatConnectionView[]>('/chat/connections', signal),
  });

export const createChatConnection = (body: CreateChatConnectionBody) => request<ChatConnectionView>('POST', '/chat/connections', body);
export const updateChatConnection = (id: string, body: UpdateChatConnectionBody) =>
  request<ChatConnectionView>('PATCH', `/chat/connections/${enc(id)}`, body);
export const deleteChatConnection = (id: string) => request<void>('DELETE', `/chat/connections/${enc(id)}`);
export const testChatConnection = (id: string) => request<ChatTestResult>('POST', `/chat/connections/${enc(id)}/test`, {});

/** The incident's chat channels (none unless it was declared from, or given a channel in, a chat platform). */
export const useIncidentChat = (ref: string) =>
  useQuery({
    queryKey: chatKeys.incident(ref),
    queryFn: ({ signal }) => request<IncidentChatView>('GET', `/incidents/${enc(ref)}/chat`, undefined, signal),
    staleTime: 30_000,
  });

/** Turns mirroring of the incident's channels to its timeline on or off; the answer replaces the cached list. */
export function useSetChatMirror(ref: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (mirror: boolean) => request<IncidentChatView>('PUT', `/incidents/${enc(ref)}/chat`, { mirror }),
    onSuccess: (view) => qc.setQueryData(chatKeys.incident(ref), view),
  });
}

// ---- a team's channel for on-call handovers ----

export type { TeamChatView };

const teamChatKey = (teamId: string) => ['chat', 'team', teamId] as const;

/** Where the team's handovers are posted (a channel per connection), the connections to choose from and whether the reader may change it. */
export const useTeamChat = (teamId: string) =>
  useQuery({
    queryKey: teamChatKey(teamId),
    queryFn: ({ signal }) => request<TeamChatView>('GET', `/teams/${enc(teamId)}/chat-channel`, undefined, signal),
    staleTime: 30_000,
  });

/** Sets (or changes) the team's channel on a connection; `channelId` is left out on platforms without channels (Teams). */
export function useSetTeamChannel(teamId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SetTeamChatChannelBody) => request<TeamChatView>('PUT', `/teams/${enc(teamId)}/chat-channel`, body),
    onSuccess: (view) => qc.setQueryData(teamChatKey(teamId), view),
  });
}

/** Stops posting the team's handovers on a connection. */
export function useRemoveTeamChannel(teamId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (connectionId: string) => request<TeamChatView>('DELETE', `/teams/${enc(teamId)}/chat-channel/${enc(connectionId)}`),
    onSuccess: (view) => qc.setQueryData(teamChatKey(teamId), view),
  });
}

import type {
  AnswerView,
  ChatImportResultSchema,
  FollowUpItemSchema,
  OpenFindingSchema,
  RetroListItemSchema,
  RetroSectionView,
  RetroTaskSchema,
  RetroView,
  TemplateSchema,
  ThemesSchema,
  TimelineItem,
} from '@firebreak/shared';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import { getData, qs, request, send } from './client.ts';
import { openStream } from './live.ts';
import { keys } from './queries.ts';

export type { AnswerView, RetroSectionView, RetroView };
export type RetroListItem = z.infer<typeof RetroListItemSchema>;
export type RetroTask = z.infer<typeof RetroTaskSchema>;
export type RetroTemplate = z.infer<typeof TemplateSchema>;
export type Themes = z.infer<typeof ThemesSchema>;
export type ChatImportResult = z.infer<typeof ChatImportResultSchema>;
export type OpenFinding = z.infer<typeof OpenFindingSchema>;
export type FollowUpItem = z.infer<typeof FollowUpItemSchema>;
export type WhyNode = RetroView['whys']['nodes'][number];
export type Revision = RetroView['revisions'][number];

/** Retrospectives are addressed by id or by incident reference; the key uses what the URL says. */
export const retroKeys = {
  list: (status: string) => ['retros', status] as const,
  one: (id: string, revision?: number) => ['retro', id.toUpperCase(), revision ?? 'working'] as const,
  all: (id: string) => ['retro', id.toUpperCase()] as const,
  tasks: ['retro-tasks'] as const,
  templates: ['retro-templates'] as const,
  themes: (ref: string) => ['themes', ref.toUpperCase()] as const,
  agenda: (id: string) => ['retro-agenda', id.toUpperCase()] as const,
  followUps: (f: FollowUpFilters) => ['follow-up-tracker', f] as const,
};

const enc = encodeURIComponent;
export const retroPath = (id: string) => `/retros/${enc(id)}`;

export const useRetros = (status: string) =>
  useQuery({
    queryKey: retroKeys.list(status),
    queryFn: ({ signal }) =>
      request<{ data: RetroListItem[]; nextCursor: string | null }>('GET', `/retros${qs({ status, limit: 200 })}`, undefined, signal),
  });

export const useRetro = (id: string, revision?: number) =>
  useQuery({
    queryKey: retroKeys.one(id, revision),
    queryFn: ({ signal }) => getData<RetroView>(`${retroPath(id)}${qs({ revision })}`, signal),
    retry: (n, err) => (err as { status?: number }).status !== 404 && n < 2,
  });

export const useRetroTasks = (all = false) =>
  useQuery({ queryKey: [...retroKeys.tasks, all], queryFn: ({ signal }) => getData<RetroTask[]>(`/me/retro-tasks${qs({ all })}`, signal) });

export const useTemplates = () =>
  useQuery({
    queryKey: retroKeys.templates,
    queryFn: ({ signal }) => getData<RetroTemplate[]>('/retro-templates', signal),
    staleTime: 60_000,
  });

export const useThemes = (ref: string, enabled: boolean) =>
  useQuery({ queryKey: retroKeys.themes(ref), queryFn: ({ signal }) => getData<Themes>(`/incidents/${enc(ref)}/themes`, signal), enabled });

export type Agenda = { durationMinutes: number; markdown: string; items: { title: string; minutes: number; points: string[] }[] };
export const useAgenda = (id: string, enabled: boolean) =>
  useQuery({ queryKey: retroKeys.agenda(id), queryFn: ({ signal }) => getData<Agenda>(`${retroPath(id)}/agenda`, signal), enabled });

export type FollowUpFilters = { owner?: string; team?: string; service?: string; overdue?: boolean; fromRetro?: boolean };
export const useFollowUpTracker = (f: FollowUpFilters) =>
  useQuery({
    queryKey: retroKeys.followUps(f),
    queryFn: ({ signal }) =>
      request<{ data: FollowUpItem[]; nextCursor: string | null }>(
        'GET',
        `/follow-ups${qs({ owner: f.owner, team: f.team, service: f.service, overdue: f.overdue ? 'true' : undefined, fromRetro: f.fromRetro ? 'true' : undefined, limit: 200 })}`,
        undefined,
        signal,
      ),
  });

/**
 * After the retrospective's status changed (published, amended, sent for review): the incident's
 * closing gate and the lists change with it. Fetched at once, also while the incident page is not
 * shown, so going back to it never shows a blocker that is already lifted.
 */
export function refreshIncident(qc: QueryClient, incidentRef: string): void {
  void qc.invalidateQueries({ queryKey: keys.incident(incidentRef), refetchType: 'all' });
  void qc.invalidateQueries({ queryKey: keys.incidents() });
}

/** Puts a fresh view in the cache under the key the page uses (the server answers most writes with the view). */
export function storeRetro(qc: QueryClient, id: string, view: RetroView): void {
  qc.setQueryData(retroKeys.one(id), view);
}

export const retroApi = {
  draft: (ref: string, template?: string) => send<RetroView>('POST', `/incidents/${enc(ref)}/retro`, template ? { template } : {}),
  saveSection: (id: string, key: string, baseRevision: number, body: string) =>
    send<RetroSectionView>('PUT', `${retroPath(id)}/sections/${enc(key)}`, { baseRevision, body }),
  saveItems: (id: string, key: string, baseRevision: number, items: TimelineItem[]) =>
    send<RetroSectionView>('PUT', `${retroPath(id)}/sections/${enc(key)}`, { baseRevision, items }),
  setStatus: (id: string, status: 'draft' | 'in_review') => send<RetroView>('POST', `${retroPath(id)}/status`, { status }),
  publish: (id: string, confirm: boolean) => send<RetroView>('POST', `${retroPath(id)}/publish`, { confirm }),
  amend: (id: string) => send<RetroView>('POST', `${retroPath(id)}/amend`, {}),
  findings: (id: string) => getData<OpenFinding[]>(`${retroPath(id)}/findings`),
  addWhy: (id: string, parentId: string | null, text: string) =>
    request<{ data: RetroView; whyId: string }>('POST', `${retroPath(id)}/whys`, { parentId, text }),
  editWhy: (id: string, why: string, text: string) => send<RetroView>('PATCH', `${retroPath(id)}/whys/${enc(why)}`, { text }),
  removeWhy: (id: string, why: string) => send<RetroView>('DELETE', `${retroPath(id)}/whys/${enc(why)}`),
  endWhy: (id: string, why: string, body: unknown) => send<RetroView>('PUT', `${retroPath(id)}/whys/${enc(why)}/ending`, body),
  myAnswer: (id: string) => getData<AnswerView>(`${retroPath(id)}/answers/mine`),
  answer: (id: string, body: Record<string, string | boolean>) => send<AnswerView>('PUT', `${retroPath(id)}/answers/mine`, body),
  withdraw: (id: string) => request<void>('DELETE', `${retroPath(id)}/answers/mine`),
  decideDepth: (id: string, decision: 'deep' | 'standard', reason: string) =>
    send<RetroView>('PUT', `${retroPath(id)}/depth`, { decision, reason }),
  schedule: (id: string, body: { startsAt: string; durationMinutes: number; location: string; attendees: string[] }) =>
    send<RetroView>('PUT', `${retroPath(id)}/meeting`, body),
  cancelMeeting: (id: string) => send<RetroView>('DELETE', `${retroPath(id)}/meeting`),
  share: (id: string) => send<{ token: string; url: string; markdownUrl: string; htmlUrl: string }>('POST', `${retroPath(id)}/share`, {}),
  unshare: (id: string) => request<void>('DELETE', `${retroPath(id)}/share`),
  propose: (id: string, body: Record<string, unknown>) =>
    request<{ data: RetroView; actionId: string }>('POST', `${retroPath(id)}/follow-ups`, body),
  importChat: (ref: string, body: unknown) => send<ChatImportResult>('POST', `/incidents/${enc(ref)}/chat-imports`, body),
};

export type RetroLiveEvent =
  | { type: 'section'; section: RetroSectionView }
  | { type: 'retro' | 'whys' | 'answers' | 'actions' | 'meeting' | 'depth' | 'share' | 'findings'; status?: string; revision?: number };

// `findings`: the server's learned review has read newly saved text (its vectors are stored), so the
// language findings of sections and whys may have changed.
const LIVE_EVENTS = ['section', 'retro', 'whys', 'answers', 'actions', 'meeting', 'depth', 'share', 'findings'] as const;

/**
 * Follows the retrospective's live stream (through the one stream helper, so it shares the
 * reconnect back-off and the "reconnecting" banner): a saved section goes straight into the cache
 * (readers see others' text without a refetch, open editors notice a newer revision), anything else
 * refetches, and so does a reconnect, to catch up on what was missed.
 */
export function useRetroLive(id: string, qc: QueryClient, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refetch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void qc.invalidateQueries({ queryKey: retroKeys.all(id) }), 120);
    };
    const close = openStream<RetroLiveEvent>({
      url: `/api/v1${retroPath(id)}/events`,
      event: LIVE_EVENTS,
      onMessage: (e) => {
        if (e.type === 'section' && 'section' in e) {
          const s = e.section;
          qc.setQueryData<RetroView>(retroKeys.one(id), (cur) =>
            cur ? { ...cur, sections: cur.sections.map((x) => (x.key === s.key && x.revision <= s.revision ? s : x)) } : cur,
          );
          // A fetch already in flight (e.g. after this reader's own save) may have read before this
          // save committed and would put the older text back; fetching again after the event cannot.
          refetch();
        } else {
          refetch();
          const ref = qc.getQueryData<RetroView>(retroKeys.one(id))?.incident.ref;
          if (e.type === 'retro' && ref) refreshIncident(qc, ref);
        }
      },
      // Nothing to resume from: whatever changed between the page's fetch and the stream opening
      // (or while it was down) is fetched again once it is open.
      onOpen: refetch,
    });
    return () => {
      clearTimeout(timer);
      close();
    };
  }, [id, enabled, qc]);
}

export const RETRO_STATUS_LABEL: Record<RetroView['status'], string> = { draft: 'Draft', in_review: 'In review', published: 'Published' };
export const RETRO_STATUS_COLOR: Record<RetroView['status'], string> = { draft: 'gray', in_review: 'yellow', published: 'green' };

/** Triggers a browser download of a text answer (exports, .ics) fetched with the session cookie. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(`/api/v1${path}`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`Download failed (${res.status})`);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

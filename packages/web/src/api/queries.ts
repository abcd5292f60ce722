import { type QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getData, qs, request } from './client.ts';
import type {
  Action,
  Incident,
  IncidentMail,
  IncidentSummary,
  Page,
  RoleType,
  Service,
  Severity,
  SeverityCount,
  Team,
  TimelineEntry,
  Token,
  User,
} from './types.ts';

/** Query keys in one place, so invalidation after a change or a live event is precise. */
export const keys = {
  me: ['me'] as const,
  incidents: (f?: IncidentFilters) => (f ? (['incidents', f] as const) : (['incidents'] as const)),
  stats: ['incident-stats'] as const,
  incident: (ref: string) => ['incident', ref.toUpperCase()] as const,
  incidentMail: (ref: string) => ['incident-mail', ref.toUpperCase()] as const,
  timeline: (ref: string) => ['timeline', ref.toUpperCase()] as const,
  actions: (ref: string) => ['actions', ref.toUpperCase()] as const,
  myActions: ['my-actions'] as const,
  severities: ['severities'] as const,
  roles: ['roles'] as const,
  services: ['services'] as const,
  service: (name: string) => ['service', name] as const,
  teams: ['teams'] as const,
  users: (q = '') => ['users', q] as const,
  tokens: ['tokens'] as const,
};

export type IncidentFilters = {
  status?: string;
  severity?: string;
  service?: string;
  mine?: boolean;
  q?: string;
};

export const PAGE_SIZE = 50;

export function useIncidents(f: IncidentFilters) {
  return useInfiniteQuery({
    queryKey: keys.incidents(f),
    queryFn: ({ pageParam, signal }) =>
      request<Page<IncidentSummary>>(
        'GET',
        `/incidents${qs({ status: f.status, severity: f.severity, service: f.service, mine: f.mine ? 'true' : undefined, q: f.q, limit: PAGE_SIZE, cursor: pageParam })}`,
        undefined,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const useIncidentStats = () =>
  useQuery({ queryKey: keys.stats, queryFn: ({ signal }) => getData<SeverityCount[]>('/incidents/stats', signal) });

export const useIncident = (ref: string) =>
  useQuery({ queryKey: keys.incident(ref), queryFn: ({ signal }) => getData<Incident>(`/incidents/${encodeURIComponent(ref)}`, signal) });

/** The incident's e-mail: its address for comments (responders) and the files e-mails brought. */
export const useIncidentMail = (ref: string) =>
  useQuery({
    queryKey: keys.incidentMail(ref),
    queryFn: ({ signal }) => getData<IncidentMail>(`/incidents/${encodeURIComponent(ref)}/mail`, signal),
  });

/** The whole timeline in recorded order, read in large pages (the server allows 5,000 per page). */
export async function fetchTimeline(ref: string, signal?: AbortSignal): Promise<TimelineEntry[]> {
  const all: TimelineEntry[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await request<Page<TimelineEntry>>(
      'GET',
      `/incidents/${encodeURIComponent(ref)}/timeline${qs({ limit: 5000, cursor })}`,
      undefined,
      signal,
    );
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

export const useTimeline = (ref: string) =>
  useQuery({ queryKey: keys.timeline(ref), queryFn: ({ signal }) => fetchTimeline(ref, signal), staleTime: Number.POSITIVE_INFINITY });

export const useActions = (ref: string) =>
  useQuery({
    queryKey: keys.actions(ref),
    queryFn: ({ signal }) => getData<Action[]>(`/incidents/${encodeURIComponent(ref)}/actions?limit=200`, signal),
  });

export const useMyActions = () =>
  useQuery({ queryKey: keys.myActions, queryFn: ({ signal }) => getData<Action[]>('/actions?owner=me&limit=200', signal) });

export const useSeverities = () =>
  useQuery({ queryKey: keys.severities, queryFn: ({ signal }) => getData<Severity[]>('/severities', signal), staleTime: 60_000 });

export const useRoleTypes = () =>
  useQuery({ queryKey: keys.roles, queryFn: ({ signal }) => getData<RoleType[]>('/roles', signal), staleTime: 60_000 });

/** The catalog is small (tens to hundreds of services): read it once and search it in the browser. */
export const useServices = () =>
  useQuery({ queryKey: keys.services, queryFn: ({ signal }) => getData<Service[]>('/services?limit=200', signal), staleTime: 30_000 });

export const useService = (name: string) =>
  useQuery({ queryKey: keys.service(name), queryFn: ({ signal }) => getData<Service>(`/services/${encodeURIComponent(name)}`, signal) });

export const useTeams = () => useQuery({ queryKey: keys.teams, queryFn: ({ signal }) => getData<Team[]>('/teams?limit=200', signal) });

export const useUsers = (q = '') =>
  useQuery({
    queryKey: keys.users(q),
    queryFn: ({ signal }) => getData<User[]>(`/users${qs({ q, limit: 200 })}`, signal),
    staleTime: 30_000,
  });

export const useTokens = () => useQuery({ queryKey: keys.tokens, queryFn: ({ signal }) => getData<Token[]>('/tokens', signal) });

/** After a change to an incident: the page, the list rows and the counts may all show it. */
export function invalidateIncident(qc: QueryClient, ref: string) {
  void qc.invalidateQueries({ queryKey: keys.incident(ref) });
  void qc.invalidateQueries({ queryKey: keys.incidents() });
  void qc.invalidateQueries({ queryKey: keys.stats });
}

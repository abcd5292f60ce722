import type {
  ContactMethodKind,
  ContactMethodView,
  CreateEscalationPolicyInput,
  CreatePageInput,
  EscalationPolicyView,
  MyPagingView,
  OnCallLoadView,
  PageSuggestionView,
  PageTarget,
  PageView,
} from '@firebreak/shared';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { getData, qs, request, send } from './client.ts';

// Escalation and paging: policies, my contact methods and rules, pages (ack, escalate, reassign),
// suggestions on the incident page, and the on-call load report. Shapes: packages/shared/src/paging.ts.
export type { ContactMethodView, EscalationPolicyView, MyPagingView, OnCallLoadView, PageSuggestionView, PageView };

export const pagingKeys = {
  all: ['paging'] as const,
  policies: ['paging', 'policies'] as const,
  policy: (id: string) => ['paging', 'policy', id] as const,
  me: ['paging', 'me'] as const,
  myPages: ['paging', 'pages', 'mine'] as const,
  incidentPages: (ref: string) => ['paging', 'pages', 'incident', ref.toUpperCase()] as const,
  suggestions: (ref: string) => ['paging', 'suggestions', ref.toUpperCase()] as const,
  load: (from: string, to: string, team: string) => ['paging', 'load', from, to, team] as const,
};

const enc = encodeURIComponent;

export const usePolicies = () =>
  useQuery({
    queryKey: pagingKeys.policies,
    queryFn: ({ signal }) => getData<EscalationPolicyView[]>('/escalation-policies?limit=200', signal),
  });
export const usePolicy = (id: string) =>
  useQuery({
    queryKey: pagingKeys.policy(id),
    queryFn: ({ signal }) => getData<EscalationPolicyView>(`/escalation-policies/${enc(id)}`, signal),
  });
export const createPolicy = (b: CreateEscalationPolicyInput) => send<EscalationPolicyView>('POST', '/escalation-policies', b);
export const updatePolicy = (id: string, b: Partial<CreateEscalationPolicyInput>) =>
  send<EscalationPolicyView>('PATCH', `/escalation-policies/${enc(id)}`, b);
export const deletePolicy = (id: string) => request<void>('DELETE', `/escalation-policies/${enc(id)}`);
/** Which policy pages for a service (null: none). */
export const setServicePolicy = (serviceId: string, policy: string | null) =>
  send<unknown>('PUT', `/services/${enc(serviceId)}/escalation-policy`, { policy });

export const useMyPaging = () =>
  useQuery({ queryKey: pagingKeys.me, queryFn: ({ signal }) => getData<MyPagingView>('/me/paging', signal) });
export const addContactMethod = (b: { kind: ContactMethodKind; label?: string; address: string }) =>
  send<ContactMethodView>('POST', '/me/contact-methods', b);
export const updateContactMethod = (id: string, b: { label?: string; address?: string; enabled?: boolean }) =>
  send<ContactMethodView>('PATCH', `/me/contact-methods/${enc(id)}`, b);
export const removeContactMethod = (id: string) => request<void>('DELETE', `/me/contact-methods/${enc(id)}`);
export const testContactMethod = (id: string) => send<unknown>('POST', `/me/contact-methods/${enc(id)}/test`, {});
export const addPagingRule = (b: { contactMethod: string; delayMinutes: number }) => send<unknown>('POST', '/me/paging-rules', b);
export const removePagingRule = (id: string) => request<void>('DELETE', `/me/paging-rules/${enc(id)}`);

export const useMyPages = () =>
  useQuery({
    queryKey: pagingKeys.myPages,
    queryFn: ({ signal }) => getData<PageView[]>(`/pages${qs({ mine: '1', status: 'open,acknowledged', limit: 50 })}`, signal),
    refetchInterval: 15_000,
  });
export const useIncidentPages = (ref: string) =>
  useQuery({
    queryKey: pagingKeys.incidentPages(ref),
    queryFn: ({ signal }) => getData<PageView[]>(`/pages${qs({ incident: ref, limit: 50 })}`, signal),
    refetchInterval: 15_000,
  });
export const usePageSuggestions = (ref: string, enabled: boolean) =>
  useQuery({
    queryKey: pagingKeys.suggestions(ref),
    queryFn: ({ signal }) => getData<PageSuggestionView[]>(`/incidents/${enc(ref)}/page-suggestions`, signal),
    enabled,
  });
export const pageAbout = (ref: string, b: CreatePageInput) => send<PageView>('POST', `/incidents/${enc(ref)}/pages`, b);
export const acknowledgePage = (id: string) => send<PageView>('POST', `/pages/${enc(id)}/ack`, { via: 'web' });
export const escalatePage = (id: string) => send<PageView>('POST', `/pages/${enc(id)}/escalate`, {});
export const reassignPage = (id: string, target: PageTarget) => send<PageView>('POST', `/pages/${enc(id)}/reassign`, { target });

export const useOnCallLoad = (from: string, to: string, team: string) =>
  useQuery({
    queryKey: pagingKeys.load(from, to, team),
    queryFn: ({ signal }) => getData<OnCallLoadView>(`/oncall/load${qs({ from, to, team })}`, signal),
    placeholderData: (prev) => prev,
  });

export const invalidatePaging = (qc: QueryClient) => void qc.invalidateQueries({ queryKey: pagingKeys.all });

import type {
  CalendarFeedView,
  CreateOverrideInput,
  CreateScheduleInput,
  HandoverView,
  MyOnCallView,
  OnCallSpanView,
  OverrideView,
  ScheduleView,
  ShiftsView,
  UpdateScheduleInput,
} from '@firebreak/shared';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { getData, qs, request, send } from './client.ts';

// On-call schedules: the schedule list and page, overrides, calendar feeds, handovers.
// Shapes are the shared contract (packages/shared/src/oncall/api.ts).
export type { CalendarFeedView, HandoverView, MyOnCallView, OnCallSpanView, OverrideView, ScheduleView, ShiftsView };

export const oncallKeys = {
  all: ['oncall'] as const,
  schedules: ['oncall', 'schedules'] as const,
  schedule: (id: string) => ['oncall', 'schedule', id] as const,
  shifts: (id: string, from: number, to: number) => ['oncall', 'schedule', id, 'shifts', from, to] as const,
  overrides: (id: string) => ['oncall', 'schedule', id, 'overrides'] as const,
  handovers: (id: string) => ['oncall', 'schedule', id, 'handovers'] as const,
  mine: ['oncall', 'me'] as const,
};

const sid = (id: string) => encodeURIComponent(id);
const iso = (ms: number) => new Date(ms).toISOString();

export const useSchedules = () =>
  useQuery({ queryKey: oncallKeys.schedules, queryFn: ({ signal }) => getData<ScheduleView[]>('/schedules?limit=200', signal) });
export const useSchedule = (id: string) =>
  useQuery({ queryKey: oncallKeys.schedule(id), queryFn: ({ signal }) => getData<ScheduleView>(`/schedules/${sid(id)}`, signal) });
/** Each layer's spans, the final schedule and its gaps over [from, to); the last range stays on screen while the next loads. */
export const useShifts = (id: string, from: number, to: number) =>
  useQuery({
    queryKey: oncallKeys.shifts(id, from, to),
    queryFn: ({ signal }) => getData<ShiftsView>(`/schedules/${sid(id)}/shifts${qs({ from: iso(from), to: iso(to) })}`, signal),
    placeholderData: (prev) => prev,
  });
export const useOverrides = (id: string) =>
  useQuery({
    queryKey: oncallKeys.overrides(id),
    queryFn: ({ signal }) => getData<OverrideView[]>(`/schedules/${sid(id)}/overrides`, signal),
  });
export const useHandovers = (id: string) =>
  useQuery({
    queryKey: oncallKeys.handovers(id),
    queryFn: ({ signal }) => getData<HandoverView[]>(`/schedules/${sid(id)}/handovers`, signal),
  });
export const useMyOnCall = () =>
  useQuery({ queryKey: oncallKeys.mine, queryFn: ({ signal }) => getData<MyOnCallView>('/me/oncall', signal) });

export const createSchedule = (b: CreateScheduleInput) => send<ScheduleView>('POST', '/schedules', b);
export const updateSchedule = (id: string, b: UpdateScheduleInput) => send<ScheduleView>('PATCH', `/schedules/${sid(id)}`, b);
export const deleteSchedule = (id: string) => request<void>('DELETE', `/schedules/${sid(id)}`);
export const createOverride = (id: string, b: CreateOverrideInput) => send<OverrideView>('POST', `/schedules/${sid(id)}/overrides`, b);
export const deleteOverride = (id: string, oid: string) =>
  request<void>('DELETE', `/schedules/${sid(id)}/overrides/${encodeURIComponent(oid)}`);
/** A new secret feed URL (any earlier one stops working); shown once. */
export const scheduleFeed = (id: string) => send<CalendarFeedView>('POST', `/schedules/${sid(id)}/calendar-feed`);
export const revokeScheduleFeed = (id: string) => request<void>('DELETE', `/schedules/${sid(id)}/calendar-feed`);
export const myFeed = () => send<CalendarFeedView>('POST', '/me/calendar-feed');
export const revokeMyFeed = () => request<void>('DELETE', '/me/calendar-feed');
export const saveHandover = (id: string, notes: string) => send<HandoverView>('PATCH', `/handovers/${encodeURIComponent(id)}`, { notes });
export const ackHandover = (id: string) => send<HandoverView>('POST', `/handovers/${encodeURIComponent(id)}/ack`);

export const invalidateOnCall = (qc: QueryClient) => void qc.invalidateQueries({ queryKey: oncallKeys.all });

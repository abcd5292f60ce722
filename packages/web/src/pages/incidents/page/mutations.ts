import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '../../../api/client.ts';
import { keys } from '../../../api/queries.ts';
import type { Incident, TimelineEntry } from '../../../api/types.ts';

/** What a correction (edit, delete, retract) recorded later does to the entry it corrects, as the server did it. */
function corrected(target: TimelineEntry, e: TimelineEntry): TimelineEntry {
  const by = e.actor ? { id: e.actor.id, name: e.actor.name } : null;
  if (e.kind === 'entry_edited' || e.kind === 'update_edited') {
    const times = ((target.data.edited as { times?: number } | undefined)?.times ?? 0) + 1;
    if (target.body === e.data.to) return target;
    return {
      ...target,
      body: typeof e.data.to === 'string' ? e.data.to : target.body,
      data: { ...target.data, edited: { at: e.recordedAt, by, times } },
    };
  }
  return {
    ...target,
    body: null,
    pinned: false,
    data: { ...target.data, removed: { at: e.recordedAt, by, reason: e.data.reason ?? null } },
  };
}
const CORRECTIONS = new Set(['entry_edited', 'entry_deleted', 'update_edited', 'update_retracted']);

/** Adds entries to the cached timeline once each (the live stream may deliver the same entry again). */
export function mergeEntries(current: TimelineEntry[] | undefined, incoming: TimelineEntry[]): TimelineEntry[] {
  const list = current ? [...current] : [];
  const index = new Map(list.map((e, i) => [e.id, i]));
  for (const e of incoming) {
    if (e.kind === 'pinned') {
      const target = index.get(Number(e.data.entryId));
      if (target !== undefined) list[target] = { ...list[target], pinned: !!e.data.pinned };
    }
    if (CORRECTIONS.has(e.kind) && !index.has(e.id)) {
      const target = index.get(Number(e.data.entryId));
      if (target !== undefined) list[target] = corrected(list[target], e);
    }
    const at = index.get(e.id);
    if (at === undefined) {
      index.set(e.id, list.length);
      list.push(e);
    } else list[at] = { ...list[at], ...e, pinned: list[at].pinned || e.pinned };
  }
  return list;
}

/**
 * A change to the incident through an endpoint that answers with the full incident: the page shows
 * the answer at once, and the lists and counts refresh behind it.
 */
export function useIncidentChange<V>(ref: string, run: (vars: V) => Promise<Incident>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (incident) => {
      qc.setQueryData(keys.incident(ref), incident);
      void qc.invalidateQueries({ queryKey: keys.incidents() });
      void qc.invalidateQueries({ queryKey: keys.stats });
    },
  });
}

export const patchIncident = (ref: string, body: Record<string, unknown>) =>
  send<Incident>('PATCH', `/incidents/${encodeURIComponent(ref)}`, body);

/** Posts to the timeline and shows the entry immediately; the live stream reconciles it. */
export function usePostEntry(ref: string, path: 'comments' | 'updates' | 'timeline') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => send<TimelineEntry>('POST', `/incidents/${encodeURIComponent(ref)}/${path}`, body),
    onSuccess: (entry) => {
      qc.setQueryData<TimelineEntry[]>(keys.timeline(ref), (cur) => mergeEntries(cur, [entry]));
      if (path === 'updates') void qc.invalidateQueries({ queryKey: keys.incident(ref) });
    },
  });
}

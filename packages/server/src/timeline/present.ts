import type { EntryRow } from './store.ts';

export type TimelineEntryView = {
  id: number;
  kind: string;
  actor: { id: string; name: string } | null;
  body: string | null;
  data: Record<string, unknown>;
  visibility: string;
  occurredAt: string;
  recordedAt: string;
  pinned: boolean;
};

export const presentEntry = (e: EntryRow): TimelineEntryView => ({
  id: Number(e.id),
  kind: e.kind,
  actor: e.actor_id ? { id: e.actor_id, name: e.actor_name ?? 'Unknown' } : null,
  body: e.body,
  data: JSON.parse(e.data) as Record<string, unknown>,
  visibility: e.visibility,
  occurredAt: e.occurred_at,
  recordedAt: e.recorded_at,
  pinned: !!e.pinned,
});

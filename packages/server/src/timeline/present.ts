import type { TimelineEntryView, TimelineKind, Visibility } from '@firebreak/shared';
import type { EntryRow } from './store.ts';

export type { TimelineEntryView };

export const presentEntry = (e: EntryRow): TimelineEntryView => ({
  id: Number(e.id),
  kind: e.kind as TimelineKind,
  actor: e.actor_id ? { id: e.actor_id, name: e.actor_name ?? 'Unknown' } : null,
  body: e.body,
  data: JSON.parse(e.data) as Record<string, unknown>,
  visibility: e.visibility as Visibility,
  occurredAt: e.occurred_at,
  recordedAt: e.recorded_at,
  pinned: !!e.pinned,
});

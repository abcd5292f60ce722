import type { TimelineEntryView, TimelineKind, Visibility } from '@firebreak/shared';
import type { Actor } from '../platform/context.ts';
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

/**
 * Fields stakeholders (viewers) never read, whatever the entry: the verbatim report a declaration
 * carries may name customers and people, as on the incident itself (which hides it from them).
 */
const HIDDEN_FROM_STAKEHOLDERS: Partial<Record<TimelineKind, { body?: true }>> = { declared: { body: true } };

/** Who reads a live stream: one presentation per audience is shared by all of its streams. */
export type Audience = Actor['role'];
export const AUDIENCES: readonly Audience[] = ['admin', 'responder', 'viewer'];

/**
 * Whether an audience sees the entry at all: stakeholders (viewers) read only entries written for
 * them. The same rule as `listEntries(…, { stakeholdersOnly })` in SQL, for entries read unfiltered.
 */
export const entryVisibleTo = (user: Pick<Actor, 'role'>, e: Pick<EntryRow, 'visibility'>): boolean =>
  user.role !== 'viewer' || e.visibility === 'stakeholders';

/** The one presenter of an entry per audience: what a viewer reads is decided per field, here. */
export function presentEntryFor(user: Pick<Actor, 'role'>, e: EntryRow): TimelineEntryView {
  const view = presentEntry(e);
  if (user.role !== 'viewer') return view;
  const hidden = HIDDEN_FROM_STAKEHOLDERS[view.kind];
  return hidden?.body ? { ...view, body: null } : view;
}

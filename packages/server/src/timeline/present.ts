import type { TimelineEntryView, TimelineKind, Visibility } from '@firebreak/shared';
import { visibleNumbers } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
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

/** A value that names another incident by its reference. */
const REF = /^INC-(\d{1,9})$/;

/**
 * Entries that exist only because of another incident (a duplicate merged into this one): a reader
 * who may not see that incident does not get the entry at all — not its ref, title or existence.
 */
const ABOUT_ANOTHER_INCIDENT: Partial<Record<TimelineKind, string>> = { merged: 'duplicate' };

/** Incident numbers an entry's data names (top-level values and lists of values). */
function refsIn(data: Record<string, unknown>): number[] {
  const out: number[] = [];
  for (const v of Object.values(data))
    for (const x of Array.isArray(v) ? v : [v]) {
      const m = typeof x === 'string' ? REF.exec(x) : null;
      if (m) out.push(Number(m[1]));
    }
  return out;
}

/** The entry with every reference to an incident the reader may not see taken out (null, or out of a list). */
/** Whether an entry's data names another incident (its presentation then depends on the reader's access to it). */
export const namesOtherIncidents = (view: Pick<TimelineEntryView, 'data'>): boolean => refsIn(view.data).length > 0;

function withoutHiddenRefs(view: TimelineEntryView, visible: Set<number>): TimelineEntryView | null {
  const hidden = (x: unknown) => {
    const m = typeof x === 'string' ? REF.exec(x) : null;
    return !!m && !visible.has(Number(m[1]));
  };
  const whole = ABOUT_ANOTHER_INCIDENT[view.kind];
  if (whole && hidden(view.data[whole])) return null;
  if (!refsIn(view.data).some((n) => !visible.has(n))) return view;
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(view.data)) data[k] = Array.isArray(v) ? v.filter((x) => !hidden(x)) : hidden(v) ? null : v;
  return { ...view, data };
}

/**
 * Entries as this reader may read them, for every read of a timeline (pages, live streams, replay,
 * investigation aids): per field for their audience (`presentEntryFor`), and without anything that
 * names an incident they may not see (a private one they are not a member of). Entries about such an
 * incident are left out, so the answer may be shorter than `rows`.
 */
export async function presentEntriesFor(tx: Tx, user: Pick<Actor, 'id' | 'role'>, rows: readonly EntryRow[]): Promise<TimelineEntryView[]> {
  const views = rows.map((r) => presentEntryFor(user, r));
  const numbers = views.flatMap((v) => refsIn(v.data));
  if (!numbers.length) return views;
  const visible = await visibleNumbers(tx, user, numbers);
  return views.map((v) => withoutHiddenRefs(v, visible)).filter((v): v is TimelineEntryView => v !== null);
}

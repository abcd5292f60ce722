import { type IncidentStatus, STAKEHOLDER_TIMELINE_KINDS } from '@firebreak/shared';
import type { TimelineEntry } from '../../api/types.ts';
import { STATUS_LABEL } from '../../lib/labels.ts';

/**
 * Only what stakeholders may read: never war-room talk, notes or ticket edits. The list is the
 * server's (packages/shared), so this page shows what a viewer would be shown, no more, no less.
 */
export const STATUS_PAGE_KINDS = STAKEHOLDER_TIMELINE_KINDS;

/** Whether the status page shows this entry (it is what a stakeholder would see). */
export const forStakeholders = (e: Pick<TimelineEntry, 'kind'>): boolean => STATUS_PAGE_KINDS.includes(e.kind);

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** A correction of an update (edited, retracted): shown on the update it corrects, not as a line of its own. */
export const isCorrection = (e: Pick<TimelineEntry, 'kind'>): boolean => e.kind === 'update_edited' || e.kind === 'update_retracted';

/** When an update was last corrected, if it was. */
export const correctedAt = (e: TimelineEntry): string | null => (e.data.edited as { at?: string } | undefined)?.at ?? null;

/** Whether (when, and why) an update was retracted. */
export const retraction = (e: TimelineEntry): { at: string; reason: string | null } | null =>
  (e.data.removed as { at: string; reason: string | null } | undefined) ?? null;

/** One plain line for an entry that is not a written update: opened, status changed, duplicate merged. */
export function stakeholderLine(e: TimelineEntry): string {
  switch (e.kind) {
    case 'declared':
      return 'Incident opened';
    case 'merged': {
      // The duplicate's title is left out when that incident is private.
      const title = text(e.data.title);
      return `${text(e.data.duplicate) || 'Another report'}${title ? ` (${title})` : ''} was merged into this incident as a duplicate`;
    }
    default:
      return `Status changed to ${STATUS_LABEL[e.data.to as IncidentStatus] ?? String(e.data.to)}`;
  }
}

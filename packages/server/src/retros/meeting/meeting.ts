import type { MeetingBody } from '@firebreak/shared';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { transaction } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { resolveUser } from '../../users/index.ts';
import { remember } from '../history.ts';
import { retroChanged } from '../live.ts';
import { assertEditable, loadRetro } from '../policy.ts';
import { updateRetro } from '../store.ts';

/** Schedules (or moves) the review meeting; each change bumps the invite's sequence so calendars update it. */
export async function scheduleMeeting(ctx: Ctx, ref: string, input: z.output<typeof MeetingBody>): Promise<void> {
  await transaction(ctx, async (tx) => {
    const { retro } = await loadRetro(tx, ctx.user, ref, 'scheduleMeeting', { forUpdate: true });
    retroChanged(tx, retro, 'meeting');
    const attendees: { id: string; name: string }[] = [];
    for (const a of input.attendees) attendees.push(await resolveUser(tx, a === 'me' ? ctx.user.id : a, 'attendees'));
    const ids = [...new Set(attendees.map((u) => u.id))];
    const now = ctx.clock.now().toISOString();
    await updateRetro(tx, retro.id, {
      meeting_starts_at: input.startsAt,
      meeting_duration_minutes: input.durationMinutes,
      meeting_location: input.location,
      meeting_attendees: JSON.stringify(ids),
      meeting_sequence: retro.meeting_sequence + (retro.meeting_starts_at ? 1 : 0),
      updated_at: now,
    });
    await remember(tx, ctx, retro, {
      kind: 'retro_meeting_changed',
      data: {
        retroId: retro.id,
        change: retro.meeting_starts_at ? 'rescheduled' : 'scheduled',
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        attendees: ids.map((id) => ({ id, name: attendees.find((u) => u.id === id)?.name })),
      },
    });
    return retro.id;
  });
}

/** Cancels the review meeting (its notes stay). */
export async function cancelMeeting(ctx: Ctx, ref: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    const { retro } = await loadRetro(tx, ctx.user, ref, 'scheduleMeeting', { forUpdate: true });
    retroChanged(tx, retro, 'meeting');
    if (!retro.meeting_starts_at) throw new NotFoundError('No review meeting is scheduled', 'meeting_not_found');
    await updateRetro(tx, retro.id, {
      meeting_starts_at: null,
      meeting_duration_minutes: null,
      meeting_location: null,
      meeting_attendees: null,
      meeting_sequence: retro.meeting_sequence + 1,
      updated_at: ctx.clock.now().toISOString(),
    });
    await remember(tx, ctx, retro, {
      kind: 'retro_meeting_changed',
      data: { retroId: retro.id, change: 'cancelled', startsAt: retro.meeting_starts_at },
    });
    return retro.id;
  });
}

/** Saves the meeting notes, with the same stale-save protection as sections (409 with both versions). */
export async function saveMeetingNotes(
  ctx: Ctx,
  ref: string,
  input: { baseRevision: number; notes: string },
): Promise<{ notes: string; notesRevision: number }> {
  const { out } = await transaction(ctx, async (tx) => {
    const { retro } = await loadRetro(tx, ctx.user, ref, 'edit', { forUpdate: true });
    retroChanged(tx, retro, 'meeting');
    assertEditable(retro);
    if (input.baseRevision !== retro.meeting_notes_revision) {
      throw new ConflictError(
        `The meeting notes changed since revision ${input.baseRevision}; merge and save again with baseRevision ${retro.meeting_notes_revision}`,
        {
          section: 'meeting_notes',
          yours: { baseRevision: input.baseRevision, notes: input.notes },
          theirs: { notes: retro.meeting_notes, notesRevision: retro.meeting_notes_revision },
        },
        'edit_conflict',
      );
    }
    const now = ctx.clock.now().toISOString();
    const r = await tx.db
      .updateTable('retros')
      .set({ meeting_notes: input.notes, meeting_notes_revision: input.baseRevision + 1, updated_at: now })
      .where('id', '=', retro.id)
      .where('meeting_notes_revision', '=', input.baseRevision)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new ConflictError('The meeting notes changed while saving', {}, 'edit_conflict');
    await remember(tx, ctx, retro, {
      kind: 'retro_meeting_changed',
      data: { retroId: retro.id, change: 'notes', notesRevision: input.baseRevision + 1 },
    });
    return { retroId: retro.id, out: { notes: input.notes, notesRevision: input.baseRevision + 1 } };
  });
  return out;
}

import { type Agenda, buildAgenda, buildWhyTree, chainTo, isOpenActionStatus, type TimelineItem } from '@firebreak/shared';
import { createEvent } from 'ics';
import { formatRef } from '../../incidents/index.ts';
import { incidentThemes, wholeTimeline } from '../../investigation/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { reader } from '../../platform/context.ts';
import { InputError, NotFoundError } from '../../platform/errors.ts';
import { getUsersByIds } from '../../users/index.ts';
import { answerAuthor, answersOf } from '../answers/answers.ts';
import { loadRetro } from '../policy.ts';
import { prefillTimeline } from '../prefill.ts';
import { retroActions } from '../present.ts';
import { sectionsOf } from '../store.ts';
import { whysOfRetro } from '../whys/store.ts';

/**
 * The review meeting's agenda, generated from the retrospective: timeline summary (its timeline
 * section, else milestones and pinned moments), themes, surprises, open whys, proposed follow-ups.
 */
export async function agendaFor(
  ctx: Ctx,
  ref: string,
): Promise<Agenda & { retroId: string; incidentRef: string; durationMinutes: number }> {
  const tx = reader(ctx);
  const { retro, incident } = await loadRetro(tx, ctx.user, ref, 'edit');
  const [sections, whys, answers, actions, themes] = await Promise.all([
    sectionsOf(tx, retro.id),
    whysOfRetro(tx, retro.id),
    answersOf(tx, retro.id),
    retroActions(tx, ctx.user, retro, ctx.clock.now().toISOString()),
    incidentThemes(tx, ctx.user, incident),
  ]);
  const timelineSection = sections.find((s) => s.kind === 'timeline' && s.items && (JSON.parse(s.items) as TimelineItem[]).length);
  const moments = timelineSection
    ? (JSON.parse(timelineSection.items as string) as TimelineItem[])
    : prefillTimeline(
        incident,
        (await wholeTimeline(tx, ctx.user, incident.id)).filter((e) => e.pinned),
      );
  const nodes = whys.map((w) => ({
    id: w.id,
    parentId: w.parent_id,
    position: w.position,
    text: w.text,
    ending: w.ending as 'follow_up' | 'accepted' | null,
    actionId: w.action_id,
    acceptedReason: w.accepted_reason,
  }));
  const tree = buildWhyTree(nodes);
  const durationMinutes = retro.meeting_duration_minutes ?? 60;
  const agenda = buildAgenda({
    incident: { ref: formatRef(incident.number), title: incident.title },
    durationMinutes,
    moments,
    themes,
    surprises: answers
      .filter((a) => a.surprised.trim())
      .map((a) => ({ who: answerAuthor(a)?.name ?? 'Anonymous', text: a.surprised.trim() })),
    openWhys: tree.summary.openLeaves.map((id) => ({ id, chain: chainTo(id, nodes) })),
    proposedFollowUps: actions
      .filter((a) => a.kind === 'follow_up' && isOpenActionStatus(a.status) && (a.fromRetro || a.draft))
      .map((a) => ({ id: a.id, title: a.title, owner: a.owner?.name ?? null })),
  });
  return { ...agenda, retroId: retro.id, incidentRef: formatRef(incident.number), durationMinutes };
}

/** The review meeting as an iCalendar invite (RFC 5545), with the agenda as its description. */
export async function meetingIcs(ctx: Ctx, ref: string): Promise<{ filename: string; ics: string }> {
  const tx = reader(ctx);
  const { retro, incident } = await loadRetro(tx, ctx.user, ref, 'edit');
  if (!retro.meeting_starts_at) throw new NotFoundError('No review meeting is scheduled', 'meeting_not_found');
  const ids = retro.meeting_attendees ? (JSON.parse(retro.meeting_attendees) as string[]) : [];
  const found = new Map((await getUsersByIds(tx, ids)).map((u) => [u.id, u]));
  const attendees = ids.flatMap((id) => (found.has(id) ? [found.get(id) as NonNullable<ReturnType<typeof found.get>>] : []));
  const agenda = await agendaFor(ctx, ref);
  const incRef = formatRef(incident.number);
  const url = `${ctx.config.publicUrl}/retros/${retro.id}`;
  const { error, value } = createEvent({
    productId: 'firebreak/retrospectives',
    method: 'PUBLISH',
    uid: `retro-${retro.id}@firebreak`,
    sequence: retro.meeting_sequence,
    start: Date.parse(retro.meeting_starts_at),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: retro.meeting_duration_minutes ?? 60 },
    title: `Review: ${incRef} ${incident.title}`,
    description: `${agenda.markdown}\n${url}`,
    location: retro.meeting_location || undefined,
    url,
    status: 'CONFIRMED',
    attendees: attendees.map((u) => ({
      name: u.name,
      email: u.email,
      rsvp: true,
      partstat: 'NEEDS-ACTION' as const,
      role: 'REQ-PARTICIPANT' as const,
    })),
  });
  if (error || !value) throw new InputError(`Cannot build the invite: ${error?.message ?? 'unknown error'}`, {}, 'ics_failed');
  return { filename: `${incRef}-review.ics`, ics: value };
}

import { ANSWER_PROMPTS } from '@firebreak/shared';
import { formatRef, visibleTo, workedOn } from '../incidents/index.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { authorKey } from './answers/answerKey.ts';

export type RetroTask =
  | {
      kind: 'answer';
      retroId: string;
      incident: { ref: string; title: string };
      retroStatus: string;
      done: boolean;
      prompts: { key: string; prompt: string }[];
    }
  | {
      kind: 'attend';
      retroId: string;
      incident: { ref: string; title: string };
      retroStatus: string;
      done: boolean;
      startsAt: string;
      durationMinutes: number;
    };

/**
 * The caller's retrospective tasks: give their view on retrospectives of incidents where they were a
 * participant or held a role (until published), and attend scheduled review meetings.
 */
export async function retroTasks(ctx: Ctx, opts: { all: boolean }): Promise<RetroTask[]> {
  const tx = reader(ctx);
  const uid = ctx.user.id;
  const rows = await tx.db
    .selectFrom('retros')
    .innerJoin('incidents', 'incidents.id', 'retros.incident_id')
    .select([
      'retros.id',
      'retros.status',
      'retros.meeting_starts_at',
      'retros.meeting_duration_minutes',
      'retros.meeting_attendees',
      'incidents.number',
      'incidents.title',
      // Asked for their view: they worked the incident.
      workedOn(uid).as('invited'),
    ])
    .where('retros.status', '!=', 'published')
    .where((eb) => eb.or([workedOn(uid), eb('retros.meeting_attendees', 'like', `%"${uid.replace(/[%_"\\]/g, '')}"%`)]))
    // Private incidents: only members (and admins) see them, even when invited to the meeting.
    .where(visibleTo(ctx.user))
    .orderBy('incidents.number', 'desc')
    .limit(500)
    .execute();
  if (ctx.user.role === 'viewer') return [];
  const ids = rows.map((r) => r.id);
  const keys = new Map(ids.map((id) => [authorKey(ctx.config, id, uid), id]));
  const answered = new Set(
    keys.size
      ? (
          await tx.db
            .selectFrom('retro_answers')
            .select('author_key')
            .where('author_key', 'in', [...keys.keys()])
            .execute()
        ).map((a) => keys.get(a.author_key))
      : [],
  );
  const now = ctx.clock.now().toISOString();
  const tasks: RetroTask[] = [];
  for (const r of rows) {
    const incident = { ref: formatRef(r.number), title: r.title };
    if (r.invited)
      tasks.push({
        kind: 'answer',
        retroId: r.id,
        incident,
        retroStatus: r.status,
        done: answered.has(r.id),
        prompts: ANSWER_PROMPTS.map((p) => ({ key: p.key, prompt: p.prompt })),
      });
    const attendees = r.meeting_attendees ? (JSON.parse(r.meeting_attendees) as string[]) : [];
    if (r.meeting_starts_at && attendees.includes(uid)) {
      const end = new Date(Date.parse(r.meeting_starts_at) + (r.meeting_duration_minutes ?? 60) * 60_000).toISOString();
      tasks.push({
        kind: 'attend',
        retroId: r.id,
        incident,
        retroStatus: r.status,
        done: end < now,
        startsAt: r.meeting_starts_at,
        durationMinutes: r.meeting_duration_minutes ?? 60,
      });
    }
  }
  return opts.all ? tasks : tasks.filter((t) => !t.done);
}

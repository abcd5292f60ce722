import { abilitiesFrom, HANDOVER_ABILITIES, type HandoverSummary, type HandoverView, type UserBrief } from '@firebreak/shared';
import { visibleNumbers } from '../incidents/index.ts';
import type { Actor, Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { loadSchedule } from './manage.ts';
import { briefs } from './people.ts';
import { canManage } from './policy.ts';
import { type HandoverRow, handoverById, handoversOf, scheduleById, updateHandover } from './store.ts';

/**
 * Reading and completing handovers: everyone signed in reads a schedule's handover history (the
 * incidents listed are only those the reader may see); the outgoing person (or an admin) writes the
 * notes until it is acknowledged; the incoming person acknowledges it — when nobody came on, someone
 * who manages the schedule does.
 */

const mayEdit = (user: Actor, h: HandoverRow) => !h.acknowledged_at && (user.id === h.outgoing_user_id || user.role === 'admin');
async function mayAcknowledge(tx: Tx, user: Actor, h: HandoverRow, teamId: string | null) {
  if (h.acknowledged_at) return false;
  if (user.id === h.incoming_user_id || user.role === 'admin') return true;
  return !h.incoming_user_id && (await canManage(tx, user, teamId));
}

async function load(tx: Tx, id: string) {
  const h = await handoverById(tx, id);
  const s = h && (await scheduleById(tx, h.schedule_id));
  if (!h || !s) throw new NotFoundError(`No handover ${id}`, 'handover_not_found');
  return { h, s };
}

export async function presentHandovers(tx: Tx, user: Actor, rows: HandoverRow[]): Promise<HandoverView[]> {
  const schedules = new Map<string, { id: string; name: string; timeZone: string; teamId: string | null }>();
  for (const id of new Set(rows.map((r) => r.schedule_id))) {
    const s = await scheduleById(tx, id);
    if (s) schedules.set(id, { id: s.id, name: s.name, timeZone: s.time_zone, teamId: s.team_id });
  }
  const summaries = rows.map((r) => JSON.parse(r.summary) as HandoverSummary);
  const numbers = summaries.flatMap((x) => x.incidents.map((i) => Number(i.ref.replace(/^INC-/, ''))));
  const visible = await visibleNumbers(tx, user, numbers);
  const people = await briefs(
    tx,
    rows.flatMap((r) => [r.outgoing_user_id, r.incoming_user_id, r.acknowledged_by]),
  );
  const who = (id: string | null): UserBrief | null => (id ? (people.get(id) ?? null) : null);
  const out: HandoverView[] = [];
  for (const [i, r] of rows.entries()) {
    const s = schedules.get(r.schedule_id);
    if (!s) continue;
    const summary = summaries[i];
    const ack = await mayAcknowledge(tx, user, r, s.teamId);
    out.push({
      id: r.id,
      schedule: { id: s.id, name: s.name, timeZone: s.timeZone },
      changedAt: r.changed_at,
      shiftStart: r.shift_start,
      outgoing: who(r.outgoing_user_id),
      incoming: who(r.incoming_user_id),
      summary: { ...summary, incidents: summary.incidents.filter((x) => visible.has(Number(x.ref.replace(/^INC-/, '')))) },
      notes: r.notes,
      acknowledgedAt: r.acknowledged_at,
      acknowledgedBy: who(r.acknowledged_by),
      abilities: abilitiesFrom(HANDOVER_ABILITIES, (a) => (a === 'edit' ? mayEdit(user, r) : ack)),
    });
  }
  return out;
}

/** A schedule's handovers, newest first. */
export async function handoverHistory(ctx: Ctx, ref: string, limit: number): Promise<HandoverView[]> {
  const tx = reader(ctx);
  const s = await loadSchedule(tx, ref);
  return presentHandovers(tx, ctx.user, await handoversOf(tx, s.id, limit));
}

export async function getHandover(ctx: Ctx, id: string): Promise<HandoverView> {
  const tx = reader(ctx);
  const { h } = await load(tx, id);
  return (await presentHandovers(tx, ctx.user, [h]))[0];
}

const acknowledged = () =>
  new ConflictError('This handover has been acknowledged; it can no longer change', undefined, 'handover_acknowledged');

/** The outgoing person's notes (replaced whole). */
export async function writeHandoverNotes(ctx: Ctx, id: string, notes: string): Promise<HandoverView> {
  await transaction(ctx, async (tx) => {
    const { h } = await load(tx, id);
    if (h.acknowledged_at) throw acknowledged();
    if (!mayEdit(ctx.user, h)) throw new NotAllowedError('Only the person handing over (or an admin) writes the handover notes');
    await updateHandover(tx, h.id, { notes, updated_at: ctx.clock.now().toISOString() });
  });
  return getHandover(ctx, id);
}

/** The incoming person has read the handover. */
export async function acknowledgeHandover(ctx: Ctx, id: string): Promise<HandoverView> {
  await transaction(ctx, async (tx) => {
    const { h, s } = await load(tx, id);
    if (h.acknowledged_at) throw acknowledged();
    if (!(await mayAcknowledge(tx, ctx.user, h, s.team_id)))
      throw new NotAllowedError('Only the person taking over (or an admin) acknowledges the handover');
    const now = ctx.clock.now().toISOString();
    await updateHandover(tx, h.id, { acknowledged_at: now, acknowledged_by: ctx.user.id, updated_at: now });
  });
  return getHandover(ctx, id);
}

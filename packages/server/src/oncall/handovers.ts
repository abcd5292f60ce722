import { finalSchedule, type HandoverSummary } from '@firebreak/shared';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { unacknowledgedAlerts } from '../alerts/index.ts';
import { activeIncidentsFor, formatRef } from '../incidents/index.ts';
import type { Deps, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { newId } from '../platform/ids.ts';
import { defineJob, definePeriodic } from '../platform/jobs/queue.ts';
import { sendMail } from '../platform/mail.ts';
import { pagesOfShift } from './handoverPages.ts';
import { reactToHandoverWritten } from './hooks.ts';
import { engineSchedule, overridesFor, type Schedule, type ShiftChange, shiftChangesOf, toSchedule } from './schedules.ts';
import { allSchedules, type HandoverRow, insertHandoverOnce, lockSchedule, scheduleById, updateSchedule, usersByIds } from './store.ts';

/**
 * Handovers (issue 13): at each shift change the outgoing person gets a handover, prefilled with
 * what is open at the change (active incidents they may see, unacknowledged alerts — of the
 * schedule's team's services when it has a team — and the pages of their shift); they add notes and
 * the incoming person acknowledges it.
 *
 * A periodic job (every minute, once per period across a fleet) looks at each schedule from where it
 * looked last (`handovers_through`, at most a week back, so a long outage does not flood anyone) to
 * the injected clock's now, in one transaction per schedule. The handover's key is the schedule and
 * the instant of the change (unique), so a retried or concurrent run writes it once, and so does a
 * run after a restart; the e-mails are enqueued in the same transaction with keys of their own.
 */

export const HANDOVER_EVERY_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far back the job looks at most. */
export const HANDOVER_LOOKBACK_MS = 7 * DAY_MS;
/** How many incidents and alerts a handover lists. */
const LIST_LIMIT = 50;

/** When the outgoing person's stretch on call began (at most a week before the change). */
async function shiftStartOf(tx: Tx, s: Schedule, change: ShiftChange): Promise<Date> {
  const to = change.at;
  const from = new Date(to.getTime() - HANDOVER_LOOKBACK_MS);
  const overrides = (await overridesFor(tx, [s.id], from, to)).get(s.id) ?? [];
  const spans = finalSchedule(engineSchedule(s, overrides), from, to).final;
  let start = to;
  for (let i = spans.length - 1; i >= 0; i--) {
    const x = spans[i];
    if (x.userId !== change.from || x.end.getTime() !== start.getTime()) break;
    start = x.start;
  }
  return start;
}

/** What was open when the shift changed hands. */
async function summarise(tx: Tx, s: Schedule, outgoing: { id: string; role: string }, from: Date, to: Date): Promise<HandoverSummary> {
  const before = to.toISOString();
  const incidents = await activeIncidentsFor(tx, outgoing, { before, teamId: s.teamId, limit: LIST_LIMIT });
  const alerts = await unacknowledgedAlerts(tx, { before, teamId: s.teamId, limit: LIST_LIMIT });
  const pages = await pagesOfShift(tx, { userId: outgoing.id, from, to });
  return {
    incidents: incidents.map((i) => ({ id: i.id, ref: formatRef(Number(i.number)), title: i.title, status: i.status })),
    alerts: alerts.map((a) => ({ id: a.id, title: a.title, status: a.status, service: a.service_name ?? null })),
    pages: pages ?? [],
    pagesAvailable: pages !== null,
  };
}

const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).setLocale('en-GB').toFormat("ccc d LLL HH:mm '('ZZZZ')'");

async function writeHandover(tx: Tx, deps: Deps, s: Schedule, change: ShiftChange): Promise<boolean> {
  if (!change.from) return false;
  const people = new Map(
    (
      await usersByIds(
        tx,
        [change.from, change.to].filter((x): x is string => !!x),
      )
    ).map((u) => [u.id, u]),
  );
  const out = people.get(change.from);
  if (!out) return false;
  const into = change.to ? people.get(change.to) : undefined;
  const shiftStart = await shiftStartOf(tx, s, change);
  const now = deps.clock.now().toISOString();
  const row: HandoverRow = {
    id: newId(),
    schedule_id: s.id,
    changed_at: change.at.toISOString(),
    shift_start: shiftStart.toISOString(),
    outgoing_user_id: out.id,
    incoming_user_id: into?.id ?? null,
    summary: JSON.stringify(await summarise(tx, s, out, shiftStart, change.at)),
    notes: '',
    created_at: now,
    updated_at: now,
    acknowledged_at: null,
    acknowledged_by: null,
  };
  if (!(await insertHandoverOnce(tx, row))) return false;
  const link = `${deps.config.publicUrl.replace(/\/$/, '')}/oncall/schedules/${s.id}#handovers`;
  const when = local(change.at, s.timeZone);
  const brief = (u: { id: string; name: string; email: string }) => ({ id: u.id, name: u.name, email: u.email });
  await reactToHandoverWritten(tx, deps, {
    id: row.id,
    schedule: { id: s.id, name: s.name, timeZone: s.timeZone, teamId: s.teamId },
    changedAt: row.changed_at,
    shiftStart: row.shift_start,
    outgoing: brief(out),
    incoming: into ? brief(into) : null,
    summary: JSON.parse(row.summary) as HandoverSummary,
    link,
  });
  const mails = [
    !out.disabled_at && {
      to: out,
      key: 'out',
      subject: `[Firebreak] Your on-call handover for ${s.name}`,
      text: `Your shift on ${s.name} ended ${when}${into ? `; ${into.name} is on call now` : '; nobody is on call after you'}.\n\nYour handover is ready with what is still open: add your notes for the next person.\n\n${link}`,
    },
    into &&
      !into.disabled_at && {
        to: into,
        key: 'in',
        subject: `[Firebreak] You are on call for ${s.name}: handover from ${out.name}`,
        text: `You took over ${s.name} from ${out.name} ${when}.\n\nRead the handover (open incidents, unacknowledged alerts, pages, notes) and acknowledge it:\n\n${link}`,
      },
  ];
  for (const m of mails) {
    if (!m) continue;
    await sendMail(
      tx,
      deps,
      { to: [{ name: m.to.name, address: m.to.email }], subject: m.subject, text: m.text, idPrefix: `firebreak.handover.${row.id}` },
      { key: `oncall.handover:${row.id}:${m.key}` },
    );
  }
  return true;
}

/** Writes the handovers of every shift change up to now that has none yet; returns how many it wrote. */
export async function writeDueHandovers(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  let written = 0;
  for (const { id } of await allSchedules(reader(deps))) {
    written += await transaction(deps, async (tx) => {
      await lockSchedule(tx, id);
      const row = await scheduleById(tx, id);
      if (!row) return 0;
      const from = new Date(Math.max(Date.parse(row.handovers_through), now.getTime() - HANDOVER_LOOKBACK_MS));
      if (from.getTime() >= now.getTime()) return 0;
      const s = toSchedule(row);
      let n = 0;
      for (const change of await shiftChangesOf(tx, s, from, now)) if (await writeHandover(tx, deps, s, change)) n++;
      await updateSchedule(tx, s.id, { handovers_through: now.toISOString() });
      return n;
    });
  }
  return written;
}

export const handoversJob = defineJob({
  kind: 'oncall.handovers',
  payload: z.object({ tick: z.string() }),
  maxAttempts: 3,
  timeoutMs: 50_000,
  async run(ctx) {
    await writeDueHandovers(ctx);
  },
});

export const handoversPeriodic = definePeriodic({ name: 'oncall.handovers', everyMs: HANDOVER_EVERY_MS, job: handoversJob });

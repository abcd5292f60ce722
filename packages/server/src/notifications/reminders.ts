import { ACTION_DUE_SOON_HOURS, ACTIVE_STATUSES, nextUpdateDue, OPEN_ACTION_STATUSES } from '@firebreak/shared';
import { z } from 'zod';
import { commsSettings } from '../comms/index.ts';
import { formatRef } from '../incidents/index.ts';
import { transaction } from '../platform/context.ts';
import { defineJob, definePeriodic, type JobContext } from '../platform/jobs/queue.ts';
import { deliverNotice } from './notice.ts';
import { actionsDueBefore, incidentsWithCadence, insertNotice, roleHoldersOf } from './store.ts';

/** How often the reminders job looks (once per period across a fleet). */
export const REMINDER_EVERY_MS = 60_000;

const minutes = (ms: number) => Math.max(0, Math.round(ms / 60_000));
const hhmm = (iso: string) => `${iso.slice(11, 16)} UTC`;

/**
 * Stakeholder-update cadence: once the next update is due (the severity's cadence from the last
 * update, or the declaration), the communications lead is reminded; still overdue `graceMinutes`
 * after the due time, the commander is told too (at once when there is no lead). Each step happens
 * once per due time (`notification_notices` is keyed by it), a new update moves the due time (a new
 * round), and resolved incidents are not looked at.
 */
export async function remindUpdatesDue(ctx: JobContext): Promise<void> {
  await transaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const { graceMinutes } = await commsSettings(tx);
    for (const inc of await incidentsWithCadence(tx, ACTIVE_STATUSES)) {
      const due = nextUpdateDue(inc.last_update_at ?? inc.declared_at, inc.cadence);
      if (!due || Date.parse(due) > now.getTime()) continue;
      const holders = await roleHoldersOf(tx, inc.id, ['comms_lead', 'commander']);
      const lead = holders.find((h) => h.role_key === 'comms_lead');
      const commander = holders.find((h) => h.role_key === 'commander');
      const late = minutes(now.getTime() - Date.parse(due));
      const at = now.toISOString();
      const notice = (stage: 'lead' | 'commander', userId: string) =>
        insertNotice(tx, {
          key: `update_due:${inc.id}:${due}:${stage}`,
          kind: 'update_due',
          incident_id: inc.id,
          subject_id: inc.id,
          due_at: due,
          stage,
          user_id: userId,
          at,
        });
      if (lead && (await notice('lead', lead.id))) {
        await deliverNotice(tx, ctx, {
          userId: lead.id,
          incidentId: inc.id,
          key: `update_due:${inc.id}:${due}:lead`,
          kind: 'update_due',
          line: late
            ? `Stakeholder update overdue ${late} min (due ${hhmm(due)})`
            : `Stakeholder update due now (every ${inc.cadence} min)`,
          detail: 'You are the communications lead: post a stakeholder update on the incident page.',
        });
      }
      const commanderAt = Date.parse(due) + (lead ? graceMinutes * 60_000 : 0);
      if (!commander || commander.id === lead?.id || now.getTime() < commanderAt) continue;
      if (await notice('commander', commander.id)) {
        await deliverNotice(tx, ctx, {
          userId: commander.id,
          incidentId: inc.id,
          key: `update_due:${inc.id}:${due}:commander`,
          kind: 'update_due',
          line: `Stakeholder update overdue ${late} min (due ${hhmm(due)})`,
          detail: lead
            ? `${lead.name} (communications lead) was reminded and no update has been posted yet.`
            : 'No communications lead is assigned: post the update or assign a lead.',
        });
      }
    }
  });
}

/**
 * Action due dates: the owner hears once when an open action is due within ACTION_DUE_SOON_HOURS,
 * and once when it is overdue; a new due date is a new round.
 */
export async function remindActionsDue(ctx: JobContext): Promise<void> {
  await transaction(ctx, async (tx) => {
    const now = ctx.clock.now();
    const soon = new Date(now.getTime() + ACTION_DUE_SOON_HOURS * 3_600_000).toISOString();
    for (const a of await actionsDueBefore(tx, soon, now.toISOString(), OPEN_ACTION_STATUSES)) {
      if (!a.owner_id || !a.due_at) continue;
      const overdue = Date.parse(a.due_at) <= now.getTime();
      const stage = overdue ? 'overdue' : 'due_soon';
      const key = `action_due:${a.id}:${a.due_at}:${stage}`;
      if (
        !(await insertNotice(tx, {
          key,
          kind: 'action_due',
          incident_id: a.incident_id,
          subject_id: a.id,
          due_at: a.due_at,
          stage,
          user_id: a.owner_id,
          at: now.toISOString(),
        }))
      )
        continue;
      const left = Date.parse(a.due_at) - now.getTime();
      const when = left >= 3_600_000 ? `in ${Math.round(left / 3_600_000)} h` : `in ${minutes(left)} min`;
      await deliverNotice(tx, ctx, {
        userId: a.owner_id,
        incidentId: a.incident_id,
        key,
        kind: 'action_due',
        line: overdue ? `Your action is overdue: ${a.title}` : `Your action is due ${when}: ${a.title}`,
        detail: `Due ${a.due_at.slice(0, 16).replace('T', ' ')} UTC · ${formatRef(a.incident_number)} ${a.incident_title}`,
      });
    }
  });
}

export const remindersJob = defineJob({
  kind: 'notify.reminders',
  payload: z.object({ tick: z.string() }),
  maxAttempts: 3,
  timeoutMs: 50_000,
  async run(ctx) {
    await remindUpdatesDue(ctx);
    await remindActionsDue(ctx);
  },
});

export const remindersPeriodic = definePeriodic({ name: 'notify.reminders', everyMs: REMINDER_EVERY_MS, job: remindersJob });

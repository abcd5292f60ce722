import { ACTIVE_STATUSES, type IncidentStatus, nextUpdateDue, type UpdateReminderView } from '@firebreak/shared';
import { commsSettings } from '../comms/index.ts';
import { loadIncident } from '../incidents/index.ts';
import { type Ctx, reader } from '../platform/context.ts';
import { listSeverities } from '../severities/index.ts';
import { noticesFor, roleHoldersOf } from './store.ts';

/**
 * Where the stakeholder-update cadence of an incident stands: when the next update is due, and
 * whether the communications lead was reminded and the commander told for that due time (the
 * incident page shows "Stakeholder update overdue 6 min — reminded Dana 10:32, commander told 10:37").
 */
export async function updateReminder(ctx: Ctx, ref: string): Promise<UpdateReminderView> {
  const tx = reader(ctx);
  const incident = await loadIncident(tx, ctx.user, ref);
  const severity = (await listSeverities(tx, true)).find((s) => s.id === incident.severity_id);
  const { graceMinutes } = await commsSettings(tx);
  const active = ACTIVE_STATUSES.includes(incident.status as IncidentStatus);
  const dueAt = active ? nextUpdateDue(incident.last_update_at ?? incident.declared_at, severity?.update_cadence_minutes ?? null) : null;
  const holders = await roleHoldersOf(tx, incident.id, ['comms_lead', 'commander']);
  const lead = holders.find((h) => h.role_key === 'comms_lead');
  const commander = holders.find((h) => h.role_key === 'commander');
  const notices = dueAt ? await noticesFor(tx, incident.id, dueAt) : [];
  const at = (stage: string) => notices.find((n) => n.stage === stage)?.at ?? null;
  return {
    dueAt,
    overdue: !!dueAt && Date.parse(dueAt) <= ctx.clock.now().getTime(),
    lead: lead ? { id: lead.id, name: lead.name, remindedAt: at('lead') } : null,
    commander: commander ? { id: commander.id, name: commander.name, toldAt: at('commander') } : null,
    graceMinutes,
  };
}

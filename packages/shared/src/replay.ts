import { z } from 'zod';
import { milestonesFor } from './lifecycle.ts';
import { TimelineEntrySchema } from './views.ts';
import { INCIDENT_STATUSES, type IncidentStatus, MILESTONES, ROOT_CAUSE_FIX_STATES } from './vocab.ts';

/**
 * "How it looked at the time" (issue 14, seed 004): the ticket as people saw it at a moment, rebuilt
 * from the current ticket by undoing, newest first, every timeline entry recorded after that moment
 * (each change records its before and after). What was known at the time is what had been recorded:
 * a status change back-dated later is not yet there.
 */

const Person = z.object({ id: z.string(), name: z.string() });
export const ReplayStateSchema = z.object({
  title: z.string(),
  summary: z.string(),
  status: z.enum(INCIDENT_STATUSES),
  severity: z.string().nullable().describe('Severity name'),
  private: z.boolean(),
  services: z.array(z.string()).describe('Service names, sorted'),
  roles: z.array(z.object({ role: z.string(), roleName: z.string(), user: Person })),
  milestones: z.record(z.enum(MILESTONES), z.string().nullable()),
  ticket: z.object({
    symptoms: z.string(),
    scopeCustomers: z.string(),
    scopeRegions: z.string(),
    scopeUserShare: z.number().nullable(),
    customerImpact: z.string(),
    rootCauses: z.string(),
    fixesForSymptoms: z.string(),
    rootCauseFix: z.object({ state: z.enum(ROOT_CAUSE_FIX_STATES), description: z.string(), reason: z.string().nullable() }),
    prevention: z.string(),
  }),
  whys: z.array(z.object({ id: z.string(), question: z.string(), answer: z.string().nullable() })),
});
export type ReplayState = z.infer<typeof ReplayStateSchema>;

/** A timeline entry as replay reads it. */
export type ReplayEntry = { kind: string; data: Record<string, unknown>; occurredAt: string; recordedAt: string };

const TICKET_FIELDS = [
  'symptoms',
  'scopeCustomers',
  'scopeRegions',
  'scopeUserShare',
  'customerImpact',
  'rootCauses',
  'fixesForSymptoms',
  'prevention',
] as const;
const FIX_FIELDS = { 'rootCauseFix.state': 'state', 'rootCauseFix.description': 'description', 'rootCauseFix.reason': 'reason' } as const;

const clone = (s: ReplayState): ReplayState => structuredClone(s);

/** Undoes one entry on the state (in place). `earlier` are the entries recorded before it, oldest first. */
function undo(s: ReplayState, e: ReplayEntry, earlier: readonly ReplayEntry[]): void {
  const d = e.data;
  switch (e.kind) {
    case 'field_changed': {
      const changes = (d.changes ?? {}) as Record<string, { from: unknown }>;
      for (const [field, { from }] of Object.entries(changes)) {
        if (field === 'title' || field === 'summary') s[field] = String(from ?? '');
        else if (field === 'severity') s.severity = (from as string | null) ?? null;
        else if (field === 'private') s.private = !!from;
        else if (field === 'services') s.services = [...((from as string[] | null) ?? [])].sort();
        else if (field in FIX_FIELDS) {
          const k = FIX_FIELDS[field as keyof typeof FIX_FIELDS];
          (s.ticket.rootCauseFix as Record<string, unknown>)[k] = from ?? (k === 'reason' ? null : '');
        } else if (field.startsWith('milestones.')) {
          s.milestones[field.slice('milestones.'.length) as keyof ReplayState['milestones']] = (from as string | null) ?? null;
        } else if ((TICKET_FIELDS as readonly string[]).includes(field)) {
          (s.ticket as Record<string, unknown>)[field] = field === 'scopeUserShare' ? (from ?? null) : String(from ?? '');
        }
      }
      return;
    }
    case 'status_changed': {
      const to = d.to as IncidentStatus;
      s.status = d.from as IncidentStatus;
      // Milestones this change stamped (they carry its time) were not there yet.
      for (const m of milestonesFor(to)) if (s.milestones[m] === e.occurredAt) s.milestones[m] = null;
      // Reopening cleared the resolution and closing times: they were the last ones before it.
      if (d.reopened) {
        const last = (status: IncidentStatus) => earlier.filter((x) => x.kind === 'status_changed' && x.data.to === status).at(-1);
        s.milestones.resolved = last('resolved')?.occurredAt ?? s.milestones.resolved;
        s.milestones.closed = last('closed')?.occurredAt ?? s.milestones.closed;
      }
      return;
    }
    case 'role_assigned':
    case 'role_unassigned': {
      const from = d.from as { id: string; name: string } | null;
      s.roles = s.roles.filter((r) => r.role !== d.role);
      if (from) s.roles.push({ role: String(d.role), roleName: String(d.roleName ?? d.role), user: { id: from.id, name: from.name } });
      return;
    }
    case 'why_added':
      s.whys = s.whys.filter((w) => w.id !== d.whyId);
      return;
    case 'why_answered':
      s.whys = s.whys.map((w) => (w.id === d.whyId ? { ...w, answer: (d.from as string | null) ?? null } : w));
      return;
  }
}

/**
 * The state at `at`, from the current state and the incident's entries in recorded order (oldest
 * first). Roles keep the order of `roleOrder` (most important first), as the ticket shows them.
 */
export function replayTo(current: ReplayState, entries: readonly ReplayEntry[], at: string, roleOrder: readonly string[]): ReplayState {
  const s = clone(current);
  const t = Date.parse(at);
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (Date.parse(e.recordedAt) <= t) break;
    undo(s, e, entries.slice(0, i));
  }
  s.roles.sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role));
  return s;
}

export const ReplayQuery = z.object({
  at: z.iso.datetime({ offset: true }).optional().describe('The moment to show (default: now); not before the declaration'),
  asOf: z.iso.datetime({ offset: true }).optional().describe('Another name for `at` (give one of them)'),
});
export const ReplaySchema = z.object({
  at: z.string(),
  declaredAt: z.string().describe('The earliest moment replay can show'),
  now: z.string(),
  state: ReplayStateSchema,
  entries: z.array(TimelineEntrySchema).describe('The timeline as it was at that moment: entries recorded up to then'),
});
export type ReplayView = z.infer<typeof ReplaySchema>;

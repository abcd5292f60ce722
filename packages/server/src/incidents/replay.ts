import { type IncidentView, MILESTONES, type ReplayEntry, type ReplayState, replayTo } from '@firebreak/shared';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { InputError, NotAllowedError } from '../platform/errors.ts';
import { listRoleTypes } from '../severities/index.ts';
import { listEntries, presentEntriesFor } from '../timeline/index.ts';
import { loadIncident } from './policy.ts';
import { fullView } from './read.ts';

const PAGE = 2_000;

/** The ticket as the incident page shows it now, in replay's shape. */
export function replayStateOf(v: IncidentView): ReplayState {
  const t = v.ticket;
  return {
    title: v.title,
    summary: v.summary,
    status: v.status,
    severity: v.severity?.name ?? null,
    private: v.private,
    services: v.services.map((s) => s.name).sort(),
    roles: v.roles.map((r) => ({ role: r.role, roleName: r.roleName, user: { id: r.user.id, name: r.user.name } })),
    milestones: Object.fromEntries(MILESTONES.map((m) => [m, v.milestones[m]])) as ReplayState['milestones'],
    ticket: {
      symptoms: t.symptoms,
      scopeCustomers: t.scope.customers,
      scopeRegions: t.scope.regions,
      scopeUserShare: t.scope.userShare,
      customerImpact: t.customerImpact,
      rootCauses: t.rootCauses,
      fixesForSymptoms: t.fixesForSymptoms,
      rootCauseFix: { ...t.rootCauseFix },
      prevention: t.prevention,
    },
    whys: v.ticket.whys.map((w) => ({ id: w.id, question: w.question, answer: w.answer })),
  };
}

/**
 * The incident as it looked at `at` (default: now): the ticket rebuilt from the timeline's before and
 * after data, and the entries recorded up to then, presented for the reader like the timeline.
 */
export async function replayIncident(ctx: Ctx, ref: string, at: string | undefined) {
  const tx = reader(ctx);
  // Invisible incidents are "not found" for everyone; a viewer who may see it is refused.
  const row = await loadIncident(tx, ctx.user, ref);
  if (ctx.user.role === 'viewer') throw new NotAllowedError('Replay shows the war-room ticket; viewers read the stakeholder view');
  const now = ctx.clock.now().toISOString();
  const moment = at ?? now;
  const rows = [];
  for (let after: number | undefined; ; ) {
    const page = await listEntries(tx, row.id, { after, limit: PAGE });
    rows.push(...page);
    if (page.length < PAGE) break;
    after = page[page.length - 1].id;
  }
  // The declaration entry is recorded a moment after the row is written: replay starts there.
  const declaredAt = rows[0]?.recorded_at ?? row.created_at;
  if (Date.parse(moment) < Date.parse(declaredAt))
    throw new InputError(`at: before the incident was declared (${declaredAt})`, { field: 'at' });
  const [view, roleTypes] = await Promise.all([fullView(tx, ctx.user, row), listRoleTypes(tx, true)]);
  const entries: ReplayEntry[] = rows.map((r) => ({
    kind: r.kind,
    data: JSON.parse(r.data) as Record<string, unknown>,
    occurredAt: r.occurred_at,
    recordedAt: r.recorded_at,
  }));
  const order = [...roleTypes].sort((a, b) => a.rank - b.rank).map((t) => t.key);
  const state = replayTo(replayStateOf(view as IncidentView), entries, moment, order);
  const known = rows.filter((r) => Date.parse(r.recorded_at) <= Date.parse(moment));
  return {
    at: moment,
    declaredAt,
    now,
    state,
    entries: await presentEntriesFor(tx, ctx.user, known),
  };
}

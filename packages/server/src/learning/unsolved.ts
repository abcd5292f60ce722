import type { Unsolved } from '@firebreak/shared';
import { formatRef } from '../incidents/index.ts';
import type { Ctx } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { followUpView } from './present.ts';
import { rootCauseActions, servicesOfIncidents, unsolvedIncidents } from './store.ts';

type Item = Unsolved['byService'][number]['incidents'][number];

/**
 * Resolved, not solved: incidents past resolution whose root-cause fix was waived, or whose
 * root-cause follow-ups are overdue or were dropped (won't do), grouped by service and by the owner
 * of those follow-ups. Only incidents the reader may see are listed or counted.
 */
export async function unsolved(ctx: Ctx): Promise<Unsolved> {
  const tx = reader(ctx);
  const now = ctx.clock.now().toISOString();
  const rows = await unsolvedIncidents(tx, ctx.user, now);
  const ids = rows.map((r) => r.id);
  const [actions, services] = await Promise.all([rootCauseActions(tx, ids), servicesOfIncidents(tx, ids)]);
  const byService = new Map<string | null, Item[]>();
  const byOwner = new Map<string | null, { owner: { id: string; name: string } | null; incidents: Item[] }>();
  for (const r of rows) {
    const followUps = actions.filter((a) => a.incident_id === r.id).map((a) => followUpView(a, now));
    const stuck = followUps.filter((f) => f.overdue || f.status === 'wont_do');
    const why: Item['why'] = [];
    if (r.root_cause_fix_state === 'waived') why.push('waived');
    if (followUps.some((f) => f.overdue)) why.push('overdue');
    if (followUps.some((f) => f.status === 'wont_do')) why.push('dropped');
    const item: Item = {
      ref: formatRef(Number(r.number)),
      title: r.title,
      status: r.status,
      resolvedAt: r.resolved_at,
      why,
      waivedReason: r.root_cause_fix_state === 'waived' ? r.root_cause_fix_reason : null,
      followUps,
    };
    const names = services.filter((s) => s.incident_id === r.id).map((s) => s.name);
    for (const name of names.length ? names : [null]) byService.set(name, [...(byService.get(name) ?? []), item]);
    const owners = stuck.length ? stuck.map((f) => f.owner) : [null];
    for (const owner of new Map(owners.map((o) => [o?.id ?? null, o])).values()) {
      const key = owner?.id ?? null;
      const entry = byOwner.get(key) ?? { owner, incidents: [] };
      entry.incidents.push(item);
      byOwner.set(key, entry);
    }
  }
  const order = <T extends { incidents: Item[] }>(list: T[]) => list.sort((a, b) => b.incidents.length - a.incidents.length);
  return {
    byService: order([...byService].map(([service, incidents]) => ({ service, incidents }))),
    byOwner: order([...byOwner.values()]),
    total: rows.length,
  };
}

import { type ComponentStatus, worstStatus } from '@firebreak/shared';
import type { Tx } from '../platform/context.ts';
import { newTimeOrderedId } from '../platform/ids.ts';
import { activeMaintenanceComponents, endInterval, insertInterval, listComponents, liveIncidentImpacts, openIntervals } from './store.ts';

/**
 * The history of what components went through, as intervals: one per incident impact, maintenance
 * or manual status while it lasts. Every change to those calls one of these in its transaction.
 */

type Owner = { incidentId: string } | { maintenanceId: string } | { manualOf: string };

/**
 * Makes the open intervals of one owner (an incident, a maintenance, a component's manual status)
 * match `wanted` (component → status) at `now`: intervals whose status changed or that are no longer
 * wanted end, new ones start. An empty map ends them all.
 */
export async function syncIntervals(tx: Tx, owner: Owner, wanted: Map<string, string>, now: string): Promise<void> {
  const open = await openIntervals(tx, owner);
  const kept = new Set<string>();
  for (const i of open) {
    if (wanted.get(i.component_id) === i.status && !kept.has(i.component_id)) kept.add(i.component_id);
    else await endInterval(tx, i.id, now);
  }
  for (const [componentId, status] of wanted) {
    if (kept.has(componentId)) continue;
    await insertInterval(tx, {
      id: newTimeOrderedId(),
      component_id: componentId,
      incident_id: 'incidentId' in owner ? owner.incidentId : null,
      maintenance_id: 'maintenanceId' in owner ? owner.maintenanceId : null,
      status,
      started_at: now,
      ended_at: null,
    });
  }
}

/**
 * What every component shows now: the worst impact of the open published public incidents and the
 * active maintenances on it, else its manual status, else operational.
 */
export async function currentStatuses(tx: Tx): Promise<Map<string, ComponentStatus>> {
  const [components, impacts, maintained] = await Promise.all([
    listComponents(tx),
    liveIncidentImpacts(tx),
    activeMaintenanceComponents(tx),
  ]);
  const live = new Map<string, ComponentStatus[]>();
  const add = (id: string, s: ComponentStatus) => live.set(id, [...(live.get(id) ?? []), s]);
  for (const i of impacts) add(i.component_id, i.status as ComponentStatus);
  for (const m of maintained) add(m.component_id, 'under_maintenance');
  const out = new Map<string, ComponentStatus>();
  for (const c of components) {
    const l = live.get(c.id);
    out.set(c.id, l ? worstStatus(l) : ((c.manual_status as ComponentStatus | null) ?? 'operational'));
  }
  return out;
}

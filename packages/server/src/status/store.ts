import type { Selectable } from 'kysely';
import type { Tx } from '../platform/context.ts';
import type {
  StatusComponentsTable,
  StatusImpactIntervalsTable,
  StatusIncidentSummariesTable,
  StatusIncidentsTable,
  StatusMaintenancesTable,
  StatusPageSettingsTable,
  StatusUpdatesTable,
} from '../platform/db/schema.ts';

export type SettingsRow = Selectable<StatusPageSettingsTable>;
export type ComponentRow = Selectable<StatusComponentsTable>;
export type StatusIncidentRow = Selectable<StatusIncidentsTable>;
export type StatusUpdateRow = Selectable<StatusUpdatesTable>;
export type MaintenanceRow = Selectable<StatusMaintenancesTable>;
export type IntervalRow = Selectable<StatusImpactIntervalsTable>;
export type SummaryRow = Selectable<StatusIncidentSummariesTable>;

// ---- settings (one row, id 'page') ----

export const getSettings = (tx: Tx) => tx.db.selectFrom('status_page_settings').selectAll().where('id', '=', 'page').executeTakeFirst();
export async function putSettings(tx: Tx, row: SettingsRow): Promise<void> {
  const { id: _id, ...rest } = row;
  await tx.db
    .insertInto('status_page_settings')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(rest))
    .execute();
}

// ---- components ----

const componentsWithService = (tx: Tx) =>
  tx.db
    .selectFrom('status_components')
    .leftJoin('services', 'services.id', 'status_components.service_id')
    .selectAll('status_components')
    .select('services.name as service_name');
export type ComponentWithService = ComponentRow & { service_name: string | null };

export const listComponents = (tx: Tx): Promise<ComponentWithService[]> =>
  componentsWithService(tx).orderBy('status_components.position').orderBy('status_components.name').execute();
export const getComponent = (tx: Tx, id: string): Promise<ComponentWithService | undefined> =>
  componentsWithService(tx).where('status_components.id', '=', id).executeTakeFirst();
export const componentsByIds = (tx: Tx, ids: string[]) =>
  ids.length ? tx.db.selectFrom('status_components').select(['id', 'name']).where('id', 'in', ids).execute() : Promise.resolve([]);
export const componentNamed = (tx: Tx, name: string) =>
  tx.db.selectFrom('status_components').select('id').where('name', '=', name).executeTakeFirst();
export const componentOfService = (tx: Tx, serviceId: string) =>
  tx.db.selectFrom('status_components').select('id').where('service_id', '=', serviceId).executeTakeFirst();
export async function nextPosition(tx: Tx): Promise<number> {
  const r = await tx.db
    .selectFrom('status_components')
    .select((eb) => eb.fn.max('position').as('p'))
    .executeTakeFirst();
  return r?.p === null || r?.p === undefined ? 0 : Number(r.p) + 1;
}
export const insertComponent = (tx: Tx, row: ComponentRow) => tx.db.insertInto('status_components').values(row).execute();
export const updateComponent = (tx: Tx, id: string, patch: Partial<ComponentRow>) =>
  tx.db.updateTable('status_components').set(patch).where('id', '=', id).execute();
/** Removes a component with everything that points at it (its impacts, maintenance links, history). */
export async function deleteComponent(tx: Tx, id: string): Promise<void> {
  await tx.db.deleteFrom('status_incident_impacts').where('component_id', '=', id).execute();
  await tx.db.deleteFrom('status_maintenance_components').where('component_id', '=', id).execute();
  await tx.db.deleteFrom('status_impact_intervals').where('component_id', '=', id).execute();
  await tx.db.deleteFrom('status_components').where('id', '=', id).execute();
}

// ---- published incidents ----

export async function getStatusIncident(tx: Tx, incidentId: string, opts: { forUpdate?: boolean } = {}) {
  let q = tx.db.selectFrom('status_incidents').selectAll().where('incident_id', '=', incidentId);
  if (opts.forUpdate && tx.dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}
export const insertStatusIncident = (tx: Tx, row: StatusIncidentRow) => tx.db.insertInto('status_incidents').values(row).execute();
export const updateStatusIncident = (tx: Tx, incidentId: string, patch: Partial<StatusIncidentRow>) =>
  tx.db.updateTable('status_incidents').set(patch).where('incident_id', '=', incidentId).execute();
/** Unpublishing: the incident leaves the page with its public updates, impacts and history. */
export async function deleteStatusIncident(tx: Tx, incidentId: string): Promise<void> {
  await tx.db.deleteFrom('status_incident_summaries').where('incident_id', '=', incidentId).execute();
  await tx.db.deleteFrom('status_impact_intervals').where('incident_id', '=', incidentId).execute();
  await tx.db.deleteFrom('status_incident_impacts').where('incident_id', '=', incidentId).execute();
  await tx.db.deleteFrom('status_updates').where('incident_id', '=', incidentId).execute();
  await tx.db.deleteFrom('status_incidents').where('incident_id', '=', incidentId).execute();
}
export const publisherName = (tx: Tx, userId: string) =>
  tx.db.selectFrom('users').select(['id', 'name']).where('id', '=', userId).executeTakeFirst();

export const impactsOf = (tx: Tx, incidentIds: string[]) =>
  incidentIds.length
    ? tx.db
        .selectFrom('status_incident_impacts')
        .innerJoin('status_components', 'status_components.id', 'status_incident_impacts.component_id')
        .select([
          'status_incident_impacts.incident_id',
          'status_incident_impacts.component_id',
          'status_incident_impacts.status',
          'status_components.name',
          'status_components.position',
        ])
        .where('status_incident_impacts.incident_id', 'in', incidentIds)
        .orderBy('status_components.position')
        .execute()
    : Promise.resolve([]);
export async function replaceImpacts(tx: Tx, incidentId: string, impacts: { componentId: string; status: string }[]): Promise<void> {
  await tx.db.deleteFrom('status_incident_impacts').where('incident_id', '=', incidentId).execute();
  if (impacts.length)
    await tx.db
      .insertInto('status_incident_impacts')
      .values(impacts.map((i) => ({ incident_id: incidentId, component_id: i.componentId, status: i.status })))
      .execute();
}

export const insertUpdate = (tx: Tx, row: StatusUpdateRow) => tx.db.insertInto('status_updates').values(row).execute();
/** Public updates of some incidents, newest first, with their authors' names. */
export const updatesOf = (tx: Tx, incidentIds: string[]) =>
  incidentIds.length
    ? tx.db
        .selectFrom('status_updates')
        .leftJoin('users', 'users.id', 'status_updates.created_by')
        .selectAll('status_updates')
        .select('users.name as author_name')
        .where('status_updates.incident_id', 'in', incidentIds)
        .orderBy('status_updates.created_at', 'desc')
        .orderBy('status_updates.id', 'desc')
        .execute()
    : Promise.resolve([]);

/**
 * Published incidents the public may see: never a private one (checked here, at every read, so an
 * incident made private after publishing disappears at once). `resolved`: only open or only resolved
 * (resolved since `since`, newest first, at most `limit`).
 */
export function publicIncidents(tx: Tx, opts: { resolved: boolean; since?: string; limit?: number }) {
  let q = tx.db
    .selectFrom('status_incidents')
    .innerJoin('incidents', 'incidents.id', 'status_incidents.incident_id')
    .selectAll('status_incidents')
    .select(['incidents.impact_started_at', 'incidents.declared_at'])
    .where('incidents.private', '=', 0);
  q = opts.resolved ? q.where('status_incidents.resolved_at', 'is not', null) : q.where('status_incidents.resolved_at', 'is', null);
  if (opts.since) q = q.where('status_incidents.resolved_at', '>=', opts.since);
  q = q
    .orderBy(opts.resolved ? 'status_incidents.resolved_at' : 'status_incidents.published_at', 'desc')
    .orderBy('status_incidents.incident_id');
  if (opts.limit) q = q.limit(opts.limit);
  return q.execute();
}
export type PublicIncidentRow = Awaited<ReturnType<typeof publicIncidents>>[number];
export const publicIncidentById = (tx: Tx, incidentId: string) =>
  tx.db
    .selectFrom('status_incidents')
    .innerJoin('incidents', 'incidents.id', 'status_incidents.incident_id')
    .selectAll('status_incidents')
    .select(['incidents.impact_started_at', 'incidents.declared_at'])
    .where('incidents.private', '=', 0)
    .where('status_incidents.incident_id', '=', incidentId)
    .executeTakeFirst();

// ---- the customer-facing summary of the retrospective ----

export const getSummary = (tx: Tx, incidentId: string) =>
  tx.db
    .selectFrom('status_incident_summaries')
    .leftJoin('users', 'users.id', 'status_incident_summaries.updated_by')
    .selectAll('status_incident_summaries')
    .select('users.name as updated_by_name')
    .where('status_incident_summaries.incident_id', '=', incidentId)
    .executeTakeFirst();
export async function putSummary(tx: Tx, row: SummaryRow): Promise<void> {
  const { incident_id: _id, ...rest } = row;
  await tx.db
    .insertInto('status_incident_summaries')
    .values(row)
    .onConflict((oc) => oc.column('incident_id').doUpdateSet(rest))
    .execute();
}
/** The published summaries of some incidents (the public snapshot reads only these). */
export const publishedSummariesOf = (tx: Tx, incidentIds: string[]) =>
  incidentIds.length
    ? tx.db
        .selectFrom('status_incident_summaries')
        .select(['incident_id', 'body', 'published_at', 'updated_at'])
        .where('incident_id', 'in', incidentIds)
        .where('published_at', 'is not', null)
        .execute()
    : Promise.resolve([]);

// ---- impact intervals (the history the uptime bars are computed from) ----

export const insertInterval = (tx: Tx, row: IntervalRow) => tx.db.insertInto('status_impact_intervals').values(row).execute();
export const openIntervals = (tx: Tx, by: { incidentId?: string; maintenanceId?: string; manualOf?: string }) => {
  let q = tx.db.selectFrom('status_impact_intervals').selectAll().where('ended_at', 'is', null);
  if (by.incidentId) q = q.where('incident_id', '=', by.incidentId);
  if (by.maintenanceId) q = q.where('maintenance_id', '=', by.maintenanceId);
  if (by.manualOf) q = q.where('component_id', '=', by.manualOf).where('incident_id', 'is', null).where('maintenance_id', 'is', null);
  return q.execute();
};
export const endInterval = (tx: Tx, id: string, at: string) =>
  tx.db.updateTable('status_impact_intervals').set({ ended_at: at }).where('id', '=', id).execute();

/** Intervals that overlap [since, now), leaving out those of incidents that became private. */
export const intervalsSince = (tx: Tx, since: string) =>
  tx.db
    .selectFrom('status_impact_intervals')
    .leftJoin('incidents', 'incidents.id', 'status_impact_intervals.incident_id')
    .selectAll('status_impact_intervals')
    .where((eb) => eb.or([eb('status_impact_intervals.ended_at', 'is', null), eb('status_impact_intervals.ended_at', '>', since)]))
    .where((eb) => eb.or([eb('status_impact_intervals.incident_id', 'is', null), eb('incidents.private', '=', 0)]))
    .execute();

/** Current impacts of open published public incidents and of active maintenances, per component. */
export const liveIncidentImpacts = (tx: Tx) =>
  tx.db
    .selectFrom('status_incident_impacts')
    .innerJoin('status_incidents', 'status_incidents.incident_id', 'status_incident_impacts.incident_id')
    .innerJoin('incidents', 'incidents.id', 'status_incidents.incident_id')
    .select(['status_incident_impacts.component_id', 'status_incident_impacts.status'])
    .where('status_incidents.resolved_at', 'is', null)
    .where('incidents.private', '=', 0)
    .execute();
export const activeMaintenanceComponents = (tx: Tx) =>
  tx.db
    .selectFrom('status_maintenance_components')
    .innerJoin('status_maintenances', 'status_maintenances.id', 'status_maintenance_components.maintenance_id')
    .select('status_maintenance_components.component_id')
    .where('status_maintenances.status', 'in', ['in_progress', 'verifying'])
    .execute();

// ---- maintenances ----

export const insertMaintenance = (tx: Tx, row: MaintenanceRow) => tx.db.insertInto('status_maintenances').values(row).execute();
export const updateMaintenance = (tx: Tx, id: string, patch: Partial<MaintenanceRow>) =>
  tx.db.updateTable('status_maintenances').set(patch).where('id', '=', id).execute();
export async function getMaintenance(tx: Tx, id: string, opts: { forUpdate?: boolean } = {}) {
  let q = tx.db.selectFrom('status_maintenances').selectAll().where('id', '=', id);
  if (opts.forUpdate && tx.dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}
/** `open`: scheduled, in progress or verifying; `completed`: completed since `since`. Soonest first (completed: newest first). */
export function listMaintenances(tx: Tx, opts: { state: 'open' | 'completed' | 'all'; since?: string; limit?: number }) {
  let q = tx.db.selectFrom('status_maintenances').selectAll();
  if (opts.state === 'open') q = q.where('status', '!=', 'completed').orderBy('scheduled_for').orderBy('id');
  else if (opts.state === 'completed') q = q.where('status', '=', 'completed').orderBy('completed_at', 'desc').orderBy('id');
  else q = q.orderBy('scheduled_for', 'desc').orderBy('id');
  if (opts.since) q = q.where('completed_at', '>=', opts.since);
  if (opts.limit) q = q.limit(opts.limit);
  return q.execute();
}
export const maintenanceComponentsOf = (tx: Tx, ids: string[]) =>
  ids.length
    ? tx.db
        .selectFrom('status_maintenance_components')
        .innerJoin('status_components', 'status_components.id', 'status_maintenance_components.component_id')
        .select(['status_maintenance_components.maintenance_id', 'status_components.id', 'status_components.name'])
        .where('status_maintenance_components.maintenance_id', 'in', ids)
        .orderBy('status_components.position')
        .execute()
    : Promise.resolve([]);
export async function replaceMaintenanceComponents(tx: Tx, id: string, componentIds: string[]): Promise<void> {
  await tx.db.deleteFrom('status_maintenance_components').where('maintenance_id', '=', id).execute();
  if (componentIds.length)
    await tx.db
      .insertInto('status_maintenance_components')
      .values(componentIds.map((c) => ({ maintenance_id: id, component_id: c })))
      .execute();
}
export const insertMaintenanceUpdate = (
  tx: Tx,
  row: { id: string; maintenance_id: string; status: string; body: string; created_at: string; created_by: string | null },
) => tx.db.insertInto('status_maintenance_updates').values(row).execute();
export const maintenanceUpdatesOf = (tx: Tx, ids: string[]) =>
  ids.length
    ? tx.db
        .selectFrom('status_maintenance_updates')
        .selectAll()
        .where('maintenance_id', 'in', ids)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute()
    : Promise.resolve([]);

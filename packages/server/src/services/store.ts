import type { Selectable } from 'kysely';
import type { Tx } from '../platform/context.ts';
import { type Cursor, keyset } from '../platform/cursor.ts';
import type { ServicesTable } from '../platform/db/schema.ts';

export type ServiceRow = Selectable<ServicesTable>;

const withTeam = (tx: Tx) =>
  tx.db
    .selectFrom('services')
    .leftJoin('teams', 'teams.id', 'services.owner_team_id')
    .selectAll('services')
    .select('teams.name as team_name');

export const getService = (tx: Tx, idOrName: string) =>
  withTeam(tx)
    .where((eb) => eb.or([eb('services.id', '=', idOrName), eb('services.name', '=', idOrName)]))
    .executeTakeFirst();

export const getServicesByRefs = (tx: Tx, refs: string[]) =>
  refs.length
    ? withTeam(tx)
        .where((eb) => eb.or([eb('services.id', 'in', refs), eb('services.name', 'in', refs)]))
        .execute()
    : Promise.resolve([]);

/** By name; the id breaks ties. */
export const serviceOrder = keyset<{ name: string; id: string }>('services', [
  { column: 'services.name', dir: 'asc', type: 'string', of: (r) => r.name },
  { column: 'services.id', dir: 'asc', type: 'string', of: (r) => r.id },
]);

export const listServices = (tx: Tx, opts: { limit: number; after?: Cursor; q?: string; team?: string }) => {
  let q = withTeam(tx)
    .$call(serviceOrder.order)
    .limit(opts.limit + 1);
  if (opts.after) q = q.where(serviceOrder.after(opts.after));
  if (opts.q) q = q.where('services.name', 'like', `%${opts.q}%`);
  if (opts.team) q = q.where((eb) => eb.or([eb('teams.id', '=', opts.team as string), eb('teams.name', '=', opts.team as string)]));
  return q.execute();
};

export const insertService = (tx: Tx, row: ServiceRow) => tx.db.insertInto('services').values(row).execute();
export const updateService = (tx: Tx, id: string, patch: Partial<ServiceRow>) =>
  tx.db.updateTable('services').set(patch).where('id', '=', id).execute();

/** Users in the teams that own these services (they watch incidents on them). */
export const ownerTeamMemberIds = async (tx: Tx, serviceIds: string[]) =>
  serviceIds.length
    ? (
        await tx.db
          .selectFrom('services')
          .innerJoin('team_members', 'team_members.team_id', 'services.owner_team_id')
          .select('team_members.user_id')
          .distinct()
          .where('services.id', 'in', serviceIds)
          .execute()
      ).map((r) => r.user_id)
    : [];

/** The services whose alerts page with one of these escalation policies. */
export const servicesUsingPolicies = (tx: Tx, policyIds: string[]) =>
  policyIds.length
    ? tx.db
        .selectFrom('services')
        .select(['id', 'name', 'escalation_policy_id'])
        .where('escalation_policy_id', 'in', policyIds)
        .orderBy('name')
        .execute()
    : Promise.resolve([]);

/** The escalation policy (null when none), owning team and name of each of these services. */
export const escalationPoliciesOfServices = (tx: Tx, serviceIds: string[]) =>
  serviceIds.length
    ? tx.db
        .selectFrom('services')
        .select(['id', 'name', 'owner_team_id', 'escalation_policy_id'])
        .where('id', 'in', serviceIds)
        .orderBy('name')
        .execute()
    : Promise.resolve([]);

/** Points a service at an escalation policy (or none); the paging slice checks the policy. */
export const setServiceEscalationPolicy = (tx: Tx, serviceId: string, policyId: string | null, now: string) =>
  tx.db.updateTable('services').set({ escalation_policy_id: policyId, updated_at: now }).where('id', '=', serviceId).execute();

/** The owning teams of the services that page with these escalation policies. */
export const teamsOfServicesUsingPolicies = async (tx: Tx, policyIds: string[]): Promise<string[]> =>
  policyIds.length
    ? (
        await tx.db
          .selectFrom('services')
          .select('owner_team_id')
          .distinct()
          .where('escalation_policy_id', 'in', policyIds)
          .where('owner_team_id', 'is not', null)
          .execute()
      )
        .map((r) => r.owner_team_id)
        .filter((x): x is string => !!x)
    : Promise.resolve([]);

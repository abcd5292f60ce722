import type { PageSuggestionView } from '@firebreak/shared';
import type { Tx } from '../platform/context.ts';
import { escalationPoliciesOfServices } from '../services/index.ts';
import { memberIdsOfTeams, teamNamesByIds } from '../teams/index.ts';
import { getUsersByIds } from '../users/index.ts';
import { planOfPolicy } from './plan.ts';
import { getPolicy, usersWithMethods } from './store.ts';
import { peopleFor } from './targets.ts';

/**
 * Suggestions for "page" on an incident, in this order: for each affected service, who its policy's
 * first step reaches now (they expect to be called), the policy itself, then the team that owns the
 * service. Each person or team once. People without a contact method are marked unreachable.
 */
export async function suggestionsFor(tx: Tx, services: { id: string; name: string }[], now: Date): Promise<PageSuggestionView[]> {
  const rows = await escalationPoliciesOfServices(
    tx,
    services.map((s) => s.id),
  );
  const onCall: PageSuggestionView[] = [];
  const policies: PageSuggestionView[] = [];
  const owners: PageSuggestionView[] = [];
  const seen = new Set<string>();
  const add = (list: PageSuggestionView[], s: PageSuggestionView) => {
    const key = `${s.kind}:${s.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push(s);
  };
  for (const svc of rows) {
    const service = { id: svc.id, name: svc.name };
    if (svc.escalation_policy_id) {
      const policy = await getPolicy(tx, svc.escalation_policy_id);
      if (policy) {
        const plan = await planOfPolicy(tx, policy);
        const people = plan.steps.length ? await peopleFor(tx, plan.steps[0].targets, now) : [];
        const reachable = await usersWithMethods(tx, people);
        for (const u of await getUsersByIds(tx, people))
          add(onCall, { kind: 'user', id: u.id, name: u.name, reason: 'on_call', service, reachable: reachable.has(u.id) });
        add(policies, { kind: 'policy', id: policy.id, name: policy.name, reason: 'policy', service, reachable: true });
      }
    }
    if (svc.owner_team_id) {
      const [team] = await teamNamesByIds(tx, [svc.owner_team_id]);
      const members = (await memberIdsOfTeams(tx, [svc.owner_team_id])).map((m) => m.user_id);
      const reachable = await usersWithMethods(tx, members);
      if (team) add(owners, { kind: 'team', id: team.id, name: team.name, reason: 'owner', service, reachable: reachable.size > 0 });
    }
  }
  return [...onCall, ...policies, ...owners];
}

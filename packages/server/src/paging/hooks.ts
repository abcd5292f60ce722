import { type AlertReaction, onAlertResolved, onAlertRouted } from '../alerts/index.ts';
import { onStatusChange } from '../incidents/index.ts';
import { escalationPoliciesOfServices } from '../services/index.ts';
import { endPages } from './actions.ts';
import { startPage } from './engine.ts';
import { planOfPolicy } from './plan.ts';
import { getPolicy, openAlertPageOfIncident } from './store.ts';

/**
 * How paging takes part in other slices' lifecycles (registered in buildApp, idempotent by name):
 * - a newly opened alert routed to a service with an escalation policy starts a page — unless it
 *   joined an incident that already has a page from that service's alerts (open or acknowledged):
 *   repeats and later alerts of the same incident do not page again;
 * - a resolved alert ends its page; an incident that is resolved (or closed) ends all its pages.
 */
export const pageRoutedAlert: AlertReaction = async (tx, ctx, alert, routing) => {
  if (!alert.service_id) return;
  const [svc] = await escalationPoliciesOfServices(tx, [alert.service_id]);
  if (!svc?.escalation_policy_id) return;
  if (routing.outcome === 'joined' && routing.incidentId && (await openAlertPageOfIncident(tx, routing.incidentId, alert.service_id)))
    return;
  const policy = await getPolicy(tx, svc.escalation_policy_id);
  if (!policy) return;
  await startPage(tx, ctx, {
    incidentId: routing.incidentId,
    alertId: alert.id,
    serviceId: alert.service_id,
    policyId: policy.id,
    target: null,
    title: alert.title,
    message: alert.description ? alert.description.slice(0, 500) : null,
    source: 'alert',
    createdBy: null,
    plan: await planOfPolicy(tx, policy),
  });
};

export function registerPagingHooks(): void {
  onAlertRouted('paging', pageRoutedAlert);
  onAlertResolved('paging', (tx, ctx, alertIds) =>
    Promise.all(alertIds.map((id) => endPages(tx, ctx, { alertId: id }, 'The alert was resolved'))).then(() => {}),
  );
  onStatusChange('paging', async (tx, ctx, incident, change) => {
    if (['resolved', 'closed', 'declined', 'duplicate'].includes(change.to))
      await endPages(tx, ctx, { incidentId: incident.id }, `The incident was ${change.to}`);
  });
}

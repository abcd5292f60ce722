// The service catalog as other slices see it.
export { resolveServices } from './manage.ts';
export { serviceRoutes } from './routes.ts';
export {
  escalationPoliciesOfServices,
  getService,
  listServices,
  ownerTeamMemberIds,
  servicesUsingPolicies,
  setServiceEscalationPolicy,
  teamsOfServicesUsingPolicies,
} from './store.ts';

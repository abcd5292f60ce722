// The incidents slice as other slices see it: what they may call, nothing of its SQL or internals.
export { comment, commentIn, recordUpdate, tellStakeholders } from './conversation.ts';
export { declareIn } from './declare.ts';
export {
  type AccessChange,
  type AccessReaction,
  type ClosingGate,
  type GateFacts,
  onAccessChange,
  onStatusChange,
  onWhyAsked,
  registerClosingGate,
  type StatusChange,
  type StatusReaction,
  type WhyReaction,
} from './hooks.ts';
export { allows, canWork, isVisibleTo, loadIncident } from './policy.ts';
export { incidentFacts, summaries as incidentSummaries } from './read.ts';
export { formatRef } from './ref.ts';
export { incidentRoutes } from './routes.ts';
/**
 * Reads other slices need; `visibleTo`, the SQL condition every query across incidents must apply;
 * who worked an incident (participants and role holders): `peopleWhoWorked`, and `workedOn` in SQL.
 */
export {
  getIncident,
  getIncidentById,
  type IncidentRow,
  markWhyCarried,
  openIncidentOfService,
  parseRef,
  peopleWhoWorked,
  servicesOf,
  visibleNumbers,
  visibleTo,
  whysOf,
  workedOn,
} from './store.ts';

// The incidents slice as other slices see it: what they may call, nothing of its SQL or internals.
// Commands as the API runs them (chat-ops runs the same ones as the person mapped by e-mail).
export { assignRole } from './assignRole.ts';
export { changeStatus } from './changeStatus.ts';
export { comment, commentIn, recordUpdate, tellStakeholders } from './conversation.ts';
export { declareIn, declareIncident } from './declare.ts';
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
  activeIncidentsFor,
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
export { updateIncidentCommand } from './update.ts';
export { askWhy } from './whys.ts';

import { onAccessChange, onStatusChange } from '../incidents/index.ts';
import { completeJob, startJob } from './maintenances.ts';
import { followIncidentAccess, followIncidentStatus } from './publish.ts';

/**
 * Takes part in the incident lifecycle (from buildApp; idempotent, by name): a resolved incident's
 * component impacts end and it is resolved on the page; making an incident private drops the page's
 * cache (reads leave private incidents out). The maintenance jobs are named so workers know them.
 */
export function registerStatusPageHooks(): void {
  onStatusChange('status-page', followIncidentStatus);
  onAccessChange('status-page', (tx, _ctx, incident, change) => followIncidentAccess(tx, incident, change));
  void startJob;
  void completeJob;
}

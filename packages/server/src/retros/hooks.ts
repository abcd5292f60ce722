import { onStatusChange, onWhyAsked, registerClosingGate } from '../incidents/index.ts';
import { draftRetroInTx, severityRequiresRetro } from './draft.ts';
import { retroGate } from './gate.ts';
import { getRetroByIncident } from './store.ts';
import { carryTicketWhys } from './whys/carry.ts';

/**
 * Retrospectives in the incident lifecycle: closing waits for the retrospective the severity
 * requires to be published, and resolving drafts it in the same transaction.
 */
export function registerRetroHooks(): void {
  registerClosingGate('retrospective', retroGate);
  // A why asked on the ticket while the retrospective is being written goes straight into its five whys.
  onWhyAsked('retrospective', async (tx, ctx, incident) => {
    const retro = await getRetroByIncident(tx, incident.id);
    if (retro && retro.status !== 'published') await carryTicketWhys(tx, ctx, retro, incident);
  });
  onStatusChange('retrospective', async (tx, ctx, incident, { to }) => {
    if (to === 'resolved' && (await severityRequiresRetro(tx, incident))) await draftRetroInTx(tx, ctx, incident, { trigger: 'resolved' });
  });
}

import { onStatusChange, registerClosingGate } from '../incidents/index.ts';
import { draftRetroInTx, severityRequiresRetro } from './draft.ts';
import { retroGate } from './gate.ts';

/**
 * Retrospectives in the incident lifecycle: closing waits for the retrospective the severity
 * requires to be published, and resolving drafts it in the same transaction.
 */
export function registerRetroHooks(): void {
  registerClosingGate('retrospective', retroGate);
  onStatusChange('retrospective', async (tx, ctx, incident, { to }) => {
    if (to === 'resolved' && (await severityRequiresRetro(tx, incident))) await draftRetroInTx(tx, ctx, incident, { trigger: 'resolved' });
  });
}

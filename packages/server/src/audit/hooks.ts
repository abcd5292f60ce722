import { formatRef, onAccessChange } from '../incidents/index.ts';
import { audit } from './record.ts';

/**
 * Records who was given or lost access to a private incident, and every change of the private flag
 * (incidents/ offers the hook; registered from buildApp). Membership of public incidents is on
 * their timeline and changes nobody's access, so it is not audited.
 */
export function registerAuditHooks(): void {
  onAccessChange('audit', async (tx, ctx, incident, change) => {
    const target = { type: 'incident', id: incident.id, label: formatRef(incident.number) };
    if (change.kind === 'private_changed') {
      await audit(tx, ctx, { action: 'incident.private_changed', target, details: { from: change.from, to: change.to } });
      return;
    }
    if (!incident.private) return;
    const member = { id: change.user.id, email: change.user.email, name: change.user.name };
    await audit(tx, ctx, {
      action: change.kind === 'member_added' ? 'incident.member_added' : 'incident.member_removed',
      target,
      details: change.kind === 'member_added' ? { member, as: change.memberKind } : { member },
    });
  });
}

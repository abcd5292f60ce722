import { isOpenActionStatus } from '@firebreak/shared';
import type { Actor } from '../platform/context.ts';
import type { ActionWithNames } from './store.ts';

export function presentAction(user: Actor, a: ActionWithNames, now: string) {
  return {
    id: a.id,
    incidentRef: `INC-${a.incident_number}`,
    kind: a.kind,
    title: a.title,
    description: a.description,
    owner: a.owner_id ? { id: a.owner_id, name: a.owner_name ?? '', email: a.owner_email ?? '' } : null,
    dueAt: a.due_at,
    overdue: !!a.due_at && isOpenActionStatus(a.status) && a.due_at < now,
    priority: a.priority,
    status: a.status,
    statusReason: a.status_reason,
    addresses: a.addresses,
    horizon: a.horizon,
    externalUrl: a.external_url,
    draft: !!a.draft,
    createdAt: a.created_at,
    updatedAt: a.updated_at,
    completedAt: a.completed_at,
    abilities: { update: user.role !== 'viewer' },
  };
}

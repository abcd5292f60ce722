import {
  ACTION_ABILITIES,
  type ActionAddresses,
  type ActionHorizon,
  type ActionKind,
  type ActionPriority,
  type ActionStatus,
  type ActionView,
  abilitiesFrom,
  isOpenActionStatus,
} from '@firebreak/shared';
import type { Actor } from '../platform/context.ts';
import { can } from './policy.ts';
import type { ActionWithNames } from './store.ts';

export function presentAction(user: Actor, a: ActionWithNames, now: string): ActionView {
  return {
    id: a.id,
    incidentRef: `INC-${a.incident_number}`,
    kind: a.kind as ActionKind,
    title: a.title,
    description: a.description,
    owner: a.owner_id ? { id: a.owner_id, name: a.owner_name ?? '', email: a.owner_email ?? '' } : null,
    dueAt: a.due_at,
    overdue: !!a.due_at && isOpenActionStatus(a.status) && a.due_at < now,
    priority: a.priority as ActionPriority,
    status: a.status as ActionStatus,
    statusReason: a.status_reason,
    addresses: a.addresses as ActionAddresses,
    horizon: a.horizon as ActionHorizon,
    externalUrl: a.external_url,
    draft: !!a.draft,
    createdAt: a.created_at,
    updatedAt: a.updated_at,
    completedAt: a.completed_at,
    abilities: abilitiesFrom(ACTION_ABILITIES, (x) => can(user, x, a)),
  };
}

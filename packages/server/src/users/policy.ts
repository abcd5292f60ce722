import type { UserAbility } from '@firebreak/shared';
import type { Actor } from '../platform/context.ts';

/** What one can do to a person's account: the abilities its view reports. */
export type UserAction = UserAbility;

/**
 * Whether `actor` may do this to the account of `user`: admins change anyone; people change their
 * own name and password. Roles and disabling are for admins, and never on themselves (so there is
 * always an admin left). Presenters report it as `abilities`; updateUserCommand checks it.
 */
export function can(actor: Actor, action: UserAction, user: { id: string }): boolean {
  const self = actor.id === user.id;
  switch (action) {
    case 'update':
      return actor.role === 'admin' || self;
    case 'changeRole':
      return actor.role === 'admin' && !self;
  }
}

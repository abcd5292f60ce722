import type { Actor, Deps } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { acknowledgeAs } from './actions.ts';
import { verifyAckToken } from './link.ts';
import { activeUsersByIds, getPage, lockPage } from './store.ts';

/** What the one-click link page shows. */
export type AckLinkState =
  | { state: 'invalid' }
  | { state: 'expired'; title: string }
  | { state: 'open'; title: string; name: string }
  | { state: 'done'; title: string; by: string | null; status: string }
  | { state: 'acknowledged'; title: string; name: string };

async function who(deps: Deps, userId: string) {
  const [u] = await activeUsersByIds(reader(deps), [userId]);
  return u && !u.disabled_at ? u : null;
}

/** Reads a link without changing anything (the confirmation page: mail scanners follow GET links). */
export async function inspectAckLink(deps: Deps, token: string): Promise<AckLinkState> {
  const claim = verifyAckToken(deps.config, token);
  if (!claim) return { state: 'invalid' };
  const page = await getPage(reader(deps), claim.pageId);
  const user = await who(deps, claim.userId);
  if (!page || !user) return { state: 'invalid' };
  if (page.status !== 'open') {
    const [by] = page.acked_by ? await activeUsersByIds(reader(deps), [page.acked_by]) : [];
    return { state: 'done', title: page.title, by: by?.name ?? null, status: page.status };
  }
  if (claim.expiresAt.getTime() <= deps.clock.now().getTime()) return { state: 'expired', title: page.title };
  return { state: 'open', title: page.title, name: user.name };
}

/** Acknowledges through a link, as the person it was sent to; a second use finds the page no longer open. */
export async function useAckLink(deps: Deps, token: string): Promise<AckLinkState> {
  const claim = verifyAckToken(deps.config, token);
  if (!claim) return { state: 'invalid' };
  const user = await who(deps, claim.userId);
  if (!user) return { state: 'invalid' };
  return transaction(deps, async (tx) => {
    const page = await lockPage(tx, claim.pageId);
    if (!page) return { state: 'invalid' } as const;
    if (page.status !== 'open') {
      const [by] = page.acked_by ? await activeUsersByIds(tx, [page.acked_by]) : [];
      return { state: 'done', title: page.title, by: by?.name ?? null, status: page.status } as const;
    }
    if (claim.expiresAt.getTime() <= deps.clock.now().getTime()) return { state: 'expired', title: page.title } as const;
    const actor: Actor = { id: user.id, email: user.email, name: user.name, role: user.role as Actor['role'] };
    await acknowledgeAs(tx, deps, actor, page, 'link');
    return { state: 'acknowledged', title: page.title, name: user.name } as const;
  });
}

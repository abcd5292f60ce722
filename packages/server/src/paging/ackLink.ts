import type { Actor, Deps, RequestInfo } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { getUsersByIds } from '../users/index.ts';
import { acknowledgeAs } from './actions.ts';
import { notificationOfReplyAddress, verifyAckToken } from './link.ts';
import { getNotification, getPage, lockPage } from './store.ts';

/** What the one-click link page shows. */
export type AckLinkState =
  | { state: 'invalid' }
  | { state: 'expired'; title: string }
  | { state: 'open'; title: string; name: string }
  | { state: 'done'; title: string; by: string | null; status: string }
  | { state: 'acknowledged'; title: string; name: string };

async function who(deps: Deps, userId: string) {
  const [u] = await getUsersByIds(reader(deps), [userId]);
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
    const [by] = page.acked_by ? await getUsersByIds(reader(deps), [page.acked_by]) : [];
    return { state: 'done', title: page.title, by: by?.name ?? null, status: page.status };
  }
  if (claim.expiresAt.getTime() <= deps.clock.now().getTime()) return { state: 'expired', title: page.title };
  return { state: 'open', title: page.title, name: user.name };
}

/** Acknowledges through a link, as the person it was sent to; a second use finds the page no longer open. */
export async function useAckLink(deps: Deps, token: string, request: RequestInfo | null = null): Promise<AckLinkState> {
  const claim = verifyAckToken(deps.config, token);
  if (!claim) return { state: 'invalid' };
  const user = await who(deps, claim.userId);
  if (!user) return { state: 'invalid' };
  return transaction(deps, async (tx) => {
    const page = await lockPage(tx, claim.pageId);
    if (!page) return { state: 'invalid' } as const;
    if (page.status !== 'open') {
      const [by] = page.acked_by ? await getUsersByIds(tx, [page.acked_by]) : [];
      return { state: 'done', title: page.title, by: by?.name ?? null, status: page.status } as const;
    }
    if (claim.expiresAt.getTime() <= deps.clock.now().getTime()) return { state: 'expired', title: page.title } as const;
    const actor: Actor = { id: user.id, email: user.email, name: user.name, role: user.role as Actor['role'] };
    await acknowledgeAs(tx, deps, actor, page, 'link', request);
    return { state: 'acknowledged', title: page.title, name: user.name } as const;
  });
}

/**
 * A reply to a page e-mail (to its `page+<notification>.<token>@` Reply-To address): if its first
 * words say "ack", the page is acknowledged as the person the notification went to. Returns what
 * happened, for the mail listener's log.
 */
export async function ackByReply(deps: Deps, local: string, text: string): Promise<{ acknowledged: boolean; reason: string }> {
  const notificationId = notificationOfReplyAddress(deps.config, local);
  if (!notificationId) return { acknowledged: false, reason: 'not a page reply address we made' };
  if (!/^\s*(ack|acknowledge|acknowledged|ok|yes)\b/i.test(text)) return { acknowledged: false, reason: 'the reply does not say "ack"' };
  return transaction(deps, async (tx) => {
    const n = await getNotification(tx, notificationId);
    if (!n) return { acknowledged: false, reason: 'no such page notification' };
    const page = await lockPage(tx, n.page_id);
    const [user] = await getUsersByIds(tx, [n.user_id]);
    if (!page || !user || user.disabled_at) return { acknowledged: false, reason: 'the page or its person is gone' };
    if (page.status !== 'open') return { acknowledged: false, reason: `the page is already ${page.status}` };
    const actor: Actor = { id: user.id, email: user.email, name: user.name, role: user.role as Actor['role'] };
    await acknowledgeAs(tx, deps, actor, page, 'email');
    return { acknowledged: true, reason: `page ${page.id} acknowledged by ${user.email}` };
  });
}

import type { Actor, Deps, RequestInfo, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { getUsersByIds } from '../users/index.ts';
import { acknowledgeAs } from './actions.ts';
import { notificationOfReplyAddress, verifyAckToken } from './link.ts';
import { getContactMethod, getNotification, getPage, lockPage } from './store.ts';

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

/** What a reply to a page e-mail did, and what to answer its sender (always a sentence saying so). */
export type ReplyAck = { acknowledged: boolean; reason: string; answer: string };

const ACK_WORDS = /^\s*(ack|acknowledge|acknowledged|ok|yes)\b/i;

/**
 * A reply to a page e-mail (to its `page+<notification>.<token>@` Reply-To address). The token names
 * the notification, so the page and the person it went to; the reply acknowledges the page as that
 * person when it comes from the address the page went to (or their account's), the page is still
 * open, and its first words say "ack". `within` runs in the same transaction (the mail listener
 * records the message and queues its answer there), so the acknowledgement and the answer commit
 * together.
 */
export async function ackByReply(
  deps: Deps,
  local: string,
  text: string,
  from: string,
  within: (tx: Tx, r: ReplyAck) => Promise<void> = async () => {},
): Promise<ReplyAck> {
  return transaction(deps, async (tx) => {
    const r = await replyOutcome(tx, deps, local, text, from.toLowerCase());
    await within(tx, r);
    return r;
  });
}

async function replyOutcome(tx: Tx, deps: Deps, local: string, text: string, from: string): Promise<ReplyAck> {
  const notificationId = notificationOfReplyAddress(deps.config, local);
  const gone = (reason: string): ReplyAck => ({
    acknowledged: false,
    reason,
    answer:
      'The address you replied to is not the reply address of an open Firebreak page, so nothing was acknowledged. Use the link in the page, or acknowledge in Firebreak.',
  });
  if (!notificationId) return gone('not a page reply address we made');
  const n = await getNotification(tx, notificationId);
  const page = n ? await lockPage(tx, n.page_id) : undefined;
  const [user] = n ? await getUsersByIds(tx, [n.user_id]) : [];
  if (!n || !page || !user || user.disabled_at) return gone('the page or its person is gone');
  const method = n.contact_method_id ? await getContactMethod(tx, n.contact_method_id) : undefined;
  const senders = [user.email.toLowerCase(), ...(method?.kind === 'email' ? [method.address.toLowerCase()] : [])];
  if (!senders.includes(from))
    return {
      acknowledged: false,
      reason: `sent from ${from}, not an address of the person the page went to`,
      answer: `Nothing was acknowledged: only ${user.name}, to whom the page "${page.title}" was sent, can acknowledge it by replying, from the address the page went to (or their Firebreak account's). To act on it yourself, use Firebreak.`,
    };
  if (page.status !== 'open') {
    const [by] = page.acked_by ? await getUsersByIds(tx, [page.acked_by]) : [];
    return {
      acknowledged: false,
      reason: `the page is already ${page.status}`,
      answer:
        page.status === 'acknowledged'
          ? `The page "${page.title}" was already acknowledged${by ? ` by ${by.name}` : ''}${page.acked_at ? ` at ${page.acked_at.slice(0, 16).replace('T', ' ')} UTC` : ''}. Nothing was changed.`
          : `The page "${page.title}" has ended${page.end_reason ? ` (${page.end_reason})` : ''}: nobody needs to act on it. Nothing was changed.`,
    };
  }
  if (!ACK_WORDS.test(text))
    return {
      acknowledged: false,
      reason: 'the reply does not say "ack"',
      answer: `Your reply did not acknowledge the page "${page.title}": it has to start with "ack". The page is still open and will escalate. Reply "ack", use the link in the page, or acknowledge in Firebreak.`,
    };
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: user.role as Actor['role'] };
  await acknowledgeAs(tx, deps, actor, page, 'email');
  return {
    acknowledged: true,
    reason: `page ${page.id} acknowledged by ${user.email}`,
    answer: `You acknowledged the page "${page.title}". The escalation has stopped: nobody else will be paged.`,
  };
}

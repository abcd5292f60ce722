import { z } from 'zod';
import type { Deps } from '../../platform/context.ts';
import { transaction } from '../../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { sendMail } from '../../platform/mail.ts';
import { checkDestinationUrl } from '../../webhooks/index.ts';
import { disabled } from '../page/source.ts';
import { pageFacts } from './facts.ts';
import { confirmationMail, manageLinkMail } from './mails.ts';
import { deleteSubscriber, findSubscriber, getSubscriber, insertSubscriber, type SubscriberRow, updateSubscriber } from './store.ts';
import { admitSubscribe, subscribeKeys } from './throttle.ts';
import { verifySubscriberToken } from './tokens.ts';

const Email = z.email().max(254);

/** Components a subscriber chose: null (everything) or known component ids, without repeats. */
async function checkComponents(deps: Deps, ids: string[] | null): Promise<string[] | null> {
  const facts = await pageFacts(deps);
  if (!facts.enabled) throw disabled();
  if (ids === null) return null;
  const known = new Set(facts.components.map((c) => c.id));
  const chosen = [...new Set(ids)];
  const unknown = chosen.filter((id) => !known.has(id));
  if (unknown.length) throw new InputError('Choose components shown on the status page', { field: 'components', unknown });
  if (!chosen.length) throw new InputError('Choose at least one component, or everything', { field: 'components' });
  return chosen;
}

/**
 * An e-mail subscription (double opt-in). The answer is the same whether the address is new,
 * waiting for confirmation or already confirmed, so the form tells nobody who subscribes. The only
 * mail sent is ours, to that address: a confirmation link (new or unconfirmed; the chosen components
 * are replaced), or for a confirmed subscriber a link to manage it (nothing is changed for them).
 * Nothing the requester typed goes into the mail except the address itself.
 */
export async function subscribeEmail(deps: Deps, input: { email: string; components: string[] | null }, ip: string): Promise<void> {
  const parsed = Email.safeParse(input.email.trim().toLowerCase());
  if (!parsed.success) throw new InputError('Enter an e-mail address such as name@example.com', { field: 'email' });
  const address = parsed.data;
  const components = await checkComponents(deps, input.components);
  await admitSubscribe(deps, subscribeKeys(address, ip));
  const facts = await pageFacts(deps);
  await transaction(deps, async (tx) => {
    const now = deps.clock.now().toISOString();
    const existing = await findSubscriber(tx, 'email', address);
    if (existing?.confirmed_at) {
      await sendMail(tx, deps, manageLinkMail(deps.config, facts, existing));
      return;
    }
    const row: SubscriberRow = existing
      ? { ...existing, component_ids: components && JSON.stringify(components), confirmation_sent_at: now, updated_at: now }
      : {
          id: newId(),
          kind: 'email',
          address,
          component_ids: components && JSON.stringify(components),
          confirmed_at: null,
          confirmation_sent_at: now,
          created_at: now,
          updated_at: now,
          dead_in_a_row: 0,
          disabled_at: null,
          disabled_reason: null,
        };
    if (existing) await updateSubscriber(tx, row.id, row);
    else await insertSubscriber(tx, row);
    await sendMail(tx, deps, confirmationMail(deps.config, facts, row));
  });
}

/**
 * A webhook subscription: no confirmation, but the URL policy of outbound webhooks (http(s) only,
 * no private addresses unless FIREBREAK_WEBHOOKS_ALLOW_PRIVATE=on; checked again at every send).
 */
export async function subscribeWebhook(
  deps: Deps,
  input: { url: string; components: string[] | null },
  ip: string,
): Promise<SubscriberRow> {
  let url: string;
  try {
    url = checkDestinationUrl(input.url.trim(), deps.config.webhooksAllowPrivate);
  } catch (err) {
    if (err instanceof TypeError) throw new InputError('Enter the URL of your webhook receiver (https://…)', { field: 'webhook' });
    throw err;
  }
  if (url.length > 2000) throw new InputError('The URL is too long (2000 characters at most)', { field: 'webhook' });
  const components = await checkComponents(deps, input.components);
  await admitSubscribe(deps, subscribeKeys(null, ip));
  return transaction(deps, async (tx) => {
    if (await findSubscriber(tx, 'webhook', url))
      throw new ConflictError('This URL is subscribed already; change it with its manage link', undefined, 'status_subscriber_exists');
    const now = deps.clock.now().toISOString();
    const row: SubscriberRow = {
      id: newId(),
      kind: 'webhook',
      address: url,
      component_ids: components && JSON.stringify(components),
      confirmed_at: now,
      confirmation_sent_at: null,
      created_at: now,
      updated_at: now,
      dead_in_a_row: 0,
      disabled_at: null,
      disabled_reason: null,
    };
    await insertSubscriber(tx, row);
    return row;
  });
}

const invalidLink = () => new NotFoundError('This link is not valid (any more): subscribe again on the status page', 'status_link_invalid');

/** The subscriber a link is for (confirm or manage), or 404 `status_link_invalid`. */
export async function subscriberFromLink(deps: Deps, purpose: 'confirm' | 'manage', token: string): Promise<SubscriberRow> {
  const id = verifySubscriberToken(deps.config, purpose, token);
  const row = id ? await transaction(deps, (tx) => getSubscriber(tx, id)) : undefined;
  if (!row) throw invalidLink();
  return row;
}

/** Following the confirmation link (a button on the page it opens: mail scanners only GET). Idempotent. */
export async function confirmSubscription(deps: Deps, token: string): Promise<SubscriberRow> {
  const row = await subscriberFromLink(deps, 'confirm', token);
  if (row.confirmed_at) return row;
  const now = deps.clock.now().toISOString();
  await transaction(deps, (tx) => updateSubscriber(tx, row.id, { confirmed_at: now, updated_at: now }));
  return { ...row, confirmed_at: now };
}

/** The manage page's save: which components (null: everything). */
export async function changeComponents(deps: Deps, token: string, components: string[] | null): Promise<SubscriberRow> {
  const row = await subscriberFromLink(deps, 'manage', token);
  const chosen = await checkComponents(deps, components);
  const now = deps.clock.now().toISOString();
  const next = { component_ids: chosen && JSON.stringify(chosen), updated_at: now };
  await transaction(deps, (tx) => updateSubscriber(tx, row.id, next));
  return { ...row, ...next };
}

/** One-click unsubscribe (RFC 8058) and the manage page's button. Unsubscribing twice is fine. */
export async function unsubscribe(deps: Deps, token: string): Promise<void> {
  const id = verifySubscriberToken(deps.config, 'manage', token);
  if (!id) throw invalidLink();
  await transaction(deps, (tx) => deleteSubscriber(tx, id));
}

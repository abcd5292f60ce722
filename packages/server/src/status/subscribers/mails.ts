import type { Config } from '../../config.ts';
import type { MailMessage } from '../../platform/mail.ts';
import type { PageFacts } from './facts.ts';
import { confirmUrl, manageUrl, statusPageUrl, unsubscribeUrl } from './links.ts';
import type { SubscriberRow } from './store.ts';

type LinkConfig = Pick<Config, 'publicUrl' | 'statusHost' | 'dataDir' | 'secretKey'>;

/** What the subscriber chose, in words (component names from the page, never from the request). */
export function choiceText(facts: PageFacts, row: Pick<SubscriberRow, 'component_ids'>): string {
  if (!row.component_ids) return 'every component';
  const ids = new Set(JSON.parse(row.component_ids) as string[]);
  const names = facts.components.filter((c) => ids.has(c.id)).map((c) => c.name);
  return names.length ? names.join(', ') : 'components no longer on the page';
}

/** Every mail to a subscriber is automatic and can be left in one click (RFC 2369 + RFC 8058). */
const listHeaders = (config: LinkConfig, row: SubscriberRow) => ({
  'List-Unsubscribe': `<${unsubscribeUrl(config, row.id)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  'Auto-Submitted': 'auto-generated',
});

/**
 * The one mail an unconfirmed address gets. It holds only our words, the page's name and component
 * names and the link: nothing the requester typed but the address itself (no open relay).
 */
export function confirmationMail(config: LinkConfig, facts: PageFacts, row: SubscriberRow): MailMessage {
  return {
    to: [row.address],
    subject: `Confirm your subscription to ${facts.name} status`,
    text: [
      `Someone (we hope you) asked to receive e-mail about ${facts.name} status: incidents and scheduled maintenance affecting ${choiceText(facts, row)}.`,
      '',
      'To confirm, open this link and press "Confirm subscription":',
      confirmUrl(config, row.id),
      '',
      'If you did not ask for this, ignore this e-mail: nothing more will be sent to you.',
      '',
      `Status page: ${statusPageUrl(config)}`,
    ].join('\n'),
    idPrefix: 'firebreak.status',
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

/** For a confirmed address that subscribes again: how to change or end the subscription (nothing is changed). */
export function manageLinkMail(config: LinkConfig, facts: PageFacts, row: SubscriberRow): MailMessage {
  return {
    to: [row.address],
    subject: `Your subscription to ${facts.name} status`,
    text: [
      `This address already receives e-mail about ${facts.name} status (${choiceText(facts, row)}).`,
      '',
      `Change the components or unsubscribe here: ${manageUrl(config, row.id)}`,
      '',
      'If you did not ask for this, ignore this e-mail: nothing has changed.',
    ].join('\n'),
    idPrefix: 'firebreak.status',
    headers: listHeaders(config, row),
  };
}

/** A notification about the public page (text written for the public by responders), with the manage and unsubscribe links. */
export function notificationMail(
  config: LinkConfig,
  facts: PageFacts,
  row: SubscriberRow,
  content: { subject: string; lines: string[]; link: string },
): MailMessage {
  return {
    to: [row.address],
    subject: `[${facts.name} status] ${content.subject}`,
    text: [
      ...content.lines,
      '',
      `Details: ${content.link}`,
      '',
      '—',
      `You receive this because you subscribed to ${facts.name} status (${choiceText(facts, row)}).`,
      `Manage your subscription: ${manageUrl(config, row.id)}`,
      `Unsubscribe: ${unsubscribeUrl(config, row.id)}`,
    ].join('\n'),
    idPrefix: 'firebreak.status',
    headers: listHeaders(config, row),
  };
}

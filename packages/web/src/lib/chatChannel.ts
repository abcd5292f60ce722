/** The example the channel name preview shows: INC-42 “Checkout returns 500 for EU customers”. */
export const EXAMPLE_INCIDENT = { number: 42, title: 'Checkout returns 500 for EU customers' };

/**
 * The channel name a pattern gives an incident, as the server names it (chatops/outbound.ts
 * `channelNameFor`; chatChannel.test.ts holds the two together): `{ref}` inc-42, `{slug}` the title's
 * words (at most 40 characters), `{date}` the day it was declared; lower-case, letters, digits, - and _,
 * at most 80 characters.
 */
export function channelNameFor(pattern: string, incident: { number: number; title: string; declaredAt: string }): string {
  const slug = incident.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const name = pattern
    .replaceAll('{ref}', `inc-${incident.number}`)
    .replaceAll('{slug}', slug)
    .replaceAll('{date}', incident.declaredAt.slice(0, 10))
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return (name || `inc-${incident.number}`).slice(0, 80).replace(/[-_]+$/, '');
}

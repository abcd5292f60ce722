import { describe, expect, it } from 'vitest';
import { channelNameFor as serverName } from '../../../server/src/chatops/outbound.ts';
import { channelNameFor, EXAMPLE_INCIDENT } from './chatChannel.ts';

// The settings page previews channel names in the browser; the server makes them. Same answers, or
// the preview would promise a name the channel never gets.
describe('channel name preview', () => {
  const declaredAt = '2026-12-02T23:15:00.000Z';
  const cases: [string, string][] = [
    ['{ref}-{slug}', EXAMPLE_INCIDENT.title],
    ['inc-{ref}', EXAMPLE_INCIDENT.title],
    ['{date}-{ref}', EXAMPLE_INCIDENT.title],
    ['{ref}_{slug}', 'Zahlungen schlagen fehl: Überweisungen hängen in der Warteschlange seit heute früh'],
    ['{slug}-{ref}', '!!!'],
    ['war-room-{ref}-{slug}-{date}', 'A'.repeat(200)],
  ];
  it.each(cases)('%s for “%s” is named as the server names it', (pattern, title) => {
    const mine = channelNameFor(pattern, { number: 42, title, declaredAt });
    expect(mine).toBe(serverName(pattern, { number: 42, title, declared_at: declaredAt }));
    expect(mine).toMatch(/^[a-z0-9][a-z0-9_-]{0,79}$/);
  });

  it('reads as expected for the example incident', () => {
    expect(channelNameFor('{ref}-{slug}', { ...EXAMPLE_INCIDENT, declaredAt })).toBe('inc-42-checkout-returns-500-for-eu-customers');
    expect(channelNameFor('{date}-{ref}', { ...EXAMPLE_INCIDENT, declaredAt })).toBe('2026-12-02-inc-42');
  });
});

import { describe, expect, it } from 'vitest';
import { CHAT_CHANNEL_NAME_MAX, channelNameFor, channelNameWithSuffix } from './chat.ts';

// One rule names incident channels: the server when it makes them, the settings page when it previews them.
describe('channelNameFor', () => {
  const declaredAt = '2026-12-02T23:15:00.000Z';
  const name = (pattern: string, title: string, max?: number) => channelNameFor(pattern, { number: 42, title, declaredAt }, max);

  it('reads as expected for the example incident', () => {
    expect(name('{ref}-{slug}', 'Checkout returns 500 for EU customers')).toBe('inc-42-checkout-returns-500-for-eu-customers');
    expect(name('{date}-{ref}', 'Checkout returns 500 for EU customers')).toBe('2026-12-02-inc-42');
    expect(name('{ref}_{slug}', 'Zahlungen schlagen fehl: Überweisungen hängen')).toBe('inc-42_zahlungen-schlagen-fehl-uberweisungen-ha');
    expect(name('{slug}-{ref}', '!!!')).toBe('inc-42');
  });

  it.each(Object.entries(CHAT_CHANNEL_NAME_MAX))('stays within %s’s %i characters and never ends in - or _', (_platform, max) => {
    for (const pattern of ['war-room-{ref}-{slug}-{date}', '{ref}-{slug}', `${'x'.repeat(55)}-{ref}`]) {
      const n = name(pattern, 'A very long title that goes on and on about the outage in detail', max);
      expect(n.length).toBeLessThanOrEqual(max);
      expect(n).toMatch(/^[a-z0-9][a-z0-9_-]*[a-z0-9]$/);
      for (const k of [2, 9, 10, 20]) {
        const s = channelNameWithSuffix(n, k, max);
        expect(s.length).toBeLessThanOrEqual(max);
        expect(s.endsWith(`-${k}`)).toBe(true);
        expect(s).not.toBe(n);
      }
    }
  });

  it('cuts at the platform’s limit: the same pattern is longer on Slack than on Mattermost', () => {
    const title = 'Payments to every European bank are rejected by the clearing house';
    const slack = name('war-room-{ref}-{slug}-{date}', title, CHAT_CHANNEL_NAME_MAX.slack);
    const mattermost = name('war-room-{ref}-{slug}-{date}', title, CHAT_CHANNEL_NAME_MAX.mattermost);
    expect(slack).toBe('war-room-inc-42-payments-to-every-european-bank-are-reje-2026-12-02');
    expect(slack).toHaveLength(67);
    expect(mattermost).toBe('war-room-inc-42-payments-to-every-european-bank-are-reje-2026-12');
    expect(name('{ref}-{slug}-{slug}', title, 64)).toBe('inc-42-payments-to-every-european-bank-are-reje-payments-to-ever');
    expect(name('{ref}-{slug}-{slug}', 'Aaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 48)).toBe(
      'inc-42-aaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
    );
    expect(channelNameWithSuffix('inc-42', 1)).toBe('inc-42');
    expect(channelNameWithSuffix('inc-42', 3)).toBe('inc-42-3');
  });
});

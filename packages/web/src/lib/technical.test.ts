import { describe, expect, it } from 'vitest';
import { technicalFindings } from './technical.ts';

describe('technicalFindings', () => {
  it('accepts a plain-language update', () => {
    expect(
      technicalFindings('Some customers in Europe cannot pay at checkout. We are working on a fix and will update you by 14:00.'),
    ).toEqual([]);
  });
  it('names stack traces, hostnames, IPs and jargon', () => {
    const kinds = technicalFindings(
      'TypeError: x is undefined\n    at handler (/srv/app/checkout.js:12:5)\nSeen on db-3.prod.internal (10.0.3.7); p99 latency up after the deploy',
    ).map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['a stack trace', 'a hostname', 'an IP address', 'jargon']));
  });
  it('quotes what it found', () => {
    const jargon = technicalFindings('We rolled back the config').find((f) => f.kind === 'jargon');
    expect(jargon?.sample).toContain('config');
  });
});

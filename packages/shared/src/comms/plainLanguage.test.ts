import { describe, expect, it } from 'vitest';
import { DEFAULT_JARGON, plainLanguageWarnings } from './plainLanguage.ts';
import { DEFAULT_UPDATE_TEMPLATES, fillTemplate, templateStatusFor } from './updateTemplates.ts';

const kinds = (text: string, jargon = DEFAULT_JARGON) => plainLanguageWarnings(text, jargon).map((w) => w.kind);

describe('plainLanguageWarnings', () => {
  it('finds nothing in plain updates, times, prices and counts included', () => {
    for (const text of [
      'Some shoppers in Canada see an empty basket. We expect a fix within the hour; next update at 16:45.',
      'About 500 customers could not download invoices between 09:10 and 09:40. Everything works again.',
      'Card payments are back. If you were charged twice (around 3% of orders), the refund arrives in 5 days.',
      'Version 2.4 of the mobile app is not affected. Visit status.example.com for updates.',
    ]) {
      expect(plainLanguageWarnings(text), text).toEqual([]);
    }
  });

  it('recognises stack traces of several languages as one warning', () => {
    expect(kinds('Traceback (most recent call last):\n  File "/opt/billing/run.py", line 88, in charge')).toContain('stack_trace');
    expect(kinds('panic: runtime error\ngoroutine 17 [running]:\nmain.handler()')).toContain('stack_trace');
    expect(kinds('Failed:\n    at OrderService.submit (orders.js:41:9)')).toContain('stack_trace');
  });

  it('recognises hostnames and IP addresses, v4 and v6', () => {
    expect(kinds('Traffic to web-12.fra.internal is dropped')).toEqual(['hostname']);
    expect(kinds('Replica mq2.ams stops answering', [])).toEqual(['hostname']);
    expect(kinds('Blocked 192.168.40.3:8443 at the edge')).toEqual(['ip_address']);
    expect(kinds('Route to fd00:12::7 is gone')).toEqual(['ip_address']);
  });

  it('recognises error codes: HTTP status codes, errno and signal names, exception classes', () => {
    for (const text of [
      'The mobile app gets 503s',
      'Checkout returns 502',
      'Calls end with ECONNRESET',
      'Workers were stopped with SIGKILL',
      'Reports fail with IllegalStateException',
      'The export throws PermissionDeniedError',
      'We see 5xx on the login page',
    ]) {
      expect(kinds(text, []), text).toEqual(['error_code']);
    }
  });

  it('flags words from the jargon list with what to say instead, whole words only, once each', () => {
    const w = plainLanguageWarnings('After the Rollback, the rollback held; the cache warmed up. Cachet was fine.');
    expect(w.map((x) => x.match)).toEqual(['Rollback', 'cache']);
    expect(w[0].suggestion).toBe('Say "returned to the previous version" instead of "Rollback".');
    expect(w[1].suggestion).toContain('internal jargon');
  });

  it('uses the list it is given (an installation’s own words) and finds multi-word terms', () => {
    const own = [{ term: 'Blue Heron', instead: 'the new checkout' }];
    expect(plainLanguageWarnings('Blue Heron is paused for now.', own)).toEqual([
      { kind: 'jargon', match: 'Blue Heron', index: 0, suggestion: 'Say "the new checkout" instead of "Blue Heron".' },
    ]);
    expect(plainLanguageWarnings('We paused the rollback.', own)).toEqual([]);
  });

  it('reports each finding where it starts, in text order, with a suggestion', () => {
    const w = plainLanguageWarnings('Login at idp-3.eu.corp fails with HTTP 500 after the deploy');
    expect(w.map((x) => [x.kind, x.match])).toEqual([
      ['hostname', 'idp-3.eu.corp'],
      ['error_code', 'with HTTP 500'.slice(5)],
      ['jargon', 'deploy'],
    ]);
    expect(w.every((x) => x.suggestion.length > 0)).toBe(true);
  });
});

describe('update templates', () => {
  it('fills the placeholders and leaves unknown ones visible', () => {
    const text = fillTemplate('{{ref}}: {{title}} on {{services}}, next by {{nextUpdate}} {{oops}}', {
      ref: 'INC-7',
      title: 'Slow search',
      services: ['search', 'catalog', 'api'],
      nextUpdate: '14:30 UTC',
    });
    expect(text).toBe('INC-7: Slow search on search, catalog and api, next by 14:30 UTC {{oops}}');
    expect(fillTemplate(DEFAULT_UPDATE_TEMPLATES.investigating, { ref: 'INC-1', title: 'x', services: [], nextUpdate: null })).toContain(
      'our service',
    );
  });
  it('the default templates pass the plain-language check', () => {
    for (const t of Object.values(DEFAULT_UPDATE_TEMPLATES)) expect(plainLanguageWarnings(t), t).toEqual([]);
  });
  it('maps every status to a template', () => {
    expect(['triage', 'investigating', 'identified', 'monitoring', 'resolved', 'closed'].map(templateStatusFor)).toEqual([
      'investigating',
      'investigating',
      'identified',
      'monitoring',
      'resolved',
      'resolved',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { severityFromLabel } from '../alerts/index.ts';
import { targetOf } from './address.ts';
import { alertFromMail, automaticReason, cleanFilename, cleanLine, cleanText, subjectRef } from './classify.ts';

const headers = (h: Record<string, string> = {}) => new Map(Object.entries(h));
const alert = (subject: string, h: Record<string, string> = {}) =>
  alertFromMail({ subject, text: 'body', headers: headers(h) }, severityFromLabel);

describe('reading an e-mail', () => {
  it('knows the addresses it answers for, by local part', () => {
    const config = { mailFrom: 'Firebreak <firebreak@example.com>' };
    expect(targetOf('report@anything.example', config)).toEqual({ kind: 'report' });
    expect(targetOf('Report+Support@x', config)).toEqual({ kind: 'report' });
    expect(targetOf('incident+INC-42@x', config)).toEqual({ kind: 'incident', ref: 'INC-42', token: null });
    expect(targetOf('incident+42.0123456789abcdef@x', config)).toEqual({ kind: 'incident', ref: 'INC-42', token: '0123456789abcdef' });
    expect(targetOf(`alert+${'a1'.repeat(16)}@x`, config)).toEqual({ kind: 'alert', key: 'a1'.repeat(16) });
    expect(targetOf('firebreak@example.com', config)).toEqual({ kind: 'reply' });
    for (const no of ['postmaster@x', 'incident+INC-x@x', 'incident+INC-1.xyz@x', 'alert+@x', 'report+a b@x'])
      expect(targetOf(no, config), no).toBeNull();
  });

  it('tells machine-written mail apart', () => {
    expect(automaticReason(headers({ 'auto-submitted': 'auto-replied' }))).toBe('Auto-Submitted: auto-replied');
    expect(automaticReason(headers({ 'auto-submitted': 'no' }))).toBeNull();
    expect(automaticReason(headers({ precedence: 'Bulk' }))).toBe('Precedence: bulk');
    expect(automaticReason(headers({ 'x-autoreply': 'yes' }))).toBe('X-Autoreply');
    expect(automaticReason(headers({ subject: 'Out of office' }))).toBeNull();
  });

  it('keeps one line one line and text as written, without NUL', () => {
    expect(cleanLine('Outage\r\nBcc: x@evil\u2028X-A: 1\u0000', 200)).toBe('Outage Bcc: x@evil X-A: 1');
    expect(cleanLine('🔥'.repeat(5), 3)).toBe('🔥🔥🔥');
    expect(cleanText('a\r\nb\u0000c\td', 100)).toBe('a\nbc\td');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('a"b.txt')).toBe("a'b.txt");
    expect(cleanFilename('..')).toBe('attachment');
    expect(subjectRef('Re: [inc-7] hello')).toBe('INC-7');
    expect(subjectRef('INC-7 without brackets')).toBeNull();
  });

  it('reads alert mail: status words, dedup on the normalised subject, headers first', () => {
    expect(alert('PROBLEM: db-1 disk full')).toMatchObject({ action: 'trigger', dedupKey: 'db-1 disk full', title: 'db-1 disk full' });
    expect(alert('Re: RESOLVED: db-1 Disk  full')).toMatchObject({ action: 'resolve', dedupKey: 'db-1 disk full' });
    expect(alert('[FIRING:3] HighLatency checkout')).toMatchObject({ action: 'trigger', dedupKey: 'highlatency checkout' });
    expect(alert('[RESOLVED] HighLatency checkout')).toMatchObject({ action: 'resolve', dedupKey: 'highlatency checkout' });
    expect(alert('[OK] backup job')).toMatchObject({ action: 'resolve', dedupKey: 'backup job' });
    expect(alert('** PROBLEM Service Alert: web-1/HTTP is CRITICAL **')).toMatchObject({
      action: 'trigger',
      dedupKey: 'service alert: web-1/http',
      title: 'Service Alert: web-1/HTTP is CRITICAL',
    });
    expect(alert('** RECOVERY Service Alert: web-1/HTTP is OK **')).toMatchObject({
      action: 'resolve',
      dedupKey: 'service alert: web-1/http',
    });
    expect(alert('Okay, so the disk is full')).toMatchObject({ action: 'trigger' });
    expect(alert('Backup finished OK')).toMatchObject({ action: 'trigger', dedupKey: 'backup finished ok' });
    expect(
      alert('whatever', { 'x-firebreak-dedup-key': 'disk-db-1', 'x-firebreak-alert-status': 'resolve', 'x-firebreak-severity': 'P1' }),
    ).toMatchObject({ action: 'resolve', dedupKey: 'disk-db-1', severity: 'critical' });
    expect(alert('')).toMatchObject({ dedupKey: '(no subject)', title: '(no subject)', severity: 'warning' });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';
import { transaction } from './context.ts';
import { Worker } from './jobs/worker.ts';
import { incidentIdFromMessageIds, incidentMessageId, incidentThreadId, isOwnMessageId, mailDomain, sendMail } from './mail.ts';

const config = { mailFrom: 'Firebreak Alerts <firebreak@ops.example.com>' };

describe('mail threading ids', () => {
  it('names the thread after the incident under the From domain and finds it again in reply headers', () => {
    expect(mailDomain(config)).toBe('ops.example.com');
    expect(incidentThreadId('01ABC', config)).toBe('<incident.01ABC@ops.example.com>');
    const reply = incidentMessageId('01ABC', config);
    expect(reply).toMatch(/^<incident\.01ABC\.[0-9a-f]{16}@ops\.example\.com>$/);
    expect(incidentIdFromMessageIds(`<CAF=x@mail.gmail.com> ${reply}`, config)).toBe('01ABC');
    expect(incidentIdFromMessageIds(['<a@b>', '<incident.01ABC@ops.example.com>'], config)).toBe('01ABC');
    // A mail sent by the job carries the job id (a UUID) after the incident id.
    expect(incidentIdFromMessageIds('<incident.0b6c.5d05df78-fab9-4785-bfb0-0c1d2e3f4a5b@ops.example.com>', config)).toBe('0b6c');
    // Someone else's domain is not ours, even with our shape.
    expect(incidentIdFromMessageIds('<incident.01ABC@evil.example.net>', config)).toBeNull();
    expect(isOwnMessageId(reply, config)).toBe(true);
    expect(isOwnMessageId('<x@mail.gmail.com>', config)).toBe(false);
    expect(isOwnMessageId('<firebreak.0b6c-41@ops.example.com>', config)).toBe(true);
    // People at the same domain: their server's Message-IDs are not ours.
    expect(isOwnMessageId('<20261202.abc123@ops.example.com>', config)).toBe(false);
    expect(isOwnMessageId('<firebreak.1@sub.ops.example.com>', config)).toBe(false);
  });
});

for (const kind of testDatabases()) {
  describe(`sendMail on ${kind}`, () => {
    let t: TestApp;
    let smtp: SmtpCapture;
    beforeEach(async () => {
      t = await makeTestApp(kind);
      smtp = await startSmtpCapture();
    });
    afterEach(async () => {
      await smtp.close();
      await t.close();
    });

    it('sends nothing when the change rolls back, and the committed mail once over real SMTP with both parts and threading', async () => {
      t.deps.config.smtpUrl = smtp.url;
      await expect(
        transaction(t.deps, async (tx) => {
          await sendMail(tx, t.deps, { to: ['lost@example.com'], subject: 'never', text: 'never' });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      const root = incidentThreadId('INC1', t.deps.config);
      await transaction(t.deps, (tx) =>
        sendMail(
          tx,
          t.deps,
          {
            to: [{ name: 'Priya', address: 'priya@example.com' }],
            subject: '[SEV1 · Investigating] INC-42 Checkout returns 500',
            text: 'Plain text part',
            html: '<p>HTML part</p>',
            idPrefix: 'incident.INC1',
            references: [root],
            inReplyTo: root,
            headers: { 'List-Unsubscribe': '<http://firebreak.test/u/x>' },
          },
          { key: 'once' },
        ),
      );
      // The same key enqueues nothing more.
      await transaction(t.deps, (tx) => sendMail(tx, t.deps, { to: ['priya@example.com'], subject: 'dup', text: 'dup' }, { key: 'once' }));
      await new Worker(t.deps).runDue();
      await smtp.waitFor(1);
      expect(smtp.messages).toHaveLength(1);
      const m = smtp.messages[0];
      expect(m.subject).toBe('[SEV1 · Investigating] INC-42 Checkout returns 500');
      expect(m.text?.trim()).toBe('Plain text part');
      expect(m.html).toContain('<p>HTML part</p>');
      expect(m.from?.value[0]).toMatchObject({ name: 'Firebreak', address: 'firebreak@localhost' });
      expect(m.envelope.to).toEqual(['priya@example.com']);
      expect(m.inReplyTo).toBe(root);
      expect(m.references).toBe(root);
      expect(m.messageId).toMatch(/^<incident\.INC1\.[0-9a-f-]+@localhost>$/);
      expect(m.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe('List-Unsubscribe: <http://firebreak.test/u/x>');
    });

    it('writes mail to the outbox directory when no SMTP server is configured', async () => {
      await transaction(t.deps, (tx) => sendMail(tx, t.deps, { to: ['a@example.com'], subject: 'Hello', text: 'Body' }));
      await new Worker(t.deps).runDue();
      const dir = join(t.deps.config.dataDir, 'outbox');
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      const parsed = await simpleParser(readFileSync(join(dir, files[0])));
      expect(parsed.subject).toBe('Hello');
      expect(parsed.text?.trim()).toBe('Body');
    });
  });
}

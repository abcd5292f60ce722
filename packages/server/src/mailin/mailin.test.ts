import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Deps } from '../platform/context.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { incidentMessageId } from '../platform/mail.ts';
import { buildUser } from '../test/factories.ts';
import { declare, makeTestApp, openTestDatabase, type TestApp, testDatabases } from '../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';
import { incidentAddress } from './address.ts';
import { type MailListener, startMailListener } from './listener.ts';
import { pruneReceivedMail } from './prune.ts';

const api = '/api/v1';
const DOMAIN = 'firebreak.test';
const quiet = { info() {}, warn() {}, error() {} };

type Sent = { ok: boolean; code: number | null; response: string };

describe.each(testDatabases())('e-mail in on %s', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let worker: Worker;
  let listener: MailListener;
  let peer: Transporter;

  /** Sends a real SMTP message to the listener (nodemailer), answering what the listener said. */
  const send = (msg: SendMailOptions): Promise<Sent> =>
    peer.sendMail(msg).then(
      (info) => ({ ok: true, code: 250, response: info.response }),
      (err: { responseCode?: number; response?: string; message: string }) => ({
        ok: false,
        code: err.responseCode ?? null,
        response: err.response ?? err.message,
      }),
    );
  /** Replies and bounces Firebreak sent (its job worker, to the capture server). */
  const mailTo = async (address: string) => {
    await worker.runDue();
    return smtp.messages.filter((m) => m.envelope.to.includes(address) && m.headers.get('auto-submitted') === 'auto-replied');
  };
  const counts = async () => {
    const n = async (table: 'incidents' | 'timeline_entries' | 'incident_attachments' | 'alerts') =>
      Number(
        (
          await t.deps.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      incidents: await n('incidents'),
      entries: await n('timeline_entries'),
      files: await n('incident_attachments'),
      alerts: await n('alerts'),
    };
  };
  const incident = async (ref: string) => (await t.call(t.admin, 'GET', `${api}/incidents/${ref}`)).json().data;
  const comments = async (ref: string) =>
    (await t.call(t.admin, 'GET', `${api}/incidents/${ref}/timeline?kind=comment&limit=200`)).json().data as {
      body: string;
      actor: { name: string } | null;
      data: Record<string, unknown>;
    }[];
  let seq = 0;
  const msgId = () => `<m${++seq}.${Math.random().toString(36).slice(2)}@mail.example.com>`;

  beforeAll(async () => {
    t = await makeTestApp(kind);
    smtp = await startSmtpCapture();
    Object.assign(t.deps.config, {
      smtpUrl: smtp.url,
      mailFrom: `Firebreak <firebreak@${DOMAIN}>`,
      mailIn: {
        host: '127.0.0.1',
        port: 0,
        maxBytes: 256 * 1024,
        allowedDomains: ['example.com', 'partner.example.org'],
        unknownSenders: 'drop',
        incidentTokens: 'optional',
      },
    });
    worker = new Worker(t.deps);
    listener = await startMailListener(t.deps, quiet);
    peer = createTransport({ host: '127.0.0.1', port: listener.port, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    peer?.close();
    await listener?.close();
    await smtp?.close();
    await t?.close();
  });
  beforeEach(() => {
    Object.assign(t.deps.config.mailIn ?? {}, { unknownSenders: 'drop', incidentTokens: 'optional' });
  });

  it('a mail to report@ becomes an incident in triage: kept verbatim, source email, reporter from From, attachments kept', async () => {
    const pdf = Buffer.from('%PDF-1.4 fake screenshot bytes \u0000\u0001\u00ff', 'latin1');
    const sent = await send({
      from: 'Priya <priya@example.com>',
      to: `report@${DOMAIN}`,
      subject: 'Checkout returns 500 for DE customers',
      text: 'Since 12:40 customers in DE see "Internal Server Error" when paying.\n\n> quoted lines stay in a report\n',
      messageId: msgId(),
      attachments: [{ filename: 'screenshot.pdf', content: pdf, contentType: 'application/pdf' }],
    });
    expect(sent.ok, sent.response).toBe(true);
    const ref = /Accepted for (INC-\d+)/.exec(sent.response)?.[1] as string;
    expect(ref).toMatch(/^INC-\d+$/);
    const inc = await incident(ref);
    expect(inc).toMatchObject({
      title: 'Checkout returns 500 for DE customers',
      status: 'triage',
      source: 'email',
      reporterId: t.responder.id,
    });
    expect(inc.originalRequest).toContain('From: "Priya" <priya@example.com>');
    expect(inc.originalRequest).toContain('Subject: Checkout returns 500 for DE customers');
    expect(inc.originalRequest).toContain(
      'Since 12:40 customers in DE see "Internal Server Error" when paying.\n\n> quoted lines stay in a report',
    );

    const mail = (await t.call(t.responder, 'GET', `${api}/incidents/${ref}/mail`)).json().data;
    expect(mail.address).toMatch(new RegExp(`^incident\\+${ref}\\.[0-9a-f]{16}@${DOMAIN}$`));
    expect(mail.attachments).toMatchObject([
      { filename: 'screenshot.pdf', contentType: 'application/pdf', size: pdf.length, from: 'priya@example.com' },
    ]);
    const file = await t.call(t.viewer, 'GET', mail.attachments[0].url);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect(file.headers['content-type']).toBe('application/octet-stream');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="screenshot.pdf"/);
    expect((await t.call(t.viewer, 'GET', `${api}/incidents/${ref}/mail`)).json().data.address).toBeNull();

    // The reporter hears back in the incident's thread, with its address to reply to.
    const [ack] = await mailTo('priya@example.com');
    expect(ack.subject).toBe(`[${ref}] Checkout returns 500 for DE customers`);
    expect(ack.replyTo?.text).toBe(mail.address);
    expect(ack.text).toContain(`We opened ${ref}`);
  });

  it('a sender in an allowed domain without an account reports too; the reporter is their name and address', async () => {
    const sent = await send({
      from: 'Support Desk <desk@partner.example.org>',
      to: `report@${DOMAIN}`,
      subject: 'Customers cannot log in',
      text: 'Ticket 4711',
    });
    expect(sent.ok, sent.response).toBe(true);
    const inc = await incident(/(INC-\d+)/.exec(sent.response)?.[1] as string);
    expect(inc).toMatchObject({ reporter: 'Support Desk <desk@partner.example.org>', reporterId: null, source: 'email' });
  });

  it('a reply to a Firebreak e-mail (In-Reply-To) is a comment by that person, quoted history stripped', async () => {
    const inc = await declare(t, t.responder);
    const before = await counts();
    const sent = await send({
      from: 'Sam <sam@example.com>',
      to: `firebreak@${DOMAIN}`,
      subject: `Re: [${inc.ref}] Checkout returns 500`,
      inReplyTo: incidentMessageId(inc.id, t.deps.config),
      text: `Rolled back the deploy, errors stopped.\n\nOn Wed, 2 Dec 2026 at 11:00, Firebreak <firebreak@${DOMAIN}> wrote:\n> Priya declared ${inc.ref}\n> more history\n`,
    });
    expect(sent.ok, sent.response).toBe(true);
    expect(sent.response).toContain(`Accepted for ${inc.ref}`);
    const [c] = await comments(inc.ref);
    expect(c.body).toBe('Rolled back the deploy, errors stopped.');
    expect(c.actor?.name).toBe('Sam');
    expect(c.data).toMatchObject({ via: 'email' });
    expect((await counts()).incidents).toBe(before.incidents);
  });

  it('[INC-n] in the subject and the plus-address comment too; a wrong token is refused with a reply', async () => {
    const inc = await declare(t, t.responder);
    expect(
      (await send({ from: 'priya@example.com', to: `firebreak@${DOMAIN}`, subject: `Update [${inc.ref}]`, text: 'DB failover done.' })).ok,
    ).toBe(true);
    expect(
      (await send({ from: 'priya@example.com', to: `incident+${inc.ref}@${DOMAIN}`, subject: 'status', text: 'Cache warmed.' })).ok,
    ).toBe(true);
    const address = incidentAddress(t.deps.config, { id: inc.id, number: inc.number });
    expect((await send({ from: 'priya@example.com', to: address, subject: 'x', text: 'Traffic back to normal.' })).ok).toBe(true);
    expect((await comments(inc.ref)).map((c) => c.body)).toEqual(['DB failover done.', 'Cache warmed.', 'Traffic back to normal.']);

    const wrong = await send({
      from: 'priya@example.com',
      to: `incident+${inc.ref}.0123456789abcdef@${DOMAIN}`,
      subject: 'guess',
      text: 'Injected',
    });
    expect(wrong.ok).toBe(true);
    expect((await comments(inc.ref)).map((c) => c.body)).not.toContain('Injected');
    const replies = await mailTo('priya@example.com');
    expect(replies.at(-1)?.text).toContain(`The address you wrote to is not the address of ${inc.ref}.`);
  });

  it('with FIREBREAK_MAIL_INCIDENT_TOKENS=required only the secret address or a reply to our mail comments', async () => {
    Object.assign(t.deps.config.mailIn ?? {}, { incidentTokens: 'required' });
    const inc = await declare(t, t.responder);
    expect((await send({ from: 'sam@example.com', to: `firebreak@${DOMAIN}`, subject: `[${inc.ref}] hi`, text: 'By subject' })).ok).toBe(
      true,
    );
    expect((await send({ from: 'sam@example.com', to: `incident+${inc.ref}@${DOMAIN}`, subject: 'hi', text: 'By bare address' })).ok).toBe(
      true,
    );
    const address = incidentAddress(t.deps.config, { id: inc.id, number: inc.number });
    expect((await send({ from: 'sam@example.com', to: address, subject: 'hi', text: 'By secret address' })).ok).toBe(true);
    const reply = { from: 'sam@example.com', to: `firebreak@${DOMAIN}`, subject: 'Re: hi', text: 'By reply' };
    expect((await send({ ...reply, references: [incidentMessageId(inc.id, t.deps.config)] })).ok).toBe(true);
    expect((await comments(inc.ref)).map((c) => c.body)).toEqual(['By secret address', 'By reply']);
    expect((await mailTo('sam@example.com')).at(-1)?.text).toContain(
      `To comment on ${inc.ref} by e-mail, reply to a Firebreak e-mail about it`,
    );
  });

  it("a private incident takes no comment from a non-member (refused as if it did not exist); a member's lands; viewers are refused", async () => {
    const inc = await declare(t, t.responder, { private: true });
    const before = await counts();
    expect((await send({ from: 'sam@example.com', to: `incident+${inc.ref}@${DOMAIN}`, subject: 'x', text: 'Outsider' })).ok).toBe(true);
    expect((await counts()).entries).toBe(before.entries);
    expect((await mailTo('sam@example.com')).at(-1)?.text).toContain(`No incident ${inc.ref}. Nothing was added.`);
    expect((await send({ from: 'priya@example.com', to: `incident+${inc.ref}@${DOMAIN}`, subject: 'x', text: 'Member' })).ok).toBe(true);
    expect((await comments(inc.ref)).map((c) => c.body)).toEqual(['Member']);

    const pub = await declare(t, t.responder);
    expect((await send({ from: 'victor@example.com', to: `incident+${pub.ref}@${DOMAIN}`, subject: 'x', text: 'Viewer' })).ok).toBe(true);
    expect(await comments(pub.ref)).toEqual([]);
    expect((await mailTo('victor@example.com')).at(-1)?.text).toContain('Viewers can read incidents but not change them');
  });

  it('auto-replies, bulk mail and our own Message-IDs are accepted and ignored (no loops)', async () => {
    const inc = await declare(t, t.responder);
    const before = await counts();
    const repliedBefore = (await mailTo('priya@example.com')).length;
    const base = { from: 'priya@example.com', text: 'I am out of office until Monday.' };
    const automatic: SendMailOptions[] = [
      { ...base, to: `report@${DOMAIN}`, subject: 'Out of office', headers: { 'Auto-Submitted': 'auto-replied' } },
      { ...base, to: `incident+${inc.ref}@${DOMAIN}`, subject: 'Automatic reply', headers: { Precedence: 'bulk' } },
      { ...base, to: `incident+${inc.ref}@${DOMAIN}`, subject: 'Automatic reply', headers: { 'X-Autoreply': 'yes' } },
      { ...base, to: `report@${DOMAIN}`, subject: 'Loop', messageId: `<firebreak.123@${DOMAIN}>` },
      { ...base, from: `firebreak@${DOMAIN}`, to: `report@${DOMAIN}`, subject: 'From ourselves' },
    ];
    for (const m of automatic) {
      const sent = await send(m);
      expect(sent.ok, m.subject).toBe(true);
    }
    expect(await counts()).toEqual(before);
    expect(await mailTo('priya@example.com')).toHaveLength(repliedBefore); // no answer to a robot
  });

  it('unknown senders are dropped, or answered with a bounce-style reply when configured; other domains get 550', async () => {
    const inc = await declare(t, t.responder);
    const before = await counts();
    const stranger = { from: 'nobody@example.com', to: `incident+${inc.ref}@${DOMAIN}`, subject: 'hello', text: 'Let me in' };
    expect((await send(stranger)).ok).toBe(true);
    expect(await mailTo('nobody@example.com')).toHaveLength(0);
    Object.assign(t.deps.config.mailIn ?? {}, { unknownSenders: 'reply' });
    expect((await send({ ...stranger, messageId: msgId() })).ok).toBe(true);
    const [bounce] = await mailTo('nobody@example.com');
    expect(bounce.subject).toBe('Not accepted: hello');
    expect(bounce.text).toContain('Only people with a Firebreak account can comment by e-mail.');
    expect(bounce.inReplyTo).toBeTruthy();

    const outside = await send({ from: 'mallory@evil.example', to: `report@${DOMAIN}`, subject: 'x', text: 'x' });
    expect(outside).toMatchObject({ ok: false, code: 550 });
    expect(outside.response).toContain('Mail from evil.example is not accepted here');
    expect(await counts()).toEqual(before);

    // Without a domain list any domain may write, but only people with an account report.
    const mailIn = t.deps.config.mailIn as NonNullable<Deps['config']['mailIn']>;
    const domains = mailIn.allowedDomains;
    mailIn.allowedDomains = [];
    try {
      const stranger = await send({ from: 'someone@elsewhere.example', to: `report@${DOMAIN}`, subject: 'Spam?', text: 'x' });
      expect(stranger.ok).toBe(true);
      expect(await counts()).toEqual(before);
      expect((await mailTo('someone@elsewhere.example'))[0]?.text).toContain('Only people with a Firebreak account can report by e-mail.');
    } finally {
      mailIn.allowedDomains = domains;
    }
  });

  it('refuses unknown recipients (550), unknown alert keys (550), oversize mail (552) and too many files (552), writing nothing', async () => {
    const before = await counts();
    const nobody = await send({ from: 'priya@example.com', to: `postmaster@${DOMAIN}`, subject: 'x', text: 'x' });
    expect(nobody).toMatchObject({ ok: false, code: 550 });
    expect(nobody.response).toContain('no such address here');
    const key = await send({ from: 'priya@example.com', to: `alert+${'0'.repeat(32)}@${DOMAIN}`, subject: 'x', text: 'x' });
    expect(key).toMatchObject({ ok: false, code: 550 });
    expect(key.response).toContain('No alert integration has this address');
    const big = await send({
      from: 'priya@example.com',
      to: `report@${DOMAIN}`,
      subject: 'Huge log',
      text: 'see attached',
      attachments: [{ filename: 'huge.log', content: Buffer.alloc(300 * 1024, 'a') }],
    });
    expect(big).toMatchObject({ ok: false, code: 552 });
    expect(big.response).toContain('larger than 262144 bytes');
    const many = await send({
      from: 'priya@example.com',
      to: `report@${DOMAIN}`,
      subject: 'Many files',
      text: 'see attached',
      attachments: Array.from({ length: 21 }, (_, i) => ({ filename: `f${i}.txt`, content: `file ${i}` })),
    });
    expect(many).toMatchObject({ ok: false, code: 552 });
    expect(many.response).toContain('Too many attachments: at most 20');
    expect(await counts()).toEqual(before);
  });

  it('malformed MIME is refused or read as far as it goes, never a crash or half a write', async () => {
    const before = await counts();
    const raw = (text: string) => send({ envelope: { from: 'priya@example.com', to: [`report@${DOMAIN}`] }, raw: text });
    const garbage = await raw('\u0000\u0001\u0002 this is not an e-mail \xff\xfe\r\n\r\n--');
    expect(garbage).toMatchObject({ ok: false, code: 550 });
    expect(garbage.response).toContain('The message has no From address');
    expect(await counts()).toEqual(before);
    // A multipart without its boundary, NUL bytes in the body: read as text, stored without the NULs.
    const broken = await raw(
      'From: Priya <priya@example.com>\r\nSubject: Broken\r\nContent-Type: multipart/mixed\r\nMIME-Version: 1.0\r\n\r\nbody\u0000 without parts\r\n--nope\r\n',
    );
    expect(broken.ok, broken.response).toBe(true);
    const inc = await incident(/(INC-\d+)/.exec(broken.response)?.[1] as string);
    expect(inc.title).toBe('Broken');
    expect(inc.originalRequest).not.toContain('\u0000');
  });

  it('header injection in names and subjects stays one line: no extra header or recipient in what Firebreak sends', async () => {
    const b64 = (s: string) => `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;
    const sent = await send({
      envelope: { from: 'priya@example.com', to: [`report@${DOMAIN}`] },
      raw: [
        `From: ${b64('Priya\r\nBcc: victim@evil.example')} <priya@example.com>`,
        `Subject: ${b64('Outage\r\nBcc: victim@evil.example\r\nX-Injected: 1')}`,
        `Message-ID: ${msgId()}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Body',
      ].join('\r\n'),
    });
    expect(sent.ok, sent.response).toBe(true);
    const ref = /(INC-\d+)/.exec(sent.response)?.[1] as string;
    const inc = await incident(ref);
    expect(inc.title).toBe('Outage Bcc: victim@evil.example X-Injected: 1');
    expect(inc.title).not.toMatch(/[\r\n]/);
    await worker.runDue();
    const out = smtp.messages.filter((m) => m.subject?.includes(ref));
    expect(out.length).toBeGreaterThan(0);
    for (const m of out) {
      expect(m.envelope.to).not.toContain('victim@evil.example');
      expect(m.headers.has('x-injected')).toBe(false);
      expect(m.headers.has('bcc')).toBe(false);
    }
  });

  it('unicode in every field is kept as written: subject, name, body, file name', async () => {
    const subject = 'Zahlung schlägt fehl — 支払いエラー 🔥';
    const sent = await send({
      from: { name: 'Zoë Łukasiewicz-Ñúñez', address: 'priya@example.com' },
      to: `report@${DOMAIN}`,
      subject,
      text: 'Ошибка оплаты: 💳 ✗ — مرحبا',
      attachments: [{ filename: 'Bericht-ß-報告.txt', content: 'Grüße ✓' }],
    });
    expect(sent.ok, sent.response).toBe(true);
    const ref = /(INC-\d+)/.exec(sent.response)?.[1] as string;
    const inc = await incident(ref);
    expect(inc.title).toBe(subject);
    expect(inc.originalRequest).toContain('Zoë Łukasiewicz-Ñúñez');
    expect(inc.originalRequest).toContain('Ошибка оплаты: 💳 ✗ — مرحبا');
    const [file] = (await t.call(t.admin, 'GET', `${api}/incidents/${ref}/mail`)).json().data.attachments;
    expect(file.filename).toBe('Bericht-ß-報告.txt');
    const dl = await t.call(t.admin, 'GET', file.url);
    expect(dl.body).toBe('Grüße ✓');
    expect(dl.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Bericht-ß-報告.txt')}`);
  });

  it('the same Message-ID delivered twice (a lost 250) acts once', async () => {
    const id = msgId();
    const m = { from: 'priya@example.com', to: `report@${DOMAIN}`, subject: 'Twice', text: 'x', messageId: id };
    const first = await send(m);
    const before = await counts();
    const second = await send(m);
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(await counts()).toEqual(before);
    // Remembered for 30 days (senders retry for about 5), then forgotten by the periodic prune.
    t.clock.advance(29 * 24 * 3_600_000);
    expect(await pruneReceivedMail(t.deps)).toBe(0);
    t.clock.advance(2 * 24 * 3_600_000);
    expect(await pruneReceivedMail(t.deps)).toBeGreaterThan(0);
    expect((await send(m)).ok).toBe(true);
    expect((await counts()).incidents).toBe(before.incidents + 1);
  });

  it('answers 451 (try again later) when the database is away, and writes nothing', async () => {
    const gone = await openTestDatabase(kind);
    await gone.cleanup();
    const deps: Deps = {
      ...t.deps,
      db: gone.db,
      config: { ...t.deps.config, mailIn: { ...(t.deps.config.mailIn as NonNullable<Deps['config']['mailIn']>), port: 0 } },
    };
    const down = await startMailListener(deps, quiet);
    const client = createTransport({ host: '127.0.0.1', port: down.port, secure: false, ignoreTLS: true });
    try {
      const res = await client.sendMail({ from: 'priya@example.com', to: `report@${DOMAIN}`, subject: 'During outage', text: 'x' }).then(
        () => ({ code: 250, response: '' }),
        (err: { responseCode: number; response: string }) => ({ code: err.responseCode, response: err.response }),
      );
      expect(res.code).toBe(451);
      expect(res.response).toContain('Temporary failure, try again later');
    } finally {
      client.close();
      await down.close();
    }
  });

  it('alerts by e-mail: alert+<key>@ of an email integration opens an alert from the subject, and RESOLVED closes it', async () => {
    const created = await t.call(t.admin, 'POST', `${api}/integrations`, { name: 'mail-monitor', format: 'email' });
    expect(created.statusCode, created.body).toBe(201);
    const key = created.json().data.key as string;
    const to = `alert+${key}@${DOMAIN}`;
    const fire = await send({
      from: 'nagios@monitoring.internal',
      to,
      subject: 'PROBLEM: db-1 disk full',
      text: 'Disk / is 98% full on db-1',
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Firebreak-Severity': 'critical' },
    });
    expect(fire.ok, fire.response).toBe(true);
    const list = async () =>
      (await t.call(t.admin, 'GET', `${api}/alerts?limit=200`)).json().data.filter((a: { source: string }) => a.source === 'email') as {
        title: string;
        status: string;
        description: string;
        severity: string;
        dedupKey: string;
        count: number;
      }[];
    expect(await list()).toMatchObject([
      {
        title: 'db-1 disk full',
        status: 'triggered',
        description: 'Disk / is 98% full on db-1',
        severity: 'critical',
        dedupKey: 'db-1 disk full',
      },
    ]);
    expect((await send({ from: 'nagios@monitoring.internal', to, subject: '[FIRING:1] db-1  Disk FULL', text: 'again' })).ok).toBe(true);
    expect((await list())[0].count).toBe(2);
    expect(
      (await send({ from: 'nagios@monitoring.internal', to, subject: 'RECOVERED: db-1 disk full', text: 'Disk / is 60% full' })).ok,
    ).toBe(true);
    expect(await list()).toMatchObject([{ dedupKey: 'db-1 disk full', status: 'resolved' }]);
    // A key of another format is not an e-mail address.
    const pd = await t.call(t.admin, 'POST', `${api}/integrations`, { name: 'pd-not-mail', format: 'pagerduty' });
    expect((await send({ from: 'x@example.com', to: `alert+${pd.json().data.key}@${DOMAIN}`, subject: 'x', text: 'x' })).code).toBe(550);
  });
  it('replying "ack" to a page e-mail acknowledges it as its person; other words, other senders and a second reply change nothing and say so', async () => {
    // The pager address is in a domain outside FIREBREAK_MAIL_ALLOWED_DOMAINS: page replies are checked against it instead.
    const dana = await buildUser(t, { name: 'Dana' });
    const pager = 'dana@pager.example.net';
    expect((await t.call(dana, 'POST', `${api}/me/contact-methods`, { kind: 'email', address: pager })).statusCode).toBe(201);
    const inc = { ...(await declare(t, t.responder, { title: 'Payments are failing' })), title: 'Payments are failing' };
    const paged = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/pages`, { target: { kind: 'user', id: dana.email } });
    expect(paged.statusCode, paged.body).toBe(201);
    const pageId = paged.json().data.id as string;
    for (let i = 0; i < 4; i++) await worker.runDue();
    const deadline = Date.now() + 10_000;
    while (!smtp.messages.some((m) => m.envelope.to.includes(pager)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const pageMail = smtp.messages.find((m) => m.envelope.to.includes(pager));
    expect(pageMail?.subject).toBe(`[Page] ${inc.ref} ${inc.title}`);
    const replyTo = String(pageMail?.replyTo?.value[0]?.address);
    expect(replyTo).toMatch(new RegExp(`^page\\+[0-9a-f]{32}\\.[0-9a-f]{16}@${DOMAIN}$`));
    const page = async () => (await t.call(t.responder, 'GET', `${api}/pages/${pageId}`)).json().data;
    const reply = (from: string, text: string) =>
      send({ from, to: replyTo, subject: `Re: ${pageMail?.subject}`, messageId: msgId(), inReplyTo: pageMail?.messageId, text });
    const answers = async (to: string) =>
      (await mailTo(to)).filter((m) => m.subject?.includes('[Page]')).map((m) => `${m.subject} | ${m.text?.trim()}`);

    // Other words: nothing changes, and the sender is told the page is still open.
    expect((await reply(`Dana <${pager}>`, 'Looking now, will ack soon')).ok).toBe(true);
    expect(await page()).toMatchObject({ status: 'open', acknowledgedBy: null });
    expect(await answers(pager)).toEqual([
      `Not acknowledged: Re: [Page] ${inc.ref} ${inc.title} | Your reply did not acknowledge the page "${inc.title}": it has to start with "ack". The page is still open and will escalate. Reply "ack", use the link in the page, or acknowledge in Firebreak.`,
    ]);

    // "ack" from someone else (a forwarded page): nothing changes; they are told who can.
    expect((await reply('Sam <sam@example.com>', 'ack')).ok).toBe(true);
    expect((await page()).status).toBe('open');
    expect(await answers('sam@example.com')).toEqual([
      expect.stringContaining(
        `Not acknowledged: Re: [Page] ${inc.ref} ${inc.title} | Nothing was acknowledged: only Dana, to whom the page`,
      ),
    ]);

    // "ack" from the pager address, above the quoted page: acknowledged as Dana, via e-mail, confirmed.
    const ok = await reply(`Dana <${pager}>`, `Ack, on it\n\nOn Wed, Firebreak <firebreak@${DOMAIN}> wrote:\n> ${inc.title}\n`);
    expect(ok.ok, ok.response).toBe(true);
    expect(await page()).toMatchObject({ status: 'acknowledged', acknowledgedBy: { id: dana.id, name: 'Dana' }, acknowledgedVia: 'email' });
    expect((await answers(pager)).slice(1)).toEqual([
      `Acknowledged: Re: [Page] ${inc.ref} ${inc.title} | You acknowledged the page "${inc.title}". The escalation has stopped: nobody else will be paged.`,
    ]);
    const timeline = (await t.call(t.responder, 'GET', `${api}/incidents/${inc.ref}/timeline?kind=page_acknowledged`)).json().data;
    expect(timeline).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ name: 'Dana' }), data: expect.objectContaining({ via: 'email' }) }),
    ]);
    const audited = (await t.call(t.admin, 'GET', `${api}/audit?action=page.acknowledged&targetId=${pageId}`)).json().data;
    expect(audited).toEqual([expect.objectContaining({ actor: expect.objectContaining({ id: dana.id }), details: { via: 'email' } })]);

    // A second "ack" (from the account's own address this time): already acknowledged, nothing changed.
    const entries = (await counts()).entries;
    expect((await reply(`Dana <${dana.email}>`, 'ack')).ok).toBe(true);
    expect(await answers(dana.email)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Not acknowledged: .* \\| The page "${inc.title}" was already acknowledged by Dana at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\. Nothing was changed\\.$`,
        ),
      ),
    ]);
    expect((await counts()).entries).toBe(entries);
    // An out-of-office answer is ignored without a reply (no loops); a reply address we did not sign is answered, nothing acknowledged.
    const auto = await send({
      from: pager,
      to: replyTo,
      subject: 'Out of office',
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'ack',
    });
    expect(auto.ok).toBe(true);
    expect(await answers(pager)).toHaveLength(2);
    const forged = await send({
      from: pager,
      to: `page+${'0'.repeat(32)}.${'0'.repeat(16)}@${DOMAIN}`,
      subject: 'Re: [Page] forged',
      text: 'ack',
    });
    expect(forged.ok).toBe(true);
    expect(await answers(pager)).toEqual(
      expect.arrayContaining([expect.stringContaining('is not the reply address of an open Firebreak page')]),
    );
  });
});

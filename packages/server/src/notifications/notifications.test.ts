import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transaction } from '../platform/context.ts';
import { enqueue } from '../platform/jobs/queue.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { buildRetro, buildService, buildTeam, buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';
import { fanOutJob } from './fanout.ts';

const api = '/api/v1';

async function ok(res: { statusCode: number; body: string; json(): unknown }, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return (res.json() as { data: unknown }).data as Record<string, unknown> & { ref: string; id: string };
}

for (const kind of testDatabases()) {
  describe(`notifications on ${kind}`, () => {
    let t: TestApp;
    let smtp: SmtpCapture;
    let worker: Worker;
    beforeEach(async () => {
      t = await makeTestApp(kind);
      smtp = await startSmtpCapture();
      t.deps.config.smtpUrl = smtp.url;
      worker = new Worker(t.deps);
    });
    afterEach(async () => {
      await smtp.close();
      await t.close();
    });

    /** Runs the fan-out, lets the coalescing window pass, and sends what is due. */
    const deliver = async () => {
      await worker.runDue();
      t.clock.advance(61_000);
      await worker.runDue();
    };
    const mailTo = (address: string) => smtp.messages.filter((m) => m.envelope.to.includes(address));
    const inbox = async (u: TestUser, query = '') => {
      const res = await t.call(u, 'GET', `${api}/me/notifications${query}`);
      expect(res.statusCode).toBe(200);
      return res.json() as {
        data: { id: number; kind: string; title: string; body: string | null; incident: { ref: string } }[];
        nextCursor: string | null;
        unread: number;
      };
    };

    it('tells the owning team, service watchers and the stakeholder list of a declaration, each once, by the right channel and content', async () => {
      const member = await buildUser(t, { email: 'olga@example.com', name: 'Olga Owner' });
      const team = await buildTeam(t, { members: [member.email] });
      const svc = await buildService(t, { name: 'checkout', ownerTeam: team.id });
      await ok(await t.call(t.responder2, 'POST', `${api}/me/subscriptions`, { target: 'service', id: 'checkout' }), 'watch service');
      await ok(await t.call(t.viewer, 'POST', `${api}/me/subscriptions`, { target: 'severity', id: 'SEV2' }), 'watch sev2+');
      await ok(
        await t.call(t.responder, 'POST', `${api}/services/${svc.id}/stakeholders`, { email: 'CFO@Customer.example' }),
        'add stakeholder',
      );
      const inc = await ok(
        await t.call(t.responder, 'POST', `${api}/incidents`, {
          title: 'Checkout returns 500',
          severity: 'SEV1',
          services: ['checkout'],
          originalRequest: 'Customer ACME says card 4242 fails (internal report)',
        }),
        'declare',
      );
      await deliver();

      // In the app: the owner team member, the service watcher and the SEV2+ watcher; never the person who declared.
      for (const u of [member, t.responder2, t.viewer]) {
        const box = await inbox(u);
        expect(box.data.map((n) => n.kind)).toEqual(['declared']);
        expect(box.data[0].title).toContain(`${inc.ref} Declared by Priya: Checkout returns 500 (SEV1)`);
        expect(box.unread).toBe(1);
      }
      expect((await inbox(t.responder)).data).toEqual([]);

      // By e-mail: one each, with subject, both parts, threading and the unsubscribe headers.
      const recipients = smtp.messages.flatMap((m) => m.envelope.to).sort();
      expect(recipients).toEqual(['cfo@customer.example', 'olga@example.com', 'sam@example.com', 'victor@example.com']);
      const olga = mailTo('olga@example.com')[0];
      expect(olga.subject).toBe(`[SEV1 · Triage] ${inc.ref} Checkout returns 500`);
      expect(olga.text).toContain('Declared by Priya');
      expect(olga.text).toContain(`http://firebreak.test/incidents/${inc.ref}`);
      expect(olga.html).toContain(`Open ${inc.ref} in Firebreak`);
      const thread = `<incident.${inc.id}@localhost>`;
      expect(olga.inReplyTo).toBe(thread);
      expect(olga.references).toEqual(thread);
      expect(olga.messageId).toMatch(new RegExp(`^<incident\\.${inc.id}\\.[^@]+@localhost>$`));
      const header = (k: string) => olga.headerLines.find((h) => h.key === k)?.line.replace(/\r?\n\s+/g, ' ');
      expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      expect(header('list-unsubscribe')).toMatch(
        /^List-Unsubscribe: <http:\/\/firebreak\.test\/api\/v1\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}>$/,
      );
      expect(header('auto-submitted')).toBe('Auto-Submitted: auto-generated');
      // The external address reads only what stakeholders may: no original report, no link to a page they cannot open.
      const cfo = mailTo('cfo@customer.example')[0];
      expect(cfo.text).toContain('Declared by Priya');
      expect(cfo.text).not.toContain('4242');
      expect(cfo.text).not.toContain('/incidents/');
      for (const m of smtp.messages) expect(m.text).not.toContain('4242');

      // Running the same fan-out again (a retried job) sends nothing twice through either channel.
      await transaction(t.deps, (tx) =>
        enqueue(tx, t.deps, fanOutJob, { incidentId: inc.id, firstId: 1, lastId: 10_000 }, { key: 'again' }),
      );
      await deliver();
      expect(smtp.messages).toHaveLength(4);
      expect((await inbox(member)).data).toHaveLength(1);
    });

    it('never tells a non-member about a private incident, through any channel, but tells its members', async () => {
      const team = await buildTeam(t, { members: [t.responder2.email] });
      await buildService(t, { name: 'payments', ownerTeam: team.id });
      const outsider = await buildUser(t, { email: 'out@example.com', name: 'Otto' });
      await ok(await t.call(outsider, 'POST', `${api}/me/subscriptions`, { target: 'service', id: 'payments' }), 'watch');
      await ok(await t.call(outsider, 'POST', `${api}/me/subscriptions`, { target: 'severity', id: 'SEV4' }), 'watch all');
      const svc = await ok(await t.call(t.admin, 'GET', `${api}/services/payments`), 'svc');
      await ok(await t.call(t.admin, 'POST', `${api}/services/${svc.id}/stakeholders`, { email: 'ext@partner.example' }), 'stakeholder');
      const inc = await ok(
        await t.call(t.responder, 'POST', `${api}/incidents`, {
          title: 'Secret breach',
          severity: 'SEV1',
          services: ['payments'],
          private: true,
        }),
        'declare',
      );
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'We are looking into it.' });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/comments`, { body: '@otto @sam have a look' });
      await deliver();
      expect((await inbox(outsider)).data).toEqual([]);
      expect((await t.call(outsider, 'GET', `${api}/me/notifications/unread`)).json().data.unread).toBe(0);
      expect(mailTo('out@example.com')).toEqual([]);
      expect(mailTo('ext@partner.example')).toEqual([]);
      // The owner team was added as watchers (members): Sam hears of it, once per entry, and the mention.
      expect((await inbox(t.responder2)).data.map((n) => n.kind)).toEqual(['mention', 'stakeholder_update', 'declared']);
      expect(mailTo('sam@example.com')).toHaveLength(1);
    });

    it('mentions reach the named person who may see the incident, role and action assignments reach the assignee', async () => {
      const inc = await ok(await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Queue backlog', severity: 'SEV3' }), 'declare');
      await worker.runDue();
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/comments`, {
        body: 'Can @Sam check the consumer? (not @victor, and nobody@example.com)',
      });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/roles`, { role: 'comms_lead', user: t.admin.email });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/actions`, { title: 'Drain the queue', owner: t.responder2.email });
      await deliver();
      const sam = await inbox(t.responder2);
      expect(sam.data.map((n) => n.kind)).toEqual(['assigned', 'mention']);
      expect(sam.data[1].body).toContain('check the consumer');
      expect(sam.data[0].title).toContain('Action assigned to you by Priya: Drain the queue');
      // The viewer was named in war-room talk but never reads it.
      expect((await inbox(t.viewer)).data).toEqual([]);
      expect(mailTo('victor@example.com')).toEqual([]);
      const ada = await inbox(t.admin);
      expect(ada.data.map((n) => [n.kind, n.title])).toEqual([
        ['assigned', `${inc.ref} You are now Communications lead (assigned by Priya)`],
      ]);
    });

    it('coalesces a burst into one e-mail per person and incident, listing every change', async () => {
      const inc = await ok(await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Slow search', severity: 'SEV3' }), 'declare');
      await worker.runDue();
      await ok(await t.call(t.responder2, 'POST', `${api}/me/subscriptions`, { target: 'incident', id: inc.ref }), 'watch');
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/status`, { status: 'identified', message: 'Index rebuild' });
      t.clock.advance(10_000);
      await worker.runDue();
      await t.call(t.responder, 'PATCH', `${api}/incidents/${inc.ref}`, { severity: 'SEV2' });
      t.clock.advance(10_000);
      await worker.runDue();
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/status`, { status: 'monitoring' });
      await worker.runDue();
      expect(smtp.messages).toHaveLength(0); // the window is still open
      t.clock.advance(61_000);
      await worker.runDue();
      expect(smtp.messages).toHaveLength(1);
      const m = smtp.messages[0];
      expect(m.envelope.to).toEqual(['sam@example.com']);
      expect(m.subject).toBe(`[SEV2 · Monitoring] ${inc.ref} Slow search`);
      expect(m.text).toContain('Status: Triage → Identified');
      expect(m.text).toContain('Index rebuild');
      expect(m.text).toContain('Severity: SEV3 → SEV2');
      expect(m.text).toContain('Status: Identified → Monitoring');
      // In the app each change is its own notification, at once.
      expect((await inbox(t.responder2)).data).toHaveLength(3);
    });

    it("holds e-mail until the person's quiet hours end (their time zone), in-app at once", async () => {
      const res = await t.call(t.responder2, 'PUT', `${api}/me/notification-settings`, {
        quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' },
        channels: { stakeholder_update: ['in_app'] },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().data.quietHours).toEqual({ start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' });
      const bad = await t.call(t.responder2, 'PUT', `${api}/me/notification-settings`, {
        quietHours: { start: '22:00', end: '07:00', timeZone: 'Mars/Base' },
      });
      expect(bad.statusCode).toBe(400);
      t.clock.set('2026-03-01T21:30:00.000Z'); // 22:30 in Berlin
      const inc = await ok(await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Night page', severity: 'SEV2' }), 'declare');
      await worker.runDue();
      await ok(await t.call(t.responder2, 'POST', `${api}/me/subscriptions`, { target: 'incident', id: inc.ref }), 'watch');
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/status`, { status: 'identified' });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'Found it.' });
      await deliver();
      expect((await inbox(t.responder2)).data.map((n) => n.kind)).toEqual(['stakeholder_update', 'change']);
      expect(mailTo('sam@example.com')).toEqual([]);
      t.clock.set('2026-03-02T05:59:00.000Z'); // 06:59 in Berlin
      await worker.runDue();
      expect(mailTo('sam@example.com')).toEqual([]);
      t.clock.set('2026-03-02T06:00:00.000Z'); // 07:00
      await worker.runDue();
      const mails = mailTo('sam@example.com');
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain('Status: Triage → Identified');
      // Stakeholder updates were chosen for the app only.
      expect(mails[0].text).not.toContain('Found it.');
    });

    it('stakeholder updates reach the stakeholder list and viewers without war-room content', async () => {
      const svc = await buildService(t, { name: 'search' });
      await ok(
        await t.call(t.responder, 'POST', `${api}/services/${svc.id}/stakeholders`, { email: 'pm@customer.example' }),
        'stakeholder',
      );
      await ok(
        await t.call(t.responder, 'POST', `${api}/services/${svc.id}/stakeholders`, { email: t.viewer.email }),
        'viewer stakeholder',
      );
      const list = await ok(await t.call(t.responder, 'GET', `${api}/services/${svc.id}/stakeholders`), 'list');
      expect((list as unknown as { email: string; user: unknown }[]).map((s) => [s.email, !!s.user])).toEqual([
        ['pm@customer.example', false],
        ['victor@example.com', true],
      ]);
      expect((await t.call(t.viewer, 'POST', `${api}/services/${svc.id}/stakeholders`, { email: 'x@y.example' })).statusCode).toBe(403);
      const inc = await ok(
        await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Search down', severity: 'SEV3', services: ['search'] }),
        'declare',
      );
      await worker.runDue();
      t.clock.advance(120_000);
      await worker.runDue();
      smtp.messages.length = 0;
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/comments`, { body: 'db01.internal OOM, @victor fyi' });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'Search is slow; we are on it.' });
      await deliver();
      expect(smtp.messages.map((m) => m.envelope.to[0]).sort()).toEqual(['pm@customer.example', 'victor@example.com']);
      for (const m of smtp.messages) {
        expect(m.text).toContain('Search is slow; we are on it.');
        expect(m.text).not.toContain('db01');
        expect(m.html).not.toContain('db01');
      }
    });

    it('a published retrospective is e-mailed to the stakeholder list (the RCA e-mail), the reader link only to people with an account', async () => {
      const svc = await buildService(t, { name: 'ledger' });
      await ok(
        await t.call(t.responder, 'POST', `${api}/services/${svc.id}/stakeholders`, { email: 'board@customer.example' }),
        'stakeholder',
      );
      await ok(
        await t.call(t.responder, 'POST', `${api}/services/${svc.id}/stakeholders`, { email: t.viewer.email }),
        'viewer stakeholder',
      );
      const inc = await ok(
        await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Ledger drift', severity: 'SEV3', services: ['ledger'] }),
        'declare',
      );
      await deliver();
      smtp.messages.length = 0;
      await buildRetro(t, { incident: { ref: inc.ref } as never, status: 'published', by: t.responder });
      await deliver();
      const board = mailTo('board@customer.example').filter((m) => m.text?.includes('retrospective was published'));
      expect(board).toHaveLength(1);
      expect(board[0].subject).toMatch(new RegExp(`^\\[SEV3 · [A-Za-z]+\\] ${inc.ref} Ledger drift$`));
      expect(board[0].text).not.toContain('/retros/');
      const victor = mailTo('victor@example.com').filter((m) => m.text?.includes('retrospective was published'));
      expect(victor).toHaveLength(1);
      expect(victor[0].text).toContain(`http://firebreak.test/retros/${inc.ref}`);
    });

    it('the unsubscribe link is signed: the page asks, one-click POST unsubscribes, a tampered token is refused', async () => {
      const svc = await buildService(t, { name: 'billing' });
      await ok(
        await t.call(t.responder, 'POST', `${api}/services/${svc.id}/stakeholders`, { email: 'ext@customer.example' }),
        'stakeholder',
      );
      const inc = await ok(
        await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Invoices late', severity: 'SEV3', services: ['billing'] }),
        'declare',
      );
      await deliver();
      const m = mailTo('ext@customer.example')[0];
      const url = new URL(/(http:\/\/firebreak\.test\/api\/v1\/unsubscribe\/\S+)/.exec(m.text ?? '')?.[1] ?? '');
      const path = url.pathname;
      const page = await t.app.inject({ method: 'GET', url: path });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('ext@customer.example');
      expect(page.body).toContain('<form method="post"');
      const tampered = `${path.slice(0, -3)}${path.slice(-3) === 'AAA' ? 'BBB' : 'AAA'}`;
      const refused = await t.app.inject({ method: 'GET', url: tampered });
      expect(refused.statusCode).toBe(404);
      expect(refused.json().error.code).toBe('unsubscribe_link_invalid');
      const forged = await t.app.inject({
        method: 'POST',
        url: `${api}/unsubscribe/${Buffer.from('someone@else.example').toString('base64url')}.${path.split('.').pop()}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(forged.statusCode).toBe(404);
      const done = await t.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(done.statusCode).toBe(200);
      expect(done.body).toContain('You are unsubscribed');
      smtp.messages.length = 0;
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'Fixed.' });
      await deliver();
      expect(mailTo('ext@customer.example')).toEqual([]);
    });

    it('lists notifications with a keyset cursor and unread filter, counts unread, marks read', async () => {
      for (let i = 0; i < 3; i++) {
        await t.call(t.responder, 'POST', `${api}/incidents`, { title: `Incident ${i}`, severity: 'SEV3', services: [] });
      }
      await worker.runDue();
      await ok(await t.call(t.responder2, 'POST', `${api}/me/subscriptions`, { target: 'severity', id: 'SEV4' }), 'watch');
      const subs = await ok(await t.call(t.responder2, 'GET', `${api}/me/subscriptions`), 'subs');
      expect(subs).toMatchObject([{ target: 'severity', label: 'SEV4 and above' }]);
      for (let i = 0; i < 3; i++) await t.call(t.responder, 'POST', `${api}/incidents`, { title: `Watched ${i}`, severity: 'SEV3' });
      await worker.runDue();
      const first = await inbox(t.responder2, '?limit=2');
      expect(first.data.map((n) => n.title.replace(/^INC-\d+ /, ''))).toEqual([
        'Declared by Priya: Watched 2 (SEV3)',
        'Declared by Priya: Watched 1 (SEV3)',
      ]);
      expect(first.unread).toBe(3);
      const second = await inbox(t.responder2, `?limit=2&cursor=${first.nextCursor}`);
      expect(second.data.map((n) => n.title.replace(/^INC-\d+ /, ''))).toEqual(['Declared by Priya: Watched 0 (SEV3)']);
      expect(second.nextCursor).toBeNull();
      const read = await t.call(t.responder2, 'POST', `${api}/me/notifications/${first.data[0].id}/read`, {});
      expect(read.json().data.unread).toBe(2);
      expect((await inbox(t.responder2, '?unread=true')).data).toHaveLength(2);
      // Someone else's notification is not found.
      expect((await t.call(t.responder, 'POST', `${api}/me/notifications/${first.data[1].id}/read`, {})).statusCode).toBe(404);
      expect((await t.call(t.responder2, 'POST', `${api}/me/notifications/read-all`, {})).json().data.unread).toBe(0);
      expect((await t.call(t.responder2, 'GET', `${api}/me/notifications/unread`)).json().data.unread).toBe(0);
      const off = await t.call(t.responder2, 'DELETE', `${api}/me/subscriptions/severity/SEV4`);
      expect(off.json().data).toEqual([]);
      expect((await t.call(t.responder2, 'DELETE', `${api}/me/subscriptions/severity/SEV4`)).statusCode).toBe(404);
    });
  });
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Worker } from '../platform/jobs/worker.ts';
import { buildService } from '../test/factories.ts';
import { expectFormat, MattermostMessage, SlackMessage, TeamsWorkflowsMessage } from '../test/fakes/chatFormats.ts';
import { type FakeReceiver, type Received, startFakeReceiver } from '../test/fakes/receiver.ts';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';
import { deliveryTiming } from './deliver.ts';

const api = '/api/v1';
const MIN = 60_000;

/** The receiver's side of docs/webhooks.md, written as a receiver would: recompute the HMAC, compare in constant time. */
function verifies(secret: string, r: Received): boolean {
  const ts = String(r.headers['firebreak-timestamp']);
  const expected = `v1=${createHmac('sha256', secret).update(`${ts}.${r.body}`).digest('hex')}`;
  const given = String(r.headers['firebreak-signature'] ?? '');
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** The generic payload (docs/webhooks.md), as far as these tests read it. */
type Sent = {
  event: string;
  sequence: number;
  incident: { ref: string; title: string; url: string } | null;
  entry: { kind: string; body: string | null; data: Record<string, unknown> };
};
const json = (r: Received) => JSON.parse(r.body) as Sent;

for (const kind of testDatabases()) {
  describe(`outbound webhooks on ${kind}`, () => {
    let t: TestApp;
    let worker: Worker;
    let rx: FakeReceiver;
    const saved = { ...deliveryTiming };
    beforeEach(async () => {
      t = await makeTestApp(kind);
      t.deps.config.webhooksAllowPrivate = true; // the fake receivers listen on 127.0.0.1
      worker = new Worker(t.deps);
      rx = await startFakeReceiver();
    });
    afterEach(async () => {
      Object.assign(deliveryTiming, saved);
      await rx.close();
      await t.close();
    });

    const create = async (body: Record<string, unknown>) => {
      const res = await t.call(t.admin, 'POST', `${api}/webhooks`, { name: 'Ops bridge', kind: 'webhook', url: rx.url, ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().data as { id: string; signingSecret: string | null; url: string };
    };
    const log = async (id: string) => {
      const res = await t.call(t.admin, 'GET', `${api}/webhooks/${id}/deliveries?limit=200`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data as {
        id: string;
        event: string;
        state: string;
        attempts: number;
        sequence: number;
        lastStatus: number | null;
        lastError: string | null;
        requestBody: string;
        log: { attempt: number; status: number | null; error: string | null }[];
      }[];
    };
    /** Runs what is due, then moves the clock past each retry delay in turn. */
    const drain = async (rounds = 6) => {
      for (let i = 0; i < rounds; i++) {
        await worker.runDue();
        t.clock.advance(11 * MIN);
      }
      await worker.runDue();
    };

    it('signs each request over timestamp and body, sends the incident and the entry, and shows the secret once', async () => {
      const d = await create({ events: ['declared', 'status_changed'] });
      expect(d.signingSecret).toMatch(/^whsec_/);
      const read = await t.call(t.admin, 'GET', `${api}/webhooks/${d.id}`);
      expect(read.body).not.toContain(d.signingSecret as string);
      const inc = await declare(t, t.responder, { title: 'Payments time out' });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/status`, { status: 'identified', message: 'Bad deploy' });
      await drain(1);
      expect(rx.received).toHaveLength(2);
      const [first, second] = rx.received;
      expect(verifies(d.signingSecret as string, first)).toBe(true);
      expect(verifies('whsec_wrong', first)).toBe(false);
      expect(first.headers['content-type']).toBe('application/json');
      expect(first.headers['firebreak-event']).toBe('incident.declared');
      const body = json(first);
      expect(body).toMatchObject({
        event: 'incident.declared',
        sequence: 1,
        audience: 'responders',
        deliveryId: first.headers['firebreak-delivery'],
      });
      expect(body.incident).toMatchObject({ ref: inc.ref, title: 'Payments time out', url: `http://firebreak.test/incidents/${inc.ref}` });
      expect(body.entry.kind).toBe('declared');
      expect(json(second)).toMatchObject({
        event: 'incident.status_changed',
        sequence: 2,
        entry: { kind: 'status_changed', data: { to: 'identified' } },
      });
      expect((await log(d.id)).map((x) => [x.event, x.state, x.lastStatus])).toEqual([
        ['incident.status_changed', 'delivered', 200],
        ['incident.declared', 'delivered', 200],
      ]);
    });

    it('retries a failing receiver with the same delivery id, and keeps the order of one incident while it does', async () => {
      const d = await create({ events: ['declared', 'comment'] });
      // The first two requests fail: 500, then the connection is cut.
      rx.answer = (_r, i) => (i === 0 ? { status: 500 } : i === 1 ? 'hang-up' : { status: 200 });
      const inc = await declare(t, t.responder);
      for (const n of [1, 2, 3]) await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/comments`, { body: `Comment ${n}` });
      await drain();
      const seqs = rx.received.map((r) => json(r).sequence);
      expect(seqs).toEqual([1, 1, 1, 2, 3, 4]);
      const ids = rx.received.slice(0, 3).map((r) => r.headers['firebreak-delivery']);
      expect(new Set(ids).size).toBe(1);
      expect(rx.received.slice(3).map((r) => json(r).entry.body)).toEqual(['Comment 1', 'Comment 2', 'Comment 3']);
      const first = (await log(d.id)).find((x) => x.sequence === 1);
      expect(first?.log.map((a) => [a.attempt, a.status])).toEqual([
        [1, 500],
        [2, null],
        [3, 200],
      ]);
      expect(first?.log[1].error).toBeTruthy();
    });

    it('gives a delivery up after five attempts with the reason, turns a destination off after three, tells the admins, and sends what waited once it is on again', async () => {
      const smtp: SmtpCapture = await startSmtpCapture();
      t.deps.config.smtpUrl = smtp.url;
      try {
        const d = await create({ events: ['declared', 'comment'] });
        rx.answer = () => ({ status: 503, body: 'down for maintenance' });
        for (const n of [1, 2, 3]) await declare(t, t.responder, { title: `Outage ${n}` });
        await worker.runDue();
        t.clock.advance(11 * MIN);
        await worker.runDue();
        // A fourth incident starts failing while the first three are still being retried.
        const fourth = await declare(t, t.responder, { title: 'Outage 4' });
        await drain();
        const all = await log(d.id);
        const dead = all.filter((x) => x.state === 'dead');
        expect(dead).toHaveLength(3);
        expect(dead.every((x) => x.attempts === 5 && x.lastStatus === 503 && x.log.length === 5)).toBe(true);
        expect(dead[0].lastError).toContain('503');
        const off = (await t.call(t.admin, 'GET', `${api}/webhooks/${d.id}`)).json().data;
        expect(off.enabled).toBe(false);
        expect(off.disabledReason).toContain('3 deliveries in a row');
        await smtp.waitFor(1);
        expect(smtp.messages[0].envelope.to).toEqual(['admin@example.com']);
        expect(smtp.messages[0].subject).toContain('Ops bridge');

        // The fourth waits while the destination is off: nothing is lost, and it goes once it is on.
        const waiting = all.find((x) => x.state === 'pending');
        expect(waiting?.attempts).toBeLessThan(5);
        const sent = rx.received.length;
        await drain(2);
        expect(rx.received).toHaveLength(sent);
        rx.answer = () => ({ status: 200 });
        const on = await t.call(t.admin, 'PATCH', `${api}/webhooks/${d.id}`, { enabled: true });
        expect(on.json().data).toMatchObject({ enabled: true, disabledReason: null });
        await drain(1);
        expect(rx.received.slice(sent).map((r) => json(r).incident?.ref)).toEqual([fourth.ref]);
        expect((await log(d.id)).find((x) => x.id === waiting?.id)?.state).toBe('delivered');
      } finally {
        await smtp.close();
      }
    });

    it('treats a slow receiver as a failure and tries again', async () => {
      deliveryTiming.requestTimeoutMs = 300;
      const d = await create({ events: ['declared'] });
      rx.answer = (_r, i) => (i === 0 ? { status: 200, delayMs: 1500 } : { status: 200 });
      await declare(t, t.responder);
      await drain(2);
      const [x] = await log(d.id);
      expect(x.state).toBe('delivered');
      expect(x.log.map((a) => a.status)).toEqual([null, 200]);
      expect(x.log[0].error).toMatch(/No answer within 300 ms/);
    });

    it('never sends a private incident, nor one that turned private before its event went out', async () => {
      const d = await create({ events: ['declared', 'comment', 'status_changed'] });
      const secret = await declare(t, t.responder, { title: 'Secret acquisition', private: true });
      await t.call(t.responder, 'POST', `${api}/incidents/${secret.ref}/comments`, { body: 'hush' });
      const later = await declare(t, t.responder, { title: 'Becomes private' });
      await drain(1);
      expect(rx.received.map((r) => json(r).incident?.ref)).toEqual([later.ref]);
      rx.answer = () => ({ status: 500 });
      await t.call(t.responder, 'POST', `${api}/incidents/${later.ref}/comments`, { body: 'first' });
      await worker.runDue(); // fails once, retry scheduled
      const made = await t.call(t.responder, 'PATCH', `${api}/incidents/${later.ref}`, { private: true });
      expect(made.statusCode, made.body).toBe(200);
      rx.answer = () => ({ status: 200 });
      await drain();
      expect(rx.received).toHaveLength(2);
      expect(rx.received.map((r) => r.body).join()).not.toContain('Secret acquisition');
      const skipped = (await log(d.id)).find((x) => x.event === 'incident.comment');
      expect(skipped).toMatchObject({ state: 'skipped', lastError: 'The incident is private' });
    });

    it('sends a stakeholder audience only stakeholder-safe events, as stakeholders read them', async () => {
      const d = await create({
        audience: 'stakeholders',
        events: ['declared', 'comment', 'note', 'status_changed', 'stakeholder_update', 'role_assigned'],
      });
      const inc = await declare(t, t.responder, { title: 'Checkout errors', originalRequest: 'Reported by ACME Corp: card 4111 fails' });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/comments`, { body: 'WAR-ROOM: rollback db-7' });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/timeline`, { body: 'WAR-ROOM note' });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/roles`, { role: 'commander', user: t.responder2.email });
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'We are on it; next update in 30 minutes.' });
      await drain(1);
      const events = rx.received.map((r) => json(r).event);
      expect(events).toEqual(['incident.declared', 'incident.stakeholder_update']);
      const all = rx.received.map((r) => r.body).join('\n');
      expect(all).not.toContain('WAR-ROOM');
      expect(all).not.toContain('ACME');
      expect(json(rx.received[0]).entry.body).toBeNull();
      expect(json(rx.received[0]).incident?.url).toBe(`http://firebreak.test/incidents/${inc.ref}/status-page`);
      expect((await log(d.id)).length).toBe(2);
    });

    it('filters by service and minimum severity', async () => {
      await buildService(t, { name: 'billing' });
      await buildService(t, { name: 'search' });
      await create({ events: ['declared'], services: ['billing'], minSeverity: 'SEV2' });
      await declare(t, t.responder, { title: 'billing sev3', severity: 'SEV3', services: ['billing'] });
      await declare(t, t.responder, { title: 'search sev1', severity: 'SEV1', services: ['search'] });
      await declare(t, t.responder, { title: 'billing sev1', severity: 'SEV1', services: ['billing'] });
      await drain(1);
      expect(rx.received.map((r) => json(r).incident?.title)).toEqual(['billing sev1']);
    });

    it('sends Slack, Mattermost and Teams messages in their documented formats, with colour, status, roles and a link', async () => {
      const slack = await startFakeReceiver('/services/T000/B000/XXXX');
      const mm = await startFakeReceiver('/hooks/abc123');
      const teams = await startFakeReceiver('/workflows/xyz/triggers/manual/paths/invoke');
      try {
        const events = ['declared', 'status_changed', 'stakeholder_update', 'role_assigned', 'comment'];
        const s = await create({ kind: 'slack', name: 'Slack', url: slack.url, events });
        expect(s.signingSecret).toBeNull();
        expect(s.url).not.toContain('XXXX/');
        expect(s.url).toMatch(/\/…XXXX$/);
        await create({ kind: 'mattermost', name: 'Mattermost', url: mm.url, events });
        await create({ kind: 'teams', name: 'Teams', url: teams.url, events });
        const inc = await declare(t, t.responder, { title: 'Login fails', severity: 'SEV1', status: 'investigating' });
        await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/roles`, { role: 'commander', user: t.responder2.email });
        await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/status`, { status: 'monitoring', message: 'Rolled back' });
        await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'Logins work again.' });
        await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/comments`, { body: 'Look at *this*' });
        await drain(1);
        const link = `http://firebreak.test/incidents/${inc.ref}`;
        for (const [fake, schema] of [
          [slack, SlackMessage],
          [mm, MattermostMessage],
          [teams, TeamsWorkflowsMessage],
        ] as const) {
          expect(fake.received.map((r) => r.headers['firebreak-event'])).toEqual([
            'incident.declared',
            'incident.role_assigned',
            'incident.status_changed',
            'incident.stakeholder_update',
            'incident.comment',
          ]);
          for (const r of fake.received) expectFormat(schema, r.body);
          const last = fake.received[2].body;
          expect(last).toContain(link);
          expect(last).toContain('Monitoring');
          expect(last).toContain('Incident commander');
          expect(last).toContain(t.responder2.name);
          expect(fake.received[0].headers['firebreak-signature']).toBeUndefined();
        }
        const sl = JSON.parse(slack.received[0].body);
        expect(sl.attachments[0].color).toBe('#E03131');
        expect(JSON.parse(mm.received[0].body).attachments[0].color).toBe('#E03131');
        expect(JSON.parse(teams.received[0].body).attachments[0].content.body[0].style).toBe('attention');
        // The validators do fail on what the services would refuse.
        expect(() => expectFormat(SlackMessage, JSON.stringify({ ...sl, colour: 'red' }))).toThrow(/colour/);
        expect(() => expectFormat(MattermostMessage, JSON.stringify({ attachments: [{ text: 'no fallback' }] }))).toThrow(/fallback/);
        expect(() =>
          expectFormat(
            TeamsWorkflowsMessage,
            JSON.stringify({
              type: 'message',
              attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: 2 } }],
            }),
          ),
        ).toThrow(/version/);
      } finally {
        await Promise.all([slack.close(), mm.close(), teams.close()]);
      }
    });

    it('sends a test message on request, logged like any delivery', async () => {
      const d = await create({});
      const res = await t.call(t.admin, 'POST', `${api}/webhooks/${d.id}/test`, {});
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().data).toMatchObject({ event: 'ping', state: 'pending' });
      await drain(1);
      expect(rx.received).toHaveLength(1);
      expect(json(rx.received[0])).toMatchObject({ event: 'ping', incident: null });
      expect(verifies(d.signingSecret as string, rx.received[0])).toBe(true);
      expect((await log(d.id))[0]).toMatchObject({ event: 'ping', state: 'delivered', lastStatus: 200 });
    });

    it('rotates the signing secret (old one stops verifying) and audits create, rotate and delete', async () => {
      const d = await create({});
      const rot = await t.call(t.admin, 'POST', `${api}/webhooks/${d.id}/rotate-secret`, {});
      expect(rot.statusCode, rot.body).toBe(200);
      const fresh = rot.json().data.signingSecret as string;
      expect(fresh).not.toBe(d.signingSecret);
      await t.call(t.admin, 'POST', `${api}/webhooks/${d.id}/test`, {});
      await drain(1);
      expect(verifies(fresh, rx.received[0])).toBe(true);
      expect(verifies(d.signingSecret as string, rx.received[0])).toBe(false);
      expect((await t.call(t.admin, 'DELETE', `${api}/webhooks/${d.id}`)).statusCode).toBe(204);
      expect((await t.call(t.admin, 'GET', `${api}/webhooks/${d.id}`)).json().error.code).toBe('webhook_not_found');
      const audit = (await t.call(t.admin, 'GET', `${api}/audit?action=webhook.`)).json().data as { action: string; details: unknown }[];
      expect(audit.map((a) => a.action).sort()).toEqual(['webhook.created', 'webhook.deleted', 'webhook.secret_rotated']);
      expect(JSON.stringify(audit)).not.toContain('whsec_');
    });

    it('refuses bad input, non-admins, and private addresses unless the operator allows them', async () => {
      const bad = async (body: Record<string, unknown>, code: string) => {
        const res = await t.call(t.admin, 'POST', `${api}/webhooks`, {
          name: 'x',
          kind: 'webhook',
          url: 'https://hooks.example.com/a',
          ...body,
        });
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error.code).toBe(code);
      };
      await bad({ url: 'ftp://hooks.example.com/a' }, 'invalid_input');
      await bad({ url: 'not a url' }, 'invalid_input');
      await bad({ kind: 'irc' }, 'invalid_input');
      await bad({ events: ['exploded'] }, 'invalid_input');
      await bad({ services: ['nope'] }, 'unknown_service');
      await bad({ minSeverity: 'SEV9' }, 'unknown_severity');
      await bad({ extra: 1 }, 'invalid_input');
      expect(
        (await t.call(t.responder, 'POST', `${api}/webhooks`, { name: 'x', kind: 'slack', url: 'https://hooks.slack.com/x' })).statusCode,
      ).toBe(403);
      expect((await t.call(t.viewer, 'GET', `${api}/webhooks`)).statusCode).toBe(403);

      t.deps.config.webhooksAllowPrivate = false;
      for (const url of [
        'http://127.0.0.1:9/x',
        'http://localhost/x',
        'http://10.1.2.3/x',
        'http://[::1]/x',
        'http://169.254.169.254/latest',
        'http://user:pw@hooks.example.com/',
      ])
        await bad({ url }, 'webhook_url_not_allowed');
      // A name that resolves to a private address is refused when sending, on the address used,
      // even while a connection to it, kept alive from a send the operator allowed, is still open
      // (a receiver that keeps idle connections 10 s, so the sender keeps its connection too).
      let got = 0;
      const kept = createServer((req, res) => {
        got++;
        req.resume();
        req.on('end', () => res.end('ok'));
      });
      kept.keepAliveTimeout = 10_000;
      await new Promise<void>((resolve) => kept.listen(0, '127.0.0.1', resolve));
      try {
        t.deps.config.webhooksAllowPrivate = true;
        const d = await create({ url: `http://localhost:${(kept.address() as AddressInfo).port}/hook`, events: ['declared'] });
        await declare(t, t.responder);
        await worker.runDue();
        expect(got).toBe(1);
        t.deps.config.webhooksAllowPrivate = false;
        await declare(t, t.responder);
        await worker.runDue();
        expect(got).toBe(1);
        const errors = (await log(d.id)).flatMap((x) => x.log.map((l) => l.error));
        expect(errors.filter((e) => e !== null)).toEqual([expect.stringMatching(/private address/)]);
      } finally {
        kept.closeAllConnections();
        await new Promise((resolve) => kept.close(resolve));
      }
    });
  });
}

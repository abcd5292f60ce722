import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Worker } from '../../platform/jobs/worker.ts';
import { type FakeReceiver, startFakeReceiver } from '../../test/fakes/receiver.ts';
import { makeTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../../test/smtpCapture.ts';
import { ok, publicUpdate, publishIncident, setUpPage } from '../page/testSetup.ts';

const MIN = 60_000;
type Sub = { id: string; kind: string; enabled: boolean; disabledAt: string | null; disabledReason: string | null; failuresInARow: number };

/**
 * Webhook subscribers that keep failing are turned off like webhook destinations (webhooks/deliver.ts):
 * five attempts per delivery at 1, 3, 6 and 10 minutes, off after three deliveries given up in a row,
 * admins told by e-mail and shown why; an admin turns it on again. Against a real local HTTP receiver.
 */
describe.each(testDatabases())('failing status page webhook subscribers on %s', (kind) => {
  let t: TestApp;
  let worker: Worker;
  let rx: FakeReceiver;
  let smtp: SmtpCapture;
  beforeEach(async () => {
    t = await makeTestApp(kind);
    t.deps.config.webhooksAllowPrivate = true; // the fake receiver listens on 127.0.0.1
    smtp = await startSmtpCapture();
    t.deps.config.smtpUrl = smtp.url;
    worker = new Worker(t.deps);
    rx = await startFakeReceiver('/status-hook');
    await setUpPage(t);
    await ok(await t.call(null, 'POST', '/status/subscribe', { webhook: rx.url }), 'subscribe');
  });
  afterEach(async () => {
    await rx.close();
    await smtp.close();
    await t.close();
  });

  /** Runs what is due, then moves the clock past the longest retry delay, a few times. */
  const drain = async (rounds = 6) => {
    for (let i = 0; i < rounds; i++) {
      await worker.runDue();
      t.clock.advance(11 * MIN);
    }
    await worker.runDue();
  };
  const subscriber = async (): Promise<Sub> => {
    const list = await t.call(t.admin, 'GET', '/api/v1/status-page/subscribers');
    return (list.json().data as Sub[]).find((s) => s.kind === 'webhook') as Sub;
  };

  it('retries a delivery five times with the same delivery id, turns the subscriber off after three given up in a row, tells the admins, and sends again once an admin turns it on', async () => {
    rx.answer = () => ({ status: 503, body: 'down' });
    const inc = await publishIncident(t, { internalTitle: 'x', publicTitle: 'Dashboard slow', body: 'One' });
    await drain();
    expect(rx.received).toHaveLength(5);
    expect(new Set(rx.received.map((r) => r.headers['firebreak-delivery'])).size).toBe(1);
    // The gaps between attempts: 1, 3, 6 and 10 minutes (each plus up to 10 %), never sooner.
    const runs = await t.deps.db
      .selectFrom('jobs')
      .select(['run_at', 'finished_at', 'payload'])
      .where('kind', '=', 'status.webhook')
      .orderBy('run_at')
      .execute();
    // From each failed attempt to when the next one is due.
    const gaps = runs.slice(1).map((r, i) => (Date.parse(r.run_at) - Date.parse(runs[i].finished_at ?? '')) / MIN);
    expect(runs.map((r) => JSON.parse(r.payload).attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(gaps.map(Math.floor)).toEqual([1, 3, 6, 10]);
    expect((await subscriber()).failuresInARow).toBe(1);
    expect((await subscriber()).enabled).toBe(true);

    await publicUpdate(t, inc.ref, 'identified', 'Two');
    await drain();
    await publicUpdate(t, inc.ref, 'monitoring', 'Three');
    await drain();
    expect(rx.received).toHaveLength(15);
    const off = await subscriber();
    expect(off).toMatchObject({ enabled: false, failuresInARow: 3 });
    expect(off.disabledReason).toBe('Turned off after 3 deliveries in a row failed 5 attempts each (last: The receiver answered 503)');
    await smtp.waitFor(1);
    expect(smtp.messages[0].envelope.to).toEqual(['admin@example.com']);
    expect(smtp.messages[0].subject).toBe('Firebreak turned off a status page webhook subscriber');
    expect(smtp.messages[0].text).toContain(rx.url);

    // While off nothing is sent, and nothing waits to be sent later.
    rx.answer = () => ({ status: 200 });
    await publicUpdate(t, inc.ref, 'monitoring', 'Four');
    await drain(2);
    expect(rx.received).toHaveLength(15);

    // Only admins turn it on again; the count starts over; the next event goes out.
    expect((await t.call(t.responder, 'PATCH', `/api/v1/status-page/subscribers/${off.id}`, { enabled: true })).statusCode).toBe(403);
    const on = await t.call(t.admin, 'PATCH', `/api/v1/status-page/subscribers/${off.id}`, { enabled: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().data).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null, failuresInARow: 0 });
    await publicUpdate(t, inc.ref, 'resolved', 'Five');
    await drain(1);
    expect(rx.received.slice(15).map((r) => JSON.parse(r.body).incident?.incident_updates[0].body)).toEqual(['Five']);
    const audit = await t.call(t.admin, 'GET', '/api/v1/audit?action=status_subscriber.updated');
    expect(audit.json().data).toMatchObject([{ action: 'status_subscriber.updated', details: { kind: 'webhook', enabled: true } }]);
  });

  it('starts counting again after a delivery arrives: failures that are not in a row do not turn it off', async () => {
    let failing = true;
    rx.answer = () => (failing ? 'hang-up' : { status: 204 });
    const inc = await publishIncident(t, { internalTitle: 'x', publicTitle: 'API errors', body: 'One' });
    await drain();
    await publicUpdate(t, inc.ref, 'identified', 'Two');
    await drain();
    expect((await subscriber()).failuresInARow).toBe(2);
    failing = false;
    await publicUpdate(t, inc.ref, 'monitoring', 'Three');
    await drain(1);
    expect((await subscriber()).failuresInARow).toBe(0);
    failing = true;
    await publicUpdate(t, inc.ref, 'monitoring', 'Four');
    await drain();
    await publicUpdate(t, inc.ref, 'resolved', 'Five');
    await drain();
    expect(await subscriber()).toMatchObject({ enabled: true, failuresInARow: 2 });
    expect(smtp.messages).toHaveLength(0);
  });
});

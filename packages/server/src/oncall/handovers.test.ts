import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Worker } from '../platform/jobs/worker.ts';
import { buildUser } from '../test/factories.ts';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';
import { handoversPeriodic, writeDueHandovers } from './index.ts';

const api = (path: string) => `/api/v1${path}`;
const HOUR = 3_600_000;
type Handover = {
  id: string;
  changedAt: string;
  shiftStart: string;
  outgoing: { id: string } | null;
  incoming: { id: string } | null;
  summary: { incidents: { ref: string; title: string }[]; alerts: { title: string }[]; pages: unknown[]; pagesAvailable: boolean };
  notes: string;
  acknowledgedAt: string | null;
  acknowledgedBy: { id: string } | null;
  abilities: { edit: boolean; acknowledge: boolean };
};

for (const kind of testDatabases()) {
  describe(`on-call handovers on ${kind}`, () => {
    let t: TestApp;
    let smtp: SmtpCapture;
    let worker: Worker;
    beforeEach(async () => {
      t = await makeTestApp(kind);
      smtp = await startSmtpCapture();
      t.deps.config.smtpUrl = smtp.url;
      worker = new Worker(t.deps, { periodic: [handoversPeriodic] });
    });
    afterEach(async () => {
      await smtp.close();
      await t.close();
    });
    const after = async (ms: number) => {
      t.clock.advance(ms);
      await worker.runDue();
    };
    const history = async (id: string) => (await t.call(t.viewer, 'GET', api(`/schedules/${id}/handovers`))).json().data as Handover[];

    it('writes one handover per shift change with what is open, mails both people, takes notes from the outgoing and an ack from the incoming', async () => {
      const ann = await buildUser(t, { role: 'responder', name: 'Ann Out' });
      const bob = await buildUser(t, { role: 'responder', name: 'Bob In' });
      // Clock: Sunday 1 March 12:00Z. Daily 13:00 London handoffs: Ann until 13:00 today, then Bob.
      const s = (
        await t.call(t.admin, 'POST', api('/schedules'), {
          name: 'Checkout',
          timeZone: 'Europe/London',
          layers: [
            { participants: [ann.id, bob.id], rotation: { unit: 'days', length: 1 }, handoffTime: '13:00', startDate: '2026-02-28' },
          ],
        })
      ).json().data;
      const open = await declare(t, ann, { title: 'Checkout slow' });
      const secret = await declare(t, ann, { title: 'Card data exposure', private: true });
      const integration = (await t.call(t.admin, 'POST', api('/integrations'), { name: 'pd', format: 'pagerduty' })).json().data;
      const ingest = await t.app.inject({
        method: 'POST',
        url: '/v2/enqueue',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({
          routing_key: integration.key,
          event_action: 'trigger',
          payload: { summary: 'Queue depth high', source: 'q', severity: 'warning' },
        }),
      });
      expect(ingest.statusCode, ingest.body).toBe(202);

      await after(30 * 60_000); // 12:30: no change yet
      expect(await history(s.id)).toEqual([]);
      await after(45 * 60_000); // 13:15: the 13:00 change is past
      const [h] = await history(s.id);
      expect(h).toMatchObject({
        changedAt: '2026-03-01T13:00:00.000Z',
        shiftStart: '2026-02-28T13:00:00.000Z',
        outgoing: { id: ann.id },
        incoming: { id: bob.id },
        notes: '',
        acknowledgedAt: null,
        abilities: { edit: false, acknowledge: false },
      });
      expect(h.summary.incidents.map((i) => i.ref)).toEqual([open.ref]); // the viewer may not see the private one
      expect(h.summary.alerts.map((a) => a.title)).toEqual(['Queue depth high']);
      const annView = (await t.call(ann, 'GET', api(`/handovers/${h.id}`))).json().data as Handover;
      expect(annView.summary.incidents.map((i) => i.ref).sort()).toEqual([open.ref, secret.ref].sort());
      expect(annView.abilities).toEqual({ edit: true, acknowledge: false });

      await smtp.waitFor(2);
      const to = (addr: string) => smtp.messages.filter((m) => m.envelope.to.includes(addr));
      expect(to(ann.email).map((m) => m.subject)).toEqual(['[Firebreak] Your on-call handover for Checkout']);
      expect(to(bob.email).map((m) => m.subject)).toEqual(['[Firebreak] You are on call for Checkout: handover from Ann Out']);
      expect(to(bob.email)[0].text).toContain(`/oncall/schedules/${s.id}#handovers`);

      // Running again (a retry, another instance, a restart) writes nothing new.
      expect(await writeDueHandovers(t.deps)).toBe(0);
      await after(60_000);
      expect(await history(s.id)).toHaveLength(1);

      expect((await t.call(bob, 'PATCH', api(`/handovers/${h.id}`), { notes: 'mine' })).statusCode).toBe(403);
      const noted = await t.call(ann, 'PATCH', api(`/handovers/${h.id}`), { notes: 'Queue alert is noisy; INC is being watched.' });
      expect(noted.statusCode).toBe(200);
      expect(noted.json().data.notes).toBe('Queue alert is noisy; INC is being watched.');
      expect((await t.call(ann, 'POST', api(`/handovers/${h.id}/ack`))).statusCode).toBe(403);
      const ack = await t.call(bob, 'POST', api(`/handovers/${h.id}/ack`));
      expect(ack.statusCode).toBe(200);
      expect(ack.json().data).toMatchObject({ acknowledgedAt: t.clock.now().toISOString(), acknowledgedBy: { id: bob.id } });
      const twice = await t.call(bob, 'POST', api(`/handovers/${h.id}/ack`));
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.code).toBe('handover_acknowledged');
      expect((await t.call(ann, 'PATCH', api(`/handovers/${h.id}`), { notes: 'late' })).statusCode).toBe(409);
      expect((await t.call(t.viewer, 'GET', api('/handovers/nope'))).json().error.code).toBe('handover_not_found');

      // The next day's change (Bob → Ann) is the next handover; history is newest first.
      await after(24 * HOUR);
      expect((await history(s.id)).map((x) => [x.changedAt, x.outgoing?.id, x.incoming?.id])).toEqual([
        ['2026-03-02T13:00:00.000Z', bob.id, ann.id],
        ['2026-03-01T13:00:00.000Z', ann.id, bob.id],
      ]);
    });

    it('catches up after being down (each missed change once, a week back at most) and marks overrides as shift changes too', async () => {
      const ann = await buildUser(t, { role: 'responder' });
      const bob = await buildUser(t, { role: 'responder' });
      const s = (
        await t.call(t.admin, 'POST', api('/schedules'), {
          name: 'Edge',
          timeZone: 'America/Chicago',
          layers: [
            { participants: [ann.id, bob.id], rotation: { unit: 'days', length: 1 }, handoffTime: '09:00', startDate: '2026-03-01' },
          ],
        })
      ).json().data;
      // Bob covers Ann for two hours on 3 March: two more changes (Ann → Bob, Bob → Ann).
      await t.call(t.admin, 'POST', api(`/schedules/${s.id}/overrides`), {
        user: bob.id,
        start: '2026-03-03T18:00:00Z',
        end: '2026-03-03T20:00:00Z',
      });
      // "Down" for 10 days, across the Chicago spring change (8 March), with no worker running.
      t.clock.advance(10 * 24 * HOUR);
      await worker.runDue();
      const hs = await history(s.id);
      // A week back from 11 March 12:00Z: 4 March 12:00Z onward, daily at 09:00 local (15:00Z CST, 14:00Z CDT from 8 March).
      expect(hs.map((x) => x.changedAt).reverse()).toEqual([
        '2026-03-04T15:00:00.000Z',
        '2026-03-05T15:00:00.000Z',
        '2026-03-06T15:00:00.000Z',
        '2026-03-07T15:00:00.000Z',
        '2026-03-08T14:00:00.000Z',
        '2026-03-09T14:00:00.000Z',
        '2026-03-10T14:00:00.000Z',
      ]);
      expect(hs.every((x) => x.summary.pagesAvailable === false || Array.isArray(x.summary.pages))).toBe(true);

      // The override's changes, written when the job sees them in time.
      const s2 = (
        await t.call(t.admin, 'POST', api('/schedules'), {
          name: 'Edge 2',
          timeZone: 'UTC',
          layers: [{ participants: [ann.id], rotation: { unit: 'weeks', length: 1 }, handoffTime: '00:00', startDate: '2026-03-01' }],
        })
      ).json().data;
      const now = t.clock.now().getTime();
      await t.call(t.admin, 'POST', api(`/schedules/${s2.id}/overrides`), {
        user: bob.id,
        start: new Date(now + HOUR).toISOString(),
        end: new Date(now + 2 * HOUR).toISOString(),
      });
      await after(3 * HOUR);
      expect((await history(s2.id)).map((x) => [x.outgoing?.id, x.incoming?.id])).toEqual([
        [bob.id, ann.id],
        [ann.id, bob.id],
      ]);
    });
  });
}

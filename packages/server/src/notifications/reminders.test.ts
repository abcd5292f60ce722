import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Worker } from '../platform/jobs/worker.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';
import { remindersPeriodic } from './reminders.ts';

const api = '/api/v1';
const MIN = 60_000;

async function ok(res: { statusCode: number; body: string; json(): unknown }, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return (res.json() as { data: Record<string, unknown> & { ref: string; id: string } }).data;
}

for (const kind of testDatabases()) {
  describe(`reminders on ${kind}`, () => {
    let t: TestApp;
    let smtp: SmtpCapture;
    let worker: Worker;
    beforeEach(async () => {
      t = await makeTestApp(kind);
      smtp = await startSmtpCapture();
      t.deps.config.smtpUrl = smtp.url;
      worker = new Worker(t.deps, { periodic: [remindersPeriodic] });
    });
    afterEach(async () => {
      await smtp.close();
      await t.close();
    });

    /** Moves the clock and lets the worker run what is due (the periodic reminders job included). */
    const after = async (ms: number) => {
      t.clock.advance(ms);
      await worker.runDue();
    };
    const inbox = async (u: TestUser) =>
      (
        (await t.call(u, 'GET', `${api}/me/notifications`)).json() as {
          data: { kind: string; title: string; body: string | null; entryId: number | null }[];
        }
      ).data;
    const reminders = async (u: TestUser, kind = 'update_due') => (await inbox(u)).filter((n) => n.kind === kind);
    const reminderState = async (ref: string) =>
      (await ok(await t.call(t.viewer, 'GET', `${api}/incidents/${ref}/update-reminder`), 'reminder state')) as unknown as {
        dueAt: string | null;
        overdue: boolean;
        lead: { name: string; remindedAt: string | null } | null;
        commander: { name: string; toldAt: string | null } | null;
      };
    const assign = async (ref: string, role: string, user: TestUser) =>
      ok(await t.call(t.responder, 'POST', `${api}/incidents/${ref}/roles`, { role, user: user.email }), `assign ${role}`);

    it('reminds the communications lead when the update is due, tells the commander after the grace period, once each, and starts again after an update', async () => {
      const dana = await t.makeUser('dana@example.com', 'responder', 'Dana Lead');
      const inc = await ok(await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Payments fail', severity: 'SEV1' }), 'declare');
      await assign(inc.ref, 'commander', t.responder2);
      await assign(inc.ref, 'comms_lead', dana);
      await worker.runDue(); // fan-out of the declaration and role changes
      const declaredAt = t.clock.now().getTime();

      // SEV1: an update every 15 minutes. Not due yet: nobody is reminded.
      await after(14 * MIN);
      expect(await reminders(dana)).toEqual([]);
      expect((await reminderState(inc.ref)).overdue).toBe(false);

      // Due: the lead is reminded, in the app and by e-mail; the commander not yet.
      await after(1 * MIN + 1000);
      const leadBox = await reminders(dana);
      expect(leadBox).toHaveLength(1);
      expect(leadBox[0].title).toContain(`${inc.ref} Stakeholder update due now`);
      expect(leadBox[0].entryId).toBeNull();
      expect(await reminders(t.responder2)).toEqual([]);
      await smtp.waitFor(1);
      const mail = smtp.messages.find((m) => m.envelope.to.includes('dana@example.com') && m.text?.includes('Stakeholder update'));
      expect(mail?.subject).toBe(`[SEV1 · Triage] ${inc.ref} Payments fail`);
      expect(mail?.html).toContain('Stakeholder update due now');
      expect(mail?.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(true);
      let state = await reminderState(inc.ref);
      expect(state.overdue).toBe(true);
      expect(state.lead?.name).toBe('Dana Lead');
      expect(state.lead?.remindedAt).toBe(new Date(t.clock.now()).toISOString());
      expect(state.commander?.toldAt).toBeNull();

      // Every run after that adds nothing until the grace period (default 10 min) has passed.
      for (let i = 0; i < 5; i++) await after(1 * MIN);
      expect(await reminders(dana)).toHaveLength(1);
      expect(await reminders(t.responder2)).toEqual([]);
      await after(5 * MIN);
      const told = await reminders(t.responder2);
      expect(told).toHaveLength(1);
      expect(told[0].title).toMatch(/Stakeholder update overdue 1\d min/);
      expect(told[0].body).toContain('Dana Lead (communications lead) was reminded');
      state = await reminderState(inc.ref);
      expect(state.commander?.toldAt).toBe(new Date(t.clock.now()).toISOString());
      for (let i = 0; i < 3; i++) await after(2 * MIN);
      expect(await reminders(dana)).toHaveLength(1);
      expect(await reminders(t.responder2)).toHaveLength(1);
      const mailsBefore = smtp.messages.length;

      // An update resets the round: the next one is due 15 minutes after it.
      await ok(
        await t.call(dana, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'Some payments fail. Next update in 15 minutes.' }),
        'update',
      );
      state = await reminderState(inc.ref);
      expect(state.overdue).toBe(false);
      expect(state.lead?.remindedAt).toBeNull();
      expect(Date.parse(state.dueAt as string)).toBe(t.clock.now().getTime() + 15 * MIN);
      expect(Date.parse(state.dueAt as string)).toBeGreaterThan(declaredAt + 15 * MIN);
      await after(10 * MIN);
      expect(await reminders(dana)).toHaveLength(1);
      await after(5 * MIN + 1000);
      expect(await reminders(dana)).toHaveLength(2);

      // Resolved: no more reminders, and nothing is due.
      await ok(await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/status`, { status: 'resolved' }), 'resolve');
      await after(60 * MIN);
      expect(await reminders(dana)).toHaveLength(2);
      expect(await reminders(t.responder2)).toHaveLength(1);
      expect((await reminderState(inc.ref)).dueAt).toBeNull();
      expect(smtp.messages.length).toBeGreaterThanOrEqual(mailsBefore);
    });

    it('tells the commander at once when there is no communications lead, and follows the admin grace setting', async () => {
      await ok(await t.call(t.admin, 'PUT', `${api}/settings/communication`, { graceMinutes: 2 }), 'grace');
      const inc = await ok(await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Search is slow', severity: 'SEV2' }), 'declare');
      await assign(inc.ref, 'commander', t.responder2);
      await worker.runDue();
      await after(30 * MIN);
      const told = await reminders(t.responder2);
      expect(told).toHaveLength(1);
      expect(told[0].body).toContain('No communications lead is assigned');
      expect((await reminderState(inc.ref)).commander?.toldAt).toBeTruthy();

      // With a lead, the commander hears only after the (admin-set) 2-minute grace.
      const lead = await t.makeUser('lee@example.com', 'responder', 'Lee');
      await assign(inc.ref, 'comms_lead', lead);
      await ok(
        await t.call(t.responder2, 'POST', `${api}/incidents/${inc.ref}/updates`, { body: 'Search is slower than usual.' }),
        'update',
      );
      await after(30 * MIN);
      expect(await reminders(lead)).toHaveLength(1);
      expect(await reminders(t.responder2)).toHaveLength(1);
      await after(2 * MIN);
      expect(await reminders(t.responder2)).toHaveLength(2);
    });

    it('respects the channels a person chose for reminders, and private incidents reach only their members', async () => {
      await ok(await t.call(t.responder2, 'PUT', `${api}/me/notification-settings`, { channels: { update_due: ['in_app'] } }), 'settings');
      const inc = await ok(
        await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Quiet', severity: 'SEV1', private: true }),
        'declare',
      );
      await assign(inc.ref, 'commander', t.responder2);
      await worker.runDue();
      await after(16 * MIN);
      expect(await reminders(t.responder2)).toHaveLength(1);
      // The role assignment's digest e-mail arrives; a reminder e-mail never does (in-app only).
      await smtp.waitFor(1);
      await new Promise((r) => setTimeout(r, 300));
      const theirs = smtp.messages.filter((m) => m.envelope.to.includes(t.responder2.email));
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.filter((m) => m.text?.includes('Stakeholder update'))).toEqual([]);
      expect((await t.call(t.viewer, 'GET', `${api}/incidents/${inc.ref}/update-reminder`)).statusCode).toBe(404);
    });

    it('tells an action owner once when it is due soon and once when it is overdue; a new due date starts again', async () => {
      const inc = await ok(await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Disk full', severity: 'SEV4' }), 'declare');
      const due = new Date(t.clock.now().getTime() + 48 * 3_600_000).toISOString();
      const action = await ok(
        await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/actions`, {
          title: 'Add disk alerts',
          owner: t.responder2.email,
          dueAt: due,
        }),
        'action',
      );
      await worker.runDue();
      await after(23 * 3_600_000);
      expect(await reminders(t.responder2, 'action_due')).toEqual([]);
      await after(1 * 3_600_000 + MIN);
      let box = await reminders(t.responder2, 'action_due');
      expect(box.map((n) => n.title)).toEqual([`${inc.ref} Your action is due in 24 h: Add disk alerts`]);
      for (let i = 0; i < 3; i++) await after(MIN);
      expect(await reminders(t.responder2, 'action_due')).toHaveLength(1);
      await after(24 * 3_600_000);
      box = await reminders(t.responder2, 'action_due');
      expect(box.map((n) => n.title)).toEqual([
        `${inc.ref} Your action is overdue: Add disk alerts`,
        `${inc.ref} Your action is due in 24 h: Add disk alerts`,
      ]);
      await after(60 * MIN);
      expect(await reminders(t.responder2, 'action_due')).toHaveLength(2);
      await smtp.waitFor(1);
      expect(smtp.messages.some((m) => m.envelope.to.includes(t.responder2.email) && m.text?.includes('Your action is overdue'))).toBe(
        true,
      );

      // Moved due date: a new round; done: nothing more.
      const later = new Date(t.clock.now().getTime() + 2 * 3_600_000).toISOString();
      await ok(await t.call(t.responder, 'PATCH', `${api}/actions/${action.id}`, { dueAt: later }), 'move due');
      await after(MIN);
      expect(await reminders(t.responder2, 'action_due')).toHaveLength(3);
      await ok(await t.call(t.responder2, 'PATCH', `${api}/actions/${action.id}`, { status: 'done' }), 'done');
      await after(3 * 3_600_000);
      expect(await reminders(t.responder2, 'action_due')).toHaveLength(3);
    });

    it('answers a stakeholder update with plain-language warnings from the admin word list, and never blocks it', async () => {
      const inc = await ok(await t.call(t.responder, 'POST', `${api}/incidents`, { title: 'Logins fail', severity: 'SEV2' }), 'declare');
      const post = async (body: string) => {
        const res = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/updates`, { body });
        expect(res.statusCode).toBe(201);
        return res.json() as { data: { body: string }; warnings: { kind: string; match: string; suggestion: string }[] };
      };
      const technical = await post('Auth pods on idp-7.eu1.corp answer 504 Gateway Timeout; we are on it.');
      expect(technical.data.body).toContain('Auth pods');
      expect(technical.warnings.map((w) => w.kind)).toEqual(['jargon', 'hostname', 'error_code']);
      expect(technical.warnings.every((w) => w.suggestion.length > 10)).toBe(true);
      expect((await post('Some people cannot sign in. We are working on it.')).warnings).toEqual([]);

      // The admin's list replaces the default one.
      const saved = await ok(
        await t.call(t.admin, 'PUT', `${api}/settings/communication`, {
          jargon: [{ term: 'Project Falcon', instead: 'the new sign-in page' }],
        }),
        'jargon',
      );
      expect(saved.defaults).toMatchObject({ jargon: false });
      const custom = await post('Project Falcon pods are failing.');
      expect(custom.warnings).toEqual([
        { kind: 'jargon', match: 'Project Falcon', index: 0, suggestion: 'Say "the new sign-in page" instead of "Project Falcon".' },
      ]);
      expect((await t.call(t.responder, 'PUT', `${api}/settings/communication`, { jargon: null })).statusCode).toBe(403);
      const review = await ok(await t.call(t.viewer, 'POST', `${api}/comms/review`, { text: 'fails at 10.2.3.4' }), 'review');
      expect(review).toEqual([expect.objectContaining({ kind: 'ip_address', match: '10.2.3.4' })]);
    });

    it('keeps update templates per status: defaults, admin edits, reset to the default', async () => {
      const read = async () =>
        (await ok(await t.call(t.viewer, 'GET', `${api}/settings/communication`), 'read')) as unknown as {
          templates: Record<string, string>;
          defaults: { templates: string[] };
          graceMinutes: number;
        };
      const before = await read();
      expect(Object.keys(before.templates)).toEqual(['investigating', 'identified', 'monitoring', 'resolved']);
      expect(before.graceMinutes).toBe(10);
      await ok(
        await t.call(t.admin, 'PUT', `${api}/settings/communication`, {
          templates: { monitoring: 'Fixed {{title}}; watching until {{nextUpdate}}.' },
        }),
        'edit',
      );
      await ok(
        await t.call(t.admin, 'PUT', `${api}/settings/communication`, { templates: { resolved: 'All good with {{services}}.' } }),
        'edit 2',
      );
      let now = await read();
      expect(now.templates.monitoring).toBe('Fixed {{title}}; watching until {{nextUpdate}}.');
      expect(now.templates.resolved).toBe('All good with {{services}}.');
      expect(now.defaults.templates).toEqual(['investigating', 'identified']);
      await ok(await t.call(t.admin, 'PUT', `${api}/settings/communication`, { templates: { monitoring: null } }), 'reset');
      now = await read();
      expect(now.templates.monitoring).toBe(before.templates.monitoring);
      expect(now.templates.resolved).toBe('All good with {{services}}.');
      const audit = (await t.call(t.admin, 'GET', `${api}/audit?action=settings.comms_changed`)).json() as { data: unknown[] };
      expect(audit.data).toHaveLength(3);
    });
  });
}

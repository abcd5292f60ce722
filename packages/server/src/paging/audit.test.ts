import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../platform/jobs/worker.ts';
import { buildIncident, buildService, buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';

const api = '/api/v1';
type Entry = {
  action: string;
  actor: { id: string | null; label: string };
  target: { type: string; id: string; label: string | null };
  details: Record<string, unknown>;
  ip: string | null;
};

describe.each(testDatabases())('paging writes the audit log on %s', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await makeTestApp(kind);
    (t.deps.config as { smtpUrl: string | null }).smtpUrl = smtp.url;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** The audit entries of one kind of thing, oldest first. */
  const entries = async (targetType: string): Promise<Entry[]> => {
    const res = await t.call(t.admin, 'GET', `${api}/audit?targetType=${targetType}&limit=200`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().data as Entry[]).reverse();
  };

  it('records policy, service policy, contact method and paging rule changes, never a webhook address', async () => {
    const dana = await buildUser(t, { name: 'Dana' });
    const hook = 'https://hooks.slack.com/services/T000/B000/SECRETPART';
    const method = (await t.call(dana, 'POST', `${api}/me/contact-methods`, { kind: 'slack', label: 'Slack', address: hook })).json().data;
    expect(
      (await t.call(dana, 'PATCH', `${api}/me/contact-methods/${method.id}`, { label: 'Phone Slack', enabled: false })).statusCode,
    ).toBe(200);
    const rule = (await t.call(dana, 'POST', `${api}/me/paging-rules`, { contactMethod: method.id, delayMinutes: 2 })).json().data;
    expect((await t.call(dana, 'DELETE', `${api}/me/paging-rules/${rule.id}`)).statusCode).toBe(204);
    expect((await t.call(dana, 'DELETE', `${api}/me/contact-methods/${method.id}`)).statusCode).toBe(204);

    const methods = await entries('contact_method');
    expect(methods.map((e) => e.action)).toEqual(['contact_method.created', 'contact_method.updated', 'contact_method.deleted']);
    expect(methods[0]).toMatchObject({ actor: { id: dana.id }, target: { id: method.id, label: 'Slack' }, details: { kind: 'slack' } });
    expect(methods[1].details).toMatchObject({ label: { from: 'Slack', to: 'Phone Slack' }, enabled: false });
    expect(JSON.stringify(methods)).not.toContain('SECRETPART');
    const rules = await entries('paging_rule');
    expect(rules.map((e) => e.action)).toEqual(['paging_rule.created', 'paging_rule.deleted']);
    expect(rules[0]).toMatchObject({ target: { id: rule.id, label: 'Phone Slack after 2 min' }, details: { delayMinutes: 2 } });

    const created = await t.call(t.responder, 'POST', `${api}/escalation-policies`, {
      name: 'Checkout',
      steps: [{ delayMinutes: 5, targets: [{ kind: 'user', id: dana.email }] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const policy = created.json().data;
    const patched = await t.call(t.responder, 'PATCH', `${api}/escalation-policies/${policy.id}`, { name: 'Checkout primary', repeat: 2 });
    expect(patched.statusCode, patched.body).toBe(200);
    const svc = await buildService(t);
    expect((await t.call(t.responder, 'PUT', `${api}/services/${svc.id}/escalation-policy`, { policy: policy.id })).statusCode).toBe(200);
    // Setting the same policy again changes nothing, so nothing is recorded.
    expect((await t.call(t.responder, 'PUT', `${api}/services/${svc.id}/escalation-policy`, { policy: policy.id })).statusCode).toBe(200);
    expect((await t.call(t.responder, 'PUT', `${api}/services/${svc.id}/escalation-policy`, { policy: null })).statusCode).toBe(200);
    expect((await t.call(t.responder, 'DELETE', `${api}/escalation-policies/${policy.id}`)).statusCode).toBe(204);

    const policies = await entries('escalation_policy');
    expect(policies.map((e) => e.action)).toEqual(['escalation_policy.created', 'escalation_policy.updated', 'escalation_policy.deleted']);
    expect(policies[0]).toMatchObject({
      actor: { id: t.responder.id },
      target: { id: policy.id, label: 'Checkout' },
      details: { repeat: 0, steps: [{ delayMinutes: 5, targets: [`user:${dana.id}`] }] },
    });
    expect(policies[1].details).toEqual({ name: { from: 'Checkout', to: 'Checkout primary' }, repeat: { from: 0, to: 2 } });
    expect(policies[2].target.label).toBe('Checkout primary');
    const services = await entries('service');
    expect(services.map((e) => [e.action, e.details])).toEqual([
      ['service.escalation_policy_changed', { from: null, to: { id: policy.id, name: 'Checkout primary' } }],
      ['service.escalation_policy_changed', { from: { id: policy.id, name: 'Checkout primary' }, to: null }],
    ]);
  });

  it('records a manual page, escalate now, reassign and acknowledgement (by the API and by the link, with its address)', async () => {
    const eve = await buildUser(t, { name: 'Eve' });
    const finn = await buildUser(t, { name: 'Finn' });
    await t.call(eve, 'POST', `${api}/me/contact-methods`, { kind: 'email', address: 'eve@pager.example.com' });
    await t.call(finn, 'POST', `${api}/me/contact-methods`, { kind: 'email', address: 'finn@pager.example.com' });
    const policy = (
      await t.call(t.responder, 'POST', `${api}/escalation-policies`, {
        name: 'Two steps',
        steps: [
          { delayMinutes: 10, targets: [{ kind: 'user', id: eve.email }] },
          { delayMinutes: 10, targets: [{ kind: 'user', id: finn.email }] },
        ],
      })
    ).json().data;
    const inc = await buildIncident(t, { title: 'Orders are stuck' });
    const paged = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/pages`, {
      target: { kind: 'policy', id: policy.id },
      message: 'Queue is growing',
    });
    expect(paged.statusCode, paged.body).toBe(201);
    const page = paged.json().data;
    const worker = new Worker(t.deps);
    await worker.runDue();
    expect((await t.call(t.responder, 'POST', `${api}/pages/${page.id}/escalate`, {})).statusCode).toBe(200);
    const moved = await t.call(t.responder, 'POST', `${api}/pages/${page.id}/reassign`, { target: { kind: 'user', id: finn.email } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await t.call(finn, 'POST', `${api}/pages/${page.id}/ack`, { via: 'cli' })).statusCode).toBe(200);

    const pages = (await entries('page')).filter((e) => e.target.id === page.id);
    expect(pages.map((e) => [e.action, e.actor.id])).toEqual([
      ['page.created', t.responder.id],
      ['page.escalated', t.responder.id],
      ['page.reassigned', t.responder.id],
      ['page.acknowledged', finn.id],
    ]);
    expect(pages[0]).toMatchObject({
      target: { label: 'Orders are stuck' },
      details: { incident: inc.id, target: { kind: 'policy', id: policy.id, name: 'Two steps' }, message: 'Queue is growing' },
    });
    expect(pages[1].details).toEqual({ fromStep: 0, toStep: 1, round: 0 });
    expect(pages[2].details).toEqual({ from: { kind: 'policy', id: policy.id }, to: { kind: 'user', id: finn.id, name: 'Finn' } });
    expect(pages[3].details).toEqual({ via: 'cli' });

    // The one-click link: the person it was sent to, from the address that used it.
    const second = (
      await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/pages`, { target: { kind: 'user', id: eve.email } })
    ).json().data;
    for (let i = 0; i < 3; i++) await worker.runDue();
    await smtp.waitFor(1);
    const mail = smtp.messages.filter((m) => m.envelope.to.includes('eve@pager.example.com')).at(-1);
    const link = /http:\/\/firebreak\.test(\/api\/v1\/page-ack\/\S+)/.exec(mail?.text ?? '')?.[1] as string;
    expect(link).toBeTruthy();
    const done = await t.app.inject({ method: 'POST', url: link, remoteAddress: '192.0.2.7', headers: { 'user-agent': 'PhoneMail/1' } });
    expect(done.body).toContain('Eve, you acknowledged');
    const byLink = (await entries('page')).filter((e) => e.target.id === second.id);
    expect(byLink.map((e) => [e.action, e.actor.id, e.details, e.ip])).toEqual([
      ['page.created', t.responder.id, expect.anything(), expect.anything()],
      ['page.acknowledged', eve.id, { via: 'link' }, '192.0.2.7'],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../platform/jobs/worker.ts';
import { buildIncident, buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';
import { ackByReply } from './index.ts';

const api = '/api/v1';

describe.each(testDatabases())('paging a person from an incident on %s', (kind) => {
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

  it('refuses to page someone who cannot be reached; acknowledges once by the e-mailed link, then by reply no more', async () => {
    const dana = await buildUser(t, { name: 'Dana' });
    const inc = await buildIncident(t, { title: 'Payments are failing' });
    const refused = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/pages`, { target: { kind: 'user', id: dana.email } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'no_contact_method',
      message: 'target: Dana has no contact method, so a page cannot reach them',
    });
    const warn = (await t.call(dana, 'GET', `${api}/me/paging`)).json().data.warnings;
    expect(warn[0].code).toBe('no_contact_method');

    await t.call(dana, 'POST', `${api}/me/contact-methods`, { kind: 'email', address: 'dana@pager.example.com' });
    const paged = await t.call(t.responder, 'POST', `${api}/incidents/${inc.ref}/pages`, {
      target: { kind: 'user', id: dana.email },
      message: 'Please look at the card processor',
    });
    expect(paged.statusCode, paged.body).toBe(201);
    const worker = new Worker(t.deps);
    for (let i = 0; i < 3; i++) await worker.runDue();
    await smtp.waitFor(1);
    const mail = smtp.messages.at(-1);
    expect(mail?.subject).toBe(`[Page] ${inc.ref} Payments are failing`);
    const link = /(http:\/\/firebreak\.test\/api\/v1\/page-ack\/\S+)/.exec(mail?.text ?? '')?.[1] as string;
    expect(link).toBeTruthy();
    const path = link.replace('http://firebreak.test', '');
    const confirm = await t.app.inject({ method: 'GET', url: path });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('<form method="post">');
    const done = await t.app.inject({ method: 'POST', url: path });
    expect(done.body).toContain('Dana, you acknowledged');
    const again = await t.app.inject({ method: 'POST', url: path });
    expect(again.body).toContain('Already acknowledged');
    expect(again.body).toContain('by Dana');
    const page = (await t.call(t.responder, 'GET', `${api}/pages/${paged.json().data.id}`)).json().data;
    expect(page).toMatchObject({ status: 'acknowledged', acknowledgedBy: { name: 'Dana' }, acknowledgedVia: 'link' });
    const timeline = (await t.call(t.responder, 'GET', `${api}/incidents/${inc.ref}/timeline?limit=200`)).json().data as {
      kind: string;
      body: string;
    }[];
    expect(timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['paged', 'page_escalated', 'page_acknowledged']));
    // A reply to an acknowledged page changes nothing.
    const replyTo = String(mail?.replyTo?.value[0]?.address ?? '');
    if (replyTo)
      expect(await ackByReply(t.deps, replyTo.split('@')[0], 'ack', 'dana@pager.example.com')).toMatchObject({ acknowledged: false });
    // A malformed token is refused by validation (the error envelope); a well-formed but forged one gets the HTML 404 page.
    expect((await t.app.inject({ method: 'GET', url: `${api}/page-ack/not-a-token` })).statusCode).toBe(400);
  });
});

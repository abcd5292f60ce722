import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MailMessage } from '../../platform/mail.ts';
import { makeTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { setUpPage } from '../page/testSetup.ts';

/** The e-mails queued so far (mail.send jobs), oldest first. */
async function mails(t: TestApp): Promise<MailMessage[]> {
  const rows = await t.deps.db
    .selectFrom('jobs')
    .select(['payload', 'created_at', 'id'])
    .where('kind', '=', 'mail.send')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => JSON.parse(r.payload) as MailMessage);
}
const to = (m: MailMessage) => m.to.map((a) => (typeof a === 'string' ? a : a.address));
const form = (t: TestApp, url: string, body: Record<string, string | string[]>, headers: Record<string, string> = {}) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(body)) for (const one of [v].flat()) params.append(k, one);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: params.toString(),
  });
};
const linkIn = (m: MailMessage, kind: string) => {
  const found = new RegExp(`http://firebreak\\.test/status/${kind}/([\\w.-]+)`).exec(m.text);
  if (!found) throw new Error(`no ${kind} link in ${m.text}`);
  return found[1];
};

describe.each(testDatabases())('status page subscribers on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    await setUpPage(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.deps.db.deleteFrom('status_subscribe_throttle').execute();
    await t.deps.db.deleteFrom('jobs').where('kind', '=', 'mail.send').execute();
  });

  it('subscribes by the no-JavaScript form: one confirmation mail, nothing else until confirmed, then confirmed by the button', async () => {
    const res = await form(t, '/status/subscribe', { email: 'Reader@Example.org', scope: 'all' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/status/subscribe?result=pending');
    const page = await t.app.inject({ method: 'GET', url: res.headers.location as string });
    expect(page.body).toContain('Check your inbox');

    const sent = await mails(t);
    expect(sent.map(to)).toEqual([['reader@example.org']]);
    expect(sent[0].subject).toMatch(/^Confirm your subscription to .* status$/);
    const token = linkIn(sent[0], 'confirm');
    const admin = async () => (await t.call(t.admin, 'GET', '/api/v1/status-page/subscribers')).json();
    expect((await admin()).count).toEqual({ total: 1, confirmed: 0 });

    // Opening the link (what a mail scanner does) confirms nothing; the button does.
    const opened = await t.app.inject({ method: 'GET', url: `/status/confirm/${token}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('Confirm subscription');
    expect(opened.body).toContain('reader@example.org');
    expect((await admin()).count).toEqual({ total: 1, confirmed: 0 });
    const confirmed = await form(t, `/status/confirm/${token}`, {});
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Your subscription is confirmed');
    const list = await admin();
    expect(list.count).toEqual({ total: 1, confirmed: 1 });
    expect(list.data[0]).toMatchObject({ kind: 'email', address: 'reader@example.org', confirmed: true, components: null });
    expect(await mails(t)).toHaveLength(1);
  });

  it('answers the same for a known address and changes nothing: a confirmed one gets its manage link, with one-click unsubscribe headers', async () => {
    const res = await t.call(null, 'POST', '/status/subscribe', { email: 'reader@example.org' });
    expect(res.statusCode).toBe(202);
    expect(res.json().data).toMatchObject({ kind: 'email', status: 'pending' });
    const fresh = await t.call(null, 'POST', '/status/subscribe', { email: 'new-reader@example.org' });
    expect(fresh.json()).toEqual(res.json());
    const sent = await mails(t);
    expect(sent.map(to).sort()).toEqual([['new-reader@example.org'], ['reader@example.org']]);
    const manage = sent.find((m) => to(m)[0] === 'reader@example.org') as MailMessage;
    expect(sent.find((m) => m !== manage)?.subject).toMatch(/^Confirm your subscription/);
    expect(manage.subject).toMatch(/^Your subscription to /);
    expect(manage.headers?.['List-Unsubscribe']).toMatch(/^<http:\/\/firebreak\.test\/status\/unsubscribe\/[\w.-]+>$/);
    expect(manage.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    // RFC 8058: the mail client posts List-Unsubscribe=One-Click to the header's URL.
    const token = /unsubscribe\/([\w.-]+)>/.exec(manage.headers?.['List-Unsubscribe'] ?? '')?.[1] as string;
    const page = await t.app.inject({ method: 'GET', url: `/status/unsubscribe/${token}` });
    expect(page.body).toContain('Unsubscribe');
    const gone = await form(t, `/status/unsubscribe/${token}`, { 'List-Unsubscribe': 'One-Click' });
    expect(gone.statusCode).toBe(200);
    expect(gone.body).toContain('You are unsubscribed');
    const list = (await t.call(t.admin, 'GET', '/api/v1/status-page/subscribers')).json();
    expect(list.data.map((s: { address: string }) => s.address)).toEqual(['new-reader@example.org']);
    // The link keeps working (twice is fine) but manages nothing any more.
    expect((await form(t, `/status/unsubscribe/${token}`, { 'List-Unsubscribe': 'One-Click' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/status/manage/${token}` })).json().error.code).toBe('status_link_invalid');
  });

  it('throttles per address and per client, and sends nothing past the budget', async () => {
    for (let i = 0; i < 3; i++)
      expect((await t.call(null, 'POST', '/status/subscribe', { email: 'target@example.org' })).statusCode).toBe(202);
    const over = await t.call(null, 'POST', '/status/subscribe', { email: 'target@example.org' });
    expect([over.statusCode, over.json().error.code]).toEqual([429, 'rate_limited']);
    expect(over.headers['retry-after']).toBeDefined();
    const viaForm = await form(t, '/status/subscribe', { email: 'target@example.org' });
    expect(viaForm.headers.location).toBe('/status/subscribe?result=throttled');
    expect((await t.app.inject({ method: 'GET', url: viaForm.headers.location as string })).body).toContain(
      'Too many subscription requests',
    );
    expect(await mails(t)).toHaveLength(3);

    // One client spraying addresses: 10 an hour.
    await t.deps.db.deleteFrom('status_subscribe_throttle').execute();
    const codes: number[] = [];
    for (let i = 0; i < 11; i++)
      codes.push((await t.call(null, 'POST', '/status/subscribe', { email: `spray-${i}@example.org` })).statusCode);
    expect(codes).toEqual([...Array(10).fill(202), 429]);
    // Another client is not affected.
    const other = await t.app.inject({
      method: 'POST',
      url: '/status/subscribe',
      remoteAddress: '203.0.113.9',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'other@example.org' }),
    });
    expect(other.statusCode).toBe(202);
    // An hour later the budget is back.
    t.clock.advance(61 * 60_000);
    expect((await t.call(null, 'POST', '/status/subscribe', { email: 'spray-11@example.org' })).statusCode).toBe(202);
  });

  it('refuses bad addresses and webhook URLs on private networks; a public webhook is subscribed with its secret shown once', async () => {
    const bad = await t.call(null, 'POST', '/status/subscribe', { email: 'not an address' });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'invalid_input']);
    expect((await form(t, '/status/subscribe', { email: 'nope' })).headers.location).toBe('/status/subscribe?result=invalid_email');
    const priv = await t.call(null, 'POST', '/status/subscribe', { webhook: 'http://169.254.169.254/latest/meta-data' });
    expect([priv.statusCode, priv.json().error.code]).toEqual([400, 'webhook_url_not_allowed']);
    const local = await t.call(null, 'POST', '/status/subscribe', { webhook: 'http://localhost:8080/hook' });
    expect(local.json().error.code).toBe('webhook_url_not_allowed');
    const ok = await t.call(null, 'POST', '/status/subscribe', { webhook: 'https://hooks.example.com/status' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().data).toMatchObject({ kind: 'webhook', url: 'https://hooks.example.com/status', components: null });
    expect(ok.json().data.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(ok.json().data.manageUrl).toMatch(/^http:\/\/firebreak\.test\/status\/manage\//);
    const again = await t.call(null, 'POST', '/status/subscribe', { webhook: 'https://hooks.example.com/status' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'status_subscriber_exists']);
    const list = (await t.call(t.admin, 'GET', '/api/v1/status-page/subscribers')).json();
    const hook = list.data.find((s: { kind: string }) => s.kind === 'webhook');
    expect(hook).toMatchObject({ confirmed: true });
    expect(JSON.stringify(list)).not.toContain(ok.json().data.secret);
  });

  it('shows a page to browsers and the error envelope to API clients for a link that is not valid', async () => {
    const api = await t.app.inject({
      method: 'GET',
      url: '/status/confirm/00000000-0000-0000-0000-000000000000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    });
    expect([api.statusCode, api.json().error.code]).toEqual([404, 'status_link_invalid']);
    const browser = await t.app.inject({ method: 'GET', url: '/status/manage/forged', headers: { accept: 'text/html' } });
    expect(browser.statusCode).toBe(404);
    expect(browser.body).toContain('This link is not valid');
  });

  it('lets admins list and remove subscribers; others may not', async () => {
    const list = (await t.call(t.admin, 'GET', '/api/v1/status-page/subscribers')).json();
    const id = list.data[0].id as string;
    expect((await t.call(t.responder, 'GET', '/api/v1/status-page/subscribers')).statusCode).toBe(403);
    expect((await t.call(t.responder, 'DELETE', `/api/v1/status-page/subscribers/${id}`)).statusCode).toBe(403);
    expect((await t.call(t.admin, 'DELETE', `/api/v1/status-page/subscribers/${id}`)).statusCode).toBe(204);
    const missing = await t.call(t.admin, 'DELETE', `/api/v1/status-page/subscribers/${id}`);
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'status_subscriber_not_found']);
    const after = (await t.call(t.admin, 'GET', '/api/v1/status-page/subscribers')).json();
    expect(after.count.total).toBe(list.count.total - 1);
  });
});

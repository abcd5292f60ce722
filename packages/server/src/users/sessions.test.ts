import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEN_EVERY_MS } from '../platform/auth.ts';
import { hashSecret } from '../platform/ids.ts';
import { buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

const api = (p: string) => `/api/v1${p}`;
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1';

type Session = { id: string; userAgent: string | null; address: string | null; current: boolean; lastSeenAt: string; createdAt: string };

/** Reads an SSE response until it ends; resolves true when the server ended it, false after `ms`. */
async function endsWithin(res: Response, ms: number): Promise<boolean> {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const timer = new Promise<false>((r) => setTimeout(() => r(false), ms));
  const ended = (async () => {
    for (;;) {
      const { done } = await reader.read();
      if (done) return true;
    }
  })().catch(() => true);
  const out = await Promise.race([ended, timer]);
  if (!out) await reader.cancel().catch(() => {});
  return out;
}

describe.each(testDatabases())('sessions on %s', (kind) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  const signIn = async (email: string, password: string, userAgent: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: api('/auth/login'),
      headers: { 'user-agent': userAgent, 'content-type': 'application/json' },
      payload: JSON.stringify({ email, password }),
    });
    expect(res.statusCode).toBe(200);
    return res.cookies.find((c) => c.name === 'firebreak_session')?.value as string;
  };
  const asCookie = (secret: string, method: string, url: string) =>
    t.app.inject({ method: method as 'GET', url, cookies: { firebreak_session: secret }, headers: { 'user-agent': FIREFOX } });

  it('lists your sessions with browser, address and last seen, marks this one, and never shows a secret', async () => {
    const password = 'a long enough password';
    const me = await buildUser(t, { password });
    const laptop = await signIn(me.email, password, FIREFOX);
    const phone = await signIn(me.email, password, PHONE);
    const res = await asCookie(laptop, 'GET', api('/me/sessions'));
    expect(res.statusCode).toBe(200);
    const list = res.json().data as Session[];
    expect(list).toHaveLength(2);
    expect(list.find((s) => s.current)?.userAgent).toBe(FIREFOX);
    expect(list.find((s) => !s.current)).toMatchObject({ userAgent: PHONE, address: '127.0.0.1' });
    for (const secret of [laptop, phone]) {
      expect(res.body).not.toContain(secret);
      expect(res.body).not.toContain(hashSecret(secret));
    }
    // by token there is no current session
    const byToken = (await t.call(me, 'GET', api('/me/sessions'))).json().data as Session[];
    expect(byToken.map((s) => s.current)).toEqual([false, false]);
    // others' sessions: admins only
    expect((await t.call(t.responder, 'GET', api(`/users/${me.id}/sessions`))).statusCode).toBe(403);
    const seenByAdmin = (await t.call(t.admin, 'GET', api(`/users/${me.id}/sessions`))).json().data as Session[];
    expect(seenByAdmin.map((s) => s.id).sort()).toEqual(list.map((s) => s.id).sort());
  });

  it('updates last seen at most every few minutes', async () => {
    const password = 'a long enough password';
    const me = await buildUser(t, { password });
    const cookie = await signIn(me.email, password, FIREFOX);
    const seen = async () => ((await asCookie(cookie, 'GET', api('/me/sessions'))).json().data as Session[])[0].lastSeenAt;
    const first = await seen();
    t.clock.advance(60_000);
    t.deps.bus.publish([{ type: 'cache', name: '*' }]); // no cached credential: the lookup decides
    expect(await seen()).toBe(first);
    t.clock.advance(SEEN_EVERY_MS);
    t.deps.bus.publish([{ type: 'cache', name: '*' }]);
    await seen(); // this request is seen…
    expect(await seen()).toBe(t.clock.now().toISOString()); // …and the next one shows it
  });

  it('ending a session signs it out and ends its open streams within seconds; the others keep working', async () => {
    const password = 'a long enough password';
    const me = await buildUser(t, { password });
    const laptop = await signIn(me.email, password, FIREFOX);
    const phone = await signIn(me.email, password, PHONE);
    const sessions = (await asCookie(laptop, 'GET', api('/me/sessions'))).json().data as Session[];
    const phoneId = sessions.find((s) => !s.current)?.id as string;

    const stream = await fetch(`${base}${api('/events')}`, { headers: { cookie: `firebreak_session=${phone}` } });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const laptopStream = await fetch(`${base}${api('/events')}`, { headers: { cookie: `firebreak_session=${laptop}` } });

    const other = await t.call(t.responder, 'DELETE', api(`/me/sessions/${phoneId}`));
    expect([other.statusCode, other.json().error.code]).toEqual([404, 'session_not_found']);
    expect((await asCookie(laptop, 'DELETE', api(`/me/sessions/${phoneId}`))).statusCode).toBe(204);
    expect(await endsWithin(stream, 5_000)).toBe(true);
    expect((await asCookie(phone, 'GET', api('/me'))).statusCode).toBe(401);
    expect((await asCookie(laptop, 'GET', api('/me'))).statusCode).toBe(200);
    expect(await endsWithin(laptopStream, 500)).toBe(false); // the session still signed in keeps its stream
  });

  it('signs out everywhere else, and admins end anyone’s sessions', async () => {
    const password = 'a long enough password';
    const me = await buildUser(t, { password });
    const keep = await signIn(me.email, password, FIREFOX);
    const a = await signIn(me.email, password, PHONE);
    const b = await signIn(me.email, password, PHONE);
    const ended = await asCookie(keep, 'DELETE', api('/me/sessions'));
    expect(ended.json().data).toEqual({ ended: 2 });
    expect((await asCookie(a, 'GET', api('/me'))).statusCode).toBe(401);
    expect((await asCookie(b, 'GET', api('/me'))).statusCode).toBe(401);
    expect((await asCookie(keep, 'GET', api('/me'))).statusCode).toBe(200);

    const c = await signIn(me.email, password, PHONE);
    const list = (await t.call(t.admin, 'GET', api(`/users/${me.id}/sessions`))).json().data as Session[];
    const cId = list.find((s) => s.userAgent === PHONE)?.id as string;
    expect((await t.call(t.responder, 'DELETE', api(`/users/${me.id}/sessions/${cId}`))).statusCode).toBe(403);
    expect((await t.call(t.admin, 'DELETE', api(`/users/${me.id}/sessions/${cId}`))).statusCode).toBe(204);
    expect((await asCookie(c, 'GET', api('/me'))).statusCode).toBe(401);
    expect((await t.call(t.admin, 'DELETE', api(`/users/${me.id}/sessions`))).json().data).toEqual({ ended: 1 });
    expect((await asCookie(keep, 'GET', api('/me'))).statusCode).toBe(401);
    expect((await t.call(t.admin, 'DELETE', api(`/users/${t.responder.id}/sessions/${cId}`))).statusCode).toBe(404);
    // Each ending is in the audit log, by whom, with whose sessions; never a session secret.
    const audit = (await t.call(t.admin, 'GET', api('/audit?action=session.revoked'))).json().data as {
      actor: { label: string };
      target: { type: string; id: string };
      details: Record<string, unknown>;
    }[];
    expect(audit.map((e) => [e.actor.label, e.target.type, e.details.ownerId])).toEqual(
      expect.arrayContaining([
        ['admin@example.com', 'session', me.id],
        ['admin@example.com', 'user', me.id],
      ]),
    );
    expect(JSON.stringify(audit)).not.toMatch(/fbs_/);
  });
});

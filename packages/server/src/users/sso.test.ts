import type { AddressInfo } from 'node:net';
import { SSO_ERRORS } from '@firebreak/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OidcConfig } from '../config.ts';
import type { BusEvent } from '../platform/bus.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { startOidcProvider, type TestOidcProvider } from '../test/oidcProvider.ts';
import { MAX_PENDING_OIDC_LOGINS, OIDC_LOGIN_TTL_MS } from './oidc.ts';

/** A browser's cookies (by name; both servers are on 127.0.0.1, and browsers ignore ports for cookies too). */
class Jar {
  readonly cookies = new Map<string, string>();
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const gone = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (gone || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

type Flow = {
  /** Where the browser ends up on Firebreak's web app (the first non-API URL of ours). */
  landed: URL;
  jar: Jar;
  /** Every URL visited, in order. */
  visited: string[];
};

describe.each(testDatabases())('single sign-on with OpenID Connect on %s (a real provider, real HTTP)', (kind) => {
  let t: TestApp;
  let base: string;
  let op: TestOidcProvider;
  let oidc: OidcConfig;
  const events: BusEvent[] = [];

  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    t.deps.config.publicUrl = base;
    op = await startOidcProvider(`${base}/api/v1/auth/oidc/callback`);
    oidc = {
      issuer: op.issuer,
      clientId: op.clientId,
      clientSecret: op.clientSecret,
      defaultRole: 'viewer',
      roleClaim: 'groups',
      roleMap: [
        ['sre', 'admin'],
        ['oncall', 'responder'],
      ],
      scopes: 'openid email profile groups',
      name: 'Acme SSO',
    };
    t.deps.config.oidc = oidc;
    t.deps.bus.subscribe((e) => events.push(e));
  });
  afterAll(async () => {
    await op?.close();
    await t?.close();
  });
  beforeEach(() => {
    t.deps.config.oidc = oidc;
    t.deps.config.passwordLogin = true;
  });

  const get = (url: string, jar: Jar) => fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });

  /**
   * Drives a browser through the flow: follows redirects, fills the provider's login form with the
   * subject, and answers its consent page (or cancels there), until the browser is sent to a page of
   * Firebreak's web app.
   */
  async function browse(startUrl: string, subject: string, opts: { jar?: Jar; cancel?: boolean; before?: (u: URL) => Promise<void> } = {}) {
    const jar = opts.jar ?? new Jar();
    const visited: string[] = [];
    let url = startUrl;
    let method = 'GET';
    let body: URLSearchParams | undefined;
    for (let step = 0; step < 20; step++) {
      const u = new URL(url);
      if (u.origin === base && !u.pathname.startsWith('/api/')) return { landed: u, jar, visited } satisfies Flow;
      if (opts.before) await opts.before(u);
      visited.push(url);
      const res = await fetch(url, { method, body, redirect: 'manual', headers: { cookie: jar.header() } });
      jar.take(res);
      method = 'GET';
      body = undefined;
      if (res.status >= 300 && res.status < 400) {
        url = new URL(res.headers.get('location') as string, url).href;
        continue;
      }
      const html = await res.text();
      expect(res.status, `${url}: ${html.slice(0, 300)}`).toBe(200);
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`no form at ${url}: ${html.slice(0, 300)}`);
      if (opts.cancel && html.includes('name="prompt" value="consent"')) {
        url = new URL(/href="([^"]*\/abort)"/.exec(html)?.[1] as string, url).href;
        continue;
      }
      url = new URL(action.replace(/&amp;/g, '&'), url).href;
      method = 'POST';
      body = html.includes('name="login"')
        ? new URLSearchParams({ prompt: 'login', login: subject, password: 'anything' })
        : new URLSearchParams({ prompt: 'consent' });
    }
    throw new Error(`the flow did not end: ${visited.join(' → ')}`);
  }

  const signIn = (subject: string, opts: { next?: string; cancel?: boolean; jar?: Jar; before?: (u: URL) => Promise<void> } = {}) =>
    browse(`${base}/api/v1/auth/oidc/start${opts.next ? `?next=${encodeURIComponent(opts.next)}` : ''}`, subject, opts);

  const me = async (jar: Jar) => {
    const res = await get(`${base}/api/v1/me`, jar);
    return {
      status: res.status,
      user: res.status === 200 ? ((await res.json()) as { data: { id: string; email: string; role: string; name: string } }).data : null,
    };
  };
  const ssoError = (landed: URL) => (landed.pathname === '/login' ? landed.searchParams.get('sso_error') : null);
  const identities = async () => (await t.deps.db.selectFrom('user_identities').selectAll().execute()).length;

  it('tells the web app which ways of signing in exist', async () => {
    const res = await t.call(null, 'GET', '/api/v1/auth/methods');
    expect(res.json()).toEqual({ data: { password: true, oidc: { name: 'Acme SSO', startUrl: '/api/v1/auth/oidc/start' } } });
    t.deps.config.oidc = null;
    expect((await t.call(null, 'GET', '/api/v1/auth/methods')).json()).toEqual({ data: { password: true, oidc: null } });
  });

  it('signs a new person in through the provider with PKCE, state and nonce, creating the account just in time with the mapped role', async () => {
    op.accounts.set('alice-sub', { email: 'Alice@Example.com', email_verified: true, name: 'Alice Ng', groups: ['oncall', 'unrelated'] });
    const flow = await signIn('alice-sub', { next: '/incidents/INC-7' });
    // The request that left for the provider: code flow, S256 PKCE, state and nonce, our callback.
    const authorize = new URL(flow.visited.find((v) => v.startsWith(`${op.issuer}/auth?`)) as string);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${base}/api/v1/auth/oidc/callback`);
    expect(authorize.searchParams.get('scope')).toBe('openid email profile groups');
    // Back on Firebreak, where the person was going, with the same session cookie a password sign-in sets.
    expect(flow.landed.href).toBe(`${base}/incidents/INC-7`);
    expect(flow.jar.cookies.get('firebreak_session')).toMatch(/^fbs_/);
    expect(flow.jar.cookies.has('firebreak_oidc')).toBe(false);
    const { user } = await me(flow.jar);
    expect(user).toMatchObject({ email: 'alice@example.com', name: 'Alice Ng', role: 'responder' });
    // The sign-in under way is gone (used once).
    expect(await t.deps.db.selectFrom('oidc_logins').selectAll().execute()).toEqual([]);
    // Signing out ends that session like any other.
    const out = await fetch(`${base}/api/v1/auth/logout`, { method: 'POST', headers: { cookie: flow.jar.header(), origin: base } });
    expect(out.status).toBe(204);
    expect((await me(flow.jar)).status).toBe(401);
  });

  it('applies the group → role mapping at every sign-in, and a change is an access event (open streams re-check)', async () => {
    op.accounts.set('bob-sub', { email: 'bob@example.com', email_verified: true, name: 'Bob', groups: ['oncall'] });
    const first = await me((await signIn('bob-sub')).jar);
    expect(first.user?.role).toBe('responder');
    const id = first.user?.id as string;

    op.accounts.set('bob-sub', { email: 'bob@example.com', email_verified: true, name: 'Bob', groups: ['oncall', 'sre'] });
    events.length = 0;
    const promoted = await me((await signIn('bob-sub')).jar);
    expect(promoted.user).toMatchObject({ id, role: 'admin' });
    expect(events).toContainEqual({ type: 'access', userId: id });

    // Left every mapped group at the provider: back to the default role.
    op.accounts.set('bob-sub', { email: 'bob@example.com', email_verified: true, name: 'Bob', groups: [] });
    const demoted = await me((await signIn('bob-sub')).jar);
    expect(demoted.user).toMatchObject({ id, role: 'viewer' });

    // Without a mapping, roles are Firebreak's to manage: a sign-in leaves an admin's change alone.
    t.deps.config.oidc = { ...oidc, roleMap: [] };
    expect((await t.call(t.admin, 'PATCH', `/api/v1/users/${id}`, { role: 'responder' })).statusCode).toBe(200);
    expect((await me((await signIn('bob-sub')).jar)).user).toMatchObject({ id, role: 'responder' });
  });

  it('signs an existing account in by its verified e-mail and links it; an unverified e-mail links nothing', async () => {
    op.accounts.set('victor-at-idp', { email: 'VICTOR@example.com', email_verified: true, name: 'Victor V', groups: ['sre'] });
    const linked = await me((await signIn('victor-at-idp')).jar);
    expect(linked.user).toMatchObject({ id: t.viewer.id, email: 'victor@example.com', role: 'admin' });
    // Linked by subject: a later e-mail change at the provider still signs in the same account.
    op.accounts.set('victor-at-idp', { email: 'victor.v@example.org', email_verified: true, groups: ['sre'] });
    expect((await me((await signIn('victor-at-idp')).jar)).user?.id).toBe(t.viewer.id);

    const before = await identities();
    op.accounts.set('mallory', { email: 'sam@example.com', email_verified: false, groups: ['sre'] });
    const refused = await signIn('mallory');
    expect(ssoError(refused.landed)).toBe('email_unverified');
    expect(refused.jar.cookies.has('firebreak_session')).toBe(false);
    expect(await identities()).toBe(before);

    op.accounts.set('no-mail', { name: 'No Mail' });
    expect(ssoError((await signIn('no-mail')).landed)).toBe('email_missing');
  });

  it('refuses disabled accounts', async () => {
    const carol = await t.makeUser('carol@example.com', 'responder', 'Carol');
    expect((await t.call(t.admin, 'PATCH', `/api/v1/users/${carol.id}`, { disabled: true })).statusCode).toBe(200);
    op.accounts.set('carol-sub', { email: 'carol@example.com', email_verified: true, groups: ['oncall'] });
    const flow = await signIn('carol-sub');
    expect(ssoError(flow.landed)).toBe('account_disabled');
    expect(flow.jar.cookies.has('firebreak_session')).toBe(false);
    const row = await t.deps.db.selectFrom('users').select(['role', 'disabled_at']).where('id', '=', carol.id).executeTakeFirstOrThrow();
    expect(row.disabled_at).not.toBeNull();
  });

  it('comes back to the login page with a reason when consent is denied', async () => {
    op.accounts.set('dora-sub', { email: 'dora@example.com', email_verified: true });
    const flow = await signIn('dora-sub', { cancel: true });
    expect(ssoError(flow.landed)).toBe('denied');
    expect(flow.jar.cookies.has('firebreak_session')).toBe(false);
    expect(await t.deps.db.selectFrom('users').select('id').where('email', '=', 'dora@example.com').executeTakeFirst()).toBeUndefined();
  });

  it('refuses a callback with a forged state, from another browser, or replayed', async () => {
    op.accounts.set('erin-sub', { email: 'erin@example.com', email_verified: true });
    let callback = '';
    const other = new Jar();
    const flow = await signIn('erin-sub', {
      before: async (u) => {
        if (u.pathname === '/api/v1/auth/oidc/callback' && !callback) callback = u.href;
      },
    });
    expect(flow.jar.cookies.has('firebreak_session')).toBe(true);
    // Replayed in the same browser: the sign-in it belonged to is used up.
    const replay = await get(callback, flow.jar);
    expect(new URL(replay.headers.get('location') as string).searchParams.get('sso_error')).toBe('state_mismatch');
    // Another browser (no flow cookie): a login CSRF attempt.
    const elsewhere = await get(callback, other);
    expect(new URL(elsewhere.headers.get('location') as string).searchParams.get('sso_error')).toBe('state_mismatch');
    expect(other.cookies.has('firebreak_session')).toBe(false);

    // A state that differs from the one stored for this browser.
    const jar = new Jar();
    const start = await get(`${base}/api/v1/auth/oidc/start`, jar);
    jar.take(start);
    const bad = await get(`${base}/api/v1/auth/oidc/callback?code=abc&state=not-the-state`, jar);
    expect(bad.status).toBe(302);
    expect(new URL(bad.headers.get('location') as string).searchParams.get('sso_error')).toBe('state_mismatch');
  });

  it('refuses an ID token that does not verify (a nonce other than the one this sign-in sent)', async () => {
    op.accounts.set('fay-sub', { email: 'fay@example.com', email_verified: true });
    const flow = await signIn('fay-sub', {
      before: async (u) => {
        if (u.pathname === '/api/v1/auth/oidc/callback')
          await t.deps.db.updateTable('oidc_logins').set({ nonce: 'some-other-nonce' }).execute();
      },
    });
    expect(ssoError(flow.landed)).toBe('invalid_token');
    expect(flow.jar.cookies.has('firebreak_session')).toBe(false);
  });

  it('says the provider is unreachable instead of failing, at the start and at the callback', async () => {
    t.deps.config.oidc = { ...oidc, issuer: 'http://127.0.0.1:9' };
    const res = await get(`${base}/api/v1/auth/oidc/start`, new Jar());
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${base}/login?sso_error=provider_unavailable`);
    expect(SSO_ERRORS.provider_unavailable).toMatch(/could not be reached/);

    t.deps.config.oidc = null;
    const off = await get(`${base}/api/v1/auth/oidc/callback?code=x&state=y`, new Jar());
    expect(off.headers.get('location')).toBe(`${base}/login?sso_error=not_configured`);
  });

  it('a wrong client secret is the provider refusing, not a crash', async () => {
    t.deps.config.oidc = { ...oidc, clientSecret: 'not-the-secret' };
    op.accounts.set('gus-sub', { email: 'gus@example.com', email_verified: true });
    const flow = await signIn('gus-sub');
    expect(ssoError(flow.landed)).toBe('provider_error');
  });

  it('turns password sign-in off with a clear 403, while single sign-on keeps working', async () => {
    t.deps.config.passwordLogin = false;
    const res = await t.call(null, 'POST', '/api/v1/auth/login', { email: 'admin@example.com', password: 'whatever-it-is' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'password_login_disabled', message: expect.stringContaining('Acme SSO') });
    expect((await t.call(null, 'GET', '/api/v1/auth/methods')).json().data.password).toBe(false);
    op.accounts.set('hana-sub', { email: 'hana@example.com', email_verified: true });
    expect((await me((await signIn('hana-sub')).jar)).status).toBe(200);
  });

  it('bounds the sign-ins under way that anonymous starts can leave behind, and drops expired ones', async () => {
    const now = t.clock.now();
    const expires = new Date(now.getTime() + OIDC_LOGIN_TTL_MS).toISOString();
    for (let i = 0; i < MAX_PENDING_OIDC_LOGINS; i += 2000) {
      const rows = Array.from({ length: Math.min(2000, MAX_PENDING_OIDC_LOGINS - i) }, (_, j) => ({
        id_hash: `h${i + j}`,
        state: 's',
        nonce: 'n',
        code_verifier: 'v',
        return_to: '/',
        created_at: now.toISOString(),
        expires_at: expires,
      }));
      await t.deps.db.insertInto('oidc_logins').values(rows).execute();
    }
    const full = await get(`${base}/api/v1/auth/oidc/start`, new Jar());
    expect(full.headers.get('location')).toBe(`${base}/login?sso_error=busy`);
    // Ten minutes on, they have expired: the next start drops them and goes ahead.
    t.clock.advance(OIDC_LOGIN_TTL_MS);
    const ok = await get(`${base}/api/v1/auth/oidc/start`, new Jar());
    expect(ok.headers.get('location')).toMatch(new RegExp(`^${op.issuer}/auth\\?`));
    expect(await t.deps.db.selectFrom('oidc_logins').selectAll().execute()).toHaveLength(1);
  });

  it('never redirects anywhere but the web app after signing in', async () => {
    op.accounts.set('ivan-sub', { email: 'ivan@example.com', email_verified: true });
    for (const next of ['https://evil.example/x', '//evil.example/x', '/\\evil.example', '/api/v1/me']) {
      const flow = await signIn('ivan-sub', { next });
      expect(flow.landed.href, next).toBe(`${base}/`);
    }
  });
});

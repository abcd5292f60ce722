import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../packages/server/src/test/oidcProvider.ts';
import { expectAccessible, expectNoHorizontalScroll, launchBrowser, newContext, screenshot } from './lib/browser.ts';
import { chromiumMissing } from './lib/chromium.ts';
import { ADMIN, setUpAdmin } from './lib/retroSetup.ts';
import { type RunningServer, startServer } from './lib/server.ts';

// Single sign-on in a real browser: the real server (passwords turned off) and a real OpenID Connect
// provider (oidc-provider, with its own login and consent pages) started by this spec.

const SSO_ENV = ['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET', 'ROLE_MAP', 'SCOPES', 'NAME'].map((k) => `FIREBREAK_OIDC_${k}`);

let op: TestOidcProvider;
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  let callback = '';
  op = await startOidcProvider(() => callback);
  Object.assign(process.env, {
    FIREBREAK_OIDC_ISSUER: op.issuer,
    FIREBREAK_OIDC_CLIENT_ID: op.clientId,
    FIREBREAK_OIDC_CLIENT_SECRET: op.clientSecret,
    FIREBREAK_OIDC_ROLE_MAP: 'sre=admin,oncall=responder',
    FIREBREAK_OIDC_SCOPES: 'openid email profile groups',
    FIREBREAK_OIDC_NAME: 'Acme SSO',
    FIREBREAK_PASSWORD_LOGIN: 'off',
  });
  try {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  } finally {
    for (const k of [...SSO_ENV, 'FIREBREAK_PASSWORD_LOGIN']) delete process.env[k];
  }
  callback = `${server.url}/api/v1/auth/oidc/callback`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await op?.close();
});

async function page(opts: { phone?: boolean } = {}): Promise<Page> {
  const ctx = await newContext(browser, server.url, opts);
  contexts.push(ctx);
  return ctx.newPage();
}

const ssoButton = (p: Page) => p.getByRole('link', { name: 'Sign in with Acme SSO' });

/** At the provider: its login form (the login name is the subject), then its consent page. */
async function atProvider(p: Page, subject: string, consent: 'allow' | 'cancel') {
  await p.locator('input[name="login"]').fill(subject);
  await p.locator('input[name="password"]').fill('anything');
  await p.getByRole('button', { name: 'Sign-in' }).click();
  await p.getByRole('button', { name: 'Continue' }).waitFor();
  if (consent === 'allow') await p.getByRole('button', { name: 'Continue' }).click();
  else await p.getByRole('link', { name: '[ Cancel ]' }).click();
}

describe.skipIf(chromiumMissing())('Single sign-on', () => {
  it('with passwords off, the login page offers only the provider', async () => {
    for (const phone of [false, true]) {
      const p = await page({ phone });
      await p.goto('/login');
      await ssoButton(p).waitFor();
      await p.getByText('Use your organisation’s account.').waitFor();
      expect(await p.getByLabel('Password').count()).toBe(0);
      expect(await p.getByRole('textbox', { name: 'E-mail' }).count()).toBe(0);
      await expectAccessible(p, `login, single sign-on only${phone ? ' (phone)' : ''}`);
      if (phone) await expectNoHorizontalScroll(p, 'login on a phone');
      await screenshot(p, `sso-login${phone ? '-phone' : ''}`);
    }
  });

  it('the first-run setup link still makes the first admin', async () => {
    await setUpAdmin(await page(), server.setupLink, ADMIN);
  });

  it('a new person signs in at the provider and lands where they were going, with the role their group maps to', async () => {
    op.accounts.set('oscar-sub', { email: 'oscar@example.com', email_verified: true, name: 'Oscar Okafor', groups: ['oncall'] });
    const p = await page();
    await p.goto('/incidents');
    await p.waitForURL(/\/login\?next=/);
    await ssoButton(p).click();
    await atProvider(p, 'oscar-sub', 'allow');
    await p.getByRole('heading', { name: 'Incidents', level: 1 }).waitFor();
    expect(new URL(p.url()).pathname).toBe('/incidents');
    const me = await (await p.request.get('/api/v1/me')).json();
    expect(me.data).toMatchObject({ email: 'oscar@example.com', name: 'Oscar Okafor', role: 'responder' });
  });

  it('cancelling at the provider comes back to the login page with the reason', async () => {
    op.accounts.set('paula-sub', { email: 'paula@example.com', email_verified: true });
    for (const phone of [false, true]) {
      const p = await page({ phone });
      await p.goto('/login');
      await ssoButton(p).click();
      await atProvider(p, 'paula-sub', 'cancel');
      await p.waitForURL(/\/login\?sso_error=denied/);
      const alert = p.getByRole('alert').filter({ hasText: 'Single sign-on did not work' });
      await alert.getByText('Sign-in was cancelled at the provider').waitFor();
      await expectAccessible(p, `login after a cancelled single sign-on${phone ? ' (phone)' : ''}`);
      if (phone) await expectNoHorizontalScroll(p, 'login error on a phone');
      await screenshot(p, `sso-login-error${phone ? '-phone' : ''}`);
    }
  });
});

import type { RouteCase } from './routes.ts';

/**
 * Authorization-matrix rows for single sign-on (spread into ROUTES). All public: they are how one
 * signs in. The test app has no provider configured, so start and callback redirect to the login page
 * with `sso_error=not_configured` (users/sso.test.ts drives the real flow against a provider).
 */
const api = '/api/v1';

export const SSO_ROUTES: RouteCase[] = [
  { method: 'GET', route: `${api}/auth/methods`, access: 'public', build: () => ({ url: `${api}/auth/methods` }) },
  {
    method: 'GET',
    route: `${api}/auth/oidc/start`,
    access: 'public',
    ok: 302,
    build: () => ({ url: `${api}/auth/oidc/start?next=/incidents` }),
  },
  {
    method: 'GET',
    route: `${api}/auth/oidc/callback`,
    access: 'public',
    ok: 302,
    build: () => ({ url: `${api}/auth/oidc/callback?code=abc&state=xyz` }),
  },
];

import { AuthMethodsSchema, dataOf, OIDC_CALLBACK_PATH, OIDC_START_PATH, OidcStartQuery, type SsoError } from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestInfo, SESSION_COOKIE } from '../platform/auth.ts';
import type { Deps } from '../platform/context.ts';
import { finishOidcLogin, OIDC_LOGIN_TTL_MS, startOidcLogin } from './oidc.ts';
import { openSession } from './sessions.ts';
import { SsoFailure, ssoSignIn } from './ssoSignIn.ts';

/** Holds the secret of a sign-in under way between start and callback (only sent to the callback). */
export const OIDC_COOKIE = 'firebreak_oidc';

/**
 * Single sign-on routes (no sign-in needed). Start and callback are browser navigations: they answer
 * redirects, never an error page; every failure goes back to `/login?sso_error=<code>` (messages in
 * shared `SSO_ERRORS`), and is logged with its detail for the operator.
 */
export function ssoRoutes(deps: Deps, cookieOpts: { secure: boolean; maxAge: number }): FastifyPluginAsyncZod {
  const flowCookie = {
    path: `/api/v1${OIDC_CALLBACK_PATH}`,
    httpOnly: true,
    // Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
    sameSite: 'lax' as const,
    secure: cookieOpts.secure,
  };
  const toLogin = (code: SsoError) => `${deps.config.publicUrl}/login?sso_error=${code}`;

  return async (app) => {
    const pub = { auth: 'public' as const };
    app.get(
      '/auth/methods',
      {
        config: pub,
        schema: {
          tags: ['auth'],
          summary: 'Which ways of signing in this server offers (password, single sign-on)',
          response: { 200: dataOf(AuthMethodsSchema) },
        },
      },
      async () => {
        const oidc = deps.config.oidc;
        return {
          data: {
            password: deps.config.passwordLogin,
            oidc: oidc ? { name: oidc.name, startUrl: `/api/v1${OIDC_START_PATH}` } : null,
          },
        };
      },
    );

    app.get(
      OIDC_START_PATH,
      {
        config: pub,
        schema: {
          tags: ['auth'],
          summary: 'Start single sign-on: redirects to the OpenID Connect provider (failures: to /login?sso_error=…)',
          querystring: OidcStartQuery,
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        const oidc = deps.config.oidc;
        if (!oidc) return reply.redirect(toLogin('not_configured'), 302);
        try {
          const { secret, url } = await startOidcLogin(deps, oidc, req.query.next);
          reply.setCookie(OIDC_COOKIE, secret, { ...flowCookie, maxAge: OIDC_LOGIN_TTL_MS / 1000 });
          return reply.redirect(url, 302);
        } catch (err) {
          return reply.redirect(toLogin(failure(req.log, err)), 302);
        }
      },
    );

    app.get(
      OIDC_CALLBACK_PATH,
      {
        config: pub,
        schema: {
          tags: ['auth'],
          summary: 'Where the OpenID Connect provider returns: opens a session and redirects to the app (failures: to /login?sso_error=…)',
          // Whatever the provider (or anyone) sends; checked in the handler so that every failure lands on the login page.
          querystring: z.record(z.string(), z.unknown()),
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        const secret = req.cookies?.[OIDC_COOKIE];
        if (secret) reply.clearCookie(OIDC_COOKIE, flowCookie);
        const oidc = deps.config.oidc;
        if (!oidc) return reply.redirect(toLogin('not_configured'), 302);
        try {
          const query: Record<string, string> = {};
          for (const [k, v] of Object.entries(req.query)) {
            if (typeof v !== 'string' || v.length > 4096) throw new SsoFailure('state_mismatch', `odd parameter ${k}`);
            query[k] = v;
          }
          const { claims, returnTo } = await finishOidcLogin(deps, oidc, secret, query);
          const user = await ssoSignIn(deps, oidc, claims);
          reply.setCookie(SESSION_COOKIE, await openSession(deps, user.id, { request: requestInfo(req), method: 'oidc' }), {
            path: '/',
            httpOnly: true,
            sameSite: 'lax',
            secure: cookieOpts.secure,
            maxAge: cookieOpts.maxAge,
          });
          req.log.info({ userId: user.id }, 'signed in with single sign-on');
          return reply.redirect(`${deps.config.publicUrl}${returnTo}`, 302);
        } catch (err) {
          return reply.redirect(toLogin(failure(req.log, err)), 302);
        }
      },
    );
  };
}

function failure(log: { warn(o: object, m: string): void; error(o: object, m: string): void }, err: unknown): SsoError {
  if (err instanceof SsoFailure) {
    log.warn({ code: err.code, detail: err.message }, 'single sign-on failed');
    return err.code;
  }
  log.error({ err }, 'single sign-on failed unexpectedly');
  return 'failed';
}

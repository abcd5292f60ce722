import {
  CreateTokenBody,
  CreateUserBody,
  dataOf,
  EndedSessionsSchema,
  ListQuery,
  LoginBody,
  NewTokenSchema,
  pageOf,
  SessionSchema,
  SetupBody,
  SetupStatusSchema,
  TokenSchema,
  UpdateUserBody,
  UserSchema,
} from '@firebreak/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestInfo, requireRole, SESSION_COOKIE } from '../platform/auth.ts';
import type { Deps } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { NotAllowedError, NotFoundError } from '../platform/errors.ts';
import { createUser } from './createUser.ts';
import { updateUserCommand } from './manage.ts';
import { presentToken, presentUser } from './present.ts';
import { endOtherSessions, endSession, login, logout, openSession, sessionsOf } from './sessions.ts';
import { completeSetup, setupStatus } from './setup.ts';
import { ssoRoutes } from './ssoRoutes.ts';
import { getUser, listUsers, userOrder } from './store.ts';
import { admitSignin, signinKeys, signinSucceeded } from './throttle.ts';
import { createToken, listOwnTokens, revokeOwnToken } from './tokens.ts';

const OneUser = { 200: dataOf(UserSchema) };
const OneToken = { 200: dataOf(TokenSchema) };

export function userRoutes(deps: Deps): FastifyPluginAsyncZod {
  const secure = deps.config.publicUrl.startsWith('https:');
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge: deps.config.sessionDays * 86_400 };

  return async (app) => {
    const pub = { auth: 'public' as const };
    await app.register(ssoRoutes(deps, cookieOpts));
    app.post(
      '/auth/login',
      {
        config: pub,
        schema: {
          tags: ['auth'],
          summary: 'Sign in with e-mail and password (sets the session cookie)',
          body: LoginBody,
          response: OneUser,
        },
      },
      async (req, reply) => {
        if (!deps.config.passwordLogin) {
          throw new NotAllowedError(
            `Password sign-in is turned off on this server; sign in with ${deps.config.oidc?.name ?? 'single sign-on'}`,
            'password_login_disabled',
          );
        }
        // Counted before the password is checked (see throttle.ts); a success takes it back.
        const keys = signinKeys(req.body.email, req.ip);
        await admitSignin(deps, keys);
        const { user, secret } = await login(deps, req.body.email, req.body.password, requestInfo(req));
        await signinSucceeded(deps, keys);
        reply.setCookie(SESSION_COOKIE, secret, cookieOpts);
        return { data: presentUser({ ...user, role: user.role as never }, user) };
      },
    );
    app.post('/auth/logout', { config: pub, schema: { tags: ['auth'], summary: 'Sign out (ends the session)' } }, async (req, reply) => {
      const secret = req.cookies?.[SESSION_COOKIE];
      if (secret) await logout(deps, secret, requestInfo(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    });
    app.get(
      '/auth/setup',
      {
        config: pub,
        schema: {
          tags: ['auth'],
          summary: 'Where first-run setup stands (before signing in): still to do, and what a setup link can still do',
          querystring: z.object({ token: z.string().max(200).optional() }),
          response: { 200: dataOf(SetupStatusSchema) },
        },
      },
      async (req) => ({ data: await setupStatus(deps, req.query.token) }),
    );
    app.post(
      '/auth/setup',
      {
        config: pub,
        schema: { tags: ['auth'], summary: 'Complete first-run setup with the one-time link', body: SetupBody, response: OneUser },
      },
      async (req, reply) => {
        const userId = await completeSetup(deps, req.body, requestInfo(req));
        reply.setCookie(SESSION_COOKIE, await openSession(deps, userId, { request: requestInfo(req), method: 'setup' }), cookieOpts);
        const user = await getUser(reader(deps), userId);
        if (!user) throw new NotFoundError('User vanished during setup');
        return { data: presentUser({ ...user, role: user.role as never }, user) };
      },
    );
    app.get('/me', { schema: { tags: ['auth'], summary: 'The signed-in user', response: OneUser } }, async (req) => {
      const user = await getUser(reader(req.ctx), req.ctx.user.id);
      if (!user) throw new NotFoundError('No such user', 'user_not_found');
      return { data: presentUser(req.ctx.user, user) };
    });

    app.get(
      '/users',
      {
        schema: {
          tags: ['people'],
          summary: 'List users',
          querystring: ListQuery.extend({ q: z.string().max(200).optional() }),
          response: { 200: pageOf(UserSchema) },
        },
      },
      async (req) => {
        const { limit, cursor, q } = req.query;
        const rows = await listUsers(reader(req.ctx), { limit, after: userOrder.decode(cursor), q });
        const { page, nextCursor } = userOrder.page(rows, limit);
        return { data: page.map((u) => presentUser(req.ctx.user, u)), nextCursor };
      },
    );
    app.post(
      '/users',
      { schema: { tags: ['people'], summary: 'Create a user (admin)', body: CreateUserBody, response: { 201: dataOf(UserSchema) } } },
      async (req, reply) => {
        requireRole(req.ctx, 'admin');
        return reply.status(201).send({ data: presentUser(req.ctx.user, await createUser(req.ctx, req.body)) });
      },
    );
    const UserParams = z.object({ id: z.string().min(1).max(64).describe('User id, or "me"') });
    app.get('/users/:id', { schema: { tags: ['people'], summary: 'Read a user', params: UserParams, response: OneUser } }, async (req) => {
      const user = await getUser(reader(req.ctx), req.params.id === 'me' ? req.ctx.user.id : req.params.id);
      if (!user) throw new NotFoundError(`No user ${req.params.id}`, 'user_not_found');
      return { data: presentUser(req.ctx.user, user) };
    });
    app.patch(
      '/users/:id',
      {
        schema: {
          tags: ['people'],
          summary: 'Update a user (admin, or yourself)',
          params: UserParams,
          body: UpdateUserBody,
          response: OneUser,
        },
      },
      async (req) => ({
        data: presentUser(req.ctx.user, await updateUserCommand(req.ctx, req.params.id, req.body)),
      }),
    );

    app.get(
      '/tokens',
      { schema: { tags: ['auth'], summary: 'Your API tokens', response: { 200: dataOf(z.array(TokenSchema)) } } },
      async (req) => {
        const now = req.ctx.clock.now().toISOString();
        return { data: (await listOwnTokens(req.ctx)).map((t) => presentToken(t, now)) };
      },
    );
    app.post(
      '/tokens',
      {
        schema: {
          tags: ['auth'],
          summary: 'Create an API token (the secret is shown once)',
          body: CreateTokenBody,
          response: { 201: dataOf(NewTokenSchema) },
        },
      },
      async (req, reply) => {
        const { row, secret } = await createToken(req.ctx, req.body);
        return reply.status(201).send({ data: { ...presentToken(row, req.ctx.clock.now().toISOString()), token: secret } });
      },
    );
    app.delete(
      '/tokens/:id',
      {
        schema: { tags: ['auth'], summary: 'Revoke an API token', params: z.object({ id: z.string().min(1).max(64) }), response: OneToken },
      },
      async (req) => ({
        data: presentToken(await revokeOwnToken(req.ctx, req.params.id), req.ctx.clock.now().toISOString()),
      }),
    );

    // ---- sessions: one's own, and (admins) anyone's ----
    const Sessions = { 200: dataOf(z.array(SessionSchema)) };
    const SessionParams = z.object({ id: z.string().min(1).max(64) });
    const Ended = { 200: dataOf(EndedSessionsSchema) };
    app.get(
      '/me/sessions',
      { schema: { tags: ['auth'], summary: 'Your signed-in sessions (the one you use is marked current)', response: Sessions } },
      async (req) => ({ data: await sessionsOf(req.ctx, 'me') }),
    );
    app.delete(
      '/me/sessions',
      { schema: { tags: ['auth'], summary: 'Sign out everywhere else: end all your sessions but this one', response: Ended } },
      async (req) => ({ data: { ended: await endOtherSessions(req.ctx, 'me') } }),
    );
    app.delete(
      '/me/sessions/:id',
      { schema: { tags: ['auth'], summary: 'End one of your sessions (its open streams end too)', params: SessionParams } },
      async (req, reply) => {
        await endSession(req.ctx, 'me', req.params.id);
        return reply.status(204).send();
      },
    );
    app.get(
      '/users/:id/sessions',
      { schema: { tags: ['people'], summary: "A user's sessions (admin, or yourself)", params: UserParams, response: Sessions } },
      async (req) => ({ data: await sessionsOf(req.ctx, req.params.id) }),
    );
    app.delete(
      '/users/:id/sessions',
      {
        schema: {
          tags: ['people'],
          summary: "End all of a user's sessions (admin, or yourself: all but this one)",
          params: UserParams,
          response: Ended,
        },
      },
      async (req) => ({ data: { ended: await endOtherSessions(req.ctx, req.params.id) } }),
    );
    app.delete(
      '/users/:id/sessions/:sessionId',
      {
        schema: {
          tags: ['people'],
          summary: "End one of a user's sessions (admin, or yourself)",
          params: UserParams.extend({ sessionId: z.string().min(1).max(64) }),
        },
      },
      async (req, reply) => {
        await endSession(req.ctx, req.params.id, req.params.sessionId);
        return reply.status(204).send();
      },
    );
  };
}

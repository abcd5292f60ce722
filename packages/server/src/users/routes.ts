import {
  CreateTokenBody,
  CreateUserBody,
  dataOf,
  ListQuery,
  LoginBody,
  NewTokenSchema,
  pageOf,
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
import { NotFoundError, RateLimitedError } from '../platform/errors.ts';
import { createUser } from './createUser.ts';
import { updateUserCommand } from './manage.ts';
import { presentToken, presentUser } from './present.ts';
import { login, logout, openSession } from './sessions.ts';
import { completeSetup, setupStatus } from './setup.ts';
import { getUser, listUsers, userOrder } from './store.ts';
import { issueToken, listOwnTokens, revokeOwnToken } from './tokens.ts';

const OneUser = { 200: dataOf(UserSchema) };
const OneToken = { 200: dataOf(TokenSchema) };

const MAX_FAILED_LOGINS = 10;
const FAILED_WINDOW_MS = 15 * 60_000;

export function userRoutes(deps: Deps): FastifyPluginAsyncZod {
  const failures = new Map<string, { n: number; since: number }>();
  const secure = deps.config.publicUrl.startsWith('https:');
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge: deps.config.sessionDays * 86_400 };

  return async (app) => {
    const pub = { auth: 'public' as const };
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
        const key = `${req.ip}|${req.body.email.toLowerCase()}`;
        const now = deps.clock.now().getTime();
        const f = failures.get(key);
        if (f && now - f.since < FAILED_WINDOW_MS && f.n >= MAX_FAILED_LOGINS)
          throw new RateLimitedError('Too many failed sign-ins; wait 15 minutes');
        try {
          const { user, secret } = await login(deps, req.body.email, req.body.password, requestInfo(req));
          failures.delete(key);
          reply.setCookie(SESSION_COOKIE, secret, cookieOpts);
          return { data: presentUser({ ...user, role: user.role as never }, user) };
        } catch (err) {
          const cur = f && now - f.since < FAILED_WINDOW_MS ? f : { n: 0, since: now };
          failures.set(key, { n: cur.n + 1, since: cur.since });
          throw err;
        }
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
        const { row, secret } = await issueToken(req.ctx, req.ctx.user.id, req.body);
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
  };
}

import type { UserRole } from '@firebreak/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { userBySession, userByToken } from '../users/index.ts';
import type { Actor, Ctx, Deps } from './context.ts';
import { reader } from './context.ts';
import { NotAllowedError, UnauthenticatedError } from './errors.ts';
import { hashSecret } from './ids.ts';

export const SESSION_COOKIE = 'firebreak_session';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
  interface FastifyContextConfig {
    /** `public` routes need no sign-in; everything else does. */
    auth?: 'public' | 'user';
  }
}

/** Finds the person behind a request: `Authorization: Bearer <token>` or the session cookie. */
export async function authenticate(deps: Deps, req: FastifyRequest): Promise<Actor> {
  const now = deps.clock.now().toISOString();
  const header = req.headers.authorization;
  const tx = reader(deps);
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(String(header));
    if (!m) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
    const row = await userByToken(tx, hashSecret(m[1]));
    if (!row || row.token_revoked_at || (row.token_expires_at && row.token_expires_at <= now) || row.disabled_at) {
      throw new UnauthenticatedError('This API token is not valid (unknown, revoked or expired)');
    }
    return { id: row.id, email: row.email, name: row.name, role: row.role as UserRole };
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  if (cookie) {
    const row = await userBySession(tx, hashSecret(cookie), now);
    if (row && !row.disabled_at) return { id: row.id, email: row.email, name: row.name, role: row.role as UserRole };
  }
  throw new UnauthenticatedError();
}

/** Every route is authenticated unless its config says `auth: 'public'`. */
export function registerAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.addHook('onRequest', async (req) => {
    if (req.routeOptions.config?.auth === 'public') return;
    // The web app's files and its client-side routes (/login, /setup, /assets/…) carry no data;
    // every route with data is under /api/ or is /metrics, and is signed in. Decided on the matched
    // route pattern, not the raw URL, so no spelling of a path (%-escapes…) slips past.
    const route = req.routeOptions.url;
    if (route === undefined || (!route.startsWith('/api/') && route !== '/metrics')) return;
    const user = await authenticate(deps, req);
    req.ctx = { ...deps, user };
  });
}

/** Throws unless the caller has one of the roles. */
export function requireRole(ctx: Ctx, ...roles: UserRole[]): void {
  if (!roles.includes(ctx.user.role)) {
    throw new NotAllowedError(`This needs the ${roles.join(' or ')} role; you are ${ctx.user.role}`);
  }
}

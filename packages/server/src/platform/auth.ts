import type { UserRole } from '@firebreak/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { userBySession, userByToken } from '../users/index.ts';
import type { Actor, Ctx, Deps, RequestInfo } from './context.ts';
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

/**
 * Valid credentials seen lately, by the hash of the token or session secret: most requests then need
 * no lookup. An entry lives CREDENTIAL_TTL_MS at most and never past the credential's own expiry;
 * every instance drops a person's entries on their `access` event (token revoked, signed out, role
 * changed, disabled), and all of them on `cache *` (the fleet's event connection was down).
 */
type Cached = { actor: Actor; userId: string; validUntil: string; at: number };
const CREDENTIAL_TTL_MS = 10_000;
const MAX_CACHED = 10_000;
const credentials = new WeakMap<object, Map<string, Cached>>();
const cacheOf = (deps: Deps) => {
  let c = credentials.get(deps.bus);
  if (!c) {
    c = new Map();
    credentials.set(deps.bus, c);
  }
  return c;
};

/** Drops cached credentials when they change anywhere in the fleet; returns the unsubscribe. */
export function watchCredentials(deps: Deps): () => void {
  return deps.bus.subscribe((e) => {
    const cache = cacheOf(deps);
    if (e.type === 'access') {
      for (const [k, v] of cache) if (v.userId === e.userId) cache.delete(k);
    } else if (e.type === 'cache' && e.name === '*') cache.clear();
  });
}

const FAR = '9999-12-31T23:59:59.999Z';

async function lookup(deps: Deps, kind: 'token' | 'session', secret: string, now: string): Promise<Actor | null> {
  const hash = hashSecret(secret);
  const key = `${kind}:${hash}`;
  const cache = cacheOf(deps);
  const hit = cache.get(key);
  if (hit && hit.validUntil > now && performance.now() - hit.at < CREDENTIAL_TTL_MS) return hit.actor;
  const tx = reader(deps);
  let found: { actor: Actor; validUntil: string } | null = null;
  if (kind === 'token') {
    const row = await userByToken(tx, hash);
    if (row && !row.token_revoked_at && !(row.token_expires_at && row.token_expires_at <= now) && !row.disabled_at) {
      found = {
        actor: { id: row.id, email: row.email, name: row.name, role: row.role as UserRole },
        validUntil: row.token_expires_at ?? FAR,
      };
    }
  } else {
    const row = await userBySession(tx, hash, now);
    if (row && !row.disabled_at) {
      found = { actor: { id: row.id, email: row.email, name: row.name, role: row.role as UserRole }, validUntil: row.session_expires_at };
    }
  }
  if (!found) {
    cache.delete(key);
    return null;
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, { ...found, userId: found.actor.id, at: performance.now() });
  return found.actor;
}

/** Finds the person behind a request: `Authorization: Bearer <token>` or the session cookie. */
export async function authenticate(deps: Deps, req: FastifyRequest): Promise<Actor> {
  const now = deps.clock.now().toISOString();
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(String(header));
    if (!m) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
    const actor = await lookup(deps, 'token', m[1], now);
    if (!actor) throw new UnauthenticatedError('This API token is not valid (unknown, revoked or expired)');
    return actor;
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  if (cookie) {
    const actor = await lookup(deps, 'session', cookie, now);
    if (actor) return actor;
  }
  throw new UnauthenticatedError();
}

/** Every route is authenticated unless its config says `auth: 'public'`. */
export function registerAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  const unwatch = watchCredentials(deps);
  app.addHook('onClose', async () => unwatch());
  app.addHook('onRequest', async (req) => {
    refuseCrossSiteWrites(deps, req);
    if (req.routeOptions.config?.auth === 'public') return;
    // The web app's files and its client-side routes (/login, /setup, /assets/…) carry no data;
    // every route with data is under /api/ or is /metrics, and is signed in. Decided on the matched
    // route pattern, not the raw URL, so no spelling of a path (%-escapes…) slips past.
    const route = req.routeOptions.url;
    if (route === undefined || (!route.startsWith('/api/') && route !== '/metrics')) return;
    const user = await authenticate(deps, req);
    req.ctx = { ...deps, user, request: requestInfo(req) };
  });
}

const MAX_USER_AGENT = 512;

/** The client address (as Fastify resolves it, honouring its proxy settings) and User-Agent of a request. */
export function requestInfo(req: FastifyRequest): RequestInfo {
  const ua = req.headers['user-agent'];
  return { ip: req.ip || null, userAgent: typeof ua === 'string' && ua ? ua.slice(0, MAX_USER_AGENT) : null };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser sends the session cookie with a form or fetch from any site (SameSite=Lax only stops
 * some): a state-changing request that carries no bearer token must come from Firebreak's own
 * origin (its public URL or the host it was asked on). `Origin` decides when present, else
 * `Sec-Fetch-Site`; clients that send neither (curl, the CLI) are not browsers and pass.
 */
function refuseCrossSiteWrites(deps: Deps, req: FastifyRequest): void {
  if (SAFE_METHODS.has(req.method) || req.headers.authorization !== undefined) return;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const own = new Set([new URL(deps.config.publicUrl).origin, `${req.protocol}://${req.headers.host ?? ''}`]);
    if (!own.has(origin)) throw new NotAllowedError(`Requests from ${origin} may not change anything here`, 'cross_origin');
    return;
  }
  if (req.headers['sec-fetch-site'] === 'cross-site')
    throw new NotAllowedError('Cross-site requests may not change anything here', 'cross_origin');
}

/** Throws unless the caller has one of the roles. */
export function requireRole(ctx: Ctx, ...roles: UserRole[]): void {
  if (!roles.includes(ctx.user.role)) {
    throw new NotAllowedError(`This needs the ${roles.join(' or ')} role; you are ${ctx.user.role}`);
  }
}

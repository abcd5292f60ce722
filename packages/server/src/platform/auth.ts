import type { TokenScope, UserRole } from '@firebreak/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { touchSession, touchToken, userBySession, userByToken } from '../users/index.ts';
import type { Actor, Ctx, Deps, RequestInfo, Tx } from './context.ts';
import { reader, transaction } from './context.ts';
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
    /** `ingest`: tokens with the ingest scope may call this route (see requireScope). */
    scope?: 'ingest';
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
/** How often a session's "last seen" (and a token's "last used") is written at most. */
export const SEEN_EVERY_MS = 5 * 60_000;

/** The role a token acts with: never above its owner's, and `ingest`/`responder` never above responder. */
function cappedRole(role: UserRole, scope: TokenScope): UserRole {
  if (scope === 'admin' || scope === 'read') return role;
  return role === 'admin' ? 'responder' : role;
}

type Seen = { userAgent: string | null; address: string | null };
type Found = { actor: Actor; validUntil: string } | { refused: string; code?: 'token_expired' };

async function lookup(deps: Deps, kind: 'token' | 'session', secret: string, now: string, seen: Seen): Promise<Found> {
  const hash = hashSecret(secret);
  const key = `${kind}:${hash}`;
  const cache = cacheOf(deps);
  const hit = cache.get(key);
  if (hit && hit.validUntil > now && performance.now() - hit.at < CREDENTIAL_TTL_MS) return hit;
  const tx = reader(deps);
  let found: Found;
  const stale = (at: string | null) => !at || Date.parse(now) - Date.parse(at) >= SEEN_EVERY_MS;
  if (kind === 'token') {
    const row = await userByToken(tx, hash);
    if (!row) found = { refused: 'This API token is not valid (unknown or deleted)' };
    else if (row.token_revoked_at) found = { refused: 'This API token was revoked; create a new one' };
    else if (row.token_expires_at && row.token_expires_at <= now)
      found = { refused: `This API token expired at ${row.token_expires_at}; create a new one`, code: 'token_expired' };
    else if (row.disabled_at) found = { refused: 'The account this API token belongs to is disabled' };
    else {
      const scope = row.token_scope as TokenScope;
      found = {
        actor: {
          id: row.id,
          email: row.email,
          name: row.name,
          role: cappedRole(row.role as UserRole, scope),
          credential: { kind: 'token', id: row.token_id, scope },
        },
        validUntil: row.token_expires_at ?? FAR,
      };
      if (stale(row.token_last_used_at)) await noteUse(deps, (t) => touchToken(t, row.token_id, now));
    }
  } else {
    const row = await userBySession(tx, hash, now);
    if (row && !row.disabled_at) {
      found = {
        actor: {
          id: row.id,
          email: row.email,
          name: row.name,
          role: row.role as UserRole,
          credential: { kind: 'session', id: row.session_id },
        },
        validUntil: row.session_expires_at,
      };
      if (stale(row.session_last_seen_at))
        await noteUse(deps, (t) => touchSession(t, hash, { last_seen_at: now, client_address: seen.address, user_agent: seen.userAgent }));
    } else found = { refused: 'Your session ended; sign in again' };
  }
  if ('refused' in found) {
    cache.delete(key);
    return found;
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, { ...found, userId: found.actor.id, at: performance.now() });
  return found;
}

/** Writes when a credential was last used; a failure there must not fail the request it rode on. */
async function noteUse(deps: Deps, fn: (tx: Tx) => Promise<unknown>): Promise<void> {
  try {
    await transaction(deps, fn);
  } catch {
    // best effort: the next use (SEEN_EVERY_MS later at most) tries again
  }
}

const clientOf = (req: FastifyRequest): Seen => {
  const ua = req.headers['user-agent'];
  return { userAgent: typeof ua === 'string' && ua ? ua.slice(0, 300) : null, address: req.ip || null };
};

/** Finds the person behind a request: `Authorization: Bearer <token>` or the session cookie. */
export async function authenticate(deps: Deps, req: FastifyRequest): Promise<Actor> {
  const now = deps.clock.now().toISOString();
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(String(header));
    if (!m) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
    const found = await lookup(deps, 'token', m[1], now, clientOf(req));
    if ('refused' in found) throw new UnauthenticatedError(found.refused, found.code);
    return found.actor;
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  if (cookie) {
    const found = await lookup(deps, 'session', cookie, now, clientOf(req));
    if (!('refused' in found)) return found.actor;
  }
  throw new UnauthenticatedError();
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one place a token's scope is enforced, from the request's method and its route's config:
 * `read` tokens only read (GET and streams), `ingest` tokens only call routes that declare
 * `config: { scope: 'ingest' }`. `responder` and `admin` tokens are limited by the role they act
 * with (capped when they were looked up), which every route already checks.
 */
export function requireScope(actor: Actor, method: string, config: { scope?: 'ingest' } | undefined): void {
  const c = actor.credential;
  if (c?.kind !== 'token') return;
  if (c.scope === 'read' && !READS.has(method))
    throw new NotAllowedError('This API token has the read scope: it may read, not change anything', 'scope_denied');
  if (c.scope === 'ingest' && config?.scope !== 'ingest')
    throw new NotAllowedError('This API token has the ingest scope: it may only declare incidents and post to them', 'scope_denied');
}

/** Every route is authenticated unless its config says `auth: 'public'`. */
export function registerAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  const unwatch = watchCredentials(deps);
  app.addHook('onClose', async () => unwatch());
  // A callback hook: public routes (the alert ingest routes, thousands a second, which check their
  // integration key themselves) pass without a promise; signed-in ones wait for `authenticate`.
  app.addHook('onRequest', (req, _reply, done) => {
    try {
      refuseCrossSiteWrites(deps, req);
    } catch (err) {
      return done(err as Error);
    }
    if (req.routeOptions.config?.auth === 'public') return done();
    // The web app's files and its client-side routes (/login, /setup, /assets/…) carry no data;
    // every route with data is under /api/ or is /metrics, and is signed in. Decided on the matched
    // route pattern, not the raw URL, so no spelling of a path (%-escapes…) slips past.
    const route = req.routeOptions.url;
    if (route === undefined || (!route.startsWith('/api/') && route !== '/metrics')) return done();
    authenticate(deps, req).then((user) => {
      try {
        requireScope(user, req.method, req.routeOptions.config);
      } catch (err) {
        return done(err as Error);
      }
      req.ctx = { ...deps, user, request: requestInfo(req) };
      done();
    }, done);
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
 * `Sec-Fetch-Site`; clients that send neither (curl, the CLI) are not browsers and pass. Our own
 * `Referrer-Policy: no-referrer` makes browsers send `Origin: null` on a same-origin form post (the
 * one-click unsubscribe and page acknowledgement pages): `null` passes only when the browser also
 * says `Sec-Fetch-Site: same-origin`; a sandboxed frame elsewhere says cross-site, or nothing.
 */
function refuseCrossSiteWrites(deps: Deps, req: FastifyRequest): void {
  if (SAFE_METHODS.has(req.method) || req.headers.authorization !== undefined) return;
  const origin = req.headers.origin;
  if (origin === 'null') {
    if (req.headers['sec-fetch-site'] !== 'same-origin')
      throw new NotAllowedError('Requests from an opaque origin may not change anything here', 'cross_origin');
    return;
  }
  if (origin !== undefined) {
    const own = new Set([new URL(deps.config.publicUrl).origin, `${req.protocol}://${req.headers.host ?? ''}`]);
    // The status page's own host (its subscribe form), with the public URL's scheme (a TLS proxy in front).
    if (deps.config.statusHost) own.add(`${new URL(deps.config.publicUrl).protocol}//${deps.config.statusHost}`);
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

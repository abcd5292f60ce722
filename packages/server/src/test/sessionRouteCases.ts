import { transaction } from '../platform/context.ts';
import { hashSecret, newId, newSecret } from '../platform/ids.ts';
import type { TestUser } from './harness.ts';
import type { Fixture, RouteCase } from './routes.ts';

/**
 * Authorization-matrix rows for the session routes (test/routes.ts spreads them into ROUTES). Each
 * build opens a fresh session for whoever the row acts on, so rows work in any order.
 */
const api = '/api/v1';

/** Opens a session for a user straight in the database; returns its public id. */
export async function sampleSession(fx: Fixture, user: { id: string }): Promise<string> {
  const id = newId();
  const now = fx.t.clock.now();
  await transaction(fx.t.deps, (tx) =>
    tx.db
      .insertInto('sessions')
      .values({
        id_hash: hashSecret(newSecret('fbs')),
        id,
        user_id: user.id,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
        last_seen_at: now.toISOString(),
        user_agent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
        client_address: '192.0.2.7',
      })
      .execute(),
  );
  return id;
}

export const SESSION_ROUTES: RouteCase[] = [
  { method: 'GET', route: `${api}/me/sessions`, access: 'signedIn', build: () => ({ url: `${api}/me/sessions` }) },
  {
    method: 'DELETE',
    route: `${api}/me/sessions`,
    access: 'signedIn',
    build: async (fx, as: TestUser) => {
      await sampleSession(fx, as);
      return { url: `${api}/me/sessions` };
    },
  },
  {
    method: 'DELETE',
    route: `${api}/me/sessions/:id`,
    access: 'signedIn',
    ok: 204,
    build: async (fx, as) => ({ url: `${api}/me/sessions/${await sampleSession(fx, as)}` }),
  },
  {
    method: 'GET',
    route: `${api}/users/:id/sessions`,
    name: 'own',
    access: 'signedIn',
    build: () => ({ url: `${api}/users/me/sessions` }),
  },
  {
    method: 'GET',
    route: `${api}/users/:id/sessions`,
    name: "someone else's",
    access: 'admin',
    build: (fx) => ({ url: `${api}/users/${fx.other.id}/sessions` }),
  },
  {
    method: 'DELETE',
    route: `${api}/users/:id/sessions`,
    name: "someone else's",
    access: 'admin',
    build: async (fx) => {
      await sampleSession(fx, fx.other);
      return { url: `${api}/users/${fx.other.id}/sessions` };
    },
  },
  {
    method: 'DELETE',
    route: `${api}/users/:id/sessions/:sessionId`,
    name: "someone else's",
    access: 'admin',
    ok: 204,
    build: async (fx) => ({ url: `${api}/users/${fx.other.id}/sessions/${await sampleSession(fx, fx.other)}` }),
  },
];

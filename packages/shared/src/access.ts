import { z } from 'zod';
import type { UserRole } from './vocab.ts';

/**
 * What an API token may do. `read`: any read or stream its owner may see, no writes. `responder` and
 * `admin`: what that role may do, never more than the owner's own role. `ingest`: only the routes
 * that declare `config: { scope: 'ingest' }` (declaring an incident, posting to its timeline).
 */
export const TOKEN_SCOPES = ['read', 'ingest', 'responder', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * The scope that matches a role: everything a person with that role may do. A viewer's is
 * `responder` capped by their role, i.e. what a viewer may do (read, and manage their own account).
 */
export const scopeOfRole = (role: UserRole): TokenScope => (role === 'admin' ? 'admin' : 'responder');

/** Scopes someone with this role may give a token (ingest is below responder, read below all). */
export const scopesForRole = (role: UserRole): TokenScope[] =>
  role === 'admin'
    ? ['read', 'ingest', 'responder', 'admin']
    : role === 'responder'
      ? ['read', 'ingest', 'responder']
      : ['read', 'responder'];

/** Longest expiry a token may be given (days); only admins may create tokens that never expire. */
export const MAX_TOKEN_DAYS = 365;

/** One signed-in browser session, as its owner (or an admin) sees it. Never carries the secret. */
export const SessionSchema = z.object({
  id: z.string().describe('An opaque identifier of the session (not its secret)'),
  createdAt: z.string(),
  lastSeenAt: z.string().describe('When the session was last used (updated at most every few minutes)'),
  expiresAt: z.string(),
  userAgent: z.string().nullable().describe('The browser that signed in, as it named itself'),
  address: z.string().nullable().describe('The client address last seen'),
  current: z.boolean().describe('The session this request was made with'),
});
export type SessionView = z.infer<typeof SessionSchema>;

export const EndedSessionsSchema = z.object({ ended: z.number().int().describe('How many sessions were ended') });

import { OIDC_CALLBACK_PATH } from '@firebreak/shared';
import * as client from 'openid-client';
import type { OidcConfig } from '../config.ts';
import type { Deps } from '../platform/context.ts';
import { transaction } from '../platform/context.ts';
import { hashSecret, newSecret } from '../platform/ids.ts';
import { type Claims, SsoFailure } from './ssoSignIn.ts';
import { countOidcLogins, insertOidcLogin, pruneOidcLogins, takeOidcLogin } from './store.ts';

/**
 * The relying-party side of OpenID Connect (openid-client): the authorization-code flow with PKCE
 * (S256), state and nonce. These calls to the provider happen while the person waits in the browser,
 * so they are made in the request, not as jobs, with a short timeout.
 */

/** How long a started sign-in may take at the provider (typing a password, a second factor). */
export const OIDC_LOGIN_TTL_MS = 10 * 60_000;
const DISCOVERY_TTL_MS = 60 * 60_000;
const TIMEOUT_SECONDS = 8;
/** Sign-ins under way at once (each is a row for 10 minutes): a bound on what unauthenticated starts can write. */
export const MAX_PENDING_OIDC_LOGINS = 20_000;

type Discovered = { config: client.Configuration; at: number };
const discovered = new WeakMap<OidcConfig, Discovered>();

/** The provider's metadata and keys, discovered once an hour (a failed discovery is not remembered). */
async function providerOf(oidc: OidcConfig): Promise<client.Configuration> {
  const hit = discovered.get(oidc);
  if (hit && performance.now() - hit.at < DISCOVERY_TTL_MS) return hit.config;
  const insecure = new URL(oidc.issuer).protocol === 'http:';
  try {
    const config = await client.discovery(
      new URL(oidc.issuer),
      oidc.clientId,
      oidc.clientSecret ?? undefined,
      oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
      // http:// issuers are for trying things out and tests on one machine; production uses https.
      { timeout: TIMEOUT_SECONDS, ...(insecure ? { execute: [client.allowInsecureRequests] } : {}) },
    );
    config.timeout = TIMEOUT_SECONDS;
    discovered.set(oidc, { config, at: performance.now() });
    return config;
  } catch (err) {
    throw new SsoFailure('provider_unavailable', `discovery of ${oidc.issuer} failed: ${(err as Error).message}`);
  }
}

export const redirectUri = (deps: Deps) => `${deps.config.publicUrl}/api/v1${OIDC_CALLBACK_PATH}`;

/** A path of the web app only (no scheme, no host, no `//`), so the callback can never redirect elsewhere. */
export function safeReturnPath(next: string | undefined): string {
  // A slash, then URL-safe characters only (no backslash, space or control character), never `//` or the API.
  if (!next || !/^\/(?!\/)[\w\-./~%?#=&+:@!$'()*,;]*$/.test(next) || next.startsWith('/api/')) return '/';
  return next;
}

/** Starts a sign-in: remembers verifier, state and nonce under a new browser secret; returns it and the provider URL. */
export async function startOidcLogin(deps: Deps, oidc: OidcConfig, next: string | undefined): Promise<{ secret: string; url: string }> {
  const config = await providerOf(oidc);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const secret = newSecret('fbo');
  const now = deps.clock.now();
  await transaction(deps, async (tx) => {
    await pruneOidcLogins(tx, now.toISOString());
    if ((await countOidcLogins(tx)) >= MAX_PENDING_OIDC_LOGINS) throw new SsoFailure('busy', 'too many sign-ins under way');
    await insertOidcLogin(tx, {
      id_hash: hashSecret(secret),
      state,
      nonce,
      code_verifier: codeVerifier,
      return_to: safeReturnPath(next),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + OIDC_LOGIN_TTL_MS).toISOString(),
    });
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(deps),
    scope: oidc.scopes,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { secret, url: url.href };
}

/**
 * Finishes a sign-in at the callback: the browser's secret must name a sign-in under way (used once),
 * the provider's answer must carry its state, the code is exchanged with the PKCE verifier, and the ID
 * token's signature, issuer, audience, expiry and nonce are checked. Returns the verified claims (ID
 * token, completed by the UserInfo endpoint when the provider has one) and where to return.
 */
export async function finishOidcLogin(
  deps: Deps,
  oidc: OidcConfig,
  secret: string | undefined,
  query: Record<string, string>,
): Promise<{ claims: Claims; returnTo: string }> {
  if (!secret) throw new SsoFailure('state_mismatch', 'no sign-in cookie');
  const pending = await transaction(deps, (tx) => takeOidcLogin(tx, hashSecret(secret), deps.clock.now().toISOString()));
  if (!pending) throw new SsoFailure('state_mismatch', 'unknown or expired sign-in');
  if (query.error) {
    throw new SsoFailure(
      query.error === 'access_denied' || query.error === 'consent_required' || query.error === 'login_required'
        ? 'denied'
        : 'provider_error',
      `provider answered ${query.error}: ${query.error_description ?? ''}`,
    );
  }
  if (query.state !== pending.state) throw new SsoFailure('state_mismatch', 'state differs');
  const config = await providerOf(oidc);
  const current = new URL(redirectUri(deps));
  for (const [k, v] of Object.entries(query)) current.searchParams.set(k, v);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: pending.code_verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
  } catch (err) {
    throw classify(err);
  }
  const idClaims = tokens.claims();
  if (!idClaims) throw new SsoFailure('invalid_token', 'no ID token');
  let claims: Claims = { ...idClaims };
  if (config.serverMetadata().userinfo_endpoint) {
    try {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      // The ID token's own claims (sub, iss, aud, nonce) win; UserInfo adds e-mail, name and groups.
      claims = { ...info, ...idClaims };
    } catch (err) {
      throw classify(err);
    }
  }
  return { claims, returnTo: pending.return_to };
}

/** Provider unreachable, provider refused, or the answer did not verify. */
function classify(err: unknown): SsoFailure {
  const message = (err as Error)?.message ?? String(err);
  if (err instanceof client.AuthorizationResponseError) {
    return new SsoFailure(err.error === 'access_denied' ? 'denied' : 'provider_error', message);
  }
  if (err instanceof client.ResponseBodyError || err instanceof client.WWWAuthenticateChallengeError) {
    return new SsoFailure('provider_error', message);
  }
  // fetch() failing (connection refused, DNS, timeout) is a TypeError or an abort.
  if (err instanceof TypeError || (err as Error)?.name === 'AbortError' || (err as Error)?.name === 'TimeoutError') {
    return new SsoFailure('provider_unavailable', message);
  }
  return new SsoFailure('invalid_token', message);
}

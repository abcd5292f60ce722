import { z } from 'zod';

/** Where single sign-on starts and ends (under /api/v1). */
export const OIDC_START_PATH = '/auth/oidc/start';
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

/** Which ways of signing in this installation offers (`GET /auth/methods`, before signing in). */
export const AuthMethodsSchema = z.object({
  password: z.boolean().describe('False when FIREBREAK_PASSWORD_LOGIN=off: POST /auth/login answers 403 password_login_disabled'),
  oidc: z
    .object({
      name: z.string().describe('The button label: "Sign in with <name>"'),
      startUrl: z.string().describe('Where the browser goes to sign in (a full-page navigation, not fetch)'),
    })
    .nullable()
    .describe('Single sign-on with OpenID Connect, or null when not configured'),
});
export type AuthMethods = z.infer<typeof AuthMethodsSchema>;

export const OidcStartQuery = z.object({
  next: z.string().max(2000).optional().describe('A path of the web app to return to after signing in (e.g. /incidents/INC-4)'),
});

/**
 * Why a single sign-on did not end in a session. The callback never answers an error page: it sends
 * the browser back to `/login?sso_error=<code>`, and the login page shows the message.
 */
export const SSO_ERRORS = {
  not_configured: 'Single sign-on is not set up on this server.',
  provider_unavailable: 'The sign-in provider could not be reached. Try again in a moment, or ask your administrator.',
  state_mismatch: 'That sign-in attempt expired or was started in another browser tab. Please sign in again.',
  denied: 'Sign-in was cancelled at the provider, or you did not allow Firebreak access.',
  provider_error: 'The sign-in provider refused the request. Ask your administrator to check the single sign-on settings.',
  invalid_token: 'The sign-in provider sent an identity that could not be verified. Please try again.',
  email_missing: 'The sign-in provider did not share your e-mail address; Firebreak needs it (scope "email").',
  email_unverified: 'Your e-mail address is not verified at the sign-in provider, so it cannot be linked to a Firebreak account.',
  account_disabled: 'Your Firebreak account is disabled. Ask an administrator to enable it.',
  busy: 'Too many sign-ins are under way right now. Please try again in a minute.',
  failed: 'Signing in failed. Please try again.',
} as const;
export type SsoError = keyof typeof SSO_ERRORS;
export const isSsoError = (code: unknown): code is SsoError => typeof code === 'string' && Object.hasOwn(SSO_ERRORS, code);

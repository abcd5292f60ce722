import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** What the test provider says about a person (ID token / UserInfo claims besides `sub`). */
export type TestAccount = { email?: string; email_verified?: boolean; name?: string; groups?: string[] };

export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by subject; change them between sign-ins (a group added at the provider). */
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
};

/**
 * A real OpenID Connect provider (oidc-provider) on a local port: discovery, JWKS, authorization with
 * its own login and consent pages (dev interactions: the login name is the subject), token and
 * UserInfo endpoints, PKCE required. One confidential client whose redirect URI is given (or asked for
 * at the first request: an e2e server learns the issuer before its own port is known to the provider).
 */
export async function startOidcProvider(redirectUri: string | (() => string)): Promise<TestOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccount>();
  const clientId = 'firebreak';
  const clientSecret = 'a-long-client-secret-for-the-test-provider';
  const make = () =>
    new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [typeof redirectUri === 'string' ? redirectUri : redirectUri()],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      pkce: { required: () => true },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
      scopes: ['openid', 'email', 'profile', 'groups'],
      cookies: { keys: ['test-provider-cookie-key-0123456789'] },
      features: { devInteractions: { enabled: true } },
      async findAccount(_ctx: unknown, sub: string) {
        const account = accounts.get(sub);
        if (!account) return undefined;
        return { accountId: sub, claims: async () => ({ sub, ...account }) };
      },
    });
  let handler: ((req: unknown, res: unknown) => void) | null = null;
  server.on('request', (req, res) => {
    if (!handler) {
      const provider = make();
      // oidc-provider reports interaction errors through its own event; keep test output quiet.
      provider.on('server_error', () => {});
      handler = provider.callback();
    }
    handler?.(req, res);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

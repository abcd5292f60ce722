import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';

/** The message loadConfig throws for an environment, or null when it is accepted. */
const failure = (env: Record<string, string>): string | null => {
  try {
    loadConfig(env);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
};

describe('configuration from FIREBREAK_* variables', () => {
  it('has sane defaults: loopback only, a data dir, SQLite in it, 1 MiB bodies', () => {
    const c = loadConfig({});
    expect(c).toEqual({
      port: 4400,
      host: '127.0.0.1',
      dataDir: resolve('./data'),
      database: join(resolve('./data'), 'firebreak.sqlite'),
      publicUrl: 'http://127.0.0.1:4400',
      logLevel: 'info',
      bodyLimit: 1024 * 1024,
      sessionDays: 14,
      tokenDays: 90,
      role: 'all',
      workerConcurrency: 8,
      jobLeaseMs: 65_000,
      smtpUrl: null,
      mailFrom: 'Firebreak <firebreak@localhost>',
      mailIn: null,
      trustProxy: [],
      maxConnectionsPerClient: 256,
      passwordLogin: true,
      oidc: null,
      auditRetentionDays: 365,
      webhooksAllowPrivate: false,
      embeddings: true,
      searchThread: true,
      secretKey: null,
      statusHost: null,
    });
  });

  it('reads FIREBREAK_STATUS_HOST as a host name, lower-cased, refusing URLs', () => {
    expect(loadConfig({ FIREBREAK_STATUS_HOST: 'Status.Example.com' }).statusHost).toBe('status.example.com');
    expect(loadConfig({ FIREBREAK_STATUS_HOST: 'status.test:8080' }).statusHost).toBe('status.test:8080');
    expect(() => loadConfig({ FIREBREAK_STATUS_HOST: 'https://status.example.com/' })).toThrow(
      /FIREBREAK_STATUS_HOST: must be a host name/,
    );
  });

  it('reads FIREBREAK_SECRET_KEY as 32 bytes of base64, refusing anything else in one line', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({ FIREBREAK_SECRET_KEY: key.toString('base64') }).secretKey).toEqual(key);
    expect(loadConfig({ FIREBREAK_SECRET_KEY: key.toString('base64url') }).secretKey).toEqual(key);
    for (const bad of ['short', Buffer.alloc(16).toString('base64'), `${key.toString('hex')}`, 'not base64 at all!!'])
      expect(failure({ FIREBREAK_SECRET_KEY: bad }), bad).toMatch(/^Invalid configuration: FIREBREAK_SECRET_KEY: must be 32 random bytes/);
  });

  it('trusts no proxy unless FIREBREAK_TRUST_PROXY lists addresses or CIDRs, refusing anything else in one line', () => {
    expect(loadConfig({ FIREBREAK_TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,::1,fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/2'])
      expect(failure({ FIREBREAK_TRUST_PROXY: bad }), bad).toMatch(
        /^Invalid configuration: FIREBREAK_TRUST_PROXY: must be a comma-separated list/,
      );
  });

  it('reads single sign-on settings, refusing wrong ones in one line', () => {
    const oidc = {
      FIREBREAK_OIDC_ISSUER: 'https://sso.example.com/realms/acme',
      FIREBREAK_OIDC_CLIENT_ID: 'firebreak',
      FIREBREAK_OIDC_CLIENT_SECRET: 's3cret',
    };
    expect(
      loadConfig({ ...oidc, FIREBREAK_OIDC_ROLE_MAP: 'sre=admin, on call = responder,', FIREBREAK_PASSWORD_LOGIN: 'off' }),
    ).toMatchObject({
      passwordLogin: false,
      oidc: {
        issuer: 'https://sso.example.com/realms/acme',
        clientId: 'firebreak',
        clientSecret: 's3cret',
        defaultRole: 'viewer',
        roleClaim: 'groups',
        roleMap: [
          ['sre', 'admin'],
          ['on call', 'responder'],
        ],
        scopes: 'openid email profile',
        name: 'single sign-on',
      },
    });
    expect(failure({ ...oidc, FIREBREAK_OIDC_ROLE_MAP: 'sre=root' })).toBe(
      'Invalid configuration: FIREBREAK_OIDC_ROLE_MAP: must be group=role pairs separated by commas, e.g. sre=admin,oncall=responder (roles: admin, responder, viewer)',
    );
    expect(failure({ ...oidc, FIREBREAK_OIDC_DEFAULT_ROLE: 'owner' })).toBe(
      'Invalid configuration: FIREBREAK_OIDC_DEFAULT_ROLE: must be admin, responder or viewer',
    );
    expect(failure({ ...oidc, FIREBREAK_OIDC_ISSUER: 'sso.example.com' })).toMatch(
      /^Invalid configuration: FIREBREAK_OIDC_ISSUER: must be the URL/,
    );
    expect(failure({ ...oidc, FIREBREAK_OIDC_SCOPES: 'email profile' })).toMatch(/^Invalid configuration: FIREBREAK_OIDC_SCOPES: .*openid/);
    expect(failure({ FIREBREAK_OIDC_ISSUER: oidc.FIREBREAK_OIDC_ISSUER })).toBe(
      'Invalid configuration: FIREBREAK_OIDC_CLIENT_ID: required when FIREBREAK_OIDC_ISSUER is set',
    );
    expect(failure({ FIREBREAK_PASSWORD_LOGIN: 'off' })).toMatch(
      /^Invalid configuration: FIREBREAK_PASSWORD_LOGIN: off needs single sign-on/,
    );
    expect(failure({ ...oidc, FIREBREAK_PASSWORD_LOGIN: 'no' })).toBe('Invalid configuration: FIREBREAK_PASSWORD_LOGIN: must be on or off');
  });

  it('runs search on a read thread unless FIREBREAK_SEARCH_THREAD is off, refusing anything but on or off', () => {
    expect(loadConfig({ FIREBREAK_SEARCH_THREAD: 'off' }).searchThread).toBe(false);
    expect(loadConfig({ FIREBREAK_SEARCH_THREAD: 'on' }).searchThread).toBe(true);
    expect(failure({ FIREBREAK_SEARCH_THREAD: 'yes' })).toBe('Invalid configuration: FIREBREAK_SEARCH_THREAD: must be on or off');
  });

  it('splits web and worker processes by FIREBREAK_ROLE, refusing anything else in one line', () => {
    expect(loadConfig({ FIREBREAK_ROLE: 'worker' }).role).toBe('worker');
    expect(failure({ FIREBREAK_ROLE: 'both' })).toBe('Invalid configuration: FIREBREAK_ROLE: must be all, web or worker');
  });

  it('runs the SMTP listener only when FIREBREAK_SMTP_LISTEN is set, with its limits and sender rules', () => {
    expect(loadConfig({ FIREBREAK_MAIL_ALLOWED_DOMAINS: 'example.com' }).mailIn).toBeNull();
    expect(loadConfig({ FIREBREAK_SMTP_LISTEN: '2525' }).mailIn).toEqual({
      host: '127.0.0.1',
      port: 2525,
      maxBytes: 10 * 1024 * 1024,
      allowedDomains: [],
      unknownSenders: 'drop',
      incidentTokens: 'optional',
    });
    expect(
      loadConfig({
        FIREBREAK_SMTP_LISTEN: '[::]:25',
        FIREBREAK_MAIL_MAX_BYTES: '1048576',
        FIREBREAK_MAIL_ALLOWED_DOMAINS: ' Example.com, @ops.example.org ,',
        FIREBREAK_MAIL_UNKNOWN_SENDERS: 'reply',
        FIREBREAK_MAIL_INCIDENT_TOKENS: 'required',
      }).mailIn,
    ).toEqual({
      host: '::',
      port: 25,
      maxBytes: 1048576,
      allowedDomains: ['example.com', 'ops.example.org'],
      unknownSenders: 'reply',
      incidentTokens: 'required',
    });
    expect(loadConfig({ FIREBREAK_SMTP_LISTEN: '0.0.0.0:2525' }).mailIn).toMatchObject({ host: '0.0.0.0', port: 2525 });
    expect(failure({ FIREBREAK_MAIL_UNKNOWN_SENDERS: 'bounce' })).toBe(
      'Invalid configuration: FIREBREAK_MAIL_UNKNOWN_SENDERS: must be drop or reply',
    );
  });

  it('treats an empty or blank variable as unset (not as port 0)', () => {
    expect(loadConfig({ FIREBREAK_PORT: '', FIREBREAK_LOG_LEVEL: ' ', FIREBREAK_DATABASE_URL: '', FIREBREAK_DATA_DIR: '' })).toEqual(
      loadConfig({}),
    );
  });

  it('derives the public URL from host and port, and keeps a given one without its trailing slash', () => {
    expect(loadConfig({ FIREBREAK_HOST: '0.0.0.0', FIREBREAK_PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ FIREBREAK_PUBLIC_URL: 'https://firebreak.example.com/' }).publicUrl).toBe('https://firebreak.example.com');
  });

  it('reads the database from FIREBREAK_DATABASE_URL: PostgreSQL as is, SQLite files as absolute paths', () => {
    expect(loadConfig({ FIREBREAK_DATABASE_URL: 'postgres://u:p@db:5432/fb' }).database).toBe('postgres://u:p@db:5432/fb');
    expect(loadConfig({ FIREBREAK_DATABASE_URL: 'postgresql://db/fb' }).database).toBe('postgresql://db/fb');
    expect(loadConfig({ FIREBREAK_DATABASE_URL: 'sqlite:./x/fb.sqlite' }).database).toBe(resolve('./x/fb.sqlite'));
    expect(loadConfig({ FIREBREAK_DATABASE_URL: 'file:///var/lib/fb.sqlite' }).database).toBe('/var/lib/fb.sqlite');
  });

  const wrong: [string, string][] = [
    ['FIREBREAK_PORT', 'abc'],
    ['FIREBREAK_PORT', '70000'],
    ['FIREBREAK_PORT', '-1'],
    ['FIREBREAK_PORT', '80.5'],
    ['FIREBREAK_PORT', '4400abc'],
    ['FIREBREAK_DATABASE_URL', 'mysql://db/fb'],
    ['FIREBREAK_DATABASE_URL', 'localhost:5432/fb'],
    ['FIREBREAK_DATABASE_URL', 'postgres//db/fb'],
    ['FIREBREAK_DATABASE_URL', 'sqlite:'],
    ['FIREBREAK_DATABASE_URL', 'file://'],
    ['FIREBREAK_LOG_LEVEL', 'verbose'],
    ['FIREBREAK_LOG_LEVEL', 'INFO\nFIREBREAK_PORT=1'],
    ['FIREBREAK_BODY_LIMIT', '1kb'],
    ['FIREBREAK_SESSION_DAYS', '0'],
    ['FIREBREAK_PUBLIC_URL', 'not a url'],
    ['FIREBREAK_SMTP_LISTEN', 'smtp://0.0.0.0:25'],
    ['FIREBREAK_SMTP_LISTEN', '99999'],
    ['FIREBREAK_SMTP_LISTEN', 'host:25\nX'],
    ['FIREBREAK_MAIL_MAX_BYTES', '10MB'],
    ['FIREBREAK_MAIL_MAX_BYTES', '100'],
    ['FIREBREAK_MAIL_ALLOWED_DOMAINS', 'example'],
    ['FIREBREAK_MAIL_ALLOWED_DOMAINS', '*.example.com'],
    ['FIREBREAK_MAIL_INCIDENT_TOKENS', 'yes'],
  ];
  it.each(wrong)('%s=%j is one line naming the variable', (name, value) => {
    const message = failure({ [name]: value });
    expect(message).not.toBeNull();
    expect(message).toMatch(new RegExp(`^Invalid configuration: ${name}: \\S`));
    expect(message).not.toContain('\n');
  });

  it('names the first wrong variable when several are wrong', () => {
    expect(failure({ FIREBREAK_PORT: 'x', FIREBREAK_LOG_LEVEL: 'loud' })).toMatch(/FIREBREAK_PORT/);
  });

  it('stops `firebreak serve` with that one line and exit code 2, before touching a database', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-config-'));
    const main = resolve(import.meta.dirname, '../main.ts');
    const r = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, FIREBREAK_DATA_DIR: dataDir, FIREBREAK_LOG_LEVEL: 'chatty' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status, r.stderr).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: FIREBREAK_LOG_LEVEL: /);
    expect(r.stdout).toBe('');
    expect(readdirSync(dataDir)).toEqual([]); // no database file was created
  });
});

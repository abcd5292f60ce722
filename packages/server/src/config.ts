import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { USER_ROLES, type UserRole } from '@firebreak/shared';
import { z } from 'zod';

const Schema = z.object({
  FIREBREAK_PORT: z.coerce.number().int().min(0).max(65535).default(4400),
  FIREBREAK_HOST: z.string().min(1).default('127.0.0.1'),
  FIREBREAK_DATA_DIR: z.string().min(1).default('./data'),
  FIREBREAK_DATABASE_URL: z
    .string()
    .regex(
      /^(postgres(ql)?:\/\/|(file|sqlite):(?!(\/\/)?$))/,
      'must be postgres://…, postgresql://…, or file: or sqlite: followed by a path',
    )
    .optional(),
  FIREBREAK_PUBLIC_URL: z.url().optional(),
  FIREBREAK_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FIREBREAK_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  FIREBREAK_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  FIREBREAK_TOKEN_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  FIREBREAK_ROLE: z.enum(['all', 'web', 'worker'], { message: 'must be all, web or worker' }).default('all'),
  FIREBREAK_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  FIREBREAK_JOB_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(65),
  FIREBREAK_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be smtp://user:pass@host:port or smtps://…')
    .optional(),
  FIREBREAK_MAIL_FROM: z.string().min(3).default('Firebreak <firebreak@localhost>'),
  FIREBREAK_SMTP_LISTEN: z
    .string()
    .regex(/^(?:(\[[0-9a-fA-F:.]+\]|[\w.-]+):)?\d{1,5}$/, 'must be a port (2525) or host:port (0.0.0.0:25, [::]:25)')
    .refine((v) => Number(v.slice(v.lastIndexOf(':') + 1)) <= 65535, 'the port must be at most 65535')
    .optional(),
  FIREBREAK_MAIL_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(16 * 1024)
    .max(50 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  FIREBREAK_MAIL_ALLOWED_DOMAINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
        .filter(Boolean),
    )
    .refine((list) => list.every((d) => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(d)), {
      message: 'must be a comma-separated list of domains, e.g. example.com,example.org',
    })
    .optional(),
  FIREBREAK_MAIL_UNKNOWN_SENDERS: z.enum(['drop', 'reply'], { message: 'must be drop or reply' }).default('drop'),
  FIREBREAK_MAIL_INCIDENT_TOKENS: z.enum(['optional', 'required'], { message: 'must be optional or required' }).default('optional'),
  FIREBREAK_MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(0).max(1_000_000).default(256),
  FIREBREAK_TRUST_PROXY: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every(isProxyAddress), {
      message:
        'must be a comma-separated list of proxy addresses or CIDRs (e.g. 10.0.0.5,192.168.0.0/16,::1), or loopback/linklocal/uniquelocal',
    })
    .optional(),
  FIREBREAK_PASSWORD_LOGIN: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  FIREBREAK_OIDC_ISSUER: z
    .url({ protocol: /^https?$/, message: 'must be the URL of the OpenID Connect issuer, e.g. https://sso.example.com/realms/acme' })
    .optional(),
  FIREBREAK_OIDC_CLIENT_ID: z.string().min(1).max(500).optional(),
  FIREBREAK_OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  FIREBREAK_OIDC_DEFAULT_ROLE: z.enum(USER_ROLES, { message: 'must be admin, responder or viewer' }).default('viewer'),
  FIREBREAK_OIDC_ROLE_CLAIM: z
    .string()
    .regex(/^[\w.:/-]{1,200}$/, 'must be a claim name such as groups (letters, digits, . : / - _)')
    .default('groups'),
  FIREBREAK_OIDC_ROLE_MAP: z
    .string()
    .regex(
      /^\s*[^=,]+=\s*(admin|responder|viewer)\s*(,\s*[^=,]+=\s*(admin|responder|viewer)\s*)*,?\s*$/,
      'must be group=role pairs separated by commas, e.g. sre=admin,oncall=responder (roles: admin, responder, viewer)',
    )
    .optional(),
  FIREBREAK_OIDC_SCOPES: z
    .string()
    .regex(/^(?=.*\bopenid\b)[\w.:/ -]{6,500}$/, 'must be space-separated scopes including openid, e.g. openid email profile groups')
    .default('openid email profile'),
  FIREBREAK_OIDC_NAME: z.string().min(1).max(60).default('single sign-on'),
  FIREBREAK_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
  FIREBREAK_WEBHOOKS_ALLOW_PRIVATE: z.enum(['on', 'off'], { message: 'must be on or off' }).default('off'),
  FIREBREAK_EMBEDDINGS: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  FIREBREAK_SEARCH_THREAD: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  FIREBREAK_STATUS_HOST: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/,
      'must be a host name (optionally with :port), e.g. status.example.com',
    )
    .optional(),
  FIREBREAK_SECRET_KEY: z
    .string()
    .trim()
    .refine((v) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32, {
      message: 'must be 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`',
    })
    .optional(),
});

/** Single sign-on with OpenID Connect; null when FIREBREAK_OIDC_ISSUER is unset. */
export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  defaultRole: UserRole;
  roleClaim: string;
  /** Group (a value of the role claim) → role, in the order configured. Empty: roles are not managed by the provider. */
  roleMap: [string, UserRole][];
  /** Requested at the provider (space-separated); add `groups` where the provider needs it for the role claim (Okta). */
  scopes: string;
  /** The button label: "Sign in with <name>". */
  name: string;
};

/** The built-in SMTP listener (docs/email-in.md). */
export type MailInConfig = {
  host: string;
  port: number;
  /** Larger messages are refused with 552 while they arrive. */
  maxBytes: number;
  /** Sender domains whose mail is read (lower case); empty: only people with an account. */
  allowedDomains: string[];
  /** What a sender without the right to write gets: nothing (`drop`), or a reply saying why (`reply`). */
  unknownSenders: 'drop' | 'reply';
  /** `required`: a comment needs the incident's secret address or a reply to Firebreak's mail, not just INC-42. */
  incidentTokens: 'optional' | 'required';
};

/** One entry of FIREBREAK_TRUST_PROXY: an IP address, an address/prefix, or one of proxy-addr's named ranges. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [addr, prefix, ...rest] = entry.split('/');
  const version = isIP(addr);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… URL, or the path of the SQLite file. */
  database: string;
  publicUrl: string;
  logLevel: string;
  bodyLimit: number;
  sessionDays: number;
  /** Days a new API token lasts unless its creator picks another expiry. */
  tokenDays: number;
  /** What this process runs: the HTTP server (`web`), the job worker (`worker`), or both (`all`). */
  role: 'all' | 'web' | 'worker';
  workerConcurrency: number;
  jobLeaseMs: number;
  /** Outbound mail server (smtp:// or smtps:// URL); unset: mail is written to `<dataDir>/outbox/` as .eml files. */
  smtpUrl: string | null;
  /** The From of every e-mail Firebreak sends; its domain names Firebreak's Message-IDs and addresses. */
  mailFrom: string;
  /** E-mail in (docs/email-in.md); null when FIREBREAK_SMTP_LISTEN is unset (no listener). */
  mailIn: MailInConfig | null;
  /**
   * Proxies whose X-Forwarded-For / -Proto / -Host are believed (addresses or CIDRs). Empty: none —
   * the client address is the TCP peer, so a client cannot choose its own address for throttling.
   */
  trustProxy: string[];
  /** Open connections one client address may hold at once (0: no cap); trusted proxies are exempt. */
  maxConnectionsPerClient: number;
  /** False when FIREBREAK_PASSWORD_LOGIN=off: only single sign-on (and the first-run setup link) signs people in. */
  passwordLogin: boolean;
  oidc: OidcConfig | null;
  /** Audit log entries older than this many days are deleted by the `audit.retention` job. */
  auditRetentionDays: number;
  /**
   * Whether webhook and chat destinations may point at loopback, private, link-local or other
   * non-public addresses (FIREBREAK_WEBHOOKS_ALLOW_PRIVATE=on). Off by default: an admin's URL must
   * not reach the metadata service or the database next to Firebreak.
   */
  webhooksAllowPrivate: boolean;
  /**
   * Whether similar incidents use the sentence encoder (FIREBREAK_EMBEDDINGS, default on; ~200 MB of
   * memory once loaded). Off: similarity is lexical (TF-IDF) and by service only; see docs/learning.md.
   */
  embeddings: boolean;
  /**
   * Whether search's heavy reads on SQLite run on a read-only connection in a worker thread
   * (FIREBREAK_SEARCH_THREAD, default on), keeping the event loop free meanwhile; see docs/search.md.
   */
  searchThread: boolean;
  /**
   * FIREBREAK_SECRET_KEY: the key stored credentials (tracker tokens) are encrypted with, the same on
   * every instance of a fleet. Unset: on SQLite a key in `<dataDir>/secrets/`; on PostgreSQL storing
   * credentials is refused (`platform/secrets.ts#credentialKey`).
   */
  secretKey: Buffer | null;
  /**
   * FIREBREAK_STATUS_HOST: a host name of its own for the public status page (docs/status-page.md).
   * Requests with this Host get the page at `/` and nothing else of the app; null: only `/status`.
   */
  statusHost: string | null;
};

/** Reads FIREBREAK_* variables; a wrong value throws one line naming the variable and the reason. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (FIREBREAK_PORT= in a compose file) means "unset", not 0 or "".
  const parsed = Schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v?.trim())));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.FIREBREAK_OIDC_ISSUER && !e.FIREBREAK_OIDC_CLIENT_ID) {
    throw new Error('Invalid configuration: FIREBREAK_OIDC_CLIENT_ID: required when FIREBREAK_OIDC_ISSUER is set');
  }
  if (!e.FIREBREAK_OIDC_ISSUER && (e.FIREBREAK_OIDC_CLIENT_ID || e.FIREBREAK_OIDC_ROLE_MAP)) {
    throw new Error('Invalid configuration: FIREBREAK_OIDC_ISSUER: required when other FIREBREAK_OIDC_* variables are set');
  }
  if (e.FIREBREAK_PASSWORD_LOGIN === 'off' && !e.FIREBREAK_OIDC_ISSUER) {
    throw new Error(
      'Invalid configuration: FIREBREAK_PASSWORD_LOGIN: off needs single sign-on (FIREBREAK_OIDC_ISSUER), or nobody could sign in',
    );
  }
  const dataDir = resolve(e.FIREBREAK_DATA_DIR);
  let database = resolve(dataDir, 'firebreak.sqlite');
  const url = e.FIREBREAK_DATABASE_URL;
  if (url?.startsWith('postgres')) database = url;
  else if (url) database = resolve(url.replace(/^(file|sqlite):(\/\/)?/, ''));
  return {
    port: e.FIREBREAK_PORT,
    host: e.FIREBREAK_HOST,
    dataDir,
    database,
    publicUrl: (
      e.FIREBREAK_PUBLIC_URL ?? `http://${e.FIREBREAK_HOST === '0.0.0.0' ? 'localhost' : e.FIREBREAK_HOST}:${e.FIREBREAK_PORT}`
    ).replace(/\/$/, ''),
    logLevel: e.FIREBREAK_LOG_LEVEL,
    bodyLimit: e.FIREBREAK_BODY_LIMIT,
    sessionDays: e.FIREBREAK_SESSION_DAYS,
    tokenDays: e.FIREBREAK_TOKEN_DAYS,
    role: e.FIREBREAK_ROLE,
    workerConcurrency: e.FIREBREAK_WORKER_CONCURRENCY,
    jobLeaseMs: e.FIREBREAK_JOB_LEASE_SECONDS * 1000,
    smtpUrl: e.FIREBREAK_SMTP_URL ?? null,
    mailFrom: e.FIREBREAK_MAIL_FROM,
    mailIn: e.FIREBREAK_SMTP_LISTEN
      ? {
          ...parseListen(e.FIREBREAK_SMTP_LISTEN),
          maxBytes: e.FIREBREAK_MAIL_MAX_BYTES,
          allowedDomains: e.FIREBREAK_MAIL_ALLOWED_DOMAINS ?? [],
          unknownSenders: e.FIREBREAK_MAIL_UNKNOWN_SENDERS,
          incidentTokens: e.FIREBREAK_MAIL_INCIDENT_TOKENS,
        }
      : null,
    trustProxy: e.FIREBREAK_TRUST_PROXY ?? [],
    maxConnectionsPerClient: e.FIREBREAK_MAX_CONNECTIONS_PER_CLIENT,
    passwordLogin: e.FIREBREAK_PASSWORD_LOGIN === 'on',
    oidc: e.FIREBREAK_OIDC_ISSUER
      ? {
          issuer: e.FIREBREAK_OIDC_ISSUER,
          clientId: e.FIREBREAK_OIDC_CLIENT_ID as string,
          clientSecret: e.FIREBREAK_OIDC_CLIENT_SECRET ?? null,
          defaultRole: e.FIREBREAK_OIDC_DEFAULT_ROLE,
          roleClaim: e.FIREBREAK_OIDC_ROLE_CLAIM,
          roleMap: parseRoleMap(e.FIREBREAK_OIDC_ROLE_MAP ?? ''),
          scopes: e.FIREBREAK_OIDC_SCOPES.trim().replace(/\s+/g, ' '),
          name: e.FIREBREAK_OIDC_NAME,
        }
      : null,
    auditRetentionDays: e.FIREBREAK_AUDIT_RETENTION_DAYS,
    webhooksAllowPrivate: e.FIREBREAK_WEBHOOKS_ALLOW_PRIVATE === 'on',
    embeddings: e.FIREBREAK_EMBEDDINGS === 'on',
    searchThread: e.FIREBREAK_SEARCH_THREAD === 'on',
    secretKey: e.FIREBREAK_SECRET_KEY ? Buffer.from(e.FIREBREAK_SECRET_KEY, 'base64') : null,
    statusHost: e.FIREBREAK_STATUS_HOST ?? null,
  };
}

/** `2525` → 127.0.0.1:2525 (like FIREBREAK_HOST's default); `0.0.0.0:25`; `[::]:25` → host `::`. */
function parseListen(text: string): { host: string; port: number } {
  const at = text.lastIndexOf(':');
  if (at < 0) return { host: '127.0.0.1', port: Number(text) };
  return { host: text.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(text.slice(at + 1)) };
}

/** `sre=admin, oncall=responder` → [['sre','admin'], ['oncall','responder']] (already validated). */
function parseRoleMap(text: string): [string, UserRole][] {
  return text
    .split(',')
    .map((pair) => pair.split('=').map((s) => s.trim()))
    .filter(([group, role]) => group && role)
    .map(([group, role]) => [group, role as UserRole]);
}

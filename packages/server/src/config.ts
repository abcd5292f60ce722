import { resolve } from 'node:path';
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
  FIREBREAK_ROLE: z.enum(['all', 'web', 'worker'], { message: 'must be all, web or worker' }).default('all'),
  FIREBREAK_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  FIREBREAK_JOB_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(65),
  FIREBREAK_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be smtp://user:pass@host:port or smtps://…')
    .optional(),
  FIREBREAK_MAIL_FROM: z.string().min(3).default('Firebreak <firebreak@localhost>'),
  FIREBREAK_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
});

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
  /** What this process runs: the HTTP server (`web`), the job worker (`worker`), or both (`all`). */
  role: 'all' | 'web' | 'worker';
  workerConcurrency: number;
  jobLeaseMs: number;
  /** Outbound mail server (smtp:// or smtps:// URL); unset: mail is written to `<dataDir>/outbox/` as .eml files. */
  smtpUrl: string | null;
  /** The From of every e-mail Firebreak sends; its domain names Firebreak's Message-IDs and addresses. */
  mailFrom: string;
  /** Audit log entries older than this many days are deleted by the `audit.retention` job. */
  auditRetentionDays: number;
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
    role: e.FIREBREAK_ROLE,
    workerConcurrency: e.FIREBREAK_WORKER_CONCURRENCY,
    jobLeaseMs: e.FIREBREAK_JOB_LEASE_SECONDS * 1000,
    smtpUrl: e.FIREBREAK_SMTP_URL ?? null,
    mailFrom: e.FIREBREAK_MAIL_FROM,
    auditRetentionDays: e.FIREBREAK_AUDIT_RETENTION_DAYS,
  };
}

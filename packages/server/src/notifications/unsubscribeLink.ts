import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';

const secrets = new Map<string, Buffer>();

/**
 * The key that signs unsubscribe links. Kept in the data directory (like the retrospective answer
 * key), created once with mode 0600; concurrent first uses agree through an atomic link.
 */
function unsubscribeSecret(config: Pick<Config, 'dataDir'>): Buffer {
  const cached = secrets.get(config.dataDir);
  if (cached) return cached;
  const dir = join(config.dataDir, 'secrets');
  const file = join(dir, 'unsubscribe-key');
  let secret: Buffer;
  try {
    secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  } catch {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(tmp, randomBytes(32).toString('base64url'), { mode: 0o600 });
    try {
      linkSync(tmp, file);
    } catch {
      // Someone else created it first: theirs wins.
    } finally {
      rmSync(tmp, { force: true });
    }
    try {
      chmodSync(file, 0o600);
    } catch {
      // Not ours to change.
    }
    secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  }
  if (secret.length < 16) throw new Error(`The unsubscribe key in ${file} is damaged; remove it to create a new one`);
  secrets.set(config.dataDir, secret);
  return secret;
}

const mac = (config: Pick<Config, 'dataDir'>, email: string) =>
  createHmac('sha256', unsubscribeSecret(config)).update(`unsubscribe\0${email}`).digest('base64url');

/** `<address>.<signature>`, both base64url: the link needs no sign-in and cannot be made for another address. */
export function unsubscribeToken(config: Pick<Config, 'dataDir'>, email: string): string {
  const e = email.toLowerCase();
  return `${Buffer.from(e).toString('base64url')}.${mac(config, e)}`;
}

/** The address a token was made for, or null when it was not signed by us. */
export function verifyUnsubscribeToken(config: Pick<Config, 'dataDir'>, token: string): string | null {
  const m = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const email = Buffer.from(m[1], 'base64url').toString('utf8');
  const want = Buffer.from(mac(config, email));
  const got = Buffer.from(m[2]);
  return want.length === got.length && timingSafeEqual(want, got) ? email : null;
}

export const unsubscribeUrl = (config: Pick<Config, 'dataDir' | 'publicUrl'>, email: string) =>
  `${config.publicUrl.replace(/\/$/, '')}/api/v1/unsubscribe/${unsubscribeToken(config, email)}`;

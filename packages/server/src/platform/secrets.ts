import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';

const cache = new Map<string, Buffer>();

/**
 * A secret kept in a file of the data directory's `secrets/` (not in the database, so a dump alone
 * does not carry it): created on first use (32 random bytes, mode 0600); concurrent first uses,
 * in this process or another, agree through an atomic link. `what` names it in the error a damaged
 * file gives.
 */
export function dataDirSecret(config: Pick<Config, 'dataDir'>, fileName: string, what: string): Buffer {
  const dir = join(config.dataDir, 'secrets');
  const file = join(dir, fileName);
  const cached = cache.get(file);
  if (cached) return cached;
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
      // Not ours to change; it was created 0600 by whoever won.
    }
    secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
  }
  if (secret.length < 16) throw new Error(`The ${what} in ${file} is damaged; remove it to create a new one`);
  cache.set(file, secret);
  return secret;
}

/** Thrown when credentials must be stored or read but no fleet-wide key is configured (PostgreSQL). */
export class SecretKeyMissing extends Error {}

/**
 * The key credentials kept in the database (tracker tokens, webhook secrets) are encrypted with.
 * FIREBREAK_SECRET_KEY when set: every instance of a fleet must decrypt what another stored. Without
 * it, SQLite (one process, one data directory) uses `<dataDir>/secrets/credentials-key`; PostgreSQL
 * refuses, since each instance of a fleet has its own data directory and would make its own key.
 * Moving from SQLite to PostgreSQL: put that file's content into FIREBREAK_SECRET_KEY.
 */
export function credentialKey(config: Pick<Config, 'dataDir' | 'secretKey'>, dialect: 'sqlite' | 'postgres'): Buffer {
  if (config.secretKey) return config.secretKey;
  if (dialect === 'postgres')
    throw new SecretKeyMissing(
      'Storing credentials on PostgreSQL needs FIREBREAK_SECRET_KEY (32 random bytes in base64, the same on every instance): `openssl rand -base64 32`',
    );
  return dataDirSecret(config, 'credentials-key', 'credentials key');
}

const keyId = (key: Buffer) => createHash('sha256').update(key).digest('base64url').slice(0, 8);

/**
 * Encrypts a credential with AES-256-GCM: `v1.<key id>.<iv>.<ciphertext>.<tag>` (base64url parts).
 * `context` (e.g. the connection id) is bound as additional data, so a value copied to another row
 * does not decrypt there. The key id tells a wrong key apart from damaged data.
 */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', keyId(key), iv.toString('base64url'), ct.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

/** Decrypts what `seal` made; throws a message without the value when the key or context does not fit. */
export function unseal(key: Buffer, sealed: string, context: string): string {
  const [v, kid, iv, ct, tag] = sealed.split('.');
  if (v !== 'v1' || !tag) throw new Error('A stored credential is damaged');
  if (kid !== keyId(key)) throw new Error('A stored credential was encrypted with another FIREBREAK_SECRET_KEY');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}

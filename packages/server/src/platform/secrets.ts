import { randomBytes } from 'node:crypto';
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

import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config.ts';

const secrets = new Map<string, Buffer>();

/**
 * The secret behind answer author keys. It lives in the data directory, not in the database, so a
 * database dump alone cannot tell who wrote an anonymous answer (with only a handful of users, a
 * secret stored next to the rows could simply be tried against each of them).
 * Created once (0600); concurrent first uses agree through an atomic link.
 */
export function answerSecret(config: Pick<Config, 'dataDir'>): Buffer {
  const cached = secrets.get(config.dataDir);
  if (cached) return cached;
  const dir = join(config.dataDir, 'secrets');
  const file = join(dir, 'retro-answer-key');
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
  if (secret.length < 16) throw new Error(`The retrospective answer key in ${file} is damaged; remove it to create a new one`);
  secrets.set(config.dataDir, secret);
  return secret;
}

/** The author key of a person's answer to one retrospective: stable for them, opaque to everyone else. */
export function authorKey(config: Pick<Config, 'dataDir'>, retroId: string, userId: string): string {
  return createHmac('sha256', answerSecret(config)).update(`retro-answer\0${retroId}\0${userId}`).digest('hex');
}

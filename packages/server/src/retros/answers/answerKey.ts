import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { dataDirSecret } from '../../platform/secrets.ts';

/** The answer key file inside a secrets directory (`<data dir>/secrets/`, or a backup's copy of it). */
export const ANSWER_KEY_FILE = 'retro-answer-key';

/**
 * The secret behind answer author keys. It lives in the data directory, not in the database, so a
 * database dump alone cannot tell who wrote an anonymous answer (with only a handful of users, a
 * secret stored next to the rows could simply be tried against each of them).
 */
export const answerSecret = (config: Pick<Config, 'dataDir'>): Buffer => dataDirSecret(config, ANSWER_KEY_FILE, 'retrospective answer key');

const keyFor = (secret: Buffer, retroId: string, userId: string) =>
  createHmac('sha256', secret).update(`retro-answer\0${retroId}\0${userId}`).digest('hex');

/** The author key of a person's answer to one retrospective: stable for them, opaque to everyone else. */
export function authorKey(config: Pick<Config, 'dataDir'>, retroId: string, userId: string): string {
  return keyFor(answerSecret(config), retroId, userId);
}

/** Reads the answer key kept in a secrets directory without creating one: null when there is none. */
export function readAnswerSecret(secretsDir: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(join(secretsDir, ANSWER_KEY_FILE), 'utf8');
  } catch {
    return null;
  }
  const secret = Buffer.from(text.trim(), 'base64url');
  return secret.length >= 16 ? secret : null;
}

/**
 * Whether a key is the one the stored answers were written with, without storing anything about the
 * key next to them: each answer's author key is the HMAC of its retrospective and its author, so
 * with the right key some user's HMAC equals it, with any other key none does. Answers whose author
 * has since been deleted match nobody, so one match among the first answers looked at is enough.
 * `none`: there are no answers, any key (or a new one) will do.
 */
export function answerKeyFits(
  secret: Buffer | null,
  answers: { retro_id: string; author_key: string }[],
  userIds: string[],
): 'none' | 'fits' | 'mismatch' {
  if (answers.length === 0) return 'none';
  if (!secret) return 'mismatch';
  for (const a of answers.slice(0, 50)) {
    for (const uid of userIds) {
      if (keyFor(secret, a.retro_id, uid) === a.author_key) return 'fits';
    }
  }
  return 'mismatch';
}

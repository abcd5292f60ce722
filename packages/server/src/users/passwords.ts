import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;
const PARAMS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** scrypt with a random salt; the stored string carries its parameters. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, 32, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Key derivations done (tests check that every sign-in attempt costs one, known e-mail or not). */
export const passwordStats = { derivations: 0 };

/** Stands in for a missing or unusable hash, so checking costs the same whether the account exists or not. */
const DUMMY = `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(32).toString('base64url')}`;

/**
 * Checks a password against a stored hash. An unknown account (no hash) or an unusable hash still
 * costs one scrypt with the current parameters: the answer's timing does not tell whether an e-mail
 * has an account.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  const usable = parts.length === 6 && parts[0] === 'scrypt' && !!parts[4] && !!parts[5];
  const [, n, r, p, salt, key] = (usable ? (stored as string) : DUMMY).split('$');
  const expected = Buffer.from(key, 'base64url');
  passwordStats.derivations++;
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return usable && actual.length === expected.length && timingSafeEqual(actual, expected);
}

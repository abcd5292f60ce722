import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Random opaque id for rows. */
export const newId = (): string => randomUUID();

/** A high-entropy secret for tokens and links, with a recognisable prefix. */
export const newSecret = (prefix: string): string => `${prefix}_${randomBytes(32).toString('base64url')}`;

/** Secrets are stored only as their SHA-256 (they are random, so no salt or slow hash is needed). */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

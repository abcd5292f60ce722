import { hash, randomBytes, randomUUID, randomUUIDv7 } from 'node:crypto';

/** Random opaque id for rows. */
export const newId = (): string => randomUUID();

/**
 * Random opaque id that starts with the time (UUIDv7), for rows written thousands a second (alerts):
 * new ids land at the end of the primary-key index instead of on a random page of it, so a group
 * commit writes a few index pages instead of one per row.
 */
export const newTimeOrderedId = (): string => randomUUIDv7();

/** A high-entropy secret for tokens and links, with a recognisable prefix. */
export const newSecret = (prefix: string): string => `${prefix}_${randomBytes(32).toString('base64url')}`;

/**
 * Secrets are stored only as their SHA-256 (they are random, so no salt or slow hash is needed).
 * The one-shot `crypto.hash` (hex): half the time of a Hash object, and the ingest routes hash
 * their integration key on every request.
 */
export const hashSecret = (secret: string): string => hash('sha256', secret);

import { createHash } from 'node:crypto';
import { constants, gzipSync } from 'node:zlib';

/**
 * A public answer kept per snapshot as bytes with a strong ETag, and its gzip variant made once, the
 * first time a client that accepts gzip asks (never per request). A status page is read hardest during
 * an outage, mostly by browsers: the HTML page (90 daily bars per component) shrinks about tenfold.
 */
export type Encoded = { body: Buffer; etag: string; gzip?: { body: Buffer; etag: string } | null };

export function encoded(body: Buffer): Encoded {
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/** Whether an Accept-Encoding header accepts gzip (or anything), with a q-value above 0. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (!header) return false;
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name.trim() !== 'gzip' && name.trim() !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (!q || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

const MIN_GZIP_BYTES = 1024;

/** The representation for this request, and whether it is gzipped (the ETag differs per representation). */
export function pick(e: Encoded, acceptEncoding: string | string[] | undefined): { body: Buffer; etag: string; gzip: boolean } {
  if (e.body.length < MIN_GZIP_BYTES || !acceptsGzip(acceptEncoding)) return { body: e.body, etag: e.etag, gzip: false };
  if (e.gzip === undefined) {
    const body = gzipSync(e.body, { level: constants.Z_BEST_COMPRESSION });
    e.gzip = body.length < e.body.length ? { body, etag: `${e.etag.slice(0, -1)}-gz"` } : null;
  }
  return e.gzip ? { ...e.gzip, gzip: true } : { body: e.body, etag: e.etag, gzip: false };
}

/** If-None-Match (one tag, a list, or weak forms of ours) names this ETag. */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch === etag || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

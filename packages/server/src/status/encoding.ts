import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One representation of a public answer: its bytes, its strong ETag, and its Content-Encoding (null: none). */
export type Sent = { body: Buffer; etag: string; encoding: Coding | null };
export type Coding = 'br' | 'gzip';

/**
 * A public answer kept per snapshot as bytes with a strong ETag, and its brotli and gzip variants,
 * each made once, the first time a client that accepts it asks (never per request; null when it would
 * not be smaller). A status page is read hardest during an outage, mostly by browsers.
 */
export type Encoded = { body: Buffer; etag: string; identity: Sent; br?: Sent | null; gzip?: Sent | null };

export function encoded(body: Buffer): Encoded {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, etag, identity: { body, etag, encoding: null } };
}

/** Whether an Accept-Encoding header accepts the coding (by name, or `*`), with a q-value above 0. */
export function accepts(header: string | string[] | undefined, coding: Coding): boolean {
  if (!header) return false;
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name.trim() !== coding && name.trim() !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (!q || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

export const acceptsGzip = (header: string | string[] | undefined): boolean => accepts(header, 'gzip');

/**
 * What an Accept-Encoding header accepts, read once per distinct header: browsers send the same few
 * strings on every request (bounded, so odd headers cannot grow it).
 */
const seen = new Map<string, { br: boolean; gzip: boolean }>();
function accepted(header: string | string[]): { br: boolean; gzip: boolean } {
  const key = String(header);
  let a = seen.get(key);
  if (!a) {
    if (seen.size >= 64) seen.clear();
    a = { br: accepts(key, 'br'), gzip: accepts(key, 'gzip') };
    seen.set(key, a);
  }
  return a;
}

const MIN_COMPRESS_BYTES = 1024;
/** Brotli at quality 6: within a few per cent of gzip -9's time on a page, about an eighth smaller. */
const brotli = (size: number) => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 6,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});

function variant(e: Encoded, coding: Coding): Sent | null {
  let v = e[coding];
  if (v === undefined) {
    const body =
      coding === 'br' ? brotliCompressSync(e.body, brotli(e.body.length)) : gzipSync(e.body, { level: constants.Z_BEST_COMPRESSION });
    v = body.length < e.body.length ? { body, etag: `${e.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"`, encoding: coding } : null;
    e[coding] = v;
  }
  return v;
}

/** The representation for this request: brotli, else gzip, else none (the ETag differs per representation). */
export function pick(e: Encoded, acceptEncoding: string | string[] | undefined): Sent {
  if (!acceptEncoding || e.body.length < MIN_COMPRESS_BYTES) return e.identity;
  const a = accepted(acceptEncoding);
  return (a.br && variant(e, 'br')) || (a.gzip && variant(e, 'gzip')) || e.identity;
}

/** If-None-Match (one tag, a list, or weak forms of ours) names this ETag. */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch === etag || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

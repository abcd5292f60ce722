import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../../platform/errors.ts';
import { notModified, pick } from '../encoding.ts';
import type { Rendered } from './source.ts';

/**
 * The status page's own Content-Security-Policy: no script at all, styles from its own stylesheet and
 * inline (the brand colour's <style>, the bars' widths), images from anywhere over https (the
 * organisation's logo), forms only to itself.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A cached page or feed: shared caches may keep it 5 seconds (an outage's crowd hits the cache,
 * and nobody sees a state older than that), then revalidate with the ETag (304 when unchanged).
 */
export function sendCached(req: FastifyRequest, reply: FastifyReply, r: Rendered, type: string, cacheControl = 'public, max-age=5') {
  const sent = pick(r, req.headers['accept-encoding']);
  reply.header('content-type', type).header('cache-control', cacheControl).header('etag', sent.etag).header('vary', 'accept-encoding');
  if (type.startsWith('text/html')) reply.header('content-security-policy', PAGE_CSP).header('referrer-policy', 'same-origin');
  if (notModified(req.headers['if-none-match'], sent.etag)) return reply.code(304).send();
  if (sent.encoding) reply.header('content-encoding', sent.encoding);
  return reply.send(sent.body);
}

/** A page answered just for this request (forms, links with secrets): never stored by any cache. */
export function sendPrivate(reply: FastifyReply, body: string, status = 200) {
  return (
    reply
      .code(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', PAGE_CSP)
      // Same-origin, so the page's forms post with a real Origin (no-referrer makes browsers send `Origin: null`).
      .header('referrer-policy', 'same-origin')
      .send(body)
  );
}

/** Browsers (Accept: text/html) get a page for an error; API clients get the error envelope. */
export const wantsHtml = (req: FastifyRequest) => (req.headers.accept ?? '').includes('text/html');

export function sendErrorPage(req: FastifyRequest, reply: FastifyReply, err: AppError, page: () => string) {
  if (!wantsHtml(req)) throw err;
  return sendPrivate(reply, page(), err.status);
}

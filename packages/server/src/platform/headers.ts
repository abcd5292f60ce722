import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** The hashes of the inline scripts of the web app's shell (it sets the colour scheme before first paint). */
function inlineScriptHashes(webDir: string): string[] {
  const file = join(webDir, 'index.html');
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );
}

/**
 * Security headers on every answer: no MIME sniffing, no referrer (share and setup links carry
 * secrets in their path or query), never framed (clickjacking). HTML gets a Content-Security-Policy:
 * scripts only from this origin plus the shell's own inline script by hash, styles from this origin
 * (inline style attributes allowed: the component kit sets them), no plugins, no foreign forms.
 */
export function registerSecurityHeaders(app: FastifyInstance, webDir: string): void {
  const scripts = ["'self'", ...inlineScriptHashes(webDir)].join(' ');
  const csp = [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  // A callback hook, not an async one: it runs on every answer (thousands a second on the alert
  // ingest routes), and an async hook costs a promise and a microtask turn each time.
  app.addHook('onSend', (_req, reply, payload, done) => {
    reply.header('x-content-type-options', 'nosniff');
    // A route may set its own (the status page's forms need same-origin: with no-referrer a browser posts `Origin: null`).
    if (!reply.hasHeader('referrer-policy')) reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    // A route that sets a stricter policy of its own (the retrospective's printable export) keeps it.
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy')) reply.header('content-security-policy', csp);
    done(null, payload);
  });
}

/**
 * Cache rules for the web app's files: content-hashed assets (`/assets/name-HASH.js`) never change,
 * so they are immutable for a year; everything else (the HTML shell above all) is revalidated on
 * every load, so an upgrade is seen at once instead of old asset names answering 404 for an hour.
 */
export function webCacheControl(path: string): string {
  return /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{6,}\.[a-z0-9]+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

import { type Server, STATUS_CODES } from 'node:http';
import { BlockList, isIP, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ErrorCode, ErrorEnvelope } from '@firebreak/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, InputError } from './errors.ts';

const envelope = (code: ErrorCode, message: string, details?: Record<string, unknown>): ErrorEnvelope => ({
  error: details ? { code, message, details } : { code, message },
});

/**
 * A route's `serializerCompiler` for hot routes whose answers are built in exactly their schema's
 * shape (the type provider checks that at compile time): written with JSON.stringify alone, without
 * zod encoding each answer first. The schema still documents the answer in the OpenAPI document.
 */
export const writtenAsBuilt = () => (data: unknown) => JSON.stringify(data);

const FASTIFY_CODES: Record<string, [number, ErrorCode]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_content_length'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_BAD_URL: [400, 'bad_url'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'uri_too_long'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'bad_request'],
};

/**
 * The database is away (PostgreSQL restarting, network cut, pool unable to connect): the request
 * gets 503 `not_ready` and can be retried; nothing was acknowledged. Codes: class 08 (connection
 * exceptions), 57P01-57P03 (shutdown, crash recovery), and the driver's socket errors.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (/^08/.test(code) || ['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(code))
    return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(
    String(e?.message),
  );
}

/** The table whose unique constraint a write broke (PostgreSQL names it; SQLite says `UNIQUE constraint failed: table.column`). */
function uniqueViolationTable(err: unknown): string | null {
  const e = err as { code?: string; message?: string; table?: string };
  if (e?.code === '23505') return e.table ?? '';
  return (
    /UNIQUE constraint failed: (\w+)\./.exec(String(e?.message))?.[1] ?? (/UNIQUE constraint failed/.test(String(e?.message)) ? '' : null)
  );
}

/**
 * A race the command's own check lost (two creates of one name at once) answers with the code the
 * check gives, on both databases: the loser of the race reads what a later caller would.
 */
const EXISTS: Record<string, [ErrorCode, string]> = {
  services: ['service_exists', 'A service with that name exists'],
  teams: ['team_exists', 'A team with that name exists'],
  users: ['user_exists', 'A user with that e-mail exists'],
  retros: ['retro_exists', 'This incident already has a retrospective'],
};

/**
 * Router failures (a malformed %-escape, a path parameter over maxParamLength) never reach the
 * error handler; Fastify calls this instead (its `frameworkErrors` option) so they get the envelope too.
 */
export function frameworkErrors(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const [status, code] = FASTIFY_CODES[err.code] ?? [400, 'bad_request'];
  reply.status(status).send(envelope(code, err.message));
}

/** The path of the first string (or key) holding a NUL character, walking iteratively (bodies may nest deeply). */
function nulPath(root: unknown, rootPath: string): string | null {
  const stack: [unknown, string][] = [[root, rootPath]];
  while (stack.length) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return path;
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k.includes('\u0000')) return path;
        stack.push([x, `${path}.${k}`]);
      }
    }
  }
  return null;
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (a garbage request line, an invalid
 * header name, a bad Content-Length, Content-Length with Transfer-Encoding, headers over 16 KiB, a
 * request that took too long to arrive): the same JSON envelope, and the connection is closed
 * saying so (`Connection: close`).
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Duplex): void {
  const [status, code, message]: [number, ErrorCode, string] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'headers_too_large', 'The request headers are too large']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'request_timeout', 'The request took too long to arrive']
        : [400, 'bad_request', 'The request is not valid HTTP'];
  if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
  const body = JSON.stringify(envelope(code, message, err.code ? { cause: err.code } : undefined));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/**
 * Caps the connections one client address holds open at once (finding 9: hundreds of trickling or
 * idle connections from one client). Counted per TCP peer; the proxies of FIREBREAK_TRUST_PROXY are
 * exempt (every client behind them shares their address). A connection over the cap is answered
 * 429 with the envelope and `Retry-After`, and closed. `max` 0: no cap.
 */
export function capConnectionsPerClient(server: Server, max: number, trustedProxies: readonly string[]): void {
  if (!max) return;
  const trusted = new BlockList();
  for (const entry of trustedProxies) {
    const [addr, prefix] = entry.split('/');
    const type = isIP(addr) === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(addr)) continue; // named ranges (loopback…) are matched below
    if (prefix === undefined) trusted.addAddress(addr, type);
    else trusted.addSubnet(addr, Number(prefix), type);
  }
  const named = new Set(trustedProxies.filter((e) => !isIP(e.split('/')[0])));
  const isTrusted = (address: string): boolean => {
    const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
    const type = isIP(v4) === 6 ? 'ipv6' : 'ipv4';
    if (trusted.check(v4, type)) return true;
    if (named.has('loopback') && (v4 === '::1' || v4.startsWith('127.'))) return true;
    return false;
  };
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    if (!address || isTrusted(address)) return;
    const n = (open.get(address) ?? 0) + 1;
    if (n > max) {
      const body = JSON.stringify(
        envelope('rate_limited', `Too many open connections from one client (at most ${max}); close some and retry`),
      );
      socket.end(
        `HTTP/1.1 429 ${STATUS_CODES[429]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nretry-after: 5\r\nconnection: close\r\n\r\n${body}`,
      );
      socket.destroySoon();
      return;
    }
    open.set(address, n);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/** Deeper than any request of ours nests; deeper input is refused before anything recurses over it. */
const MAX_DEPTH = 64;

/**
 * One iterative pass over a parsed request part: too deeply nested (a stack-overflow probe), or
 * holding a NUL somewhere (in a string or a key). No recursion, so any depth is safe to look at.
 * Strings are checked where they are found and only objects and arrays wait on the stack (with their
 * depth beside them, not in a tuple): a 50,000-message chat export is millions of values.
 */
function screen(root: unknown): 'too_deep' | 'nul' | null {
  if (typeof root === 'string') return root.includes('\u0000') ? 'nul' : null;
  if (!root || typeof root !== 'object') return null;
  const objects: object[] = [root];
  const depths: number[] = [0];
  const visit = (v: unknown, depth: number): 'nul' | null => {
    if (typeof v === 'string') return v.includes('\u0000') ? 'nul' : null;
    if (v && typeof v === 'object') {
      objects.push(v);
      depths.push(depth);
    }
    return null;
  };
  while (objects.length) {
    const o = objects.pop() as object;
    const depth = depths.pop() as number;
    if (depth >= MAX_DEPTH) return 'too_deep';
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) if (visit(o[i], depth + 1)) return 'nul';
    } else {
      for (const k in o) {
        if (k.includes('\u0000') || visit((o as Record<string, unknown>)[k], depth + 1)) return 'nul';
      }
    }
  }
  return null;
}

/**
 * Screens params, query and body before validation: nesting deeper than MAX_DEPTH is a 400 (zod,
 * presenters and JSON.stringify all recurse), and so is a NUL character anywhere, because
 * PostgreSQL cannot store NUL in text (SQLite can) — both databases behave the same, never a 500.
 */
export function rejectNulCharacters(app: FastifyInstance): void {
  // A callback hook (no promise per request: the alert ingest routes take thousands a second).
  app.addHook('preValidation', (req, _reply, done) => {
    for (const [part, value] of [
      ['params', req.params],
      ['querystring', req.query],
      ['body', req.body],
    ] as const) {
      // Raw bodies (the alert ingest routes read bytes) hold no strings or keys: nothing to screen.
      const found = value === undefined || value === null || ArrayBuffer.isView(value) ? null : screen(value);
      if (found === 'too_deep') return done(new InputError(`${part}: nested more than ${MAX_DEPTH} levels deep`, { field: part }));
      if (found === 'nul') {
        const path = nulPath(value, part) ?? part;
        return done(new InputError(`${path}: must not contain NUL characters`, { field: path }));
      }
    }
    done();
  });
}

/** One place maps every error to HTTP and the `{"error": {...}}` envelope; nothing leaks a stack. */
export function registerErrorHandling(app: FastifyInstance, opts: { spaFallback?: boolean } = {}): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return reply.status(err.status).send(envelope(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => {
        const path = `${err.validationContext ?? ''}${(v.instancePath || '').replace(/\/$/, '')}`.replace(/\//g, '.');
        return { path: path || (err.validationContext ?? ''), message: v.message ?? 'invalid' };
      });
      const first = issues[0];
      return reply.status(400).send(envelope('invalid_input', `${first.path}: ${first.message}`, { issues }));
    }
    if (err.validation) {
      return reply.status(400).send(envelope('invalid_input', err.message, { issues: err.validation }));
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return reply.status(mapped[0]).send(envelope(mapped[1], err.message));
    const table = uniqueViolationTable(err);
    if (table !== null) {
      const [code, message] = EXISTS[table] ?? ['conflict', 'That already exists (a unique value is taken)'];
      return reply.status(409).send(envelope(code, message));
    }
    if (isDatabaseUnavailable(err)) {
      req.log.warn({ err: (err as Error).message }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', '2')
        .send(envelope('not_ready', 'The database is not reachable right now; try again shortly'));
    }
    if (isResponseSerializationError(err)) req.log.error({ err }, 'response did not match its schema');
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send(envelope('bad_request', err.message, err.code ? { cause: err.code } : undefined));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(envelope('internal_error', 'Something went wrong on our side; it was logged'));
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    // Client-side routes of the web app: any GET outside the API that is not a file gets the app shell.
    if (opts.spaFallback && req.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send(envelope('route_not_found', `No route ${req.method} ${path}`));
  });
}

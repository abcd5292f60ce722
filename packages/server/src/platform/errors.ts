import type { ErrorCode } from '@firebreak/shared';

/** Transport-free domain errors; one Fastify handler maps them to HTTP and the error envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;
  /** HTTP headers the answer carries (e.g. Retry-After on 429). */
  headers?: Record<string, string>;
  constructor(status: number, code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export class InputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>, code: ErrorCode = 'invalid_input') {
    super(400, code, message, details);
  }
}
export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in or send an API token (Authorization: Bearer …)', code: ErrorCode = 'unauthenticated') {
    super(401, code, message);
  }
}
export class NotAllowedError extends AppError {
  constructor(message: string, code: ErrorCode = 'not_allowed') {
    super(403, code, message);
  }
}
export class NotFoundError extends AppError {
  constructor(message: string, code: ErrorCode = 'not_found') {
    super(404, code, message);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>, code: ErrorCode = 'conflict') {
    super(409, code, message, details);
  }
}
export class RateLimitedError extends AppError {
  /** `retryAfterSeconds`: when the client may try again (sent as Retry-After and in details). */
  constructor(message = 'Too many requests; slow down', retryAfterSeconds?: number) {
    super(429, 'rate_limited', message, retryAfterSeconds ? { retryAfterSeconds } : undefined);
    if (retryAfterSeconds) this.headers = { 'retry-after': String(retryAfterSeconds) };
  }
}

export class TooLargeError extends AppError {
  constructor(message: string, code: ErrorCode = 'payload_too_large') {
    super(413, code, message);
  }
}
export class UnavailableError extends AppError {
  constructor(message = 'The database is not reachable right now; try again shortly') {
    super(503, 'not_ready', message);
  }
}

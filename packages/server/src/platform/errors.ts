/** Transport-free domain errors; one Fastify handler maps them to HTTP and the error envelope. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details?: Record<string, unknown>;
  constructor(status: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export class InputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>, code = 'invalid_input') {
    super(400, code, message, details);
  }
}
export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in or send an API token (Authorization: Bearer …)') {
    super(401, 'unauthenticated', message);
  }
}
export class NotAllowedError extends AppError {
  constructor(message: string, code = 'not_allowed') {
    super(403, code, message);
  }
}
export class NotFoundError extends AppError {
  constructor(message: string, code = 'not_found') {
    super(404, code, message);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>, code = 'conflict') {
    super(409, code, message, details);
  }
}
export class RateLimitedError extends AppError {
  constructor(message = 'Too many requests; slow down') {
    super(429, 'rate_limited', message);
  }
}
